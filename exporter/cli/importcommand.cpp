#include "commandline.h"

#include "package/packagereader.h"

#include <QDir>

namespace kd::cli {

int runImport(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("import"),
                           {QStringLiteral("PACKAGE")},
                           QStringLiteral("kdtool import PACKAGE --out PROJECT.kdproj [--force]")};
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The project file to create."),
                                       QStringLiteral("PROJECT"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Replace an existing project file."));
    parser.addOptions({outOption, forceOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;

    const QString packagePath = parser.positionalArguments().constFirst();
    const QString projectPath = parser.value(outOption);
    if (projectPath.isEmpty())
        return fail({}, QStringLiteral("missing --out PROJECT; usage: ") + spec.usage);

    PackageError error;
    if (!PackageReader::importPackage(packagePath, projectPath, parser.isSet(forceOption), &error))
        return failPackage(error);
    out() << "imported " << QDir::toNativeSeparators(packagePath) << " into "
          << QDir::toNativeSeparators(projectPath) << Qt::endl;
    return ExitOk;
}

} // namespace kd::cli
