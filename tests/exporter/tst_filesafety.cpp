#include "approvals.h"
#include "packagetesting.h"
#include "programrun.h"
#include "testprojects.h"

#include "storage/projectstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kd;
using namespace kd::testing;

// What `kdtool export` and `kdtool import` may do to the files around their target: replace
// only what they made themselves, never someone else's file, folder, link or device; take a new
// name exclusively; leave no temporary behind for long; and say plainly when the disk is full.
class tst_FileSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_project;
    QString m_package;
    int m_counter = 0;

    using Run = ProgramRun;

    static Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
    {
        return runProgram(program, arguments, timeoutMs);
    }

    static Run kdtool(const QStringList &arguments, int timeoutMs = 120000)
    {
        return runKdtool(arguments, timeoutMs);
    }

    // An export that should succeed; what it said when it did not.
    bool exportsFine(const QString &out)
    {
        const Run run = exportTo(out);
        if (run.exitCode != 0)
            qWarning("export exited %d: %s", run.exitCode, qPrintable(run.err));
        return run.exitCode == 0;
    }

    static bool oneLine(const QString &err)
    {
        return err.startsWith(QLatin1String("kdtool: ")) && err.count(u'\n') == 1;
    }

    QString freshDir()
    {
        const QString dir = m_temp.filePath(QStringLiteral("run%1").arg(++m_counter));
        QDir().mkpath(dir);
        return dir;
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static qint64 deadPid()
    {
        QProcess child;
        child.start(QStringLiteral("/bin/true"), {});
        child.waitForFinished();
        return child.processId() ? child.processId() : 999999;
    }

    Run exportTo(const QString &out, const QStringList &extra = {})
    {
        return kdtool(QStringList{QStringLiteral("export"), m_project, QStringLiteral("--out"), out}
                      + extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_project = m_temp.filePath(QStringLiteral("full.kdproj"));
        StoreError error;
        QVERIFY2(ProjectStore::writeNew(m_project, approveAll(fullProject()), false, &error),
                 qPrintable(error.message));
        m_package = m_temp.filePath(QStringLiteral("package"));
        QCOMPARE(exportTo(m_package).exitCode, 0);
    }

    // A 60-byte manifest.json in someone's folder does not make it a package: export refuses
    // and every file and sub-folder in it stays.
    void exportKeepsAFolderWithAForeignManifest()
    {
        const QString out = freshDir() + QStringLiteral("/site");
        write(out + QStringLiteral("/manifest.json"),
              R"({"generator":"Kiezen & Delen Studio","formatVersion":1})");
        write(out + QStringLiteral("/index.html"), "<html>mine</html>");
        write(out + QStringLiteral("/img/logo.png"), "png");
        const Run result = exportTo(out);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(oneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("refusing to replace it")),
                 qPrintable(result.err));
        QCOMPARE(read(out + QStringLiteral("/index.html")), QByteArray("<html>mine</html>"));
        QCOMPARE(read(out + QStringLiteral("/img/logo.png")), QByteArray("png"));
        QCOMPARE(entriesOf(QFileInfo(out).absolutePath()), QStringList{QStringLiteral("site")});
    }

    // A package of ours with a user's file put beside its own is not replaced either.
    void exportKeepsAPackageWithSomethingAdded_data()
    {
        QTest::addColumn<QString>("added");
        QTest::newRow("a file at the top") << QStringLiteral("notes.txt");
        QTest::newRow("a file among the assets") << QStringLiteral("assets/extra.png");
        QTest::newRow("a folder") << QStringLiteral("drafts/old.xml");
    }

    void exportKeepsAPackageWithSomethingAdded()
    {
        QFETCH(QString, added);
        const QString out = freshDir() + QStringLiteral("/pkg");
        QVERIFY(exportsFine(out));
        write(out + u'/' + added, "mine");
        const Run result = exportTo(out);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(oneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(added.section(u'/', 0, 0)), qPrintable(result.err));
        QCOMPARE(read(out + u'/' + added), QByteArray("mine"));
    }

    // A package of ours whose file was changed in size is not "exactly what it lists" either.
    void exportKeepsAPackageWithAChangedFile()
    {
        const QString out = freshDir() + QStringLiteral("/pkg");
        QVERIFY(exportsFine(out));
        write(out + QStringLiteral("/package.json"), "{}");
        QCOMPARE(exportTo(out).exitCode, 2);
        QCOMPARE(read(out + QStringLiteral("/package.json")), QByteArray("{}"));
    }

    void exportReplacesItsOwnPackageAndLeavesNoTemporary()
    {
        const QString parent = freshDir();
        const QString out = parent + QStringLiteral("/pkg");
        QCOMPARE(exportTo(out, {QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 0);
        QCOMPARE(exportTo(out, {QStringLiteral("--draft")}).exitCode, 0);
        QVERIFY(read(out + QStringLiteral("/manifest.json")).contains("\"draft\": true"));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/package.json")));
        QCOMPARE(entriesOf(parent), QStringList{QStringLiteral("pkg")});
    }

    // What a killed export left beside the target is removed by the next export to it; the
    // temporary of an export that still runs is not.
    void exportRemovesStaleTemporaries()
    {
        const QString parent = freshDir();
        const QString out = parent + QStringLiteral("/pkg");
        const QString stale = parent + QStringLiteral("/.pkg.partial-%1-abc").arg(deadPid());
        write(stale + QStringLiteral("/package.xml"), QByteArray(100000, 'x'));
        QProcess sleeper;
        sleeper.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        const QString live
            = parent + QStringLiteral("/.pkg.partial-%1-def").arg(sleeper.processId());
        write(live + QStringLiteral("/package.xml"), "busy");
        QVERIFY(exportsFine(out));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(live + QStringLiteral("/package.xml")));
        sleeper.kill();
        sleeper.waitForFinished();
        QVERIFY(exportsFine(out));
        QCOMPARE(entriesOf(parent), QStringList{QStringLiteral("pkg")});
    }

    void importForceReplacesOnlyAProjectOfOurs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a text file") << QStringLiteral("text");
        QTest::newRow("an SQLite database of another program") << QStringLiteral("sqlite");
        QTest::newRow("a link to a project") << QStringLiteral("link");
        QTest::newRow("a FIFO") << QStringLiteral("fifo");
        QTest::newRow("a folder") << QStringLiteral("folder");
    }

    void importForceReplacesOnlyAProjectOfOurs()
    {
        QFETCH(QString, kind);
        const QString dir = freshDir();
        const QString target = dir + QStringLiteral("/target.kdproj");
        const QString other = dir + QStringLiteral("/other.kdproj");
        QVERIFY(QFile::copy(m_project, other));
        if (kind == QLatin1String("text")) {
            write(target, "my thesis");
        } else if (kind == QLatin1String("sqlite")) {
            QVERIFY(run(QStringLiteral("/usr/bin/sqlite3"),
                        {target, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")})
                        .exitCode
                    == 0);
        } else if (kind == QLatin1String("link")) {
            QVERIFY(QFile::link(other, target));
        } else if (kind == QLatin1String("fifo")) {
            QVERIFY(::mkfifo(QFile::encodeName(target).constData(), 0644) == 0);
        } else {
            QVERIFY(QDir().mkpath(target + QStringLiteral("/inside")));
        }
        const QByteArray before = kind == QLatin1String("fifo") || kind == QLatin1String("folder")
                                      ? QByteArray()
                                      : read(target);
        QElapsedTimer timer;
        timer.start();
        const Run result = kdtool({QStringLiteral("import"), m_package, QStringLiteral("--out"),
                                   target, QStringLiteral("--force")},
                                  20000);
        QVERIFY2(timer.elapsed() < 20000, "kdtool hung on the target");
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(oneLine(result.err), qPrintable(result.err));
        const QFileInfo after(target);
        if (kind == QLatin1String("link"))
            QVERIFY(after.isSymLink());
        else if (kind == QLatin1String("folder"))
            QVERIFY(QFileInfo::exists(target + QStringLiteral("/inside")));
        else if (kind != QLatin1String("fifo"))
            QCOMPARE(read(target), before);
        QCOMPARE(read(other), read(m_project));
        // Nothing else was made beside it.
        QVERIFY2(entriesOf(dir).size() == 2, qPrintable(entriesOf(dir).join(u' ')));
    }

    void importForceReplacesAProject()
    {
        const QString dir = freshDir();
        const QString target = dir + QStringLiteral("/target.kdproj");
        StoreError error;
        QVERIFY(ProjectStore::create(target, {}, &error));
        const Run result = kdtool({QStringLiteral("import"), m_package, QStringLiteral("--out"),
                                   target, QStringLiteral("--force")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(kdtool({QStringLiteral("info"), target}).exitCode, 0);
        QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("target.kdproj")});
    }

    // Of two imports racing to one new name, one wins; the other is told, and never replaces
    // the winner's file.
    void twoImportsToOneNewNameNeverBothSucceed()
    {
        for (int round = 0; round < 8; ++round) {
            const QString dir = freshDir();
            const QString target = dir + QStringLiteral("/race.kdproj");
            QProcess a;
            QProcess b;
            const QStringList arguments{QStringLiteral("import"), m_package,
                                        QStringLiteral("--out"), target};
            a.start(QStringLiteral(KD_BIN_DIR "/kdtool"), arguments);
            b.start(QStringLiteral(KD_BIN_DIR "/kdtool"), arguments);
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            const int succeeded = int(a.exitCode() == 0) + int(b.exitCode() == 0);
            QCOMPARE(succeeded, 1);
            const QString loser = QString::fromUtf8(a.exitCode() == 0 ? b.readAllStandardError()
                                                                      : a.readAllStandardError());
            // Told at the check before it starts, or at the exclusive move at its end.
            QVERIFY2(loser.contains(QLatin1String("already exists"))
                         || loser.contains(QLatin1String("exists; use --force"))
                         || loser.contains(QLatin1String("something else already has that name")),
                     qPrintable(loser));
            QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("race.kdproj")});
        }
    }

    void importRemovesStaleTemporaries()
    {
        const QString dir = freshDir();
        const QString target = dir + QStringLiteral("/p.kdproj");
        const QString stale = dir + QStringLiteral("/.p.kdproj.tmp-%1-abc").arg(deadPid());
        write(stale, QByteArray(100000, 'x'));
        write(stale + QStringLiteral("-journal"), "j");
        QCOMPARE(
            kdtool({QStringLiteral("import"), m_package, QStringLiteral("--out"), target}).exitCode,
            0);
        QCOMPARE(entriesOf(dir), QStringList{QStringLiteral("p.kdproj")});
    }

    // A full disk is called a full disk: exit 2, one line, no libxml2 or SQLite jargon, and
    // nothing left on the disk. The small disk is a tmpfs in a mount namespace of its own.
    void fullDiskIsSaidPlainly_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("export") << QStringLiteral("export");
        QTest::newRow("import") << QStringLiteral("import");
    }

    void fullDiskIsSaidPlainly()
    {
        QFETCH(QString, command);
        const QString mount = freshDir();
        const QString target = mount
                               + (command == QLatin1String("export") ? QStringLiteral("/pkg")
                                                                     : QStringLiteral("/p.kdproj"));
        const QStringList arguments = command == QLatin1String("export")
                                          ? QStringList{QStringLiteral("export"), m_project,
                                                        QStringLiteral("--out"), target}
                                          : QStringList{QStringLiteral("import"), m_package,
                                                        QStringLiteral("--out"), target};
        // 24 KiB: room for the start of every file, not for a whole package or project.
        const QString script = QStringLiteral(
            "m=\"$1\"; mount -t tmpfs -o size=24k kdtest \"$m\" || exit 99; shift; \"$@\"; "
            "code=$?; echo \"left: $(ls -A \"$m\" | tr '\\n' ' ')\" >&2; exit $code");
        const Run result = run(QStringLiteral("/usr/bin/unshare"),
                               QStringList{QStringLiteral("-rm"), QStringLiteral("sh"),
                                           QStringLiteral("-c"), script, QStringLiteral("sh"),
                                           mount, QStringLiteral(KD_BIN_DIR "/kdtool")}
                                   + arguments);
        // A container whose seccomp profile forbids user namespaces cannot make the small disk;
        // everywhere else (this machine kind, CI) the case runs.
        if (result.exitCode == 99 || result.err.contains(QLatin1String("unshare failed")))
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs in a user namespace here: ")
                             + result.err.trimmed()));
        QCOMPARE(result.exitCode, 2);
        const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("kdtool: ")), qPrintable(result.err));
        QVERIFY2(lines.at(0).contains(QLatin1String("the disk is full")), qPrintable(result.err));
        QVERIFY2(!lines.at(0).contains(QLatin1String("rollback")), qPrintable(result.err));
        QCOMPARE(lines.at(1).trimmed(), QStringLiteral("left:"));
    }
};

QTEST_GUILESS_MAIN(tst_FileSafety)
#include "tst_filesafety.moc"
