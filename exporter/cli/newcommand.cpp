#include "commandline.h"

#include <QFileInfo>

namespace kd::cli {

int runNew(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("new"),
                           {QStringLiteral("PROJECT")},
                           QStringLiteral("kdtool new PROJECT.kdproj [--title TEXT]")};
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The project's title."),
                                   QStringLiteral("TEXT"));
    parser.addOption(title);
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    ProjectInfo info;
    info.title = parser.isSet(title) ? parser.value(title) : QFileInfo(path).completeBaseName();
    StoreError error;
    if (!ProjectStore::create(path, info, &error))
        return fail(path, error.message);
    out() << "created " << path << Qt::endl;
    return ExitOk;
}

} // namespace kd::cli
