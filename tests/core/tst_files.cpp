#include "files/safeopen.h"
#include "files/siblings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace kd;

// The file-system primitives every writer and reader goes through: temporaries named after their
// process, removed when that process is gone and never while it runs; moves that never replace
// what someone else made; swaps that never leave a name empty; reads that never follow a link,
// never block on a pipe and refuse what is too large before reading it.
class tst_Files : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // A process id that is certainly not running: a child that has exited and been reaped.
    static qint64 deadPid()
    {
        QProcess child;
        child.start(QStringLiteral("/bin/true"), {});
        child.waitForFinished();
        return child.processId() ? child.processId() : 999999;
    }

private slots:
    void temporaryNamesCarryTheProcess()
    {
        const QString target = path(QStringLiteral("pkg"));
        const QString temp = Siblings::temporaryPath(target, QStringLiteral("partial"));
        const QString prefix
            = QStringLiteral(".pkg.partial-%1-").arg(QCoreApplication::applicationPid());
        QVERIFY2(QFileInfo(temp).fileName().startsWith(prefix), qPrintable(temp));
        QCOMPARE(QFileInfo(temp).absolutePath(), QFileInfo(target).absolutePath());
        QVERIFY(temp != Siblings::temporaryPath(target, QStringLiteral("partial")));
    }

    void staleTemporariesAreRemovedLiveOnesKept()
    {
        const QString target = path(QStringLiteral("stale.kdproj"));
        const qint64 dead = deadPid();
        const QString deadFile = path(QStringLiteral(".stale.kdproj.tmp-%1-abc").arg(dead));
        const QString deadJournal = deadFile + QStringLiteral("-journal");
        const QString deadDir = path(QStringLiteral(".stale.kdproj.partial-%1-xyz").arg(dead));
        const QString live = path(
            QStringLiteral(".stale.kdproj.tmp-%1-def").arg(QCoreApplication::applicationPid()));
        const QString otherTarget = path(QStringLiteral(".other.kdproj.tmp-%1-abc").arg(dead));
        const QString noPid = path(QStringLiteral(".stale.kdproj.tmp-notapid"));
        for (const QString &file : {deadFile, deadJournal, live, otherTarget, noPid})
            write(file, "x");
        QVERIFY(QDir().mkpath(deadDir + QStringLiteral("/assets")));
        write(deadDir + QStringLiteral("/assets/a.png"), "png");

        const QStringList removed
            = Siblings::removeStale(target, {QStringLiteral("tmp"), QStringLiteral("partial")});
        QCOMPARE(removed.size(), 3);
        QVERIFY(!QFileInfo::exists(deadFile));
        QVERIFY(!QFileInfo::exists(deadJournal));
        QVERIFY(!QFileInfo::exists(deadDir));
        QVERIFY(QFileInfo::exists(live));        // its process runs: this one
        QVERIFY(QFileInfo::exists(otherTarget)); // another target's
        QVERIFY(QFileInfo::exists(noPid));       // not one of ours to judge
    }

    void removeTreeNeverFollowsLinks()
    {
        const QString outside = path(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(outside));
        write(outside + QStringLiteral("/keep.txt"), "keep");
        const QString tree = path(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/sub")));
        QVERIFY(QFile::link(outside, tree + QStringLiteral("/sub/link")));
        QVERIFY(QFile::link(outside + QStringLiteral("/keep.txt"), tree + QStringLiteral("/file")));
        QVERIFY(Siblings::removeTree(tree));
        QVERIFY(!QFileInfo::exists(tree));
        QVERIFY(QFileInfo::exists(outside + QStringLiteral("/keep.txt")));
        // A link given as the tree itself goes, its target stays.
        QVERIFY(QFile::link(outside, path(QStringLiteral("alias"))));
        QVERIFY(Siblings::removeTree(path(QStringLiteral("alias"))));
        QVERIFY(QFileInfo::exists(outside + QStringLiteral("/keep.txt")));
    }

    void exclusiveMoveNeverReplaces()
    {
        write(path(QStringLiteral("first")), "first");
        write(path(QStringLiteral("second")), "second");
        QString error;
        QVERIFY(Siblings::moveExclusive(path(QStringLiteral("first")),
                                        path(QStringLiteral("taken")), &error));
        QVERIFY(!Siblings::moveExclusive(path(QStringLiteral("second")),
                                         path(QStringLiteral("taken")), &error));
        QVERIFY(!error.isEmpty());
        QFile taken(path(QStringLiteral("taken")));
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("first"));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("second"))));
    }

    void exchangeSwapsFolders()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("new"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("old"))));
        write(path(QStringLiteral("new/n")), "n");
        write(path(QStringLiteral("old/o")), "o");
        QString error;
        QVERIFY2(
            Siblings::exchange(path(QStringLiteral("new")), path(QStringLiteral("old")), &error),
            qPrintable(error));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("old/n"))));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("new/o"))));
    }

    void describesFullDiskAndPermissions()
    {
        QCOMPARE(Siblings::describeErrno(ENOSPC), QStringLiteral("the disk is full"));
        QCOMPARE(Siblings::describeErrno(EACCES), QStringLiteral("permission denied"));
    }

    void safeOpenReadsRegularFiles()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("pkg/assets"))));
        write(path(QStringLiteral("pkg/assets/a.png")), "0123456789");
        QString error;
        const FileHandle dir = SafeOpen::directory(path(QStringLiteral("pkg")), &error);
        QVERIFY2(dir.isValid(), qPrintable(error));
        qint64 size = -1;
        const FileHandle file
            = SafeOpen::regularFile(dir, QStringLiteral("assets/a.png"), 100, &size, &error);
        QVERIFY2(file.isValid(), qPrintable(error));
        QCOMPARE(size, 10);
        QByteArray data;
        QVERIFY(SafeOpen::readAll(file, 100, &data, &error));
        QCOMPARE(data, QByteArray("0123456789"));
        // Too large: refused by its size before anything is read.
        QVERIFY(!SafeOpen::regularFile(dir, QStringLiteral("assets/a.png"), 9, &size, &error)
                     .isValid());
        QVERIFY2(error.contains(QLatin1String("larger")), qPrintable(error));
    }

    void safeOpenRefusesLinksAnywhere_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("the file is a link") << QStringLiteral("assets/passwd");
        QTest::newRow("a folder on the way is a link") << QStringLiteral("linked/hosts");
        QTest::newRow("parent references") << QStringLiteral("../outside.txt");
        QTest::newRow("absolute") << QStringLiteral("/etc/hosts");
    }

    void safeOpenRefusesLinksAnywhere()
    {
        QFETCH(QString, relative);
        const QString root = path(QStringLiteral("links"));
        if (!QFileInfo::exists(root)) {
            QVERIFY(QDir().mkpath(root + QStringLiteral("/assets")));
            QVERIFY(QFile::link(QStringLiteral("/etc/passwd"),
                                root + QStringLiteral("/assets/passwd")));
            QVERIFY(QFile::link(QStringLiteral("/etc"), root + QStringLiteral("/linked")));
            write(path(QStringLiteral("outside.txt")), "secret");
        }
        QString error;
        const FileHandle dir = SafeOpen::directory(root, &error);
        QVERIFY(dir.isValid());
        QVERIFY(!SafeOpen::regularFile(dir, relative, 1 << 20, nullptr, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void safeOpenRefusesPipesAndDevicesWithoutWaiting()
    {
        const QString root = path(QStringLiteral("special"));
        QVERIFY(QDir().mkpath(root));
        QVERIFY(::mkfifo(QFile::encodeName(root + QStringLiteral("/fifo")).constData(), 0644) == 0);
        QString error;
        const FileHandle dir = SafeOpen::directory(root, &error);
        // Opening a FIFO for reading without a writer would block forever; it must not.
        QVERIFY(!SafeOpen::regularFile(dir, QStringLiteral("fifo"), 1 << 20, nullptr, &error)
                     .isValid());
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
        const FileHandle dev = SafeOpen::directory(QStringLiteral("/dev"), &error);
        QVERIFY(!SafeOpen::regularFile(dev, QStringLiteral("zero"), 1 << 20, nullptr, &error)
                     .isValid());
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_Files)
#include "tst_files.moc"
