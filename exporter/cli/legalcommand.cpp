#include "commandline.h"

#include "legal/lawregister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd::cli {
namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray toJson(const QList<LawRegister::Citing> &list)
{
    QJsonArray array;
    for (const LawRegister::Citing &c : list)
        array.append(QJsonObject{{QStringLiteral("kind"), toName(c.kind)},
                                 {QStringLiteral("uid"), c.uid},
                                 {QStringLiteral("path"), c.path},
                                 {QStringLiteral("title"), c.title}});
    return array;
}

QJsonObject toJson(const LawRegister::Entry &e)
{
    return {{QStringLiteral("uid"), e.uid},
            {QStringLiteral("key"), e.key},
            {QStringLiteral("path"), e.path},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), LawRegister::toName(e.kind)},
            {QStringLiteral("identifier"), orNull(e.identifier)},
            {QStringLiteral("citation"), orNull(e.citation)},
            {QStringLiteral("link"), orNull(e.link)},
            {QStringLiteral("versionDate"), orNull(e.versionDate)},
            {QStringLiteral("validFrom"), orNull(e.validFrom)},
            {QStringLiteral("validUntil"), orNull(e.validUntil)},
            {QStringLiteral("reviewBy"), orNull(e.reviewBy)},
            {QStringLiteral("status"), LawRegister::toName(e.status)},
            {QStringLiteral("daysToReview"),
             e.daysToReview ? QJsonValue(*e.daysToReview) : QJsonValue()},
            {QStringLiteral("citedBy"), toJson(e.citedBy)},
            {QStringLiteral("changedSinceApproval"), toJson(e.changedSinceApproval)}};
}

void printJson(const QDate &asOf, const QList<LawRegister::Entry> &entries)
{
    QJsonArray sources;
    for (const LawRegister::Entry &e : entries)
        sources.append(toJson(e));
    out() << QJsonDocument(QJsonObject{{QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                                       {QStringLiteral("sources"), sources}})
                 .toJson(QJsonDocument::Indented);
}

void printText(const QString &path, const QDate &asOf, const QList<LawRegister::Entry> &entries)
{
    QHash<LawRegister::Status, int> counts;
    int changed = 0;
    for (const LawRegister::Entry &e : entries) {
        ++counts[e.status];
        changed += e.changedSinceApproval.isEmpty() ? 0 : 1;
    }
    out() << path << ": " << entries.size() << " legal sources as of " << asOf.toString(Qt::ISODate)
          << " (" << counts.value(LawRegister::Status::Expired) << " expired, "
          << counts.value(LawRegister::Status::ReviewDue) << " review due, "
          << counts.value(LawRegister::Status::ReviewSoon) << " review within "
          << LawRegister::SoonDays << " days, " << changed << " changed since an approval)\n";
    const auto day = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("(not given)");
    };
    for (const LawRegister::Entry &e : entries) {
        out() << "  " << e.path << ": \"" << e.title.simplified()
              << "\": " << LawRegister::toName(e.status) << '\n';
        if (!e.citation.isEmpty())
            out() << "    citation: " << e.citation << '\n';
        if (!e.link.isEmpty())
            out() << "    link: " << e.link << '\n';
        out() << "    version checked " << day(e.versionDate) << "; valid from "
              << day(e.validFrom);
        if (e.validUntil.isValid())
            out() << " until " << day(e.validUntil);
        out() << "; review by " << day(e.reviewBy) << '\n';
        out() << "    cited by " << e.citedBy.size();
        for (qsizetype i = 0; i < e.citedBy.size(); ++i)
            out() << (i == 0 ? ": " : ", ") << e.citedBy.at(i).path;
        out() << '\n';
        // Only when there is something to say, so that a register without changes reads as
        // before.
        for (qsizetype i = 0; i < e.changedSinceApproval.size(); ++i)
            out() << (i == 0 ? "    changed since the approval of: " : ", ")
                  << e.changedSinceApproval.at(i).path
                  << (i + 1 == e.changedSinceApproval.size() ? "\n" : "");
    }
}

} // namespace

// The law register: each legal source with the version checked, its dates, its status on the
// as-of day and what cites it.
int runLegal(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("legal"),
                           {QStringLiteral("PROJECT")},
                           QStringLiteral("kdtool legal PROJECT [--json] [--as-of YYYY-MM-DD]")};
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), QStringLiteral("The day the statuses are for (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({json, asOfOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    QDate asOf;
    if (!parseAsOf(parser, asOfOption, &asOf, &exitCode))
        return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    StreamedProject project;
    if (!project.open(path, &exitCode))
        return exitCode;
    LawRegister lawRegister(project.registers(), asOf);
    QString problem;
    if (!project.forEachScenario(
            [&](const Scenario &scenario) {
                lawRegister.addScenario(scenario);
                return true;
            },
            &problem))
        return fail(path, QStringLiteral("cannot read the project: %1").arg(problem));
    if (parser.isSet(json))
        printJson(asOf, lawRegister.entries());
    else
        printText(path, asOf, lawRegister.entries());
    out().flush();
    return ExitOk;
}

} // namespace kd::cli
