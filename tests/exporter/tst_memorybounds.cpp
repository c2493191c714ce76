#include "packagetesting.h"
#include "programrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace kd::testing;

// Memory for any input stays within the budget docs/reliability.md states: kdtool runs here
// under an RLIMIT_DATA (heap and every private writable mapping) of that budget, and must either
// finish or refuse the input in one line; running out of memory fails the test. Hostile inputs
// that once cost many times their size (empty elements, one huge string) must be refused within
// a small fixed budget; valid packages must import within 64 MiB plus the document's size.
class tst_MemoryBounds : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 MiB = 1024 * 1024;
    static constexpr qint64 Base = 64 * MiB;
    QTemporaryDir m_temp;
    QString m_package; // a valid package of 2,000 generated dilemmas
    int m_counter = 0;

    using Run = ProgramRun;

    static Run kdtool(const QStringList &arguments, qint64 dataLimit)
    {
        return runKdtool(arguments, 300000, [dataLimit] {
            const rlimit limit{rlim_t(dataLimit), rlim_t(dataLimit)};
            ::setrlimit(RLIMIT_DATA, &limit);
        });
    }

    QString freshDir()
    {
        const QString dir = m_temp.filePath(QStringLiteral("run%1").arg(++m_counter));
        QDir().mkpath(dir);
        return dir;
    }

    QByteArray golden(const char *name) const
    {
        return filesUnder(m_package).value(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        const QString project = m_temp.filePath(QStringLiteral("bench.kdproj"));
        QProcess generate;
        generate.start(QStringLiteral(KD_BIN_DIR "/kd-bench-generate"),
                       {QStringLiteral("2000"), project});
        QVERIFY(generate.waitForFinished(120000) && generate.exitCode() == 0);
        m_package = m_temp.filePath(QStringLiteral("package"));
        const Run run = kdtool({QStringLiteral("export"), project, QStringLiteral("--out"),
                                m_package, QStringLiteral("--draft")},
                               Base);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(golden("package.xml").size() > 10 * MiB);
    }

    // A valid package imports within the base plus its document's size, either document.
    void validPackageImportsWithinItsSize_data()
    {
        QTest::addColumn<QString>("document");
        QTest::newRow("package.xml") << QStringLiteral("package.xml");
        QTest::newRow("package.json") << QStringLiteral("package.json");
    }

    void validPackageImportsWithinItsSize()
    {
        QFETCH(QString, document);
        const QString path = m_package + u'/' + document;
        const qint64 budget = Base + QFileInfo(path).size();
        const Run run = kdtool({QStringLiteral("import"), path, QStringLiteral("--out"),
                                freshDir() + QStringLiteral("/p.kdproj")},
                               budget);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // Export and validate hold one scenario at a time: the base is enough, whatever the size.
    void exportAndValidateWithinTheBase()
    {
        const QString project = freshDir() + QStringLiteral("/p.kdproj");
        QVERIFY(kdtool({QStringLiteral("import"), m_package, QStringLiteral("--out"), project},
                       4 * Base)
                    .exitCode
                == 0);
        Run run = kdtool({QStringLiteral("validate"), project}, Base / 2);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = kdtool({QStringLiteral("export"), project, QStringLiteral("--out"),
                      freshDir() + QStringLiteral("/pkg"), QStringLiteral("--draft")},
                     Base);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // What once cost many times its size is refused within the base: nothing of it is held.
    void hostileInputIsRefusedWithinTheBase_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray xml = golden("package.xml");
        const qsizetype scenarios = xml.indexOf("<scenarios>") + int(sizeof "<scenarios>") - 1;
        QByteArray empty = xml.left(scenarios);
        empty += QByteArray("<a/>").repeated(8 * 1024 * 1024); // 32 MB of empty elements
        empty += "</scenarios></package>\n";
        QTest::newRow("32 MB of empty elements") << "package.xml" << empty << "not expected";
        QByteArray deep = xml.left(scenarios);
        deep += QByteArray("<scenario>").repeated(2 * 1024 * 1024);
        QTest::newRow("20 MB of nested elements") << "package.xml" << deep << "";
        QByteArray text = xml.left(xml.indexOf("<title>") + 7);
        text += QByteArray(50 * MiB, 'x');
        text += "</title>";
        QTest::newRow("a 50 MB text") << "package.xml" << text << "longer than a package allows";
        QByteArray string = "{\"formatVersion\": 1, \"project\": {\"uid\": \"";
        string += QByteArray(50 * MiB, 'x');
        string += "\"}}";
        QTest::newRow("a 50 MB JSON string") << "package.json" << string << "longer than";
        QByteArray members = "{\"formatVersion\": 1, \"extra\": [";
        for (int i = 0; i < 2 * 1024 * 1024; ++i)
            members += "{},";
        members += "{}]}";
        QTest::newRow("6 MB of empty JSON objects") << "package.json" << members << "";
    }

    void hostileInputIsRefusedWithinTheBase()
    {
        QFETCH(QString, document);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString dir = freshDir();
        const QString path = writePackage(dir, {{document, content}});
        QElapsedTimer timer;
        timer.start();
        const Run run = kdtool({QStringLiteral("import"), path, QStringLiteral("--out"),
                                dir + QStringLiteral("/p.kdproj")},
                               Base);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("kdtool: ")) && run.err.count(u'\n') == 1,
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/p.kdproj")));
    }

    // Not even the base: one line, exit 2, no abort, nothing under the target's name (what
    // the process leaves beside it goes at the next run), at every limit below what it needs.
    // Each row once crashed: Qt's own warning beside the line (a compressed resource), libxml2
    // and SQLite dereferencing an allocation that failed (XML), a thread that could not start.
    void outOfMemoryIsSaidInOneLine_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("input");
        QTest::newRow("import package.json") << "import"
                                             << "package.json";
        QTest::newRow("import package.xml") << "import"
                                            << "package.xml";
        QTest::newRow("export") << "export"
                                << "";
    }

    void outOfMemoryIsSaidInOneLine()
    {
        QFETCH(QString, command);
        QFETCH(QString, input);
        const QString dir = freshDir();
        const bool isImport = command == QLatin1String("import");
        QString project = m_temp.filePath(QStringLiteral("oom.kdproj"));
        if (!isImport && !QFileInfo::exists(project))
            QVERIFY(kdtool({QStringLiteral("import"), m_package, QStringLiteral("--out"), project},
                           4 * Base)
                        .exitCode
                    == 0);
        const QString target
            = dir + (isImport ? QStringLiteral("/p.kdproj") : QStringLiteral("/pkg"));
        // Built a part at a time: two braced lists in a conditional made GCC 12 warn of a
        // dangling pointer to the first list's array.
        QStringList arguments{command};
        if (isImport)
            arguments << m_package + u'/' + input << QStringLiteral("--out") << target;
        else
            arguments << project << QStringLiteral("--out") << target << QStringLiteral("--draft");
        int refused = 0;
        for (qint64 limit = 6 * MiB; limit <= 14 * MiB; limit += MiB / 2) {
            const Run run = kdtool(arguments, limit);
            if (run.exitCode == 0) {
                QVERIFY(QFileInfo(target).isDir() ? QDir(target).removeRecursively()
                                                  : QFile::remove(target));
                continue;
            }
            ++refused;
            const QString where = QString::number(limit) + u' ' + run.err;
            QVERIFY2(run.exitCode == 2, qPrintable(where));
            QVERIFY2(run.err.contains(QLatin1String("out of memory")), qPrintable(where));
            QVERIFY2(run.err.count(u'\n') == 1, qPrintable(where));
            QVERIFY(!QFileInfo::exists(target));
        }
        QVERIFY(refused > 0);
        QVERIFY(kdtool(arguments, 4 * Base).exitCode == 0);
        QCOMPARE(entriesOf(dir), QStringList{QFileInfo(target).fileName()});
    }
};

QTEST_GUILESS_MAIN(tst_MemoryBounds)
#include "tst_memorybounds.moc"
