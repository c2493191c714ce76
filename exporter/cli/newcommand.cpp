#include "commandline.h"

#include "storage/serverlocation.h"

#include <QFileInfo>

namespace kd::cli {

int runNew(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("new"),
                           {QStringLiteral("PROJECT")},
                           QStringLiteral("kdtool new PROJECT.kdproj|URL [--title TEXT]")};
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The project's title."),
                                   QStringLiteral("TEXT"));
    parser.addOption(title);
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    ProjectInfo info;
    QString name = QFileInfo(path).completeBaseName();
    QString problem;
    if (const auto location = ServerLocation::parse(path, &problem))
        name = location->database;
    info.title = parser.isSet(title) ? parser.value(title) : name;
    StoreError error;
    if (!ProjectStore::create(path, info, &error))
        return failStore(path, error);
    out() << "created " << path << Qt::endl;
    return ExitOk;
}

} // namespace kd::cli
