#include "commandline.h"

#include <QCoreApplication>

#include <iterator>

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command commands[] = {
    {"new", kd::cli::runNew, "create an empty project"},
    {"info", kd::cli::runInfo, "show what a project holds"},
    {"validate", kd::cli::runValidate, "check a project against every rule"},
    {"export", kd::cli::runExport, "write a package (XML, JSON) from a project"},
    {"import", kd::cli::runImport, "create a project from a package"},
    {"review", kd::cli::runReview, "count review states, list stale and waiting items"},
};

void printUsage(QTextStream &stream)
{
    stream << "usage: kdtool COMMAND [ARGS...]\n\ncommands:\n";
    for (const Command &command : commands)
        stream << "  " << qSetFieldWidth(10) << Qt::left << command.name << qSetFieldWidth(0)
               << command.summary << '\n';
    stream << "\nRun 'kdtool COMMAND --help' for a command's arguments." << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kdtool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        QTextStream err(stderr);
        printUsage(err);
        return kd::cli::ExitUsage;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        printUsage(kd::cli::out());
        return kd::cli::ExitOk;
    }
    if (name == QLatin1String("--version")) {
        kd::cli::out() << "kdtool " << KD_VERSION << Qt::endl;
        return kd::cli::ExitOk;
    }
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    return kd::cli::fail({}, QStringLiteral("unknown command '%1'; run 'kdtool --help'").arg(name));
}
