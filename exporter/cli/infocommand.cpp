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
    Project project;
    if (!loadProject(path, &project, &exitCode))
        return exitCode;

    const ProjectSummary summary{project.info, ProjectStore::schemaVersion(),
                                 EntityCounts::of(project)};
    if (parser.isSet(json))
        out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << summary.toText();
    out().flush();
    return ExitOk;
}

} // namespace kd::cli
