#pragma once

#include "commandids.h"
#include "document/projectdocument.h"
#include "documentcommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kd {

// Changes one field of one entity (or of the project itself, T = ProjectInfo): the one command
// every simple property edit goes through. Consecutive changes of the same field of the same
// entity merge into one undo step, so typing a paragraph is undone at once.
template<typename T, typename Value>
class ChangeProperty : public DocumentCommand
{
public:
    ChangeProperty(ProjectDocument *document, const QString &uid, Value T::*member,
                   const QString &field, const QString &fieldLabel, const Value &newValue,
                   QUndoCommand *parent = nullptr)
        : DocumentCommand(document, QString(), parent)
        , m_uid(uid)
        , m_member(member)
        , m_field(field)
        , m_newValue(newValue)
    {
        if (const T *entity = current())
            m_oldValue = entity->*member;
        setText(QCoreApplication::translate("kd::Commands", "Change %1").arg(fieldLabel));
    }

    int id() const override { return ChangePropertyCommandId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeProperty *>(other);
        if (!o || o->m_uid != m_uid || o->m_field != m_field)
            return false;
        m_newValue = o->m_newValue;
        setObsolete(m_newValue == m_oldValue);
        return true;
    }

private:
    const T *current() const
    {
        if constexpr (std::is_same_v<T, ProjectInfo>)
            return &m_document->project().info;
        else
            return m_document->template find<T>(m_uid);
    }

    bool applyRedo() override { return apply(m_newValue); }
    bool applyUndo() override { return apply(m_oldValue); }

    bool apply(const Value &value)
    {
        const T *entity = current();
        if (!entity)
            return false;
        T changed = *entity;
        changed.*m_member = value;
        if constexpr (std::is_same_v<T, ProjectInfo>)
            return m_document->updateInfo(changed, m_field);
        else
            return m_document->updateEntity(changed, m_field);
    }

    QString m_uid;
    Value T::*m_member;
    QString m_field;
    Value m_oldValue{};
    Value m_newValue;
};

} // namespace kd
