#include "commandline.h"

#include "package/packagewriter.h"

#include <QDir>

namespace kd::cli {
namespace {

// Reads the project and writes its package. With an earlier package to compare with, the whole
// project is read once, so that the changes and the package describe the same content whatever
// is committed meanwhile; otherwise one scenario at a time. False after printing the problem.
bool writePackage(const QString &path, const ExportOptions &options, PackageError *error,
                  int *exitCode)
{
    bool written = false;
    if (!options.sincePackage.isEmpty()) {
        Project project;
        if (!loadProject(path, &project, exitCode))
            return false;
        written = PackageWriter::write(project, options, error);
    } else {
        StreamedProject project;
        if (!project.open(path, exitCode))
            return false;
        const auto scenarios
            = [&project](const PackageWriter::ScenarioVisit &visit, QString *problem) {
                  return project.forEachScenario(visit, problem);
              };
        written
            = PackageWriter::write(project.registers(), project.facts(), scenarios, options, error);
    }
    if (written)
        return true;
    // Content problems are the project's, whichever file the writer was building.
    if (error->kind == PackageError::Kind::Content || error->file.isEmpty())
        error->file = path;
    for (const Issue &issue : std::as_const(error->issues)) {
        const QString where = issue.field.isEmpty() ? issue.path : issue.path + u'#' + issue.field;
        fail(path,
             QStringLiteral("%1: %2: %3 [%4]")
                 .arg(toName(issue.severity), where, issue.message, issue.rule),
             ExitContent);
    }
    *exitCode = failPackage(*error);
    return false;
}

} // namespace

int runExport(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("export"),
        {QStringLiteral("PROJECT")},
        QStringLiteral("kdtool export PROJECT --out DIR [--format xml,json,html] "
                       "[--draft] [--as-of YYYY-MM-DD] "
                       "[--include-review-notes] [--sign FILE.key] "
                       "[--since PACKAGE_DIR]")};
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The package directory to write."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Formats to write: xml, json, html."),
                                          QStringLiteral("LIST"), QStringLiteral("xml,json"));
    const QCommandLineOption draftOption(QStringLiteral("draft"),
                                         QStringLiteral("Mark the package as a draft."));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        QStringLiteral("Judge legal sources on this date."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption notesOption(
        QStringLiteral("include-review-notes"),
        QStringLiteral("Include reviewer names, review comments and the change log."));
    const QCommandLineOption signOption(QStringLiteral("sign"),
                                        QStringLiteral("Sign the manifest with this private key."),
                                        QStringLiteral("FILE.key"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        QStringLiteral("Write changes.json: what changed since this earlier package."),
        QStringLiteral("PACKAGE_DIR"));
    parser.addOptions(
        {outOption, formatOption, draftOption, asOfOption, notesOption, signOption, sinceOption});
    int exitCode = ExitOk;
    if (!parseArguments(parser, spec, arguments, &exitCode))
        return exitCode;

    const QString path = parser.positionalArguments().constFirst();
    ExportOptions options;
    options.outDir = parser.value(outOption);
    if (options.outDir.isEmpty())
        return fail({}, QStringLiteral("missing --out DIR; usage: ") + spec.usage);
    options.xml = false;
    options.json = false;
    for (const QString &format : parser.value(formatOption).split(u',')) {
        const QString name = format.trimmed();
        if (name == QLatin1String("xml"))
            options.xml = true;
        else if (name == QLatin1String("json"))
            options.json = true;
        else if (name == QLatin1String("html"))
            options.html = true;
        else
            return fail({}, QStringLiteral("unknown format '%1'; use xml, json, html").arg(name));
    }
    if (parser.isSet(asOfOption)) {
        options.asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!options.asOf.isValid())
            return fail({}, QStringLiteral("--as-of '%1' is not a date like 2026-03-01")
                                .arg(parser.value(asOfOption)));
    }
    options.draft = parser.isSet(draftOption);
    // The contract: without --draft, unapproved or stale-approved content is refused.
    options.requireApproval = true;
    options.includeReviewNotes = parser.isSet(notesOption);

    std::optional<ReviewerKey> signingKey;
    if (parser.isSet(signOption)) {
        signingKey = loadReviewerKey(parser.value(signOption), &exitCode);
        if (!signingKey)
            return exitCode;
        options.signingKey = &*signingKey;
    }
    options.sincePackage = parser.value(sinceOption);

    PackageError error;
    if (!writePackage(path, options, &error, &exitCode))
        return exitCode;
    out() << "exported " << QDir::toNativeSeparators(options.outDir) << Qt::endl;
    return ExitOk;
}

} // namespace kd::cli
