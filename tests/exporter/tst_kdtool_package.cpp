#include "fullproject.h"
#include "goldenproject.h"
#include "hostileinputs.h"
#include "packagetesting.h"

#include "storage/projectstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// `kdtool export` and `kdtool import` as a user runs them: exit codes (0 ok, 1 content,
// 2 usage or I/O), one-line errors, and nothing left behind on failure.
class TestKdtoolPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_project;
    QByteArray m_xml;
    QJsonObject m_json;
    int m_counter = 0;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run kdtool(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(KD_BIN_DIR "/kdtool"), arguments);
        Run run;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString freshDir()
    {
        const QString dir = m_temp.filePath(QStringLiteral("run%1").arg(++m_counter));
        QDir().mkpath(dir);
        return dir;
    }

    // Imports content saved as fileName into a fresh directory; checks the refusal: exit 1, one
    // line, no local file leaked, nothing written.
    Run importFile(const QString &fileName, const QByteArray &content)
    {
        const QString dir = freshDir();
        QFile file(dir + u'/' + fileName);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        file.close();
        const Run run = kdtool({QStringLiteral("import"), file.fileName(), QStringLiteral("--out"),
                                dir + QStringLiteral("/out.kdproj")});
        [&] {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(oneLine(run.err), qPrintable(run.err));
            QVERIFY2(run.err.contains(file.fileName()), qPrintable(run.err));
            QVERIFY(!run.err.contains(QLatin1String("root:")));
            QCOMPARE(entriesOf(dir), QStringList{fileName});
        }();
        return run;
    }

    static bool oneLine(const QString &err)
    {
        return err.startsWith(QLatin1String("kdtool: ")) && err.count(u'\n') == 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_project = m_temp.filePath(QStringLiteral("full.kdproj"));
        StoreError error;
        QVERIFY2(ProjectStore::writeNew(m_project, fullProject(), false, &error),
                 qPrintable(error.message));
        const QString golden = m_temp.filePath(QStringLiteral("golden.kdproj"));
        QVERIFY(ProjectStore::writeNew(golden, goldenProject(), false, &error));
        const QString package = m_temp.filePath(QStringLiteral("golden-package"));
        QCOMPARE(
            kdtool({QStringLiteral("export"), golden, QStringLiteral("--out"), package}).exitCode,
            0);
        m_xml = filesUnder(package).value(QStringLiteral("package.xml"));
        m_json = QJsonDocument::fromJson(filesUnder(package).value(QStringLiteral("package.json")))
                     .object();
        QVERIFY(!m_xml.isEmpty() && !m_json.isEmpty());
    }

    void exportTwiceGivesTheSameBytes()
    {
        const QString dir = freshDir();
        const Run a = kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"),
                              dir + QStringLiteral("/a"), QStringLiteral("--as-of"),
                              QStringLiteral("2026-06-01")});
        QCOMPARE(a.exitCode, 0);
        const Run b = kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"),
                              dir + QStringLiteral("/b"), QStringLiteral("--format"),
                              QStringLiteral("xml,json")});
        QCOMPARE(b.exitCode, 0);
        QCOMPARE(filesUnder(dir + QStringLiteral("/a")), filesUnder(dir + QStringLiteral("/b")));
        QVERIFY(xsdErrors(dir + QStringLiteral("/a/package.xml")).isEmpty());
        QVERIFY(jsonSchemaErrors(dir + QStringLiteral("/a/package.json")).isEmpty());
        // Replacing the package in place works too.
        QCOMPARE(kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"),
                         dir + QStringLiteral("/a"), QStringLiteral("--draft")})
                     .exitCode,
                 0);
        QVERIFY(filesUnder(dir + QStringLiteral("/a"))
                    .value(QStringLiteral("manifest.json"))
                    .contains("\"draft\": true"));
        QCOMPARE(entriesOf(dir), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void exportWithReviewNotes()
    {
        const QString dir = freshDir() + QStringLiteral("/pkg");
        QCOMPARE(kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"), dir,
                         QStringLiteral("--include-review-notes"), QStringLiteral("--format"),
                         QStringLiteral("json")})
                     .exitCode,
                 0);
        const auto files = filesUnder(dir);
        QVERIFY(!files.contains(QStringLiteral("package.xml")));
        QVERIFY(files.value(QStringLiteral("package.json")).contains("J. de Vries"));
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no --out") << QStringList{"export", "PROJECT"} << "--out";
        QTest::newRow("unknown format")
            << QStringList{"export", "PROJECT", "--out", "OUT", "--format", "pdf"} << "pdf";
        QTest::newRow("bad date") << QStringList{"export", "PROJECT", "--out",
                                                 "OUT",    "--as-of", "1 juni"}
                                  << "--as-of";
        QTest::newRow("missing project")
            << QStringList{"export", "MISSING", "--out", "OUT"} << "missing.kdproj";
        QTest::newRow("not a project")
            << QStringList{"export", "NOTAPROJECT", "--out", "OUT"} << "notaproject";
        QTest::newRow("unknown option")
            << QStringList{"export", "PROJECT", "--out", "OUT", "--zip"} << "zip";
    }

    void exportUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString dir = freshDir();
        QFile notAProject(dir + QStringLiteral("/notaproject.kdproj"));
        QVERIFY(notAProject.open(QIODevice::WriteOnly));
        notAProject.write("hello");
        notAProject.close();
        for (QString &argument : arguments) {
            if (argument == QLatin1String("PROJECT"))
                argument = m_project;
            else if (argument == QLatin1String("OUT"))
                argument = dir + QStringLiteral("/pkg");
            else if (argument == QLatin1String("MISSING"))
                argument = dir + QStringLiteral("/missing.kdproj");
            else if (argument == QLatin1String("NOTAPROJECT"))
                argument = notAProject.fileName();
        }
        const Run run = kdtool(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/pkg")));
    }

    void exportRefusesAnotherDirectory()
    {
        const QString dir = freshDir();
        QFile keep(dir + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        const Run run = kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"), dir});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err), qPrintable(run.err));
        QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("keep.txt")});
    }

    void exportRefusesContentTheFormatCannotCarry()
    {
        Project bad = goldenProject();
        bad.themes[0].key = QStringLiteral("Geen Sleutel");
        const QString dir = freshDir();
        const QString project = dir + QStringLiteral("/bad.kdproj");
        StoreError storeError;
        QVERIFY(ProjectStore::writeNew(project, bad, false, &storeError));
        const Run run = kdtool({QStringLiteral("export"), project, QStringLiteral("--out"),
                                dir + QStringLiteral("/pkg")});
        QCOMPARE(run.exitCode, 1);
        // Each validation error on a line of its own, then the refusal.
        const QStringList lines = run.err.trimmed().split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QLatin1String("kdtool: ")), qPrintable(run.err));
        QVERIFY2(lines.constFirst().contains(QLatin1String("[invalid-key]")), qPrintable(run.err));
        QVERIFY2(lines.constLast().contains(QLatin1String("export refused")), qPrintable(run.err));
        QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("bad.kdproj")});
    }

    void importRoundTrip()
    {
        const QString dir = freshDir();
        QCOMPARE(kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"),
                         dir + QStringLiteral("/a"), QStringLiteral("--include-review-notes")})
                     .exitCode,
                 0);
        const QString copy = dir + QStringLiteral("/copy.kdproj");
        Run run = kdtool(
            {QStringLiteral("import"), dir + QStringLiteral("/a"), QStringLiteral("--out"), copy});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(kdtool({QStringLiteral("export"), copy, QStringLiteral("--out"),
                         dir + QStringLiteral("/b"), QStringLiteral("--include-review-notes")})
                     .exitCode,
                 0);
        QCOMPARE(filesUnder(dir + QStringLiteral("/b")), filesUnder(dir + QStringLiteral("/a")));

        run = kdtool({QStringLiteral("import"), dir + QStringLiteral("/a/package.json"),
                      QStringLiteral("--out"), copy});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("--force")),
                 qPrintable(run.err));
        run = kdtool({QStringLiteral("import"), dir + QStringLiteral("/a/package.json"),
                      QStringLiteral("--out"), copy, QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 0);
    }

    // Every hostile or broken package of the reader's tests, through kdtool: exit 1, one line
    // naming the file (and line), nothing written.
    void importRefusesHostileXml_data() { addHostileXmlRows(m_xml); }

    void importRefusesHostileXml()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QFETCH(bool, wantLine);
        const Run run = importFile(QStringLiteral("package.xml"), content);
        QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
        if (wantLine)
            QVERIFY2(QRegularExpression(QStringLiteral("package\\.xml:[0-9]+(:[0-9]+)?: "))
                         .match(run.err)
                         .hasMatch(),
                     qPrintable(run.err));
    }

    void importRefusesBrokenJson_data() { addBrokenJsonRows(m_json); }

    void importRefusesBrokenJson()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QFETCH(int, line);
        QFETCH(int, column);
        const Run run = importFile(QStringLiteral("package.json"), content);
        QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
        QString position = QStringLiteral("package.json:");
        if (line != 0)
            position += (line > 0 ? QString::number(line) : QStringLiteral("[0-9]+")) + u':';
        if (column != 0)
            position += (column > 0 ? QString::number(column) : QStringLiteral("[0-9]+")) + u':';
        QVERIFY2(QRegularExpression(position).match(run.err).hasMatch(), qPrintable(run.err));
    }

    void importUsageErrors()
    {
        const QString dir = freshDir();
        Run run = kdtool({QStringLiteral("import"), dir + QStringLiteral("/none"),
                          QStringLiteral("--out"), dir + QStringLiteral("/out.kdproj")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err), qPrintable(run.err));
        run = kdtool({QStringLiteral("import"), dir});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err), qPrintable(run.err));
        QCOMPARE(entriesOf(dir), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestKdtoolPackage)
#include "tst_kdtool_package.moc"
