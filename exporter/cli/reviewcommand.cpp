#include "commandline.h"

#include "review/lawchanges.h"
#include "review/reviewledger.h"
#include "review/reviewthreads.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kd::cli {
namespace {

// One dilemma or legal source as the review summary lists it.
struct Item
{
    ReviewStatus status;
    QString path;     // key path, as validation names it
    QString title;    // a dilemma's question, a legal source's short title
    QString reviewer; // of the latest record, from the project's trusted reviewers
    QString reason;   // why an approval does not count; empty when it does or there is none
    QString comment;  // of the latest record, as written; empty when none
    QList<ReviewThread> threads; // oldest first
};

// The state as the summary counts it: stale and unverified approvals apart.
QString countedState(const ReviewStatus &status)
{
    if (status.isApprovedUnverified())
        return QStringLiteral("unverified");
    return status.stale ? QStringLiteral("stale") : toName(status.state);
}

QString pathPart(const QString &key, const QString &uid)
{
    return key.isEmpty() ? uid : key;
}

// The item for an entity that waits: named and explained from its latest record.
Item itemOf(const ReviewStatus &status, const QString &path, const QString &title,
            const QList<Review> &history, const ApprovalTrust &trust)
{
    Item item{status, path, title, {}, {}, {}, {}};
    if (!history.isEmpty()) {
        item.reviewer = trust.nameOf(history.constLast());
        item.comment = history.constLast().comment.trimmed();
    }
    if (status.isApprovedUnverified())
        item.reason = ApprovalTrust::reason(status.verdict);
    return item;
}

QJsonObject toJson(const ReviewNote &note)
{
    const auto orNull = [](const QString &text) {
        return text.isNull() ? QJsonValue() : QJsonValue(text);
    };
    return {{QStringLiteral("uid"), note.uid},
            {QStringLiteral("kind"), toName(note.kind)},
            {QStringLiteral("author"), orNull(note.author)},
            {QStringLiteral("time"), note.time.isValid()
                                         ? QJsonValue(note.time.toUTC().toString(Qt::ISODateWithMs))
                                         : QJsonValue()},
            {QStringLiteral("text"), orNull(note.text)}};
}

QJsonArray toJson(const QList<ReviewThread> &threads)
{
    QJsonArray array;
    for (const ReviewThread &thread : threads) {
        QJsonArray replies;
        for (const ReviewNote &reply : thread.replies)
            replies.append(toJson(reply));
        array.append(QJsonObject{{QStringLiteral("question"), toJson(thread.question)},
                                 {QStringLiteral("replies"), replies},
                                 {QStringLiteral("resolved"), thread.resolved()}});
    }
    return array;
}

QJsonObject toJson(const Item &item)
{
    return {
        {QStringLiteral("kind"), toName(item.status.kind)},
        {QStringLiteral("uid"), item.status.entityUid},
        {QStringLiteral("path"), item.path},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("state"), toName(item.status.state)},
        {QStringLiteral("reviewer"),
         item.reviewer.isEmpty() ? QJsonValue() : QJsonValue(item.reviewer)},
        {QStringLiteral("reason"), item.reason.isEmpty() ? QJsonValue() : QJsonValue(item.reason)},
        {QStringLiteral("comment"),
         item.comment.isEmpty() ? QJsonValue() : QJsonValue(item.comment)},
        {QStringLiteral("threads"), toJson(item.threads)}};
}

// One line per note, the replies under their question: "question by Anna, 2026-12-06: ...".
void printThreads(const QList<ReviewThread> &threads)
{
    const auto print = [](const char *indent, const ReviewNote &note) {
        out() << indent
              << (note.kind == ReviewNoteKind::Resolution ? QStringLiteral("resolved")
                                                          : toName(note.kind))
              << " by " << (note.author.isEmpty() ? QStringLiteral("(unknown)") : note.author);
        if (note.time.isValid())
            out() << ", " << note.time.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
        // A resolution may say nothing; a question or answer always says something.
        if (!note.text.trimmed().isEmpty() || note.kind != ReviewNoteKind::Resolution)
            out() << ": \"" << note.text.simplified() << '"';
        out() << '\n';
    };
    for (const ReviewThread &thread : threads) {
        print("    ", thread.question);
        for (const ReviewNote &reply : thread.replies)
            print("      ", reply);
    }
}

int openThreadsOf(const QList<Item> &items)
{
    int open = 0;
    for (const Item &item : items)
        open += int(std::count_if(item.threads.cbegin(), item.threads.cend(),
                                  [](const ReviewThread &t) { return !t.resolved(); }));
    return open;
}

void printItems(const QString &heading, const QList<Item> &items)
{
    out() << heading << ": " << items.size() << '\n';
    for (const Item &item : items) {
        out() << "  " << item.path << ": " << countedState(item.status) << ": \""
              << item.title.simplified() << '"';
        if (!item.reviewer.isEmpty())
            out() << " (" << item.reviewer << ')';
        if (!item.reason.isEmpty())
            out() << ": " << item.reason;
        out() << '\n';
        // On a line of its own, so the item's line reads as before.
        if (!item.comment.isEmpty())
            out() << "    comment: \"" << item.comment.simplified() << "\"\n";
        printThreads(item.threads);
    }
}

// The approved and current items that still have open threads: named, with their threads.
void printOpenThreads(const QList<Item> &items)
{
    // Absent when there are none, so the summary of a project without open threads reads as
    // before.
    if (items.isEmpty())
        return;
    out() << "open threads: " << openThreadsOf(items) << '\n';
    for (const Item &item : items) {
        out() << "  " << item.path << ": \"" << item.title.simplified() << "\"\n";
        printThreads(item.threads);
    }
}

// The six counts are disjoint: a stale approval counts as stale, and an approval that does not
// count (unsigned, untrusted key, bad signature, by the last editor) as unverified, not as
// approved; so they add up to the number of dilemmas and legal sources.
QStringList countNames()
{
    return {toName(ReviewState::Draft),
            toName(ReviewState::InReview),
            toName(ReviewState::ChangesRequested),
            toName(ReviewState::Approved),
            QStringLiteral("stale"),
            QStringLiteral("unverified")};
}

// What the summary prints: the counts and the items in their sections.
struct Summary
{
    int total = 0;
    QHash<QString, int> counts;
    QList<Item> stale;
    QList<Item> waiting;
    QList<Item> withOpenThreads; // approved and current, so not listed above
    // Approved and current dilemmas whose law changed since (rule law-changed): counted as
    // approved, listed apart with the sources that changed as their reason.
    QList<Item> lawChanged;
};

QJsonArray toJsonArray(const QList<Item> &items)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(toJson(item));
    return array;
}

void printJson(const Summary &summary)
{
    QJsonObject countObject;
    for (const QString &name : countNames())
        countObject.insert(name, summary.counts.value(name));
    const QJsonObject root{
        {QStringLiteral("total"), summary.total},
        {QStringLiteral("counts"), countObject},
        {QStringLiteral("stale"), toJsonArray(summary.stale)},
        {QStringLiteral("waiting"), toJsonArray(summary.waiting)},
        {QStringLiteral("openThreads"), openThreadsOf(summary.withOpenThreads)},
        {QStringLiteral("withOpenThreads"), toJsonArray(summary.withOpenThreads)},
        {QStringLiteral("lawChanged"), toJsonArray(summary.lawChanged)}};
    out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void printText(const QString &path, const Summary &summary)
{
    out() << path << ": " << summary.total << " dilemmas and legal sources\n";
    for (const QString &name : countNames())
        out() << "  " << qSetFieldWidth(20) << Qt::left << name + u':' << qSetFieldWidth(0)
              << summary.counts.value(name) << '\n';
    printItems(QStringLiteral("stale"), summary.stale);
    printItems(QStringLiteral("waiting"), summary.waiting);
    printOpenThreads(summary.withOpenThreads);
    // Absent when there are none, so the summary reads as before.
    if (!summary.lawChanged.isEmpty())
        printItems(QStringLiteral("law changed since approval"), summary.lawChanged);
}

} // namespace

int runReview(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("review"),
                           {QStringLiteral("PROJECT")},
                           QStringLiteral("kdtool review PROJECT [--json]")};
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    StreamedProject project;
    if (!project.open(path, &exitCode))
        return exitCode;

    Summary summary;
    const QHash<QString, QList<Review>> histories
        = ReviewLedger::histories(project.registers().reviews);
    // Grouped once: a large project has many items and few notes each.
    QHash<QString, QList<ReviewNote>> notes;
    for (const ReviewNote &note : project.registers().reviewNotes)
        notes[note.entityUid].append(note);
    const ApprovalTrust trust(project.registers());
    const LawChanges law(project.registers(), trust);
    const auto add = [&](const ReviewStatus &status, const QString &itemPath, const QString &title,
                         const Dilemma *dilemma = nullptr) {
        ++summary.total;
        ++summary.counts[countedState(status)];
        const QList<ReviewThread> threads
            = ReviewThreads::of(status.entityUid, notes.value(status.entityUid));
        if (status.isApprovedAndCurrent() && dilemma) {
            QStringList changed;
            for (const LegalSource *source : law.changedSinceApproval(*dilemma))
                changed << source->shortTitle.simplified();
            if (!changed.isEmpty()) {
                Item item
                    = itemOf(status, itemPath, title, histories.value(status.entityUid), trust);
                item.threads = threads;
                item.reason = QStringLiteral("law changed since approval: ")
                              + changed.join(QStringLiteral(", "));
                summary.lawChanged.append(item);
            }
        }
        if (status.isApprovedAndCurrent()) {
            if (std::any_of(threads.cbegin(), threads.cend(),
                            [](const ReviewThread &t) { return !t.resolved(); }))
                summary.withOpenThreads.append({status, itemPath, title, {}, {}, {}, threads});
            return;
        }
        Item item = itemOf(status, itemPath, title, histories.value(status.entityUid), trust);
        item.threads = threads;
        (status.stale && !status.isApprovedUnverified() ? summary.stale : summary.waiting)
            .append(item);
    };
    // Dilemmas one scenario at a time, then the legal sources, in the project's order.
    QString problem;
    const bool read = project.forEachScenario(
        [&](const Scenario &scenario) {
            const QString scenarioPath
                = QStringLiteral("scenario/") + pathPart(scenario.key, scenario.uid);
            for (qsizetype i = 0; i < scenario.segments.size(); ++i) {
                const QString segmentPath
                    = scenarioPath + QStringLiteral("/segment/") + QString::number(i + 1);
                for (const Dilemma &d : scenario.segments.at(i).dilemmas)
                    add(ReviewLedger::statusOf(d, histories.value(d.uid), trust),
                        segmentPath + QStringLiteral("/dilemma/") + pathPart(d.key, d.uid),
                        d.question, &d);
            }
            return true;
        },
        &problem);
    if (!read)
        return fail(path, QStringLiteral("cannot read the project: %1").arg(problem));
    for (const LegalSource &s : project.registers().legalSources)
        add(ReviewLedger::statusOf(s, histories.value(s.uid), trust),
            QStringLiteral("legal-source/") + pathPart(s.key, s.uid), s.shortTitle);

    if (parser.isSet(json))
        printJson(summary);
    else
        printText(path, summary);
    out().flush();
    return ExitOk;
}

} // namespace kd::cli
