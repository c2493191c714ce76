#include "approvals.h"
#include "packagetesting.h"
#include "programrun.h"
#include "testprojects.h"

#include "storage/projectstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// `kdtool diff OLD NEW` and `kdtool export --since` as a publisher runs them: exit 0 equal, 1
// different, 2 errors (like diff); the same report as text, JSON (schema/changes.schema.json)
// and HTML; changes.json in the package, listed and signed with the rest.
class TestKdtoolDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_old;        // the project of the earlier release
    QString m_oldPackage; // its package
    QString m_new;        // the project now
    int m_counter = 0;

    using Run = ProgramRun;

    static Run kdtool(const QStringList &arguments) { return runKdtool(arguments, 120000); }

    QString freshDir()
    {
        const QString dir = m_temp.filePath(QStringLiteral("run%1").arg(++m_counter));
        QDir().mkpath(dir);
        return dir;
    }

    QString writeProject(const QString &name, const Project &project)
    {
        const QString path = m_temp.filePath(name);
        StoreError error;
        if (!ProjectStore::writeNew(path, project, true, &error))
            qWarning("%s", qPrintable(error.message));
        return path;
    }

    static bool oneLine(const QString &err)
    {
        return err.startsWith(QLatin1String("kdtool: ")) && err.count(u'\n') == 1;
    }

    // The new release: one dilemma's situation reworded and its question made hostile, a
    // glossary term added, a theme's label changed.
    static Project newRelease()
    {
        Project p = fullProject();
        Dilemma &d = p.scenarios[0].segments[0].dilemmas[0];
        d.situation = QStringLiteral("Noah komt elke week te laat; zie "
                                     "[Veilig Thuis](https://veiligthuis.nl).");
        d.question = QStringLiteral("Deel je <script>alert(1)</script> zorgen "
                                    "<img src=x onerror=alert(2)>?");
        p.glossary.append({uid(61), QStringLiteral("meldcode"), QStringLiteral("Meldcode"),
                           QStringLiteral("Een stappenplan."), 1});
        p.themes[0].label = QStringLiteral("Toestemming vragen");
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_old = writeProject(QStringLiteral("old.kdproj"), fullProject());
        m_new = writeProject(QStringLiteral("new.kdproj"), newRelease());
        m_oldPackage = m_temp.filePath(QStringLiteral("old-package"));
        QCOMPARE(kdtool({QStringLiteral("export"), m_old, QStringLiteral("--out"), m_oldPackage,
                         QStringLiteral("--draft")})
                     .exitCode,
                 0);
    }

    void equalReleasesExitZero()
    {
        // A package and the project it came from, in every form a side may take.
        const QStringList sides{m_oldPackage, m_oldPackage + QStringLiteral("/package.xml"),
                                m_oldPackage + QStringLiteral("/package.json"), m_old};
        for (const QString &side : sides) {
            const Run run = kdtool({QStringLiteral("diff"), m_oldPackage, side});
            QVERIFY2(run.exitCode == 0, qPrintable(side + u' ' + run.err));
            QVERIFY(run.out.startsWith(QLatin1String("no changes between")));
            QVERIFY(run.err.isEmpty());
        }
    }

    void differentReleasesExitOneInTheWordsOfTheContent()
    {
        const Run run = kdtool({QStringLiteral("diff"), m_oldPackage, m_new});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(QLatin1String("3 changes between")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("1 added, 0 removed, 0 moved, 2 changed")));
        QVERIFY(run.out.contains(QLatin1String("changed theme: Toestemming vragen\n"
                                               "  Label: Toestemming -> Toestemming vragen\n")));
        QVERIFY(run.out.contains(QLatin1String("added glossary term: Meldcode\n")));
        QVERIFY2(run.out.contains(QString::fromUtf8("changed dilemma: Familie Özdemir > Vader "
                                                    "verliest zijn baan > Deel je <script>")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("  Situation: Noah komt [-vaak-]{+elke week+} "
                                               "te laat")));
        // No uid is how a change is named.
        QVERIFY(!run.out.contains(uid(100)));
    }

    void jsonFollowsItsSchema()
    {
        const QString dir = freshDir();
        const Run run
            = kdtool({QStringLiteral("diff"), m_oldPackage, m_new, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QFile file(dir + QStringLiteral("/changes.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out.toUtf8());
        file.close();
        const QString errors = jsonSchemaErrors(file.fileName(), "changes.schema.json");
        QVERIFY2(errors.isEmpty(), qPrintable(errors));

        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("equal")).toBool(true), false);
        QCOMPARE(root.value(QLatin1String("summary"))[QLatin1String("changed")].toInt(), 2);
        QCOMPARE(root.value(QLatin1String("old"))[QLatin1String("contentHash")].toString().size(),
                 64);
        QVERIFY(
            !root.value(QLatin1String("new")).toObject().contains(QLatin1String("contentHash")));
        const QJsonArray changes = root.value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), 3);
        const QJsonObject dilemma = changes.at(2).toObject();
        QCOMPARE(dilemma.value(QLatin1String("kind")).toString(), QStringLiteral("dilemma"));
        QCOMPARE(dilemma.value(QLatin1String("uid")).toString(), uid(100));
        QCOMPARE(dilemma.value(QLatin1String("place")).toArray().size(), 3);

        // Equal releases: valid too, and empty.
        const Run equal
            = kdtool({QStringLiteral("diff"), m_oldPackage, m_old, QStringLiteral("--json")});
        QCOMPARE(equal.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(equal.out.toUtf8())
                    .object()
                    .value(QLatin1String("equal"))
                    .toBool());
    }

    void htmlEscapesEveryText()
    {
        const QString page = freshDir() + QStringLiteral("/changes.html");
        const Run run
            = kdtool({QStringLiteral("diff"), m_oldPackage, m_new, QStringLiteral("--html"), page});
        QCOMPARE(run.exitCode, 1);
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(html.contains("<del>vaak</del><ins>elke week</ins>"));
        QVERIFY(html.contains("Content-Security-Policy"));

        // The language of a project file goes into attributes: escaped too.
        Project hostile = fullProject();
        hostile.info.language = QStringLiteral("nl\"><script>alert(3)</script>");
        const QString hostilePage = freshDir() + QStringLiteral("/hostile.html");
        QCOMPARE(kdtool({QStringLiteral("diff"), m_old,
                         writeProject(QStringLiteral("hostile.kdproj"), hostile),
                         QStringLiteral("--html"), hostilePage})
                     .exitCode,
                 1);
        QFile hostileFile(hostilePage);
        QVERIFY(hostileFile.open(QIODevice::ReadOnly));
        const QByteArray hostileHtml = hostileFile.readAll();
        QVERIFY(!hostileHtml.contains("<script"));
        QVERIFY(hostileHtml.contains("lang=\"nl&quot;&gt;&lt;script&gt;"));
    }

    void errorsExitTwoAndWriteNothing()
    {
        const QString dir = freshDir();
        const QString page = dir + QStringLiteral("/changes.html");
        const QList<QStringList> bad{
            {QStringLiteral("diff"), m_oldPackage},
            {QStringLiteral("diff"), dir + QStringLiteral("/missing.kdproj"), m_new,
             QStringLiteral("--html"), page},
            {QStringLiteral("diff"), dir, m_new, QStringLiteral("--html"), page}, // no package
            {QStringLiteral("diff"), m_oldPackage, m_new, QStringLiteral("--html"),
             dir + QStringLiteral("/no/such/dir/changes.html")},
            {QStringLiteral("diff"), m_oldPackage, m_new, QStringLiteral("--colour")},
        };
        for (const QStringList &arguments : bad) {
            const Run run = kdtool(arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ') + u' ' + run.err));
            QVERIFY2(run.err.startsWith(QLatin1String("kdtool: ")), qPrintable(run.err));
        }
        QVERIFY(entriesOf(dir).isEmpty());

        // A package changed after its export is refused, not compared.
        const QString tampered = dir + QStringLiteral("/tampered");
        QVERIFY(QDir().mkpath(tampered));
        const QMap<QString, QByteArray> files = filesUnder(m_oldPackage);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QByteArray bytes = it.value();
            if (it.key() == QLatin1String("package.json"))
                bytes.replace("Noah komt vaak", "Noah komt nooit");
            QDir().mkpath(QFileInfo(tampered + u'/' + it.key()).absolutePath());
            QFile out(tampered + u'/' + it.key());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const Run run = kdtool({QStringLiteral("diff"), tampered, m_new});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("package.json")),
                 qPrintable(run.err));
    }

    void exportSinceWritesTheSameDiffIntoThePackage()
    {
        const QString dir = freshDir();
        const QString package = dir + QStringLiteral("/new-package");
        const QString key = dir + QStringLiteral("/publisher.key");
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(testReviewerKey().toFile(QString()));
        keyFile.close();
        QVERIFY(keyFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QFile pub(dir + QStringLiteral("/publisher.pub"));
        QVERIFY(pub.open(QIODevice::WriteOnly));
        pub.write(testReviewerKey().publicPart().toFile());
        pub.close();

        const Run exported = kdtool({QStringLiteral("export"), m_new, QStringLiteral("--out"),
                                     package, QStringLiteral("--draft"), QStringLiteral("--since"),
                                     m_oldPackage, QStringLiteral("--sign"), key});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QMap<QString, QByteArray> files = filesUnder(package);
        QVERIFY(files.contains(QStringLiteral("changes.json")));
        // The same bytes as `kdtool diff --json` prints.
        const Run diff
            = kdtool({QStringLiteral("diff"), m_oldPackage, m_new, QStringLiteral("--json")});
        QCOMPARE(files.value(QStringLiteral("changes.json")), diff.out.toUtf8());
        const QString errors
            = jsonSchemaErrors(package + QStringLiteral("/changes.json"), "changes.schema.json");
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
        // Listed in the manifest, so the publisher's signature covers it.
        QVERIFY(
            files.value(QStringLiteral("manifest.json")).contains("\"path\": \"changes.json\""));
        const Run verified = kdtool({QStringLiteral("verify"), package, QStringLiteral("--key"),
                                     dir + QStringLiteral("/publisher.pub")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        // A package with changes reads like any other, and exporting again gives the same bytes.
        const Run imported = kdtool({QStringLiteral("import"), package, QStringLiteral("--out"),
                                     dir + QStringLiteral("/imported.kdproj")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(kdtool({QStringLiteral("diff"), package, dir + QStringLiteral("/imported.kdproj")})
                     .exitCode,
                 0);
        const QString again = dir + QStringLiteral("/again");
        QCOMPARE(kdtool({QStringLiteral("export"), m_new, QStringLiteral("--out"), again,
                         QStringLiteral("--draft"), QStringLiteral("--since"), m_oldPackage,
                         QStringLiteral("--sign"), key})
                     .exitCode,
                 0);
        QCOMPARE(filesUnder(again), files);

        // Changing changes.json breaks the package like changing any listed file.
        QFile changes(package + QStringLiteral("/changes.json"));
        QVERIFY(changes.open(QIODevice::Append));
        changes.write(" ");
        changes.close();
        QCOMPARE(kdtool({QStringLiteral("verify"), package, QStringLiteral("--key"),
                         dir + QStringLiteral("/publisher.pub")})
                     .exitCode,
                 1);
    }

    void exportSinceAnUnreadablePackageWritesNothing()
    {
        const QString dir = freshDir();
        const Run run = kdtool({QStringLiteral("export"), m_new, QStringLiteral("--out"),
                                dir + QStringLiteral("/pkg"), QStringLiteral("--draft"),
                                QStringLiteral("--since"), dir + QStringLiteral("/nothing")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run.err), qPrintable(run.err));
        QVERIFY(entriesOf(dir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKdtoolDiff)
#include "tst_kdtool_diff.moc"
