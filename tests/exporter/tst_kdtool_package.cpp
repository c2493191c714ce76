#include "approvals.h"
#include "hostileinputs.h"
#include "packagetesting.h"
#include "programrun.h"
#include "testprojects.h"

#include "storage/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    using Run = ProgramRun;

    static Run kdtool(const QStringList &arguments) { return runKdtool(arguments, 120000); }

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
        // With a manifest that vouches for it: the content itself is what is refused.
        const QString file = writePackage(dir, {{fileName, content}});
        const Run run = kdtool({QStringLiteral("import"), file, QStringLiteral("--out"),
                                dir + QStringLiteral("/out.kdproj")});
        [&] {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(oneLine(run.err), qPrintable(run.err));
            QVERIFY2(run.err.contains(file), qPrintable(run.err));
            QVERIFY(!run.err.contains(QLatin1String("root:")));
            QCOMPARE(entriesOf(dir), (QStringList{QStringLiteral("manifest.json"), fileName}));
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
        QVERIFY2(ProjectStore::writeNew(m_project, approveAll(fullProject()), false, &error),
                 qPrintable(error.message));
        const QString golden = m_temp.filePath(QStringLiteral("golden.kdproj"));
        QVERIFY(ProjectStore::writeNew(golden, approveAll(goldenProject()), false, &error));
        const QString package = m_temp.filePath(QStringLiteral("golden-package"));
        QCOMPARE(
            kdtool({QStringLiteral("export"), golden, QStringLiteral("--out"), package}).exitCode,
            0);
        m_xml = filesUnder(package).value(QStringLiteral("package.xml"));
        m_json = QJsonDocument::fromJson(filesUnder(package).value(QStringLiteral("package.json")))
                     .object();
        QVERIFY(!m_xml.isEmpty() && !m_json.isEmpty());
        // The test reviewer's public key, for imports that keep approvals counting.
        QFile pub(m_temp.filePath(QStringLiteral("test-reviewer.pub")));
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(testReviewerKey().publicPart().toFile());
    }

    QStringList trustTestReviewer() const
    {
        return {QStringLiteral("--trust"), m_temp.filePath(QStringLiteral("test-reviewer.pub"))};
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
        Project bad = approveAll(goldenProject());
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

    // The review gate: one changed word of an approved dilemma makes export without --draft
    // refuse and name it; --draft exports it and marks the dilemma stale.
    void exportGateRefusesStaleAndUnapproved()
    {
        Project project = approveAll(goldenProject());
        project.scenarios[0].segments[0].dilemmas[0].question.replace(QStringLiteral("Sanne"),
                                                                      QStringLiteral("Daan"));
        project.reviews.removeIf(
            [&](const Review &r) { return r.entityUid == project.legalSources[0].uid; });
        const QString dir = freshDir();
        const QString file = dir + QStringLiteral("/stale.kdproj");
        StoreError storeError;
        QVERIFY(ProjectStore::writeNew(file, project, false, &storeError));

        Run run = kdtool({QStringLiteral("export"), file, QStringLiteral("--out"),
                          dir + QStringLiteral("/pkg")});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("kdtool: %1: error: legal-source/%2: the legal source "
                                             "is not approved (review state: draft) "
                                             "[not-approved]")
                                  .arg(file, project.legalSources[0].key));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("kdtool: %1: error: scenario/").arg(file))
                     && lines.at(1).contains(QLatin1String("/dilemma/"))
                     && lines.at(1).endsWith(QLatin1String("[approval-stale]")),
                 qPrintable(run.err));
        QVERIFY2(lines.at(2).contains(QLatin1String("export refused")), qPrintable(run.err));
        QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("stale.kdproj")});

        run = kdtool({QStringLiteral("export"), file, QStringLiteral("--out"),
                      dir + QStringLiteral("/pkg"), QStringLiteral("--draft")});
        QCOMPARE(run.exitCode, 0);
        const auto files = filesUnder(dir + QStringLiteral("/pkg"));
        QVERIFY(files.value(QStringLiteral("manifest.json")).contains("\"draft\": true"));
        QVERIFY(files.value(QStringLiteral("package.xml"))
                    .contains("<reviewState>stale</reviewState>"));
        QVERIFY(files.value(QStringLiteral("package.json")).contains("\"reviewState\": \"stale\""));
        QVERIFY(xsdErrors(dir + QStringLiteral("/pkg/package.xml")).isEmpty());
        QVERIFY(jsonSchemaErrors(dir + QStringLiteral("/pkg/package.json")).isEmpty());
        // A draft package reads back; its review records still say what was approved.
        run = kdtool({QStringLiteral("import"), dir + QStringLiteral("/pkg"),
                      QStringLiteral("--out"), dir + QStringLiteral("/back.kdproj")});
        QCOMPARE(run.exitCode, 0);
    }

    // Approvals travel with their hashes: export and import keep them current; a package whose
    // text was changed before import shows them as stale.
    void approvalsSurviveImportUnlessTheContentChanged()
    {
        const QString dir = freshDir();
        const QString golden = dir + QStringLiteral("/golden.kdproj");
        StoreError storeError;
        QVERIFY(ProjectStore::writeNew(golden, approveAll(goldenProject()), false, &storeError));
        QCOMPARE(kdtool({QStringLiteral("export"), golden, QStringLiteral("--out"),
                         dir + QStringLiteral("/pkg")})
                     .exitCode,
                 0);
        QCOMPARE(kdtool(QStringList{QStringLiteral("import"), dir + QStringLiteral("/pkg"),
                                    QStringLiteral("--out"), dir + QStringLiteral("/same.kdproj")}
                        + trustTestReviewer())
                     .exitCode,
                 0);
        Run run = kdtool({QStringLiteral("review"), dir + QStringLiteral("/same.kdproj"),
                          QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonObject counts
            = QJsonDocument::fromJson(run.out.toUtf8()).object()[u"counts"].toObject();
        QCOMPARE(counts[u"approved"].toInt(), 2);
        QCOMPARE(counts[u"stale"].toInt(), 0);

        // One word of the question, edited in the package text.
        QFile xml(dir + QStringLiteral("/pkg/package.xml"));
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QByteArray text = xml.readAll();
        xml.close();
        QVERIFY(text.contains("zonder dat Sanne het weet?"));
        text.replace("zonder dat Sanne het weet?", "zonder dat Daan het weet?");
        // In place, with a manifest made anew for the edited file (as anyone can): the hashes
        // of the approvals, not the manifest, say that the content changed.
        QMap<QString, QByteArray> files = filesUnder(dir + QStringLiteral("/pkg"));
        files.remove(QStringLiteral("manifest.json"));
        files.insert(QStringLiteral("package.xml"), text);
        QDir(dir + QStringLiteral("/pkg")).removeRecursively();
        writePackage(dir + QStringLiteral("/pkg"), files);
        const QString edited = dir + QStringLiteral("/pkg/package.xml");
        const QString changed = dir + QStringLiteral("/changed.kdproj");
        run = kdtool(QStringList{QStringLiteral("import"), edited, QStringLiteral("--out"), changed}
                     + trustTestReviewer());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = kdtool({QStringLiteral("review"), changed, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        counts = root[u"counts"].toObject();
        QCOMPARE(counts[u"approved"].toInt(), 1);
        QCOMPARE(counts[u"stale"].toInt(), 1);
        const QJsonArray stale = root[u"stale"].toArray();
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale[0].toObject()[u"title"].toString(),
                 QStringLiteral("Meld je bij Veilig Thuis zonder dat Daan het weet?"));
        QCOMPARE(stale[0].toObject()[u"state"].toString(), QStringLiteral("approved"));

        run = kdtool({QStringLiteral("export"), changed, QStringLiteral("--out"),
                      dir + QStringLiteral("/refused")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("[approval-stale]")), qPrintable(run.err));
    }

    void reviewText()
    {
        Project project = approveAll(goldenProject());
        project.reviews.removeIf(
            [&](const Review &r) { return r.entityUid == project.legalSources[0].uid; });
        const QString dir = freshDir();
        const QString file = dir + QStringLiteral("/r.kdproj");
        StoreError storeError;
        QVERIFY(ProjectStore::writeNew(file, project, false, &storeError));
        const Run run = kdtool({QStringLiteral("review"), file});
        QCOMPARE(run.exitCode, 0);
        const QString expected
            = file
              + QStringLiteral(": 2 dilemmas and legal sources\n"
                               "  draft:              1\n"
                               "  in-review:          0\n"
                               "  changes-requested:  0\n"
                               "  approved:           1\n"
                               "  stale:              0\n"
                               "  unverified:         0\n"
                               "stale: 0\n"
                               "waiting: 1\n"
                               "  legal-source/%1: draft: \"%2\"\n")
                    .arg(project.legalSources[0].key, project.legalSources[0].shortTitle);
        QCOMPARE(run.out, expected);
        QCOMPARE(
            kdtool({QStringLiteral("review"), dir + QStringLiteral("/missing.kdproj")}).exitCode,
            2);
        QCOMPARE(kdtool({QStringLiteral("review")}).exitCode, 2);
    }

    void importRoundTrip()
    {
        const QString dir = freshDir();
        QCOMPARE(kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"),
                         dir + QStringLiteral("/a"), QStringLiteral("--include-review-notes")})
                     .exitCode,
                 0);
        const QString copy = dir + QStringLiteral("/copy.kdproj");
        Run run = kdtool(QStringList{QStringLiteral("import"), dir + QStringLiteral("/a"),
                                     QStringLiteral("--out"), copy}
                         + trustTestReviewer());
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
