#pragma once

#include "commandids.h"
#include "document/projectdocument.h"
#include "documentcommand.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace kd {

// A field's value as the conflict dialog shows it, for a command that was given no way of its
// own (ChangeProperty::setValueText; the form gives its field's, FieldSpec::text).
inline QString displayText(const QString &value)
{
    return value;
}
inline QString displayText(const QStringList &value)
{
    return value.join(QLatin1String(", "));
}
inline QString displayText(const QDate &value)
{
    return value.toString(Qt::ISODate);
}
inline QString displayText(const QDateTime &value)
{
    return value.toString(Qt::ISODate);
}
inline QString displayText(int value)
{
    return QString::number(value);
}
inline QString displayText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}
inline QString displayText(const QByteArray &value)
{
    return QCoreApplication::translate("kd::Commands", "%n bytes", nullptr, int(value.size()));
}
template<typename Enum>
QString displayText(const Enum &value)
{
    return toName(value);
}

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
        , m_fieldLabel(QString(fieldLabel).remove(u'&'))
        , m_newValue(newValue)
    {
        if (const T *entity = current())
            m_oldValue = entity->*member;
        setText(QCoreApplication::translate("kd::Commands", "Change %1").arg(fieldLabel));
    }

    int id() const override { return ChangePropertyCommandId; }

    // How the conflict dialog shows a value of this field.
    void setValueText(std::function<QString(const Value &)> valueText)
    {
        m_valueText = std::move(valueText);
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        // A change that was not made (refused, or the user kept another's value) is no part
        // of this one: QUndoStack offers it for merging before it drops it.
        const auto *o = dynamic_cast<const ChangeProperty *>(other);
        if (!o || o->isObsolete() || o->m_uid != m_uid || o->m_field != m_field)
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

    // Someone else's change came in: the edit still applies when the field holds what the edit
    // started from; when they changed the same field, the user decides (keep theirs, or write
    // this value over it, which undo then takes back to theirs).
    bool stillApplies(bool redo) override
    {
        const T *entity = current();
        if (!entity)
            return false;
        const Value &from = redo ? m_oldValue : m_newValue;
        if (entity->*m_member == from)
            return true;
        if (!redo)
            return false;
        EditConflict conflict;
        conflict.kind = Described<T>::kind;
        conflict.uid = m_uid;
        conflict.field = m_field;
        conflict.fieldLabel = m_fieldLabel;
        if constexpr (!std::is_same_v<T, ProjectInfo>)
            conflict.entityName = nameOf(*entity);
        conflict.theirs
            = m_valueText ? m_valueText(entity->*m_member) : displayText(entity->*m_member);
        conflict.mine = m_valueText ? m_valueText(m_newValue) : displayText(m_newValue);
        if (!m_document->resolveConflict(conflict))
            return false;
        // The dialog ran the event loop: look the entity up again.
        entity = current();
        if (!entity)
            return false;
        m_oldValue = entity->*m_member;
        return true;
    }

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
    QString m_fieldLabel;
    Value m_oldValue{};
    Value m_newValue;
    std::function<QString(const Value &)> m_valueText;
};

} // namespace kd
