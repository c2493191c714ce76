#include "commandline.h"

#include "packet/reviewpacket.h"

#include <QDir>
#include <QFileInfo>

namespace kd::cli {

// The printable review packet (ReviewPacket): one PDF of the dilemmas' legal guidance for the
// reviewers. main() runs this command with a QGuiApplication (QPdfWriter and QTextDocument need
// one), on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
int runPacket(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("packet"),
                           {QStringLiteral("PROJECT")},
                           QStringLiteral("kdtool packet PROJECT --out FILE.pdf [--scenario KEY] "
                                          "[--since PACKAGE_DIR]")};
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The PDF file to write."),
                                       QStringLiteral("FILE.pdf"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QStringLiteral("Only the scenario with this key."),
                                            QStringLiteral("KEY"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        QStringLiteral("Only the dilemmas that changed since this earlier package."),
        QStringLiteral("PACKAGE_DIR"));
    parser.addOptions({outOption, scenarioOption, sinceOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;
    if (parser.value(outOption).isEmpty())
        return fail({}, QStringLiteral("missing --out FILE.pdf; usage: ") + spec.usage);

    const QString path = parser.positionalArguments().constFirst();
    PacketOptions options;
    options.outFile = parser.value(outOption);
    options.scenarioKey = parser.value(scenarioOption);
    // A folder is not a file to write: QSaveFile's own message for it is less clear.
    if (QFileInfo(options.outFile).isDir())
        return fail(options.outFile, QStringLiteral("is a folder; name the PDF file to write"));

    Project project;
    if (!loadProject(path, &project, &exitCode))
        return exitCode;
    QString error;
    if (!ReviewPacket::check(project, options, &error))
        return fail(path, error);
    if (parser.isSet(sinceOption)) {
        const QString since = parser.value(sinceOption);
        Project earlier;
        ChangesReport::Release release;
        if (!loadRelease(since, &earlier, &release, &exitCode))
            return exitCode;
        options.dilemmaUids
            = ReviewPacket::changedDilemmas(ReleaseDiff::compare(earlier, project), project);
        // (An empty set would select every dilemma.)
        if (options.dilemmaUids.isEmpty() || ReviewPacket::dilemmaCount(project, options) == 0)
            return fail(path,
                        QStringLiteral("no dilemma changed since %1; no packet written")
                            .arg(QDir::toNativeSeparators(since)),
                        ExitContent);
    }
    if (!ReviewPacket::write(project, options, &error))
        return fail(options.outFile, error);
    out() << options.outFile << ": review packet of "
          << ReviewPacket::dilemmaCount(project, options) << " dilemmas written" << Qt::endl;
    return ExitOk;
}

} // namespace kd::cli
