#pragma once

#include "commandids.h"
#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kd {

// Changes one field of one entity (or of the project itself, T = ProjectInfo): the one command
// every simple property edit goes through. Consecutive changes of the same field of the same
// entity merge into one undo step, so typing a paragraph is undone at once.
template<typename T, typename Value>
class ChangeProperty : public QUndoCommand
{
public:
    ChangeProperty(ProjectDocument *document, const QString &uid, Value T::*member,
                   const QString &field, const QString &fieldLabel, const Value &newValue,
                   QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_document(document)
        , m_uid(uid)
        , m_member(member)
        , m_field(field)
        , m_newValue(newValue)
    {
        if (const T *entity = current())
            m_oldValue = entity->*member;
        setText(QCoreApplication::translate("kd::Commands", "Change %1").arg(fieldLabel));
    }

    void undo() override { apply(m_oldValue); }
    void redo() override { apply(m_newValue); }
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

    void apply(const Value &value)
    {
        const T *entity = current();
        if (!entity) {
            setObsolete(true);
            return;
        }
        T changed = *entity;
        changed.*m_member = value;
        bool ok;
        if constexpr (std::is_same_v<T, ProjectInfo>)
            ok = m_document->updateInfo(changed, m_field);
        else
            ok = m_document->updateEntity(changed, m_field);
        // A write that failed changed nothing: drop the command rather than undo a ghost.
        if (!ok)
            setObsolete(true);
    }

    ProjectDocument *m_document;
    QString m_uid;
    Value T::*m_member;
    QString m_field;
    Value m_oldValue{};
    Value m_newValue;
};

} // namespace kd
