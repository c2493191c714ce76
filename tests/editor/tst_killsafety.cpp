#include "storage/projectstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace kd;

// "Never lose an edit": a session killed with SIGKILL at an arbitrary moment leaves a file that
// opens cleanly and holds every edit the session had reported committed.
class tst_KillSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedSessionKeepsCommittedEdits();
};

void tst_KillSafety::killedSessionKeepsCommittedEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("session.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::create(path, {}, &error));

    int themesBefore = 0;
    for (int round = 0; round < 3; ++round) {
        QProcess session;
        session.start(QStringLiteral(KD_BIN_DIR "/kd-scripted-session"), {path});
        QVERIFY(session.waitForStarted());
        int committed = 0;
        // Let it run for a while, then kill it wherever it is.
        const int target = 15 + round * 10;
        while (committed < target && session.waitForReadyRead(20000)) {
            while (session.canReadLine()) {
                const QByteArray line = session.readLine().trimmed();
                if (line.startsWith("committed "))
                    committed = line.mid(10).toInt();
            }
        }
        QVERIFY2(committed >= target, session.readAllStandardError().constData());
        ::kill(pid_t(session.processId()), SIGKILL);
        QVERIFY(session.waitForFinished());
        QCOMPARE(session.exitStatus(), QProcess::CrashExit);

        // The lock of the dead process is stale: the file opens for writing again.
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error.message));
        Project project;
        QVERIFY(store->load(&project));
        // Odd edits add a theme; every reported add is there (one more may have landed).
        const int added = int(project.themes.size()) - themesBefore;
        QVERIFY2(added >= (committed + 1) / 2, qPrintable(QString::number(added)));
        themesBefore = int(project.themes.size());
        for (int i = 0; i < project.themes.size(); ++i)
            QCOMPARE(project.themes[i].position, i);
    }
}

QTEST_GUILESS_MAIN(tst_KillSafety)
#include "tst_killsafety.moc"
