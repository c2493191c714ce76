#include "commandline.h"

#include "storage/serverlocation.h"
#include "storage/serverproject.h"

#include <QDir>

// The commands of server projects (docs/team.md): preparing a PostgreSQL database, uploading a
// project file to it and taking a snapshot file of it.
namespace kd::cli {
namespace {

// A server project's URI; false after printing why it is not one (exit code 2).
bool checkServerUri(const QString &uri, int *exitCode)
{
    QString problem;
    if (ServerLocation::parse(uri, &problem))
        return true;
    *exitCode = fail(uri, problem);
    return false;
}

int runServerInit(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("server init"),
                           {QStringLiteral("URL")},
                           QStringLiteral("kdtool server init postgresql://[user@]host/dbname")};
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QString uri = parser.positionalArguments().constFirst();
    if (!checkServerUri(uri, &exitCode))
        return exitCode;
    QString done;
    StoreError error;
    if (!ServerProject::init(uri, &done, &error))
        return failStore(uri, error);
    out() << uri << ": " << done << Qt::endl;
    return ExitOk;
}

} // namespace

int runServer(const QStringList &arguments)
{
    return runSubcommand(arguments, {{"init", runServerInit}},
                         QStringLiteral("kdtool server init URL"));
}

int runPush(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("push"),
                           {QStringLiteral("PROJECT"), QStringLiteral("URL")},
                           QStringLiteral("kdtool push PROJECT.kdproj URL [--force]")};
    QCommandLineParser parser;
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        QStringLiteral("Replace the project the server holds (its change log is kept)."));
    parser.addOption(forceOption);
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QString file = parser.positionalArguments().at(0);
    const QString uri = parser.positionalArguments().at(1);
    if (ServerLocation::isServer(file))
        return fail(file, QStringLiteral("push uploads a project file; give its path first"));
    if (!checkServerUri(uri, &exitCode))
        return exitCode;
    Project project;
    if (!loadProject(file, &project, &exitCode))
        return exitCode;
    StoreError error;
    if (!ServerProject::upload(uri, project, parser.isSet(forceOption), &error))
        return fail(uri, error.message);
    out() << "pushed " << QDir::toNativeSeparators(file) << " to " << uri << Qt::endl;
    return ExitOk;
}

int runPull(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("pull"),
                           {QStringLiteral("URL")},
                           QStringLiteral("kdtool pull URL --out PROJECT.kdproj [--force]")};
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The project file to write."),
                                       QStringLiteral("PROJECT"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Replace an existing project file."));
    parser.addOptions({outOption, forceOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QString uri = parser.positionalArguments().constFirst();
    const QString file = parser.value(outOption);
    if (file.isEmpty())
        return fail({}, QStringLiteral("missing --out PROJECT.kdproj; usage: ") + spec.usage);
    if (ServerLocation::isServer(file))
        return fail(file, QStringLiteral("pull writes a project file; --out takes its path"));
    if (!checkServerUri(uri, &exitCode))
        return exitCode;
    Project project;
    if (!loadProject(uri, &project, &exitCode))
        return exitCode;
    StoreError error;
    if (!ProjectStore::writeNew(file, project, parser.isSet(forceOption), &error))
        return fail(file, error.message);
    out() << "pulled " << uri << " into " << QDir::toNativeSeparators(file) << Qt::endl;
    return ExitOk;
}

} // namespace kd::cli
