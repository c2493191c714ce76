#include "commandline.h"

#include "package/packagereader.h"

#include <QDir>

namespace kd::cli {

int runImport(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("import"),
        {QStringLiteral("PACKAGE")},
        QStringLiteral("kdtool import PACKAGE --out PROJECT.kdproj|URL [--force] "
                       "[--trust KEY.pub]...")};
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The project file to create."),
                                       QStringLiteral("PROJECT"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Replace an existing project file."));
    const QCommandLineOption trustOption(
        QStringLiteral("trust"),
        QStringLiteral("Trust this reviewer's key, or, when it signed the package, all the "
                       "package's reviewers. May be given more than once."),
        QStringLiteral("KEY.pub"));
    parser.addOptions({outOption, forceOption, trustOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;

    const QString packagePath = parser.positionalArguments().constFirst();
    const QString projectPath = parser.value(outOption);
    if (projectPath.isEmpty())
        return fail({}, QStringLiteral("missing --out PROJECT; usage: ") + spec.usage);

    QList<PublicKey> keys;
    for (const QString &keyPath : parser.values(trustOption)) {
        const auto key = loadPublicKey(keyPath, &exitCode);
        if (!key)
            return exitCode;
        keys.append(*key);
    }

    PackageError error;
    QStringList warnings;
    if (!PackageReader::importPackage(packagePath, projectPath, parser.isSet(forceOption), keys,
                                      &warnings, &error))
        return failPackage(error);
    // The import happened; what does not count is said, one line each, and is no failure.
    for (const QString &warning : std::as_const(warnings))
        fail(packagePath, QStringLiteral("warning: ") + warning, ExitOk);
    out() << "imported " << QDir::toNativeSeparators(packagePath) << " into "
          << QDir::toNativeSeparators(projectPath) << Qt::endl;
    return ExitOk;
}

} // namespace kd::cli
