#include "contentdiff.h"

#include "contenthash.h"

#include "model/enums.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kd::ContentDiff {
namespace {

// The labels are marked with QT_TRANSLATE_NOOP where they are defined, so lupdate finds them.
QString translated(const char *text)
{
    return QCoreApplication::translate("kd::ContentDiff", text);
}

// How a value of the canonical form is shown and compared.
enum class Shown {
    Plain,       // whole: keys, identifiers, URLs, dates
    Prose,       // with a word-level diff (FieldFlag::Words)
    Named,       // a uid, shown by the name of the entity it refers to
    Enumeration, // a stable name, shown in words
};

// One value of the canonical form, as the description says it is shown.
struct Column
{
    QString label; // translated
    Shown shown = Shown::Plain;
    EntityKind refersTo = EntityKind::Project;
};

Column columnOf(const FieldDescription &field)
{
    const Shown shown = field.has(FieldFlag::Words)             ? Shown::Prose
                        : field.refersTo != EntityKind::Project ? Shown::Named
                        : field.type == ValueType::Enumeration  ? Shown::Enumeration
                                                                : Shown::Plain;
    return {field.labelText(), shown, field.refersTo};
}

// A list of records inside a dilemma (options, legal references): the label of one record, of
// one of its columns, of the order; column 0 is what identifies a record when its content moved.
struct RecordList
{
    const char *one = nullptr;    // "Option %1"
    const char *column = nullptr; // "Option %1: %2"
    const char *order = nullptr;  // "Order of the options"
    QList<Column> columns;        // the reviewed fields of the record's kind
};

RecordList recordListOf(EntityKind kind)
{
    RecordList list;
    if (kind == EntityKind::Option) {
        list = {QT_TRANSLATE_NOOP("kd::ContentDiff", "Option %1"),
                QT_TRANSLATE_NOOP("kd::ContentDiff", "Option %1: %2"),
                QT_TRANSLATE_NOOP("kd::ContentDiff", "Order of the options"),
                {}};
    } else {
        Q_ASSERT(kind == EntityKind::LegalReference);
        list = {QT_TRANSLATE_NOOP("kd::ContentDiff", "Legal reference %1"),
                QT_TRANSLATE_NOOP("kd::ContentDiff", "Legal reference %1: %2"),
                QT_TRANSLATE_NOOP("kd::ContentDiff", "Order of the legal references"),
                {}};
    }
    for (const FieldDescription *field : ContentHash::reviewedFields(kind))
        list.columns.append(columnOf(*field));
    return list;
}

using Record = QStringList;

// Which version a value comes from: each is named by its own registers.
enum class Side { Before, After };

class Differ
{
public:
    Differ(const Namer &namesBefore, const Namer &namesAfter)
        : m_namesBefore(namesBefore)
        , m_namesAfter(namesAfter)
    {}

    QList<FieldChange> changes;

    void value(const QString &field, const Column &column, const QString &before,
               const QString &after)
    {
        if (before == after)
            return;
        FieldChange change;
        change.field = field;
        change.kind = before.isEmpty()  ? FieldChange::Kind::Added
                      : after.isEmpty() ? FieldChange::Kind::Removed
                                        : FieldChange::Kind::Changed;
        change.before = shownAs(column, before, Side::Before);
        change.after = shownAs(column, after, Side::After);
        if (column.shown == Shown::Prose)
            change.runs = TextDiff::compare(change.before, change.after);
        changes.append(change);
    }

    // A reference list (the themes), compared as a set.
    void set(const Column &column, const QStringList &before, const QStringList &after)
    {
        if (before == after)
            return;
        FieldChange change;
        change.field = column.label;
        change.kind = before.isEmpty()  ? FieldChange::Kind::Added
                      : after.isEmpty() ? FieldChange::Kind::Removed
                                        : FieldChange::Kind::Changed;
        QStringList beforeNames;
        QStringList afterNames;
        for (const QString &uid : before)
            beforeNames.append(shownAs(column, uid, Side::Before));
        for (const QString &uid : after)
            afterNames.append(shownAs(column, uid, Side::After));
        change.before = beforeNames.join(QLatin1String(", "));
        change.after = afterNames.join(QLatin1String(", "));
        // A set: the old themes in their order, kept or deleted, then the new ones.
        auto add = [&](DiffRun::Kind kind, const QString &name) {
            if (!change.runs.isEmpty())
                change.runs.append({DiffRun::Kind::Equal, QStringLiteral(", ")});
            change.runs.append({kind, name});
        };
        for (qsizetype i = 0; i < before.size(); ++i)
            add(after.contains(before.at(i)) ? DiffRun::Kind::Equal : DiffRun::Kind::Deleted,
                beforeNames.at(i));
        for (qsizetype i = 0; i < after.size(); ++i)
            if (!before.contains(after.at(i)))
                add(DiffRun::Kind::Inserted, afterNames.at(i));
        changes.append(change);
    }

    void records(const RecordList &list, const QList<Record> &before, const QList<Record> &after)
    {
        // match[j]: the old record that new record j continues, or -1 when it is new.
        QList<qsizetype> match(after.size(), -1);
        QList<bool> used(before.size(), false);
        auto pair = [&](auto &&same) {
            for (qsizetype j = 0; j < after.size(); ++j) {
                if (match.at(j) >= 0)
                    continue;
                for (qsizetype i = 0; i < before.size(); ++i) {
                    if (!used.at(i) && same(i, j)) {
                        match[j] = i;
                        used[i] = true;
                        break;
                    }
                }
            }
        };
        pair([&](qsizetype i, qsizetype j) { return before.at(i) == after.at(j); });
        pair([&](qsizetype i, qsizetype j) { return before.at(i).at(0) == after.at(j).at(0); });
        pair([&](qsizetype i, qsizetype j) { return i == j; });

        for (qsizetype j = 0; j < after.size(); ++j) {
            const QString number = QString::number(j + 1);
            if (match.at(j) < 0) {
                changes.append({translated(list.one).arg(number),
                                FieldChange::Kind::Added,
                                QString(),
                                recordText(list, after.at(j), Side::After),
                                {}});
                continue;
            }
            const Record &old = before.at(match.at(j));
            for (qsizetype c = 0; c < list.columns.size(); ++c)
                // Inside the sentence the field's label is lower case: "Option 3: assessment".
                value(translated(list.column).arg(number, list.columns.at(c).label.toLower()),
                      list.columns.at(c), old.at(c), after.at(j).at(c));
        }
        for (qsizetype i = 0; i < before.size(); ++i)
            if (!used.at(i))
                changes.append({translated(list.one).arg(i + 1),
                                FieldChange::Kind::Removed,
                                recordText(list, before.at(i), Side::Before),
                                QString(),
                                {}});

        // The records both versions have, in the new order: moved when their old order differs.
        QStringList oldOrder;
        QStringList newOrder;
        QList<qsizetype> kept;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (used.at(i))
                oldOrder.append(shownAs(list.columns.at(0), before.at(i).at(0), Side::Before));
        for (qsizetype j = 0; j < after.size(); ++j) {
            if (match.at(j) >= 0) {
                kept.append(match.at(j));
                newOrder.append(shownAs(list.columns.at(0), after.at(j).at(0), Side::After));
            }
        }
        if (!std::is_sorted(kept.cbegin(), kept.cend()))
            changes.append({translated(list.order),
                            FieldChange::Kind::Changed,
                            oldOrder.join(u'\n'),
                            newOrder.join(u'\n'),
                            {}});
    }

private:
    QString shownAs(const Column &column, const QString &value, Side side) const
    {
        if (value.isEmpty())
            return value;
        switch (column.shown) {
        case Shown::Plain:
        case Shown::Prose:
            return value;
        case Shown::Named: {
            const Namer &names = side == Side::Before ? m_namesBefore : m_namesAfter;
            const QString name = names ? names(column.refersTo, value) : QString();
            return name.isEmpty() ? value : name;
        }
        case Shown::Enumeration:
            if (const std::optional<Assessment> assessment = assessmentFromName(value)) {
                switch (*assessment) {
                case Assessment::Recommended:
                    return translated(QT_TRANSLATE_NOOP("kd::ContentDiff", "Recommended"));
                case Assessment::Acceptable:
                    return translated(QT_TRANSLATE_NOOP("kd::ContentDiff", "Acceptable"));
                case Assessment::NotAdvisable:
                    return translated(QT_TRANSLATE_NOOP("kd::ContentDiff", "Not advisable"));
                }
            }
            return value;
        }
        return value;
    }

    // A whole record, added or removed: its non-empty columns, one per line.
    QString recordText(const RecordList &list, const Record &record, Side side) const
    {
        QStringList lines;
        for (qsizetype c = 0; c < list.columns.size(); ++c)
            if (!record.at(c).isEmpty())
                lines.append(shownAs(list.columns.at(c), record.at(c), side));
        return lines.join(u'\n');
    }

    Namer m_namesBefore;
    Namer m_namesAfter;
};

std::optional<QJsonArray> parse(const QByteArray &form)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(form, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}

// The kind whose canonical form this is, by its tag; nullopt for an unknown tag.
std::optional<EntityKind> kindOf(const QJsonArray &form)
{
    const QString tag = form.at(0).toString();
    for (EntityKind kind : {EntityKind::Dilemma, EntityKind::LegalSource})
        if (tag == ContentHash::tagOf(kind))
            return kind;
    return std::nullopt;
}

// The fields of a kind that a form or record holds in its trailing object.
qsizetype fixedCount(const QList<const FieldDescription *> &fields)
{
    return std::count_if(fields.cbegin(), fields.cend(),
                         [](const FieldDescription *f) { return !f->has(FieldFlag::LaterInForm); });
}

// An array of fixed values, then at most one object of the later fields, each a string or an
// array of strings.
bool fixedThenLater(const QJsonArray &array, qsizetype fixed)
{
    if (array.size() == fixed)
        return true;
    if (array.size() != fixed + 1 || !array.last().isObject())
        return false;
    const QJsonObject later = array.last().toObject();
    return std::all_of(later.begin(), later.end(),
                       [](const QJsonValue &v) { return v.isString() || v.isArray(); });
}

// A field's value: by place, or by name in the trailing object (empty when it is not there).
QJsonValue valueAt(const QJsonArray &array, qsizetype place, const FieldDescription &field,
                   qsizetype fixed)
{
    if (!field.has(FieldFlag::LaterInForm))
        return array.at(place);
    if (array.size() <= fixed || !array.last().isObject())
        return QJsonValue(QJsonValue::String);
    const QJsonValue value = array.last().toObject().value(QLatin1String(field.name));
    return value.isUndefined() ? QJsonValue(QJsonValue::String) : value;
}

bool isRecords(const QJsonValue &value, EntityKind kind)
{
    if (!value.isArray())
        return false;
    const qsizetype fixed = fixedCount(ContentHash::reviewedFields(kind));
    for (const QJsonValue &record : value.toArray())
        if (!record.isArray() || !fixedThenLater(record.toArray(), fixed))
            return false;
    return true;
}

// Every record with one column per reviewed field of its kind, those added later included.
QList<Record> recordsOf(const QJsonValue &value, EntityKind kind)
{
    const QList<const FieldDescription *> fields = ContentHash::reviewedFields(kind);
    const qsizetype fixed = fixedCount(fields);
    QList<Record> records;
    for (const QJsonValue &record : value.toArray()) {
        Record r;
        for (qsizetype c = 0; c < fields.size(); ++c)
            r.append(valueAt(record.toArray(), c, *fields.at(c), fixed).toString());
        records.append(r);
    }
    return records;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &s : value.toArray())
        strings.append(s.toString());
    return strings;
}

qsizetype fixedCount(const QList<ContentHash::FormPart> &parts)
{
    return std::count_if(parts.cbegin(), parts.cend(), [](const ContentHash::FormPart &part) {
        return !part.field || !part.field->has(FieldFlag::LaterInForm);
    });
}

// The form has the shape its tag promises: every part where formOf() puts it.
bool wellFormed(const QJsonArray &form, const QList<ContentHash::FormPart> &parts)
{
    const qsizetype fixed = fixedCount(parts);
    if (!fixedThenLater(form, fixed + 1))
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const ContentHash::FormPart &part = parts.at(i);
        const QJsonValue value
            = part.field ? valueAt(form, i + 1, *part.field, fixed + 1) : form.at(i + 1);
        const bool ok = !part.field ? isRecords(value, part.records)
                        : part.field->type == ValueType::ReferenceList ? value.isArray()
                                                                       : value.isString();
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::optional<QList<FieldChange>> compare(const QByteArray &approved, const QByteArray &current,
                                          const Project *names)
{
    Namer namer;
    if (names)
        namer = [names](EntityKind kind, const QString &uid) {
            return nameIn(*names, kind, uid);
        };
    return compare(approved, current, namer, namer);
}

std::optional<QList<FieldChange>> compare(const QByteArray &beforeForm, const QByteArray &afterForm,
                                          const Namer &namesBefore, const Namer &namesAfter)
{
    const std::optional<QJsonArray> before = parse(beforeForm);
    const std::optional<QJsonArray> after = parse(afterForm);
    if (!before || !after)
        return std::nullopt;
    const std::optional<EntityKind> kind = kindOf(*after);
    if (!kind || kindOf(*before) != kind)
        return std::nullopt;
    const QList<ContentHash::FormPart> parts = ContentHash::formOf(*kind);
    if (!wellFormed(*before, parts) || !wellFormed(*after, parts))
        return std::nullopt;

    const qsizetype fixed = fixedCount(parts) + 1;
    Differ differ(namesBefore, namesAfter);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const ContentHash::FormPart &part = parts.at(i);
        if (!part.field) {
            differ.records(recordListOf(part.records), recordsOf(before->at(i + 1), part.records),
                           recordsOf(after->at(i + 1), part.records));
            continue;
        }
        const QJsonValue old = valueAt(*before, i + 1, *part.field, fixed);
        const QJsonValue now = valueAt(*after, i + 1, *part.field, fixed);
        const Column column = columnOf(*part.field);
        if (part.field->type == ValueType::ReferenceList)
            differ.set(column, stringsOf(old), stringsOf(now));
        else
            differ.value(column.label, column, old.toString(), now.toString());
    }
    return differ.changes;
}

std::optional<FieldChange> compareValue(const FieldDescription &field, const QString &before,
                                        const QString &after, const Namer &namesBefore,
                                        const Namer &namesAfter)
{
    Differ differ(namesBefore, namesAfter);
    const Column column = columnOf(field);
    differ.value(column.label, column, before, after);
    return differ.changes.isEmpty() ? std::nullopt : std::optional(differ.changes.constFirst());
}

std::optional<FieldChange> compareList(const FieldDescription &field, const QStringList &before,
                                       const QStringList &after, const Namer &namesBefore,
                                       const Namer &namesAfter)
{
    Differ differ(namesBefore, namesAfter);
    differ.set(columnOf(field), before, after);
    return differ.changes.isEmpty() ? std::nullopt : std::optional(differ.changes.constFirst());
}

} // namespace kd::ContentDiff
