#include "testprojects.h"

#include "storage/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using kd::testing::fullProject;
using kd::testing::uid;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kdtool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KD_BIN_DIR "/kdtool"), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString dilemmaPath = "scenario/familie-ozdemir/segment/1/dilemma/toestemming-ouders";

// One error, one warning and one info as of 2026-06-01.
Project mixedProject()
{
    Project p = fullProject();
    p.scenarios[0].segments[0].dilemmas[0].solutionDirection.clear();
    p.legalSources[0].reviewBy = QDate(2026, 5, 31);
    p.themes.append({uid(51), "ongebruikt", "Ongebruikt", "Niet gebruikt.", 1});
    return p;
}

} // namespace

class tst_KdtoolValidate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanProjectExitsZero();
    void textLinesAndSummary();
    void warningsAloneExitZero();
    void spellingAndJargon();
    void hardToRead();
    void withoutTheDictionaryItSaysSo();
    void summaryCountsPlurals();
    void json();
    void exportGateIsWarningsUnlessAskedFor();
    void asOfDecides();
    void asOfDefaultsToToday();
    void worksWhileOpenForWriting();
    void usageAndIoErrorsExitTwo_data();
    void usageAndIoErrorsExitTwo();

private:
    QString write(const QString &name, const Project &project);

    QTemporaryDir m_dir;
};

void tst_KdtoolValidate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(KD_BIN_DIR "/kdtool"));
}

QString tst_KdtoolValidate::write(const QString &name, const Project &project)
{
    const QString path = m_dir.filePath(name);
    StoreError error;
    if (!ProjectStore::writeNew(path, project, true, &error)) {
        qWarning() << error.message;
        return {};
    }
    return path;
}

void tst_KdtoolValidate::cleanProjectExitsZero()
{
    const QString path = write("clean.kdproj", fullProject());
    const Run run = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QString("0 errors, 0 warnings, 0 info\n"));
    QCOMPARE(run.exitCode, 0);
}

void tst_KdtoolValidate::textLinesAndSummary()
{
    const QString path = write("mixed.kdproj", mixedProject());
    const Run run = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    const QStringList expected = {
        path
            + ": warning: legal-source/bw-7-457: legal source 'BW 7:457' was due for review on "
              "2026-05-31 (as of 2026-06-01) [legal-source-review-due]",
        path + ": error: " + dilemmaPath
            + ": the dilemma has no solution direction [missing-solution-direction]",
        path
            + ": info: theme/ongebruikt: theme 'Ongebruikt' is not used by any dilemma "
              "[unused-theme]",
        "1 error, 1 warning, 1 info",
        "",
    };
    QCOMPARE(run.out.split('\n'), expected);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 1);
}

void tst_KdtoolValidate::spellingAndJargon()
{
    Project project = fullProject();
    project.info.jargon = QStringLiteral("derhalve = daarom");
    project.themes[0].description = QStringLiteral("Zij deelt derhalve de informatei.");
    const QString path = write("words.kdproj", project);
    const Run run = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    QVERIFY2(run.out.contains(": info: theme/toestemming: field 'Description' has words the "
                              "dictionary does not know: 'informatei' [spelling]"),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(": info: theme/toestemming: field 'Description' uses jargon: "
                              "'derhalve' (write 'daarom') [jargon]"),
             qPrintable(run.out));
    QVERIFY(run.out.endsWith("0 errors, 0 warnings, 2 info\n"));
    QCOMPARE(run.exitCode, 0);
}

void tst_KdtoolValidate::hardToRead()
{
    Project project = fullProject();
    // 31 words in one sentence; the test project allows 25.
    project.themes[0].description = QStringLiteral(
        "Het gezin woont sinds vorig jaar in een kleine flat aan de rand van de stad, waar de "
        "kinderen naar een nieuwe school gaan en de ouders nog weinig mensen kennen.");
    const QString path = write("hard.kdproj", project);
    const Run run = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    QVERIFY2(run.out.contains(": warning: theme/toestemming: field 'Description' is hard to read: "
                              "31.0 words a sentence on average (at most 18); a sentence of 31 "
                              "words (at most 25) [hard-to-read]\n"),
             qPrintable(run.out));
    QVERIFY(run.out.endsWith("0 errors, 1 warning, 0 info\n"));
    QCOMPARE(run.exitCode, 0);
}

// Without hunspell-nl validation still runs, and says that spelling was not checked.
void tst_KdtoolValidate::withoutTheDictionaryItSaysSo()
{
    Project project = fullProject();
    project.themes[0].description = QStringLiteral("Zij deelt de informatei.");
    const QString path = write("nodictionary.kdproj", project);
    QTemporaryDir empty;
    qputenv("KD_HUNSPELL_DIR", QFile::encodeName(empty.path()));
    const Run run = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    qunsetenv("KD_HUNSPELL_DIR");
    QVERIFY2(run.err.startsWith("kdtool: warning: spelling was not checked: "),
             qPrintable(run.err));
    QVERIFY2(run.err.contains("hunspell-nl"), qPrintable(run.err));
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(run.out, QString("0 errors, 0 warnings, 0 info\n"));
    QCOMPARE(run.exitCode, 0);
}

void tst_KdtoolValidate::warningsAloneExitZero()
{
    Project p = fullProject();
    p.legalSources[0].reviewBy = QDate(2026, 5, 31);
    const QString path = write("warning.kdproj", p);
    const Run run = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    QVERIFY(run.out.endsWith("\n0 errors, 1 warning, 0 info\n"));
    QCOMPARE(run.exitCode, 0);
}

void tst_KdtoolValidate::summaryCountsPlurals()
{
    Project p = fullProject();
    p.info.title.clear();
    p.scenarios[0].segments[0].dilemmas[0].solutionDirection.clear();
    p.themes.append({uid(51), "een", "Een", {}, 1});
    p.themes.append({uid(52), "twee", "Twee", {}, 2});
    const QString path = write("plural.kdproj", p);
    QVERIFY(!path.isEmpty());
    const Run run = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    QVERIFY2(run.out.endsWith("\n2 errors, 0 warnings, 2 info\n"), qPrintable(run.out));
    QCOMPARE(run.exitCode, 1);
}

void tst_KdtoolValidate::json()
{
    const QString path = write("json.kdproj", mixedProject());
    const Run run = kdtool({"validate", path, "--json", "--draft", "--as-of", "2026-06-01"});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.keys(), QStringList({"issues", "summary"}));
    QCOMPARE(root["summary"].toObject(),
             QJsonObject({{"errors", 1}, {"warnings", 1}, {"infos", 1}}));

    const QJsonArray issues = root["issues"].toArray();
    QCOMPARE(issues.size(), 3);
    const QStringList keys = {"field", "message", "path", "rule", "severity", "uid"};
    for (const QJsonValue &value : issues)
        QCOMPARE(value.toObject().keys(), keys);
    QCOMPARE(issues[1].toObject(),
             QJsonObject({{"rule", "missing-solution-direction"},
                          {"severity", "error"},
                          {"message", "the dilemma has no solution direction"},
                          {"path", dilemmaPath},
                          {"uid", uid(100)},
                          {"field", "solutionDirection"}}));
    QCOMPARE(issues[0].toObject()["severity"].toString(), QString("warning"));
    QCOMPARE(issues[2].toObject()["severity"].toString(), QString("info"));
    QCOMPARE(issues[2].toObject()["field"].toString(), QString(""));

    const Run clean = kdtool({"validate", write("json-clean.kdproj", fullProject()), "--json",
                              "--draft", "--as-of", "2026-06-01"});
    QCOMPARE(clean.exitCode, 0);
    const QJsonObject empty = QJsonDocument::fromJson(clean.out.toUtf8()).object();
    QCOMPARE(empty["issues"].toArray().size(), 0);
    QCOMPARE(empty["summary"].toObject(),
             QJsonObject({{"errors", 0}, {"warnings", 0}, {"infos", 0}}));
}

// What export would refuse is reported by default, as warnings (exit 0); --export-gate makes
// them errors, exiting 1 as export would refuse; --draft leaves them out.
void tst_KdtoolValidate::exportGateIsWarningsUnlessAskedFor()
{
    const QString path = write("gate.kdproj", fullProject());
    const QString legal
        = path + ": warning: legal-source/bw-7-457: the legal source is not approved";
    const Run plain = kdtool({"validate", path, "--as-of", "2026-06-01"});
    QVERIFY2(plain.out.contains(legal), qPrintable(plain.out));
    QVERIFY2(plain.out.contains("[approval-stale]"), qPrintable(plain.out));
    QVERIFY2(plain.out.endsWith("\n0 errors, 3 warnings, 0 info\n"), qPrintable(plain.out));
    QCOMPARE(plain.exitCode, 0);

    const Run gate = kdtool({"validate", path, "--export-gate", "--as-of", "2026-06-01"});
    QVERIFY2(gate.out.contains(path + ": error: legal-source/bw-7-457"), qPrintable(gate.out));
    QVERIFY2(gate.out.endsWith("\n3 errors, 0 warnings, 0 info\n"), qPrintable(gate.out));
    QCOMPARE(gate.exitCode, 1);
    const Run exported = kdtool(
        {"export", path, "--out", m_dir.filePath("gate-package"), "--as-of", "2026-06-01"});
    QCOMPARE(exported.exitCode, 1); // export refuses what the gate reports

    const Run draft = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    QCOMPARE(draft.out, QString("0 errors, 0 warnings, 0 info\n"));
    const Run both = kdtool({"validate", path, "--draft", "--export-gate"});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.startsWith("kdtool: --export-gate and --draft"), qPrintable(both.err));
}

void tst_KdtoolValidate::asOfDecides()
{
    Project p = fullProject();
    p.legalSources[1].validUntil = QDate(2030, 12, 31);
    const QString path = write("expiry.kdproj", p);
    QCOMPARE(kdtool({"validate", path, "--as-of", "2030-12-31"}).exitCode, 0);
    const Run after = kdtool({"validate", path, "--as-of", "2031-01-01"});
    QCOMPARE(after.exitCode, 1);
    QVERIFY(after.out.contains("[legal-source-expired]"));
}

void tst_KdtoolValidate::asOfDefaultsToToday()
{
    Project p = fullProject();
    p.legalSources[0].reviewBy = QDate::currentDate().addYears(1);
    p.legalSources[1].validUntil = QDate::currentDate().addDays(-1);
    const Run run = kdtool({"validate", write("today.kdproj", p)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("[legal-source-expired]"));
}

void tst_KdtoolValidate::worksWhileOpenForWriting()
{
    const QString path = write("open.kdproj", fullProject());
    StoreError error;
    const auto editor = ProjectStore::open(path, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(editor, qPrintable(error.message));
    const Run run = kdtool({"validate", path, "--draft", "--as-of", "2026-06-01"});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
}

void tst_KdtoolValidate::usageAndIoErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrStart");
    const QString project = "PROJECT";
    QTest::newRow("missing file") << QStringList{"validate", "absent.kdproj"} << "kdtool: ";
    QTest::newRow("not a project") << QStringList{"validate", "TEXTFILE"} << "kdtool: ";
    QTest::newRow("no project argument") << QStringList{"validate"} << "kdtool: missing PROJECT";
    QTest::newRow("two projects") << QStringList{"validate", project, project}
                                  << "kdtool: unexpected argument";
    QTest::newRow("unknown option") << QStringList{"validate", project, "--strict"} << "kdtool: ";
    QTest::newRow("as-of without value")
        << QStringList{"validate", project, "--as-of"} << "kdtool: ";
    QTest::newRow("as-of not a date")
        << QStringList{"validate", project, "--as-of", "tomorrow"} << "kdtool: --as-of 'tomorrow'";
    QTest::newRow("as-of 30 February")
        << QStringList{"validate", project, "--as-of", "2026-02-30"} << "kdtool: --as-of";
    QTest::newRow("as-of without zero padding")
        << QStringList{"validate", project, "--as-of", "2026-6-1"} << "kdtool: --as-of";
    QTest::newRow("as-of with a time")
        << QStringList{"validate", project, "--as-of", "2026-06-01T10:00"} << "kdtool: --as-of";
}

void tst_KdtoolValidate::usageAndIoErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrStart);
    const QString project = write("usage.kdproj", fullProject());
    const QString text = m_dir.filePath("notes.txt");
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();
    arguments.replaceInStrings("PROJECT", project);
    arguments.replaceInStrings("TEXTFILE", text);
    arguments.replaceInStrings("absent.kdproj", m_dir.filePath("absent.kdproj"));

    const Run run = kdtool(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(stderrStart), qPrintable(run.err));
    QCOMPARE(run.err.count('\n'), 1); // one line
    QVERIFY(run.err.endsWith('\n'));
}

QTEST_GUILESS_MAIN(tst_KdtoolValidate)
#include "tst_kdtool_validate.moc"
