#include "commandline.h"

#include "review/reviewledger.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd::cli {
namespace {

// One dilemma or legal source as the review summary lists it.
struct Item
{
    ReviewStatus status;
    QString path;  // key path, as validation names it
    QString title; // a dilemma's question, a legal source's short title
    QString reviewer;
};

QString pathPart(const QString &key, const QString &uid)
{
    return key.isEmpty() ? uid : key;
}

// Key paths and titles of every reviewable entity, by uid.
QHash<QString, std::pair<QString, QString>> describe(const Project &project)
{
    QHash<QString, std::pair<QString, QString>> result;
    for (const Scenario &scenario : project.scenarios) {
        const QString scenarioPath
            = QStringLiteral("scenario/") + pathPart(scenario.key, scenario.uid);
        for (qsizetype i = 0; i < scenario.segments.size(); ++i) {
            const QString segmentPath
                = scenarioPath + QStringLiteral("/segment/") + QString::number(i + 1);
            for (const Dilemma &d : scenario.segments.at(i).dilemmas)
                result.insert(d.uid,
                              {segmentPath + QStringLiteral("/dilemma/") + pathPart(d.key, d.uid),
                               d.question});
        }
    }
    for (const LegalSource &s : project.legalSources)
        result.insert(s.uid,
                      {QStringLiteral("legal-source/") + pathPart(s.key, s.uid), s.shortTitle});
    return result;
}

QJsonObject toJson(const Item &item)
{
    return {{QStringLiteral("kind"), toName(item.status.kind)},
            {QStringLiteral("uid"), item.status.entityUid},
            {QStringLiteral("path"), item.path},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("state"), toName(item.status.state)},
            {QStringLiteral("reviewer"),
             item.reviewer.isEmpty() ? QJsonValue() : QJsonValue(item.reviewer)}};
}

void printItems(const QString &heading, const QList<Item> &items)
{
    out() << heading << ": " << items.size() << '\n';
    for (const Item &item : items) {
        out() << "  " << item.path << ": " << toName(item.status.state) << ": \""
              << item.title.simplified() << '"';
        if (!item.reviewer.isEmpty())
            out() << " (" << item.reviewer << ')';
        out() << '\n';
    }
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
    Project project;
    if (!loadProject(path, &project, &exitCode))
        return exitCode;

    // The five counts are disjoint: a stale approval counts as stale, not as approved, so they
    // add up to the number of dilemmas and legal sources.
    const QStringList countNames = {toName(ReviewState::Draft), toName(ReviewState::InReview),
                                    toName(ReviewState::ChangesRequested),
                                    toName(ReviewState::Approved), QStringLiteral("stale")};
    QHash<QString, int> counts;
    QList<Item> stale;
    QList<Item> waiting;
    const auto descriptions = describe(project);
    const ReviewLedger ledger(project);
    const QList<ReviewStatus> statuses = ledger.all();
    for (const ReviewStatus &status : statuses) {
        const QString bucket = status.stale ? QStringLiteral("stale") : toName(status.state);
        ++counts[bucket];
        if (status.isApprovedAndCurrent())
            continue;
        const QList<Review> history = ledger.historyOf(status.entityUid);
        const auto [itemPath, title] = descriptions.value(status.entityUid);
        const Item item{status, itemPath, title,
                        history.isEmpty() ? QString() : history.constLast().reviewer};
        (status.stale ? stale : waiting).append(item);
    }

    if (parser.isSet(json)) {
        QJsonObject countObject;
        for (const QString &name : countNames)
            countObject.insert(name, counts.value(name));
        QJsonArray staleArray;
        for (const Item &item : std::as_const(stale))
            staleArray.append(toJson(item));
        QJsonArray waitingArray;
        for (const Item &item : std::as_const(waiting))
            waitingArray.append(toJson(item));
        const QJsonObject root{{QStringLiteral("total"), int(statuses.size())},
                               {QStringLiteral("counts"), countObject},
                               {QStringLiteral("stale"), staleArray},
                               {QStringLiteral("waiting"), waitingArray}};
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        out() << path << ": " << statuses.size() << " dilemmas and legal sources\n";
        for (const QString &name : countNames)
            out() << "  " << qSetFieldWidth(20) << Qt::left << name + u':' << qSetFieldWidth(0)
                  << counts.value(name) << '\n';
        printItems(QStringLiteral("stale"), stale);
        printItems(QStringLiteral("waiting"), waiting);
    }
    out().flush();
    return ExitOk;
}

} // namespace kd::cli
