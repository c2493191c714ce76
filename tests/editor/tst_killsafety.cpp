#include "storage/database.h"
#include "storage/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace kd;

// "Nothing lost, nothing torn": an editing session, an export and an import, each killed with
// SIGKILL at a random moment, again and again. After every kill the target is either what it was
// before or whole (a package that matches its manifest, a project whose integrity_check says
// ok), every edit the session reported committed is in the file, and the next run on the target
// leaves no temporary behind. KD_SOAK_ITERATIONS sets the rounds of each (scripts/soak.sh runs
// hundreds; CI a few).
class tst_KillSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_project; // a generated project of 1,000 dilemmas
    QString m_package; // its package
    int m_rounds = 4;

    static QString kdtool() { return QStringLiteral(KD_BIN_DIR "/kdtool"); }

    static bool run(const QString &program, const QStringList &arguments, QString *err = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        const bool ok = process.waitForFinished(300000)
                        && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return ok;
    }

    // Starts program, lets it run for a random part of about how long it takes, kills it.
    static void killSomewhere(const QString &program, const QStringList &arguments, int typicalMs)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForStarted())
            return;
        QThread::msleep(QRandomGenerator::global()->bounded(qMax(1, typicalMs)));
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
    }

    static int timeOf(const QString &program, const QStringList &arguments)
    {
        QElapsedTimer timer;
        timer.start();
        run(program, arguments);
        return int(timer.elapsed());
    }

    // Whole: the manifest lists exactly the files there, each with its size and SHA-256.
    static QString packageProblem(const QString &dir)
    {
        QFile file(dir + QStringLiteral("/manifest.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("no manifest");
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        QStringList listed;
        for (const QJsonValue entry : manifest[QLatin1String("files")].toArray()) {
            const QString path = entry[QLatin1String("path")].toString();
            listed.append(path);
            QFile listedFile(dir + u'/' + path);
            if (!listedFile.open(QIODevice::ReadOnly))
                return path + QStringLiteral(" missing");
            const QByteArray bytes = listedFile.readAll();
            if (bytes.size() != entry[QLatin1String("size")].toInteger()
                || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()
                       != entry[QLatin1String("sha256")].toString().toLatin1())
                return path + QStringLiteral(" torn");
        }
        QStringList present;
        for (QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
             it.hasNext();)
            present.append(QDir(dir).relativeFilePath(it.next()));
        present.removeOne(QStringLiteral("manifest.json"));
        listed.sort();
        present.sort();
        return listed == present ? QString() : QStringLiteral("files differ from the manifest");
    }

    static QString projectProblem(const QString &path)
    {
        StoreError error;
        auto store = ProjectStore::open(path, ProjectStore::OpenMode::ReadOnly, &error);
        if (!store)
            return error.message;
        const QVariant check = store->backend().scalar(QStringLiteral("PRAGMA integrity_check"));
        return check.toString() == QLatin1String("ok") ? QString() : check.toString();
    }

    static QStringList entriesOf(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                   QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_rounds = qEnvironmentVariableIntValue("KD_SOAK_ITERATIONS");
        if (m_rounds <= 0)
            m_rounds = 4;
        m_project = m_temp.filePath(QStringLiteral("bench.kdproj"));
        QVERIFY(run(QStringLiteral(KD_BIN_DIR "/kd-bench-generate"),
                    {QStringLiteral("1000"), m_project}));
        m_package = m_temp.filePath(QStringLiteral("package"));
        QVERIFY(run(kdtool(), {QStringLiteral("export"), m_project, QStringLiteral("--out"),
                               m_package, QStringLiteral("--draft")}));
    }

    void killedSessionKeepsCommittedEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("session.kdproj");
        StoreError error;
        QVERIFY(ProjectStore::create(path, {}, &error));

        int themesBefore = 0;
        for (int round = 0; round < m_rounds; ++round) {
            QProcess session;
            session.start(QStringLiteral(KD_BIN_DIR "/kd-scripted-session"), {path});
            QVERIFY(session.waitForStarted());
            int committed = 0;
            // Let it run for a while, then kill it wherever it is.
            const int target = 5 + QRandomGenerator::global()->bounded(30);
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

            QCOMPARE(projectProblem(path), QString());
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

    // A package under the target name is always whole: the old one or the new one.
    void killedExportLeavesAWholePackage()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("pkg");
        const QStringList arguments{QStringLiteral("export"), m_project, QStringLiteral("--out"),
                                    out, QStringLiteral("--draft")};
        const int typical = timeOf(kdtool(), arguments) * 3 / 2;
        for (int round = 0; round < m_rounds; ++round) {
            killSomewhere(kdtool(), arguments, typical);
            if (QFileInfo::exists(out))
                QCOMPARE(packageProblem(out), QString());
            // The next export cleans what the killed one left, and replaces the package.
            QString err;
            QVERIFY2(run(kdtool(), arguments, &err), qPrintable(err));
            QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("pkg")});
            QCOMPARE(packageProblem(out), QString());
        }
    }

    // A project under the target name is always whole: the old one or the imported one.
    void killedImportLeavesAWholeProject()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("imported.kdproj");
        const QStringList arguments{QStringLiteral("import"), m_package, QStringLiteral("--out"),
                                    target, QStringLiteral("--force")};
        const int typical = timeOf(kdtool(), arguments) * 3 / 2;
        for (int round = 0; round < m_rounds; ++round) {
            killSomewhere(kdtool(), arguments, typical);
            if (QFileInfo::exists(target))
                QCOMPARE(projectProblem(target), QString());
            QString err;
            QVERIFY2(run(kdtool(), arguments, &err), qPrintable(err));
            QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("imported.kdproj")});
            QCOMPARE(projectProblem(target), QString());
        }
    }
};

QTEST_GUILESS_MAIN(tst_KillSafety)
#include "tst_killsafety.moc"
