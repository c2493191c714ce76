#pragma once

#include "model/entitykind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

class QUndoCommand;

namespace kd {

class ProjectDocument;

// How a field is edited; the form picks a widget for each.
enum class FieldType {
    Line,            // single-line plain text
    Markdown,        // formatted text (CommonMark, no raw HTML)
    Lines,           // plain text of several lines, one item a line
    Date,            // a date that may be absent (null QDate)
    OptionalInteger, // an integer that may be unknown (std::optional<int>)
    Enumeration,     // one of a closed vocabulary, stored by its stable name
    Colour,          // "#rrggbb"
    Reference,       // the uid of one entity of referenceKind, empty for none
    ReferenceList,   // an ordered list of uids of entities of referenceKind
    AssetData,       // the bytes of an asset
};

// One editable field of one entity kind: what the form shows and how an edit becomes an undo
// command. Values travel as QVariant so one form can edit every kind: QString for text, colours,
// references and enumerations (their stable name), QDate (null: none), int or an invalid
// QVariant for an optional integer, QStringList for reference lists, QByteArray for asset data.
struct FieldSpec
{
    EntityKind kind = EntityKind::Project;
    // The model member's name ("solutionDirection"): validation reports Issue.field with it.
    QString name;
    // Untranslated label with an &-accelerator, marked for lupdate in the kd::FieldTable context.
    const char *labelSource = "";
    FieldType type = FieldType::Line;
    // The kind a Reference or ReferenceList field points at.
    EntityKind referenceKind = EntityKind::Project;
    // Enumeration fields: each stable name with its translated label, in display order.
    std::function<QList<std::pair<QString, QString>>()> choices;
    // The field's current value, or nullopt when the entity does not exist.
    std::function<std::optional<QVariant>(const ProjectDocument &, const QString &uid)> read;
    // A ChangeProperty command setting the field to value; the caller pushes it.
    std::function<QUndoCommand *(ProjectDocument *, const QString &uid, const QVariant &value)>
        change;

    // The translated label, with and without its accelerator.
    QString labelWithMnemonic() const
    {
        return QCoreApplication::translate("kd::FieldTable", labelSource);
    }
    QString label() const;
    // A value of this field as a person reads it (the conflict dialog): a choice's label, the
    // names of what a reference names, else the value's text.
    QString text(const ProjectDocument &document, const QVariant &value) const;
};

} // namespace kd
