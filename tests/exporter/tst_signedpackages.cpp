#include "packagetesting.h"
#include "programrun.h"
#include "testkeys.h"
#include "testprojects.h"

#include "package/packagereader.h"
#include "package/packagewriter.h"
#include "review/contenthash.h"
#include "storage/projectstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using namespace kd::testing;

// Signed approvals and signed packages as a reviewer, a publisher and an attacker use them
// through kdtool: keys, trusted reviewers, signed approvals, the export gate, import with
// --trust, and `kdtool verify`. Every attack of issue 19 is here; the core-level forms are in
// tests/core/tst_signedapprovals.cpp.
class tst_SignedPackages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_project; // fullProject(), reviewer trusted, everything approved with a signature
    QString m_package; // its export, with review notes, signed by the publisher
    int m_counter = 0;

    QString path(const QString &name) const { return m_temp.filePath(name); }
    QString fresh(const QString &stem) { return path(stem + QString::number(++m_counter)); }

    static ProgramRun kdtool(const QStringList &arguments) { return runKdtool(arguments, 120000); }

    static bool oneLine(const ProgramRun &run)
    {
        return run.err.startsWith(QLatin1String("kdtool: ")) && run.err.count(u'\n') == 1;
    }

    // A copy of the signed project, to spoil.
    QString projectCopy()
    {
        const QString copy = fresh(QStringLiteral("copy")) + QStringLiteral(".kdproj");
        QFile::copy(m_project, copy);
        return copy;
    }

    // The package read back, changed by edit, written again by the program's own writer with a
    // fresh manifest and no signature: what an attacker with a copy of this program can make.
    QString forged(const std::function<void(Project &)> &edit)
    {
        Project p;
        PackageError error;
        if (!PackageReader::read(m_package, &p, &error))
            qFatal("cannot read the package: %s", qPrintable(error.message));
        edit(p);
        ExportOptions options;
        options.outDir = fresh(QStringLiteral("forged"));
        options.includeReviewNotes = true;
        if (!PackageWriter::write(p, options, &error))
            qFatal("cannot write the forged package: %s", qPrintable(error.message));
        return options.outDir;
    }

    ProgramRun importWith(const QString &package, const QStringList &trust, QString *project)
    {
        *project = fresh(QStringLiteral("imported")) + QStringLiteral(".kdproj");
        QStringList arguments{QStringLiteral("import"), package, QStringLiteral("--out"), *project};
        for (const QString &key : trust)
            arguments << QStringLiteral("--trust") << key;
        return kdtool(arguments);
    }

    ProgramRun exportOf(const QString &project)
    {
        return kdtool({QStringLiteral("export"), project, QStringLiteral("--out"),
                       fresh(QStringLiteral("out"))});
    }

private slots:
    void initTestCase();
    void keysAreOwnerOnly();
    void approvedProjectExportsAndVerifies();
    void editedPackageWithRecomputedHashes();
    void attackerKeyInThePackage();
    void signedManifestVouchesForReviewers();
    void tamperedSignedPackage();
    void verifyUsage();
    void removedReviewerStopsCounting();
    void ownLastEditRefused();
    void lookAlikeReviewerRefused();
    void passphraseProtectedKey();
};

void tst_SignedPackages::initTestCase()
{
    QVERIFY(m_temp.isValid());
    // Keys go to this test's own configuration folder, never the real one.
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toUtf8());
    qunsetenv("KD_KEY_PASSPHRASE");
    for (const auto &[name, file] :
         {std::pair{QStringLiteral("R. Eviewer"), QStringLiteral("reviewer")},
          std::pair{QStringLiteral("Uitgever"), QStringLiteral("publisher")},
          std::pair{QStringLiteral("Mallory"), QStringLiteral("attacker")}}) {
        const ProgramRun run
            = kdtool({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--name"), name,
                      QStringLiteral("--out"), path(file + QStringLiteral(".key"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(path(file + QStringLiteral(".pub"))));
    }
    m_project = path(QStringLiteral("signed.kdproj"));
    StoreError storeError;
    Project p = fullProject();
    p.reviews.clear();
    p.trustedReviewers.clear();
    QVERIFY(ProjectStore::writeNew(m_project, p, false, &storeError));
    ProgramRun run = kdtool({QStringLiteral("reviewers"), QStringLiteral("add"), m_project,
                             path(QStringLiteral("reviewer.pub")), QStringLiteral("--as"),
                             QStringLiteral("beheer")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &item : {QStringLiteral("toestemming-ouders"), QStringLiteral("bw-7-457"),
                                QStringLiteral("avg")}) {
        run = kdtool({QStringLiteral("approve"), m_project, item, QStringLiteral("--key"),
                      path(QStringLiteral("reviewer.key")), QStringLiteral("--comment"),
                      QStringLiteral("Akkoord.")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    m_package = path(QStringLiteral("package"));
    run = kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"), m_package,
                  QStringLiteral("--include-review-notes"), QStringLiteral("--sign"),
                  path(QStringLiteral("publisher.key"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(m_package + QStringLiteral("/manifest.sig")));
}

void tst_SignedPackages::keysAreOwnerOnly()
{
    QCOMPARE(QFile::permissions(path(QStringLiteral("reviewer.key")))
                 & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    // A key others may read is refused, with what to do.
    const QString loose = path(QStringLiteral("loose.key"));
    QFile::copy(path(QStringLiteral("reviewer.key")), loose);
    QFile::setPermissions(loose, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const ProgramRun run = kdtool({QStringLiteral("approve"), projectCopy(), QStringLiteral("avg"),
                                   QStringLiteral("--key"), loose});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(oneLine(run) && run.err.contains(QLatin1String("chmod")), qPrintable(run.err));
}

void tst_SignedPackages::approvedProjectExportsAndVerifies()
{
    QCOMPARE(exportOf(m_project).exitCode, 0);
    const ProgramRun verify = kdtool({QStringLiteral("verify"), m_package, QStringLiteral("--key"),
                                      path(QStringLiteral("publisher.pub"))});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY(verify.out.contains(QLatin1String("intact")));
    const ProgramRun review = kdtool({QStringLiteral("review"), m_project});
    QCOMPARE(review.exitCode, 0);
    QVERIFY2(review.out.contains(QLatin1String("approved:           3")), qPrintable(review.out));
    QVERIFY(xsdErrors(m_package + QStringLiteral("/package.xml")).isEmpty());
    QVERIFY(jsonSchemaErrors(m_package + QStringLiteral("/package.json")).isEmpty());
    // Signing is deterministic: the same project signed again gives the same bytes.
    const QString again = fresh(QStringLiteral("again"));
    QCOMPARE(kdtool({QStringLiteral("export"), m_project, QStringLiteral("--out"), again,
                     QStringLiteral("--include-review-notes"), QStringLiteral("--sign"),
                     path(QStringLiteral("publisher.key"))})
                 .exitCode,
             0);
    QCOMPARE(filesUnder(again), filesUnder(m_package));
}

void tst_SignedPackages::editedPackageWithRecomputedHashes()
{
    // The attack of the issue: change a dilemma in the package, recompute every hash (the
    // approvals' and the manifest's), drop the signature, import trusting the real reviewer.
    const QString package = forged([](Project &p) {
        Dilemma &d = p.scenarios[0].segments[0].dilemmas[0];
        d.question = QStringLiteral("Mag ik alles doorgeven zonder te vragen?");
        for (Review &r : p.reviews)
            if (r.entityUid == d.uid)
                r.contentHash = ContentHash::of(d);
    });
    QString project;
    const ProgramRun run = importWith(package, {path(QStringLiteral("reviewer.pub"))}, &project);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("arrives as unapproved"))
                 && run.err.contains(QLatin1String("does not verify")),
             qPrintable(run.err));
    const ProgramRun exported = exportOf(project);
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QLatin1String("[not-approved]")), qPrintable(exported.err));
    const ProgramRun validate
        = kdtool({QStringLiteral("validate"), project, QStringLiteral("--review")});
    QVERIFY2(validate.out.contains(QLatin1String("not-approved")), qPrintable(validate.out));
    const ProgramRun review = kdtool({QStringLiteral("review"), project});
    QVERIFY2(review.out.contains(QLatin1String("unverified:         1")), qPrintable(review.out));
    // The website's check refuses it too: it is not signed.
    QCOMPARE(kdtool({QStringLiteral("verify"), package, QStringLiteral("--key"),
                     path(QStringLiteral("publisher.pub"))})
                 .exitCode,
             1);
}

void tst_SignedPackages::attackerKeyInThePackage()
{
    // The attacker lists their own key as trusted and signs every approval with it, then signs
    // the manifest with it too.
    QFile keyFile(path(QStringLiteral("attacker.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QString error;
    const auto attacker = ReviewerKey::fromFile(keyFile.readAll(), {}, &error);
    QVERIFY2(attacker, qPrintable(error));
    const QString package = forged([&](Project &p) {
        p.trustedReviewers.append(trustedRecord(*attacker, uid(960)));
        p.scenarios[0].segments[0].dilemmas[0].question = QStringLiteral("Gewijzigd?");
        for (Review &r : p.reviews) {
            if (r.entityUid == p.scenarios[0].segments[0].dilemmas[0].uid)
                r.contentHash = ContentHash::of(p.scenarios[0].segments[0].dilemmas[0]);
            ApprovalSignature::sign(&r, *attacker);
        }
    });
    QString project;
    ProgramRun run = importWith(package, {path(QStringLiteral("reviewer.pub"))}, &project);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("left out")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("does not trust")), qPrintable(run.err));
    QCOMPARE(exportOf(project).exitCode, 1);
    // Without --trust nothing is trusted at all.
    run = importWith(package, {}, &project);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(exportOf(project).exitCode, 1);
    // The publisher's key does not vouch for a manifest the attacker signed.
    QCOMPARE(kdtool({QStringLiteral("export"), project, QStringLiteral("--draft"),
                     QStringLiteral("--out"), package + QStringLiteral("-signed"),
                     QStringLiteral("--sign"), path(QStringLiteral("attacker.key"))})
                 .exitCode,
             0);
    run = importWith(package + QStringLiteral("-signed"), {path(QStringLiteral("publisher.pub"))},
                     &project);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(exportOf(project).exitCode, 1);
}

void tst_SignedPackages::signedManifestVouchesForReviewers()
{
    // The publisher's key vouches for the whole package: its reviewers are trusted, the
    // approvals count, and export -> import -> export gives the same bytes.
    QString project;
    const ProgramRun run = importWith(m_package, {path(QStringLiteral("publisher.pub"))}, &project);
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err));
    const QString again = fresh(QStringLiteral("roundtrip"));
    QCOMPARE(kdtool({QStringLiteral("export"), project, QStringLiteral("--out"), again,
                     QStringLiteral("--include-review-notes"), QStringLiteral("--sign"),
                     path(QStringLiteral("publisher.key"))})
                 .exitCode,
             0);
    QCOMPARE(filesUnder(again), filesUnder(m_package));
    // The reviewer's own key does as well, for that reviewer.
    QCOMPARE(importWith(m_package, {path(QStringLiteral("reviewer.pub"))}, &project).exitCode, 0);
    QCOMPARE(exportOf(project).exitCode, 0);
}

void tst_SignedPackages::tamperedSignedPackage()
{
    const auto verifyCopy = [&](const std::function<void(const QString &)> &spoil) {
        const QString copy = fresh(QStringLiteral("tampered"));
        QDir().mkpath(copy);
        const QMap<QString, QByteArray> files = filesUnder(m_package);
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QDir().mkpath(QFileInfo(copy + u'/' + it.key()).path());
            QFile f(copy + u'/' + it.key());
            f.open(QIODevice::WriteOnly);
            f.write(it.value());
        }
        spoil(copy);
        return kdtool({QStringLiteral("verify"), copy, QStringLiteral("--key"),
                       path(QStringLiteral("publisher.pub"))});
    };
    const auto rewrite = [](const QString &file, const QByteArray &from, const QByteArray &to) {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QByteArray bytes = f.readAll();
        f.close();
        bytes.replace(from, to);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
    };
    QCOMPARE(verifyCopy([](const QString &) {}).exitCode, 0);
    ProgramRun run = verifyCopy([&](const QString &dir) {
        rewrite(dir + QStringLiteral("/package.xml"), "toestemming", "toestemmin_");
    });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(oneLine(run) && run.err.contains(QLatin1String("package.xml")), qPrintable(run.err));
    run = verifyCopy([&](const QString &dir) {
        rewrite(dir + QStringLiteral("/manifest.json"), "\"draft\": false", "\"draft\": true");
    });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("changed after it was signed")), qPrintable(run.err));
    run = verifyCopy(
        [&](const QString &dir) { QFile::remove(dir + QStringLiteral("/manifest.sig")); });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not signed")), qPrintable(run.err));
    run = verifyCopy([&](const QString &dir) {
        QFile extra(dir + QStringLiteral("/extra.js"));
        extra.open(QIODevice::WriteOnly);
        extra.write("alert(1)");
    });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not listed")), qPrintable(run.err));
    // Another key than the publisher's.
    run = kdtool({QStringLiteral("verify"), m_package, QStringLiteral("--key"),
                  path(QStringLiteral("attacker.pub"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not with the key")), qPrintable(run.err));
}

void tst_SignedPackages::verifyUsage()
{
    ProgramRun run = kdtool({QStringLiteral("verify"), m_package});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(oneLine(run));
    run = kdtool({QStringLiteral("verify"), m_package, QStringLiteral("--key"),
                  path(QStringLiteral("no-such.pub"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(oneLine(run));
    run = kdtool({QStringLiteral("verify"), path(QStringLiteral("no-such-package")),
                  QStringLiteral("--key"), path(QStringLiteral("publisher.pub"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(oneLine(run));
    // The other new commands' wrong arguments: one line, exit 2, nothing written.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("key")},
          QStringList{QStringLiteral("key"), QStringLiteral("bogus")},
          QStringList{QStringLiteral("key"), QStringLiteral("new")},
          QStringList{QStringLiteral("reviewers"), QStringLiteral("add"), m_project},
          QStringList{QStringLiteral("approve"), m_project, QStringLiteral("avg")}}) {
        run = kdtool(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(oneLine(run), qPrintable(run.err));
    }
    // A private key file is not a public key file.
    run = kdtool({QStringLiteral("verify"), m_package, QStringLiteral("--key"),
                  path(QStringLiteral("publisher.key"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(oneLine(run));
}

void tst_SignedPackages::removedReviewerStopsCounting()
{
    const QString project = projectCopy();
    ProgramRun run
        = kdtool({QStringLiteral("reviewers"), QStringLiteral("remove"), project,
                  QStringLiteral("r. eviewer"), QStringLiteral("--as"), QStringLiteral("beheer")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("3 approvals signed with that key no longer count")),
             qPrintable(run.out));
    run = exportOf(project);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("does not trust")), qPrintable(run.err));
    run = kdtool({QStringLiteral("reviewers"), QStringLiteral("list"), project});
    QVERIFY(run.out.contains(QLatin1String("0 trusted reviewers")));
    // Trusted again, the same signed approvals count again: nothing was lost.
    QCOMPARE(kdtool({QStringLiteral("reviewers"), QStringLiteral("add"), project,
                     path(QStringLiteral("reviewer.pub"))})
                 .exitCode,
             0);
    QCOMPARE(exportOf(project).exitCode, 0);
}

void tst_SignedPackages::ownLastEditRefused()
{
    // In a file project the editor's name is self-declared; still, the reviewer recorded as the
    // last editor may not approve, and an approval of their own edit does not count.
    const QString project = projectCopy();
    {
        StoreError error;
        auto store = ProjectStore::open(project, ProjectStore::OpenMode::ReadWrite, &error);
        QVERIFY(store);
        ChangeLogEntry entry{
            0,       QDateTime::currentDateTimeUtc(), QStringLiteral("R.  EVIEWER"),
            uid(30), QStringLiteral("summary"),       QStringLiteral("samenvatting")};
        QVERIFY(store->append(&entry));
    }
    const ProgramRun run = kdtool({QStringLiteral("approve"), project, QStringLiteral("bw-7-457"),
                                   QStringLiteral("--key"), path(QStringLiteral("reviewer.key"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(oneLine(run) && run.err.contains(QLatin1String("four eyes")), qPrintable(run.err));
    const ProgramRun exported = exportOf(project);
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QLatin1String("last editor")), qPrintable(exported.err));
    QVERIFY2(kdtool({QStringLiteral("validate"), project, QStringLiteral("--review")})
                 .out.contains(QLatin1String("last editor")),
             "validate applies four eyes too");
}

void tst_SignedPackages::lookAlikeReviewerRefused()
{
    const QString project = projectCopy();
    for (const QString &name : {QStringLiteral("r.  eviewer"), QStringLiteral("R. Evi\u200Bewer"),
                                QStringLiteral("R. \u0415viewer")}) {
        const ProgramRun run
            = kdtool({QStringLiteral("reviewers"), QStringLiteral("add"), project,
                      path(QStringLiteral("attacker.pub")), QStringLiteral("--name"), name});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run) && run.err.contains(QLatin1String("refused")), qPrintable(run.err));
    }
    const ProgramRun list = kdtool(
        {QStringLiteral("reviewers"), QStringLiteral("list"), project, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
}

void tst_SignedPackages::passphraseProtectedKey()
{
    qputenv("KD_KEY_PASSPHRASE", "correct horse");
    const QString key = path(QStringLiteral("protected.key"));
    ProgramRun run = kdtool({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--name"),
                             QStringLiteral("P. Rotected"), QStringLiteral("--out"), key});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(key);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("protection") && !bytes.contains("secretKey"));
    qputenv("KD_KEY_PASSPHRASE", "wrong");
    run = kdtool({QStringLiteral("key"), QStringLiteral("public"), key});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(oneLine(run) && run.err.contains(QLatin1String("passphrase")), qPrintable(run.err));
    qputenv("KD_KEY_PASSPHRASE", "correct horse");
    run = kdtool({QStringLiteral("key"), QStringLiteral("public"), key});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("P. Rotected")));
    qunsetenv("KD_KEY_PASSPHRASE");
}

QTEST_GUILESS_MAIN(tst_SignedPackages)
#include "tst_signedpackages.moc"
