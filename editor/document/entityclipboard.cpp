#include "entityclipboard.h"

#include "entityfactory.h"
#include "entitylabels.h"
#include "model/description.h"
#include "projectdocument.h"

#include <QClipboard>
#include <QGuiApplication>

namespace kd {

void EntityClipboard::copy(const ProjectDocument &document, EntityKind kind, const QString &uid)
{
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (const T *entity = document.find<T>(uid)) {
            m_snapshot = *entity;
            m_kind = kind;
        }
    });
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(EntityLabels::label(document, kind, uid));
}

QUndoCommand *EntityClipboard::pasteCommand(ProjectDocument *document, const QString &ownerUid,
                                            int index) const
{
    if (!m_kind)
        return nullptr;
    QUndoCommand *command = nullptr;
    visitKind(*m_kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (const T *snapshot = std::any_cast<T>(&m_snapshot))
            command = EntityFactory::paste(document, *snapshot, ownerUid, index);
    });
    return command;
}

} // namespace kd
