#include "replaceall.h"

#include "projectdocument.h"

#include "forms/fieldtable.h"
#include "model/description.h"
#include "review/reviewledger.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUndoCommand>

namespace kd::ReplaceAll {
namespace {

// A text as the search compares it (canonically decomposed, combining marks dropped, case
// folded), and for each of its characters the index of the original character it came from.
struct Folded
{
    QString text;
    QList<qsizetype> origin;
};

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

// Appends the folded form of one character (piece: one code point) taken from index from.
void appendFolded(Folded &folded, QStringView piece, qsizetype from)
{
    QString decomposed = piece.toString().normalized(QString::NormalizationForm_D);
    decomposed.removeIf(isMark);
    for (const QChar c : decomposed.toCaseFolded()) {
        folded.text.append(c);
        folded.origin.append(from);
    }
}

Folded fold(const QString &text)
{
    Folded folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            folded.text.append(c.toCaseFolded());
            folded.origin.append(i++);
            continue;
        }
        const bool pair
            = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        appendFolded(folded, QStringView(text).mid(i, pair ? 2 : 1), i);
        i += pair ? 2 : 1;
    }
    return folded;
}

// The pattern that finds find in a folded text: its words side by side, the first at the start
// of a word, the last (for whole words) at the end of one.
QRegularExpression patternFor(const QString &find, bool wholeWords)
{
    QStringList words = fold(find).text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    return QRegularExpression(QStringLiteral("(?<!\\w)") + words.join(QLatin1String("\\s+"))
                                  + (wholeWords ? QStringLiteral("(?!\\w)") : QString()),
                              QRegularExpression::UseUnicodePropertiesOption);
}

// The index in the original text just past the folded characters up to end.
qsizetype originalEnd(const Folded &folded, qsizetype end, qsizetype textSize)
{
    // A character that folds to several (a Hangul syllable) is taken whole.
    while (end < folded.text.size() && folded.origin.at(end) == folded.origin.at(end - 1))
        ++end;
    return end < folded.text.size() ? folded.origin.at(end) : textSize;
}

// Every entity of the project with the scenario and the dilemma that hold it (empty when
// none), the project itself first.
struct Place
{
    EntityKind kind;
    QString uid;
    QString scenarioUid;
    QString dilemmaUid;
};

QList<Place> everyEntity(const Project &p)
{
    QList<Place> all{{EntityKind::Project, p.info.uid, {}, {}}};
    auto add = [&](EntityKind kind, const auto &list, const QString &scenario = {},
                   const QString &dilemma = {}) {
        for (const auto &e : list)
            all.append({kind, e.uid, scenario, dilemma});
    };
    add(EntityKind::LifeDomain, p.lifeDomains);
    add(EntityKind::Professional, p.professionals);
    add(EntityKind::LegalSource, p.legalSources);
    add(EntityKind::Theme, p.themes);
    add(EntityKind::GlossaryTerm, p.glossary);
    add(EntityKind::Asset, p.assets);
    for (const Scenario &s : p.scenarios) {
        all.append({EntityKind::Scenario, s.uid, s.uid, {}});
        add(EntityKind::Person, s.persons, s.uid);
        for (const Segment &g : s.segments) {
            all.append({EntityKind::Segment, g.uid, s.uid, {}});
            for (const Dilemma &d : g.dilemmas) {
                all.append({EntityKind::Dilemma, d.uid, s.uid, d.uid});
                add(EntityKind::Option, d.options, s.uid, d.uid);
                add(EntityKind::LegalReference, d.legalReferences, s.uid, d.uid);
            }
        }
    }
    return all;
}

bool covers(const Scope &scope, const Place &place)
{
    switch (scope.kind) {
    case EntityKind::Scenario:
        return place.scenarioUid == scope.uid;
    case EntityKind::Dilemma:
        return place.dilemmaUid == scope.uid;
    default:
        return true;
    }
}

std::optional<Change> changeOf(const ProjectDocument &document, const FieldSpec &spec,
                               const QString &uid, const QString &find, const QString &replacement,
                               bool wholeWords)
{
    if ((spec.type != FieldType::Line && spec.type != FieldType::Markdown)
        || spec.name == QLatin1String("key"))
        return std::nullopt;
    const std::optional<QVariant> value = spec.read(document, uid);
    if (!value)
        return std::nullopt;
    const QString text = value->toString();
    const QString changed = replaced(text, find, replacement, wholeWords);
    if (changed == text)
        return std::nullopt;
    return Change{spec.kind, uid, spec.name, changed};
}

template<typename T>
QString ownerOf(const ProjectDocument &document, const QString &uid)
{
    QString parentUid;
    int index = 0;
    return document.locate<T>(uid, &parentUid, &index) ? parentUid : QString();
}

// The dilemma or legal source whose reviewed content (ContentHash) the change changes; empty
// when it changes none.
QString reviewedOwner(const ProjectDocument &document, const Change &change)
{
    const FieldDescription *field = describe(change.kind).field(change.field);
    if (!field || !field->has(FieldFlag::Reviewed))
        return {};
    switch (change.kind) {
    case EntityKind::Dilemma:
    case EntityKind::LegalSource:
        return change.uid;
    case EntityKind::Option:
        return ownerOf<Option>(document, change.uid);
    case EntityKind::LegalReference:
        return ownerOf<LegalReference>(document, change.uid);
    default:
        return {};
    }
}

} // namespace

QList<Span> occurrences(const QString &text, const QString &find, bool wholeWords)
{
    const QRegularExpression pattern = patternFor(find, wholeWords);
    if (pattern.pattern().isEmpty())
        return {};
    const Folded folded = fold(text);
    QList<Span> spans;
    for (auto it = pattern.globalMatch(folded.text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = folded.origin.at(match.capturedStart());
        spans.append({start, originalEnd(folded, match.capturedEnd(), text.size()) - start});
    }
    return spans;
}

QString replaced(const QString &text, const QString &find, const QString &replacement,
                 bool wholeWords)
{
    const QList<Span> spans = occurrences(text, find, wholeWords);
    if (spans.isEmpty())
        return text;
    QString result;
    qsizetype done = 0;
    for (const Span &span : spans) {
        result.append(QStringView(text).mid(done, span.start - done)).append(replacement);
        done = span.start + span.length;
    }
    return result.append(QStringView(text).mid(done));
}

QSet<QString> uidsIn(const Project &project, const Scope &scope)
{
    QSet<QString> uids;
    for (const Place &place : everyEntity(project)) {
        if (covers(scope, place))
            uids.insert(place.uid);
    }
    return uids;
}

std::optional<Scope> holderOf(const Project &project, EntityKind kind, const QString &uid)
{
    for (const Place &place : everyEntity(project)) {
        if (place.uid != uid)
            continue;
        const QString holder = kind == EntityKind::Scenario ? place.scenarioUid : place.dilemmaUid;
        return holder.isEmpty() ? std::nullopt : std::optional<Scope>(Scope{kind, holder});
    }
    return std::nullopt;
}

QList<Change> plan(const ProjectDocument &document, const QString &find, const QString &replacement,
                   const Options &options)
{
    QList<Change> changes;
    if (find.trimmed().isEmpty() || !document.isOpen())
        return changes;
    for (const Place &place : everyEntity(document.project())) {
        if (!covers(options.scope, place))
            continue;
        for (const FieldSpec &spec : FieldTable::fields(place.kind)) {
            if (auto change
                = changeOf(document, spec, place.uid, find, replacement, options.wholeWords))
                changes.append(*change);
        }
    }
    return changes;
}

std::optional<Change> planField(const ProjectDocument &document, EntityKind kind,
                                const QString &uid, const QString &field, const QString &find,
                                const QString &replacement, bool wholeWords)
{
    const FieldSpec *spec = FieldTable::field(kind, field);
    if (!spec || find.trimmed().isEmpty())
        return std::nullopt;
    return changeOf(document, *spec, uid, find, replacement, wholeWords);
}

QStringList approvalsMadeStale(const ProjectDocument &document, const QList<Change> &changes)
{
    QSet<QString> changed;
    for (const Change &change : changes) {
        const QString owner = reviewedOwner(document, change);
        if (!owner.isEmpty())
            changed.insert(owner);
    }
    QStringList stale;
    if (changed.isEmpty())
        return stale;
    ReviewLedger(document.project()).forEachStatus([&](const ReviewStatus &status) {
        if (changed.contains(status.entityUid) && status.isApprovedAndCurrent())
            stale.append(status.entityUid);
    });
    return stale;
}

int apply(ProjectDocument *document, const QList<Change> &changes, const QString &find,
          const QString &replacement)
{
    if (changes.isEmpty() || !document->isOpen() || document->isReadOnly())
        return 0;
    // Every command made before the first is pushed: pushing changes the model they read.
    QList<QUndoCommand *> commands;
    for (const Change &change : changes) {
        const FieldSpec *spec = FieldTable::field(change.kind, change.field);
        if (QUndoCommand *command
            = spec ? spec->change(document, change.uid, change.text) : nullptr)
            commands.append(command);
    }
    if (commands.isEmpty())
        return 0;
    // A macro even for one field: it must not merge with typing in that field.
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(
        QCoreApplication::translate("kd::ReplaceAll", "Replace \u201c%1\u201d with \u201c%2\u201d")
            .arg(find, replacement));
    for (QUndoCommand *command : std::as_const(commands))
        stack->push(command);
    stack->endMacro();
    return int(commands.size());
}

int run(ProjectDocument *document, const QString &find, const QString &replacement,
        const Options &options)
{
    if (document->isReadOnly())
        return 0;
    return apply(document, plan(*document, find, replacement, options), find, replacement);
}

} // namespace kd::ReplaceAll
