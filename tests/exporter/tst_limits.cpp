#include "packagetesting.h"
#include "programrun.h"
#include "testprojects.h"

#include "storage/projectstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// The sizes a project may reach without anything breaking: a 10 MB text field, 1,000 assets and
// 10,000 options on one dilemma open, validate, export and import, and export -> import -> export
// gives the same bytes (the 100,000-dilemma project is bench/run.sh 100000's, docs/performance.md).
class tst_Limits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;

    using Run = ProgramRun;

    static Run program(const QString &path, const QStringList &arguments)
    {
        return runProgram(path, arguments);
    }

    static Run kdtool(const QStringList &arguments) { return runKdtool(arguments); }

    static Project largeProject()
    {
        Project p = fullProject();
        Dilemma &dilemma = p.scenarios[0].segments[0].dilemmas[0];
        // A 10 MB text field, Markdown with paragraphs.
        QString situation;
        const QString paragraph = QStringLiteral(
            "De huisarts ziet dat de moeder **steeds vaker** met klachten op het spreekuur komt, "
            "en vraagt zich af of zij met het wijkteam mag overleggen.\n\n");
        while (situation.size() < 10 * 1000 * 1000)
            situation += paragraph;
        dilemma.situation = situation;
        // 10,000 options on one dilemma.
        const Option first = dilemma.options.at(0);
        dilemma.options.clear();
        for (int i = 0; i < 10000; ++i) {
            Option option = first;
            option.uid = QStringLiteral("00000000-0000-4000-8000-%1")
                             .arg(100000 + i, 12, 10, QLatin1Char('0'));
            option.label = QStringLiteral("Mogelijkheid %1").arg(i + 1);
            option.feedback = QStringLiteral("Terugkoppeling bij mogelijkheid %1.").arg(i + 1);
            option.position = i;
            dilemma.options.append(option);
        }
        // 1,000 assets, each a real PNG (its signature), with names of their own.
        for (int i = 0; i < 1000; ++i) {
            p.assets.append(
                {QStringLiteral("00000000-0000-4000-8000-%1")
                     .arg(200000 + i, 12, 10, QLatin1Char('0')),
                 QStringLiteral("afbeelding-%1").arg(i + 1),
                 QStringLiteral("afbeelding-%1.png").arg(i + 1),
                 QStringLiteral("image/png"),
                 QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray::number(i).repeated(50),
                 int(p.assets.size()),
                 {}});
        }
        return p;
    }

private slots:
    void initTestCase() { QVERIFY(m_temp.isValid()); }

    void largeProjectRoundTrips()
    {
        const QString project = m_temp.filePath(QStringLiteral("large.kdproj"));
        StoreError error;
        QVERIFY2(ProjectStore::writeNew(project, largeProject(), false, &error),
                 qPrintable(error.message));
        // Opens (the store and the editor) and validates: warnings and info only.
        {
            auto store = ProjectStore::open(project, ProjectStore::OpenMode::ReadOnly, &error);
            QVERIFY(store);
            Project loaded;
            QVERIFY(store->load(&loaded));
            QCOMPARE(loaded.assets.size(), 1001);
            QCOMPARE(loaded.scenarios[0].segments[0].dilemmas[0].options.size(), 10000);
        }
        Run run = program(QStringLiteral(KD_BIN_DIR "/kd-bench-editor-open"), {project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = kdtool({QStringLiteral("validate"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString first = m_temp.filePath(QStringLiteral("first"));
        run = kdtool({QStringLiteral("export"), project, QStringLiteral("--out"), first,
                      QStringLiteral("--draft")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &document :
             {QStringLiteral("package.xml"), QStringLiteral("package.json")}) {
            const QString imported = m_temp.filePath(document + QStringLiteral(".kdproj"));
            // fullProject() trusts the test reviewer; the import keeps that trust when told to.
            const QString pub = m_temp.filePath(QStringLiteral("test-reviewer.pub"));
            QFile pubFile(pub);
            QVERIFY(pubFile.open(QIODevice::WriteOnly));
            pubFile.write(testReviewerKey().publicPart().toFile());
            pubFile.close();
            run = kdtool({QStringLiteral("import"), first + u'/' + document,
                          QStringLiteral("--out"), imported, QStringLiteral("--trust"), pub});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QString second = m_temp.filePath(document + QStringLiteral("-again"));
            run = kdtool({QStringLiteral("export"), imported, QStringLiteral("--out"), second,
                          QStringLiteral("--draft")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(filesUnder(first) == filesUnder(second));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Limits)
#include "tst_limits.moc"
