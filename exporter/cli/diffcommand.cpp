#include "commandline.h"

#include "changesreport.h"

#include <QDir>
#include <QSaveFile>

#include <thread>

namespace kd::cli {

// `kdtool diff OLD NEW`: like diff(1), exit 0 when the releases are equal, 1 when they differ,
// 2 when one cannot be read or the report cannot be written.
int runDiff(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("diff"),
                           {QStringLiteral("OLD"), QStringLiteral("NEW")},
                           QStringLiteral("kdtool diff OLD NEW [--json] [--html OUT.html]")};
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the changes as JSON "
                                                       "(schema/changes.schema.json)."));
    const QCommandLineOption htmlOption(QStringLiteral("html"),
                                        QStringLiteral("Also write the changes as a web page."),
                                        QStringLiteral("OUT.html"));
    parser.addOptions({jsonOption, htmlOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    const QString htmlPath = parser.value(htmlOption);
    if (parser.isSet(htmlOption) && htmlPath.isEmpty())
        return fail({}, QStringLiteral("--html needs a file name; usage: ") + spec.usage);

    // The two are read at the same time, each on its own thread with its own connection.
    ChangesReport report;
    Project before;
    Project after;
    int afterExit = ExitOk;
    bool afterRead = false;
    std::thread second(
        [&] { afterRead = loadRelease(paths.at(1), &after, &report.after, &afterExit); });
    const bool beforeRead = loadRelease(paths.at(0), &before, &report.before, &exitCode);
    second.join();
    if (!beforeRead)
        return exitCode;
    if (!afterRead)
        return afterExit;
    report.changes = ReleaseDiff::compare(before, after);

    if (!htmlPath.isEmpty()) {
        // Written whole or not at all.
        QSaveFile file(htmlPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(report.html()) < 0 || !file.commit())
            return fail(htmlPath, QStringLiteral("cannot write: %1").arg(file.errorString()));
    }
    if (parser.isSet(jsonOption))
        out() << QString::fromUtf8(report.json());
    else
        out() << report.text();
    out().flush();
    return report.changes.isEmpty() ? ExitOk : ExitContent;
}

} // namespace kd::cli
