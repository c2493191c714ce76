#include "commandline.h"

#include "projectsummary.h"

#include <QJsonDocument>

namespace kd::cli {

int runInfo(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("info"),
                           {QStringLiteral("PROJECT")},
                           QStringLiteral("kdtool info PROJECT [--json]")};
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    // Counts come from the store without loading the project: instant at any size.
    auto store = openProject(path, ProjectStore::OpenMode::Inspect, &exitCode);
    if (!store)
        return exitCode;
    ProjectInfo info;
    EntityCounts counts;
    if (!store->loadInfo(&info) || !store->counts(&counts))
        return fail(path,
                    QStringLiteral("cannot read the project: %1").arg(store->lastError().message));

    const ProjectSummary summary{info, ProjectStore::schemaVersion(), counts};
    if (parser.isSet(json))
        out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << summary.toText();
    out().flush();
    return ExitOk;
}

} // namespace kd::cli
