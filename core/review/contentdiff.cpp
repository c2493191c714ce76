#include "contentdiff.h"

#include "model/enums.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace kd::ContentDiff {
namespace {

// The labels are marked with QT_TRANSLATE_NOOP where they are defined, so lupdate finds them.
QString translated(const char *text)
{
    return QCoreApplication::translate("kd::ContentDiff", text);
}

// How a value of the canonical form is shown and compared.
enum class Shown {
    Plain,        // whole: keys, identifiers, URLs, dates
    Prose,        // with a word-level diff
    Professional, // a uid, shown by name
    LegalSource,  // a uid, shown by name
    Assessment,   // a stable name, shown translated
};

struct Column
{
    const char *label; // translated when used
    Shown shown;
};

// The canonical forms, as ContentHash writes them (index 0 is the tag).
struct Layout
{
    const char *tag;
    QList<Column> fields;
};

const Layout &dilemmaLayout()
{
    static const Layout layout{
        "dilemma/1",
        {{QT_TRANSLATE_NOOP("kd::ContentDiff", "Key"), Shown::Plain},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "Professional"), Shown::Professional},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "Question"), Shown::Prose},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "Situation"), Shown::Prose},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "Considerations"), Shown::Prose},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "Solution direction"), Shown::Prose}}};
    return layout;
}

const Layout &legalSourceLayout()
{
    static const Layout layout{"legal-source/1",
                               {{QT_TRANSLATE_NOOP("kd::ContentDiff", "Key"), Shown::Plain},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "Short title"), Shown::Plain},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "Full title"), Shown::Prose},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "Pinpoint"), Shown::Plain},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "Identifier"), Shown::Plain},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "URL"), Shown::Plain},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "Valid from"), Shown::Plain},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "Valid until"), Shown::Plain},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "Review by"), Shown::Plain},
                                {QT_TRANSLATE_NOOP("kd::ContentDiff", "Summary"), Shown::Prose}}};
    return layout;
}

// A list of records inside a dilemma (options, legal references): the label of one record, of
// one of its columns, of the order; column 0 is what identifies a record when its content moved.
struct RecordList
{
    const char *one;    // "Option %1"
    const char *column; // "Option %1: %2"
    const char *order;  // "Order of the options"
    QList<Column> columns;
};

const RecordList &options()
{
    static const RecordList list{
        QT_TRANSLATE_NOOP("kd::ContentDiff", "Option %1"),
        QT_TRANSLATE_NOOP("kd::ContentDiff", "Option %1: %2"),
        QT_TRANSLATE_NOOP("kd::ContentDiff", "Order of the options"),
        {{QT_TRANSLATE_NOOP("kd::ContentDiff", "label"), Shown::Prose},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "feedback"), Shown::Prose},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "assessment"), Shown::Assessment}}};
    return list;
}

const RecordList &legalReferences()
{
    static const RecordList list{
        QT_TRANSLATE_NOOP("kd::ContentDiff", "Legal reference %1"),
        QT_TRANSLATE_NOOP("kd::ContentDiff", "Legal reference %1: %2"),
        QT_TRANSLATE_NOOP("kd::ContentDiff", "Order of the legal references"),
        {{QT_TRANSLATE_NOOP("kd::ContentDiff", "legal source"), Shown::LegalSource},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "pinpoint"), Shown::Plain},
         {QT_TRANSLATE_NOOP("kd::ContentDiff", "note"), Shown::Prose}}};
    return list;
}

using Record = QStringList;

class Differ
{
public:
    explicit Differ(const Project *names)
        : m_names(names)
    {}

    QList<FieldChange> changes;

    void value(const QString &field, Shown shown, const QString &before, const QString &after)
    {
        if (before == after)
            return;
        FieldChange change;
        change.field = field;
        change.kind = before.isEmpty()  ? FieldChange::Kind::Added
                      : after.isEmpty() ? FieldChange::Kind::Removed
                                        : FieldChange::Kind::Changed;
        change.before = shownAs(shown, before);
        change.after = shownAs(shown, after);
        if (shown == Shown::Prose)
            change.runs = TextDiff::compare(change.before, change.after);
        changes.append(change);
    }

    void themes(const QStringList &before, const QStringList &after)
    {
        if (before == after)
            return;
        FieldChange change;
        change.field = translated(QT_TRANSLATE_NOOP("kd::ContentDiff", "Themes"));
        change.kind = before.isEmpty()  ? FieldChange::Kind::Added
                      : after.isEmpty() ? FieldChange::Kind::Removed
                                        : FieldChange::Kind::Changed;
        QStringList beforeNames;
        QStringList afterNames;
        for (const QString &uid : before)
            beforeNames.append(themeName(uid));
        for (const QString &uid : after)
            afterNames.append(themeName(uid));
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
                                recordText(list, after.at(j)),
                                {}});
                continue;
            }
            const Record &old = before.at(match.at(j));
            for (qsizetype c = 0; c < list.columns.size(); ++c)
                value(translated(list.column).arg(number, translated(list.columns.at(c).label)),
                      list.columns.at(c).shown, old.at(c), after.at(j).at(c));
        }
        for (qsizetype i = 0; i < before.size(); ++i)
            if (!used.at(i))
                changes.append({translated(list.one).arg(i + 1),
                                FieldChange::Kind::Removed,
                                recordText(list, before.at(i)),
                                QString(),
                                {}});

        // The records both versions have, in the new order: moved when their old order differs.
        QStringList oldOrder;
        QStringList newOrder;
        QList<qsizetype> kept;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (used.at(i))
                oldOrder.append(shownAs(list.columns.at(0).shown, before.at(i).at(0)));
        for (qsizetype j = 0; j < after.size(); ++j) {
            if (match.at(j) >= 0) {
                kept.append(match.at(j));
                newOrder.append(shownAs(list.columns.at(0).shown, after.at(j).at(0)));
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
    QString shownAs(Shown shown, const QString &value) const
    {
        if (value.isEmpty())
            return value;
        switch (shown) {
        case Shown::Plain:
        case Shown::Prose:
            return value;
        case Shown::Professional:
            if (m_names)
                for (const Professional &p : m_names->professionals)
                    if (p.uid == value && !p.title.isEmpty())
                        return p.title;
            return value;
        case Shown::LegalSource:
            if (m_names)
                for (const LegalSource &s : m_names->legalSources)
                    if (s.uid == value && !s.shortTitle.isEmpty())
                        return s.shortTitle;
            return value;
        case Shown::Assessment:
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

    QString themeName(const QString &uid) const
    {
        if (m_names)
            for (const Theme &t : m_names->themes)
                if (t.uid == uid && !t.label.isEmpty())
                    return t.label;
        return uid;
    }

    // A whole record, added or removed: its non-empty columns, one per line.
    QString recordText(const RecordList &list, const Record &record) const
    {
        QStringList lines;
        for (qsizetype c = 0; c < list.columns.size(); ++c)
            if (!record.at(c).isEmpty())
                lines.append(shownAs(list.columns.at(c).shown, record.at(c)));
        return lines.join(u'\n');
    }

    const Project *m_names;
};

std::optional<QJsonArray> parse(const QByteArray &form)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(form, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.array();
}

const Layout *layoutOf(const QJsonArray &form)
{
    const QString tag = form.at(0).toString();
    for (const Layout *layout : {&dilemmaLayout(), &legalSourceLayout()})
        if (tag == QLatin1String(layout->tag))
            return layout;
    return nullptr;
}

bool isRecords(const QJsonValue &value, qsizetype columns)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &record : value.toArray())
        if (!record.isArray() || record.toArray().size() != columns)
            return false;
    return true;
}

QList<Record> recordsOf(const QJsonValue &value)
{
    QList<Record> records;
    for (const QJsonValue &record : value.toArray()) {
        Record r;
        for (const QJsonValue &column : record.toArray())
            r.append(column.toString());
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

// The form has the shape its tag promises: every field where the layout puts it.
bool wellFormed(const QJsonArray &form, const Layout &layout)
{
    const qsizetype scalars = layout.fields.size() + 1;
    if (&layout == &dilemmaLayout())
        return form.size() == scalars + 3 && form.at(scalars).isArray()
               && isRecords(form.at(scalars + 1), options().columns.size())
               && isRecords(form.at(scalars + 2), legalReferences().columns.size());
    return form.size() == scalars;
}

} // namespace

std::optional<QList<FieldChange>> compare(const QByteArray &approved, const QByteArray &current,
                                          const Project *names)
{
    const std::optional<QJsonArray> before = parse(approved);
    const std::optional<QJsonArray> after = parse(current);
    if (!before || !after)
        return std::nullopt;
    const Layout *layout = layoutOf(*after);
    if (!layout || layoutOf(*before) != layout || !wellFormed(*before, *layout)
        || !wellFormed(*after, *layout))
        return std::nullopt;

    Differ differ(names);
    const qsizetype scalars = layout->fields.size();
    for (qsizetype f = 0; f < scalars; ++f)
        differ.value(translated(layout->fields.at(f).label), layout->fields.at(f).shown,
                     before->at(f + 1).toString(), after->at(f + 1).toString());
    if (layout == &dilemmaLayout()) {
        differ.themes(stringsOf(before->at(scalars + 1)), stringsOf(after->at(scalars + 1)));
        differ.records(options(), recordsOf(before->at(scalars + 2)),
                       recordsOf(after->at(scalars + 2)));
        differ.records(legalReferences(), recordsOf(before->at(scalars + 3)),
                       recordsOf(after->at(scalars + 3)));
    }
    return differ.changes;
}

} // namespace kd::ContentDiff
