#include "changewords.h"

#include "entitylabels.h"
#include "projectdocument.h"

#include "forms/fieldtable.h"
#include "model/changelogentry.h"
#include "model/enums.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kd {
namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// "option.feedback" is a field of a dilemma's option: the kind it belongs to and its own name.
std::pair<EntityKind, QString> owningField(EntityKind kind, const QString &logged)
{
    const qsizetype dot = logged.indexOf(u'.');
    if (dot > 0) {
        if (const std::optional<EntityKind> child = entityKindFromName(logged.left(dot)))
            return {*child, logged.mid(dot + 1)};
    }
    return {kind, logged};
}

// "added option <uid>", "deleted legal-reference <uid>": the kind, the uid and whether added.
struct Structural
{
    EntityKind kind;
    QString uid;
    bool added;
};

std::optional<Structural> structural(const QString &summary)
{
    static const QRegularExpression shape(QStringLiteral("^(added|deleted) ([a-z-]+) (\\S+)$"));
    const QRegularExpressionMatch match = shape.match(summary);
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<EntityKind> kind = entityKindFromName(match.captured(2));
    if (!kind)
        return std::nullopt;
    return Structural{*kind, match.captured(3), match.captured(1) == QLatin1String("added")};
}

QString structuralWords(const ProjectDocument &document, const Structural &change)
{
    const QString kind = capitalised(EntityLabels::kindName(change.kind));
    const QString name = EntityLabels::label(document, change.kind, change.uid).simplified();
    if (name.isEmpty())
        return change.added
                   ? QCoreApplication::translate("kd::ChangeWords", "%1 added").arg(kind)
                   : QCoreApplication::translate("kd::ChangeWords", "%1 deleted").arg(kind);
    return change.added
               ? QCoreApplication::translate("kd::ChangeWords", "%1 \u201c%2\u201d added")
                     .arg(kind, name)
               : QCoreApplication::translate("kd::ChangeWords", "%1 \u201c%2\u201d deleted")
                     .arg(kind, name);
}

// A review thread's note: "note: question", "note withdrawn: answer", ...
QString noteWords(const QString &summary)
{
    static const QRegularExpression shape(QStringLiteral("^note( withdrawn)?: ([a-z-]+)$"));
    const QRegularExpressionMatch match = shape.match(summary);
    const std::optional<ReviewNoteKind> kind
        = match.hasMatch() ? reviewNoteKindFromName(match.captured(2)) : std::nullopt;
    if (!kind)
        return summary;
    const bool withdrawn = !match.captured(1).isEmpty();
    switch (*kind) {
    case ReviewNoteKind::Question:
        return withdrawn ? QCoreApplication::translate("kd::ChangeWords", "Question withdrawn")
                         : QCoreApplication::translate("kd::ChangeWords", "Question asked");
    case ReviewNoteKind::Answer:
        return withdrawn ? QCoreApplication::translate("kd::ChangeWords", "Answer withdrawn")
                         : QCoreApplication::translate("kd::ChangeWords", "Question answered");
    case ReviewNoteKind::Resolution:
        return withdrawn ? QCoreApplication::translate("kd::ChangeWords", "Thread reopened")
                         : QCoreApplication::translate("kd::ChangeWords", "Thread resolved");
    }
    return summary;
}

QString reviewWords(const QString &summary)
{
    if (summary.startsWith(QLatin1String("note")))
        return noteWords(summary);
    static const QRegularExpression shape(QStringLiteral("^review( withdrawn)?: ([a-z-]+)$"));
    const QRegularExpressionMatch match = shape.match(summary);
    const std::optional<ReviewState> state
        = match.hasMatch() ? reviewStateFromName(match.captured(2)) : std::nullopt;
    if (!state)
        return summary;
    const QString words = EntityLabels::reviewStateName(*state);
    return match.captured(1).isEmpty()
               ? QCoreApplication::translate("kd::ChangeWords", "Review: %1").arg(words)
               : QCoreApplication::translate("kd::ChangeWords", "Review withdrawn: %1").arg(words);
}

} // namespace

QString ChangeWords::field(EntityKind kind, const ChangeLogEntry &entry)
{
    if (entry.field.isEmpty() || entry.field == QLatin1String("review"))
        return {};
    if (entry.field == QLatin1String("position"))
        return QCoreApplication::translate("kd::ChangeWords", "Place");
    const auto [owner, name] = owningField(kind, entry.field);
    const FieldSpec *spec = FieldTable::field(owner, name);
    if (!spec)
        return entry.field;
    return owner == kind ? spec->label()
                         : QCoreApplication::translate("kd::ChangeWords", "%1: %2")
                               .arg(capitalised(EntityLabels::kindName(owner)), spec->label());
}

QString ChangeWords::summary(const ProjectDocument &document, EntityKind kind,
                             const ChangeLogEntry &entry)
{
    if (entry.field == QLatin1String("review"))
        return reviewWords(entry.summary);
    if (entry.field.isEmpty()) {
        const std::optional<Structural> change = structural(entry.summary);
        return change ? structuralWords(document, *change) : entry.summary;
    }
    static const QRegularExpression moved(QStringLiteral("^moved ([a-z-]+) to place (\\d+)$"));
    if (const QRegularExpressionMatch match = moved.match(entry.summary); match.hasMatch()) {
        const std::optional<EntityKind> what = entityKindFromName(match.captured(1));
        if (what)
            return QCoreApplication::translate("kd::ChangeWords", "%1 moved to place %2")
                .arg(capitalised(EntityLabels::kindName(*what)), match.captured(2));
    }
    if (entry.summary.startsWith(QLatin1String("changed ")))
        return QCoreApplication::translate("kd::ChangeWords", "%1 changed").arg(field(kind, entry));
    return entry.summary;
}

} // namespace kd
