#include "commandline.h"

#include "text/spelling.h"
#include "validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QThread>

#include <memory>

namespace kd::cli {
namespace {

struct Counts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

Counts countIssues(const QList<Issue> &issues)
{
    Counts counts;
    for (const Issue &issue : issues) {
        switch (issue.severity) {
        case Issue::Severity::Error:
            ++counts.errors;
            break;
        case Issue::Severity::Warning:
            ++counts.warnings;
            break;
        case Issue::Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

// "info" is a mass noun: "1 info", "3 info" (docs/rules.md says so too).
QString summaryLine(const Counts &counts)
{
    const auto counted = [](int n, const char *singular, const char *plural) -> QString {
        return QString::number(n) + u' ' + QLatin1String(n == 1 ? singular : plural);
    };
    return counted(counts.errors, "error", "errors") + QStringLiteral(", ")
           + counted(counts.warnings, "warning", "warnings") + QStringLiteral(", ")
           + counted(counts.infos, "info", "info");
}

QJsonObject toJson(const QList<Issue> &issues, const Counts &counts)
{
    QJsonArray list;
    for (const Issue &issue : issues) {
        list.append(QJsonObject{
            {QStringLiteral("rule"), issue.rule},
            {QStringLiteral("severity"), toName(issue.severity)},
            {QStringLiteral("message"), issue.message},
            {QStringLiteral("path"), issue.path},
            {QStringLiteral("uid"), issue.uid},
            {QStringLiteral("field"), issue.field},
        });
    }
    const QJsonObject summary{{QStringLiteral("errors"), counts.errors},
                              {QStringLiteral("warnings"), counts.warnings},
                              {QStringLiteral("infos"), counts.infos}};
    return {{QStringLiteral("issues"), list}, {QStringLiteral("summary"), summary}};
}

} // namespace

int runValidate(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("validate"),
                           {QStringLiteral("PROJECT")},
                           QStringLiteral("kdtool validate PROJECT [--json] [--as-of YYYY-MM-DD] "
                                          "[--export-gate | --draft]")};
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Judge legal-source dates on this day (default: "
                                                 "today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption gate(
        QStringLiteral("export-gate"),
        QStringLiteral("Report unapproved and stale-approved content as errors, as export does."));
    const QCommandLineOption draft(
        QStringLiteral("draft"),
        QStringLiteral("Leave out the review rules, as a draft export does."));
    // The review rules used to be asked for; they are reported by default now.
    QCommandLineOption review(QStringLiteral("review"), QStringLiteral("The default."));
    review.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({json, asOf, gate, draft, review});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(gate) && parser.isSet(draft))
        return fail({}, QStringLiteral("--export-gate and --draft exclude each other"));

    ValidationOptions options;
    // What export would refuse (not approved, approval stale) is reported as warnings by
    // default, as in the editor's validation dock: content being written is not yet approved.
    options.reviewGate = parser.isSet(gate)    ? ValidationOptions::ReviewGate::Export
                         : parser.isSet(draft) ? ValidationOptions::ReviewGate::Off
                                               : ValidationOptions::ReviewGate::Editing;
    if (parser.isSet(asOf) && !parseAsOf(parser, asOf, &options.asOf, &exitCode))
        return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    // Read-only (no lock is taken, so this works while the editor has the project open) and one
    // scenario at a time, whatever the project's size.
    // The dictionary takes a tenth of a second to load: it loads while the project opens, on a
    // thread with a small stack (a thread's stack counts against the memory bound of
    // docs/reliability.md like the heap does).
    std::shared_ptr<const Speller> speller;
    const std::unique_ptr<QThread> loader(
        QThread::create([&speller] { speller = Speller::dutch(); }));
    loader->setStackSize(1024 * 1024);
    loader->start();
    const auto joined = qScopeGuard([&loader] { loader->wait(); });
    StreamedProject project;
    if (!project.open(path, &exitCode))
        return exitCode;
    loader->wait();
    // Without the Dutch dictionary the spelling rule cannot run: said, not silently skipped.
    if (!speller->isValid())
        fail({}, QStringLiteral("warning: spelling was not checked: %1").arg(speller->error()));
    ValidationRun run(project.registers(), project.facts(), options);
    QString problem;
    if (!project.forEachScenario(
            [&run](const Scenario &scenario) {
                run.add(scenario);
                return true;
            },
            &problem))
        return fail(path, QStringLiteral("cannot read the project: %1").arg(problem));
    const QList<Issue> issues = run.finish();
    const Counts counts = countIssues(issues);
    if (parser.isSet(json)) {
        out() << QJsonDocument(toJson(issues, counts)).toJson(QJsonDocument::Indented);
    } else {
        for (const Issue &issue : issues) {
            out() << path << ": " << toName(issue.severity) << ": " << issue.path << ": "
                  << issue.message << " [" << issue.rule << "]\n";
        }
        out() << summaryLine(counts) << '\n';
    }
    out().flush();
    return counts.errors > 0 ? ExitContent : ExitOk;
}

} // namespace kd::cli
