#include "testkeys.h"
#include "testprojects.h"

#include "review/approvaltrust.h"
#include "review/contenthash.h"
#include "storage/database.h"
#include "storage/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Run kdtool(const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KD_BIN_DIR "/kdtool"), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class tst_Kdtool : public QObject
{
    Q_OBJECT

private slots:
    void usage();
    void newAndInfo();
    void infoJsonContract();
    void newRefusesExisting();
    void newIntoMissingFolder();
    void infoBadFile_data();
    void infoBadFile();
    void infoWhileLockedForWriting();
    void restartKeepsBehaviour();
    void reviewShowsComments();
    void reviewShowsThreads();
    void legalRegister();
    void legalRegisterRefusesBadArguments();
    void lawChangedInRegisterAndGate();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_Kdtool::usage()
{
    Run run = kdtool({});
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("usage: kdtool"));

    run = kdtool({"frobnicate"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QByteArray("kdtool: unknown command 'frobnicate'; run 'kdtool --help'\n"));

    run = kdtool({"info"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("kdtool: missing PROJECT"));
    QCOMPARE(run.err.count('\n'), 1);

    run = kdtool({"info", "a.kdproj", "b.kdproj"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("unexpected argument 'b.kdproj'"));

    run = kdtool({"new", "--colour", "x.kdproj"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("kdtool: "));
    QVERIFY(!QFile::exists("x.kdproj"));

    run = kdtool({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("info"));
    run = kdtool({"info", "--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("kdtool info PROJECT [--json]"));
}

void tst_Kdtool::newAndInfo()
{
    Run run = kdtool({"new", path("casus.kdproj"), "--title", "Familie Çelik — één casus"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(QFile::exists(path("casus.kdproj")));

    run = kdtool({"info", path("casus.kdproj")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains("Familie Çelik — één casus"), run.out.constData());
    QVERIFY(text.contains(QRegularExpression("lifeDomains\\s+5")));
    QVERIFY(text.contains(QRegularExpression("dilemmas\\s+0")));

    // Without --title the file name gives the title.
    QCOMPARE(kdtool({"new", path("zonder-titel.kdproj")}).exitCode, 0);
    run = kdtool({"info", "--json", path("zonder-titel.kdproj")});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("title").toString(),
             QStringLiteral("zonder-titel"));
}

void tst_Kdtool::infoJsonContract()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("full.kdproj"), kd::testing::fullProject(), false, &error));
    const Run run = kdtool({"info", path("full.kdproj"), "--json"});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(object.value("formatVersion").toInt(-1), ProjectStore::schemaVersion());
    const QJsonObject counts = object.value("counts").toObject();
    const QStringList expectedKeys{
        "assets",  "dilemmas", "glossaryTerms", "legalReferences", "legalSources", "lifeDomains",
        "options", "persons",  "professionals", "scenarios",       "segments",     "themes"};
    QCOMPARE(counts.keys(), expectedKeys);
    for (const QString &key : expectedKeys)
        QVERIFY2(counts.value(key).isDouble(), qPrintable(key));
    QCOMPARE(counts.value("scenarios").toInt(), 1);
    QCOMPARE(counts.value("persons").toInt(), 2);
    QCOMPARE(counts.value("segments").toInt(), 1);
    QCOMPARE(counts.value("dilemmas").toInt(), 1);
    QCOMPARE(counts.value("options").toInt(), 3);
    QCOMPARE(counts.value("legalReferences").toInt(), 2);
    QCOMPARE(counts.value("legalSources").toInt(), 2);
    QCOMPARE(counts.value("professionals").toInt(), 1);
    QCOMPARE(counts.value("themes").toInt(), 1);
    QCOMPARE(counts.value("glossaryTerms").toInt(), 1);
    QCOMPARE(counts.value("lifeDomains").toInt(), 2);
    QCOMPARE(counts.value("assets").toInt(), 1);
}

void tst_Kdtool::newRefusesExisting()
{
    QCOMPARE(kdtool({"new", path("twice.kdproj")}).exitCode, 0);
    const QByteArray before = [&] {
        QFile f(path("twice.kdproj"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const Run run = kdtool({"new", path("twice.kdproj"), "--title", "Anders"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("kdtool: %1: already exists\n").arg(path("twice.kdproj")));
    QFile f(path("twice.kdproj"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void tst_Kdtool::newIntoMissingFolder()
{
    const Run run = kdtool({"new", path("nergens/casus.kdproj")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("kdtool: "));
    QVERIFY(run.err.contains("folder does not exist"));
}

void tst_Kdtool::infoBadFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("good.kdproj"), kd::testing::fullProject(), false, &error));
    QFile good(path("good.kdproj"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray whole = good.readAll();
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("truncated.kdproj", whole.left(whole.size() / 3));
    QByteArray random(10000, Qt::Uninitialized);
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 2654435761u) >> 13);
    write("random.kdproj", random);
    QByteArray scribbled = whole;
    for (int i = 4096; i < scribbled.size() && i < 4096 * 4; ++i)
        scribbled[i] = char(i * 31);
    write("scribbled.kdproj", scribbled);
    {
        Database db;
        QVERIFY(db.open(path("foreign.kdproj"), false));
        QVERIFY(db.execScript("CREATE TABLE notes (text TEXT); PRAGMA application_id = 1234;"));
    }
    QVERIFY(
        ProjectStore::writeNew(path("newer.kdproj"), kd::testing::fullProject(), false, &error));
    {
        Database db;
        QVERIFY(db.open(path("newer.kdproj"), false));
        QVERIFY(db.execScript("PRAGMA user_version = 42;"));
    }
    QTest::newRow("missing") << "missing.kdproj"
                             << "no such file";
    QTest::newRow("directory") << "."
                               << "is a directory";
    QTest::newRow("truncated") << "truncated.kdproj"
                               << "damaged";
    QTest::newRow("random bytes") << "random.kdproj"
                                  << "not a Kiezen & Delen project";
    QTest::newRow("scribbled pages") << "scribbled.kdproj"
                                     << "damaged";
    QTest::newRow("foreign database") << "foreign.kdproj"
                                      << "another application";
    QTest::newRow("newer version") << "newer.kdproj"
                                   << "file version 42";
}

void tst_Kdtool::infoBadFile()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    for (const QStringList &extra : {QStringList{}, QStringList{"--json"}}) {
        const Run run = kdtool(QStringList{"info", path(name)} + extra);
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QStringLiteral("kdtool: ")), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
}

void tst_Kdtool::infoWhileLockedForWriting()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("busy.kdproj"), kd::testing::fullProject(), false, &error));
    auto writer
        = ProjectStore::open(path("busy.kdproj"), ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(writer);
    // Reading needs no lock: info works while the editor has the project open.
    const Run run = kdtool({"info", path("busy.kdproj")});
    QCOMPARE(run.exitCode, 0);
}

// `kdtool legal`: every legal source with its version, dates, status on the as-of day and what
// cites it; the JSON members are a contract.
void tst_Kdtool::legalRegister()
{
    StoreError error;
    QVERIFY(
        ProjectStore::writeNew(path("legal.kdproj"), kd::testing::fullProject(), false, &error));

    Run run = kdtool({"legal", path("legal.kdproj"), "--json", "--as-of", "2027-06-10"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value("asOf").toString(), QStringLiteral("2027-06-10"));
    QJsonArray sources = root.value("sources").toArray();
    QCOMPARE(sources.size(), 2);
    const QJsonObject wgbo = sources.at(0).toObject();
    for (const char *key : {"uid", "key", "path", "title", "kind", "identifier", "citation", "link",
                            "versionDate", "validFrom", "validUntil", "reviewBy", "status",
                            "daysToReview", "citedBy", "changedSinceApproval"})
        QVERIFY2(wgbo.contains(QLatin1String(key)), key);
    QCOMPARE(wgbo.value("uid").toString(), kd::testing::uid(30));
    QCOMPARE(wgbo.value("path").toString(), QStringLiteral("legal-source/bw-7-457"));
    QCOMPARE(wgbo.value("kind").toString(), QStringLiteral("statute"));
    QCOMPARE(wgbo.value("citation").toString(),
             QStringLiteral("jci1.3:c:BWBR0005290&boek=7&titeldeel=7&afdeling=5&artikel=457"
                            "&z=2026-01-01&g=2026-01-01"));
    QCOMPARE(wgbo.value("link").toString(),
             QStringLiteral("https://wetten.overheid.nl/") + wgbo.value("citation").toString());
    QCOMPARE(wgbo.value("versionDate").toString(), QStringLiteral("2026-01-01"));
    QVERIFY(wgbo.value("validUntil").isNull());
    QCOMPARE(wgbo.value("status").toString(), QStringLiteral("review-soon"));
    QCOMPARE(wgbo.value("daysToReview").toInt(), 20);
    const QJsonArray citedBy = wgbo.value("citedBy").toArray();
    QVERIFY(citedBy.size() >= 2);
    QCOMPARE(citedBy.at(0).toObject().value("kind").toString(), QStringLiteral("dilemma"));
    QCOMPARE(citedBy.at(0).toObject().value("uid").toString(), kd::testing::uid(100));
    QCOMPARE(citedBy.last().toObject().value("kind").toString(), QStringLiteral("professional"));
    QCOMPARE(wgbo.value("changedSinceApproval").toArray().size(), 0);
    const QJsonObject avg = sources.at(1).toObject();
    QCOMPARE(avg.value("kind").toString(), QStringLiteral("eu-law"));
    QVERIFY(avg.value("citation").isNull());
    QCOMPARE(avg.value("link").toString(),
             QStringLiteral("https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/"
                            "?uri=CELEX:32016R0679#art_9"));
    QCOMPARE(avg.value("status").toString(), QStringLiteral("current"));
    QVERIFY(avg.value("daysToReview").isNull());

    // Later: the review is due; later still, the AVG has expired.
    run = kdtool({"legal", path("legal.kdproj"), "--json", "--as-of", "2027-07-01"});
    sources = QJsonDocument::fromJson(run.out).object().value("sources").toArray();
    QCOMPARE(sources.at(0).toObject().value("status").toString(), QStringLiteral("review-due"));
    QCOMPARE(sources.at(0).toObject().value("daysToReview").toInt(), -1);
    run = kdtool({"legal", path("legal.kdproj"), "--json", "--as-of", "2100-01-01"});
    sources = QJsonDocument::fromJson(run.out).object().value("sources").toArray();
    QCOMPARE(sources.at(1).toObject().value("status").toString(), QStringLiteral("expired"));

    run = kdtool({"legal", path("legal.kdproj"), "--as-of", "2027-06-10"});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(
        text.startsWith(path("legal.kdproj")
                        + QStringLiteral(": 2 legal sources as of 2027-06-10 (0 expired, 0 "
                                         "review due, 1 review within 30 days, 0 changed since an "
                                         "approval)\n")),
        run.out.constData());
    QVERIFY2(text.contains(QStringLiteral("  legal-source/bw-7-457: \"BW 7:457\": review-soon\n"
                                          "    citation: jci1.3:c:BWBR0005290&boek=7")),
             run.out.constData());
    QVERIFY2(text.contains(QStringLiteral("    version checked 2026-01-01; valid from 1995-04-01; "
                                          "review by 2027-06-30\n")),
             run.out.constData());
}

// A legal source edited after an approved dilemma that cites it was approved: the register names
// the dilemma under the source, validate's gate and export refuse it as law-changed.
void tst_Kdtool::lawChangedInRegisterAndGate()
{
    using namespace kd::testing;
    Project p = fullProject();
    approveSourcesThenDilemmas(p, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("law-before.kdproj"), p, false, &error));
    p.legalSources[0].versionDate = QDate(2027, 1, 1); // BW 7:457 read in a newer version
    QVERIFY(ProjectStore::writeNew(path("law-changed.kdproj"), p, false, &error));

    // Before the edit: nothing changed, the gate lets the dilemma through.
    Run run = kdtool({"validate", path("law-before.kdproj"), "--json", "--export-gate"});
    QVERIFY2(!run.out.contains("law-changed"), run.out.constData());

    run = kdtool({"legal", path("law-changed.kdproj"), "--json", "--as-of", "2026-12-01"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray sources = QJsonDocument::fromJson(run.out).object().value("sources").toArray();
    const QJsonArray changed = sources.at(0).toObject().value("changedSinceApproval").toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).toObject().value("uid").toString(), uid(100));
    QCOMPARE(changed.at(0).toObject().value("kind").toString(), QStringLiteral("dilemma"));
    QCOMPARE(sources.at(1).toObject().value("changedSinceApproval").toArray().size(), 0);
    run = kdtool({"legal", path("law-changed.kdproj"), "--as-of", "2026-12-01"});
    QVERIFY2(run.out.contains(", 1 changed since an approval)\n"), run.out.constData());
    QVERIFY2(run.out.contains("    changed since the approval of: scenario/"), run.out.constData());

    // kdtool review lists the dilemma apart, with the source that changed.
    run = kdtool({"review", path("law-before.kdproj"), "--json"});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("lawChanged").toArray().size(), 0);
    run = kdtool({"review", path("law-before.kdproj")});
    QVERIFY2(!run.out.contains("law changed"), run.out.constData());
    run = kdtool({"review", path("law-changed.kdproj"), "--json"});
    const QJsonArray lawChanged
        = QJsonDocument::fromJson(run.out).object().value("lawChanged").toArray();
    QCOMPARE(lawChanged.size(), 1);
    QCOMPARE(lawChanged.at(0).toObject().value("uid").toString(), uid(100));
    QCOMPARE(lawChanged.at(0).toObject().value("reason").toString(),
             QStringLiteral("law changed since approval: BW 7:457"));
    run = kdtool({"review", path("law-changed.kdproj")});
    QVERIFY2(run.out.contains("law changed since approval: 1\n  scenario/"), run.out.constData());

    run = kdtool({"validate", path("law-changed.kdproj"), "--export-gate"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("[law-changed]"), run.out.constData());
    run = kdtool({"validate", path("law-changed.kdproj")});
    QVERIFY2(run.out.contains("warning") && run.out.contains("[law-changed]"), run.out.constData());
    run = kdtool({"export", path("law-changed.kdproj"), "--out", path("law-out")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("[law-changed]"), run.err.constData());
    QVERIFY(!QFileInfo::exists(path("law-out")));
    // A draft export is not gated.
    run = kdtool({"export", path("law-changed.kdproj"), "--out", path("law-draft"), "--draft"});
    QCOMPARE(run.exitCode, 0);
}

void tst_Kdtool::legalRegisterRefusesBadArguments()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("legal-args.kdproj"), kd::testing::fullProject(), false,
                                   &error));
    for (const char *day : {"2027-13-01", "10-06-2027", "2027-06-10T00:00", ""}) {
        const Run run = kdtool({"legal", path("legal-args.kdproj"), "--as-of", day});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("is not a date of the form YYYY-MM-DD"), run.err.constData());
    }
    Run run = kdtool({"legal"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("kdtool legal PROJECT [--json] [--as-of YYYY-MM-DD]"));
    run = kdtool({"legal", path("missing.kdproj")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    run = kdtool({"legal", path("legal-args.kdproj"), "--frobnicate"});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_Kdtool)
// The commands that read whole projects restart once with glibc's huge-page heap (main.cpp):
// arguments, output and exit status come through that restart unchanged, whether it happens
// (no GLIBC_TUNABLES) or not (the user's own setting wins).
void tst_Kdtool::restartKeepsBehaviour()
{
    QVERIFY(kdtool({"new", path("restart.kdproj"), "--title", "Herstart"}).exitCode == 0);
    QProcessEnvironment restarting = QProcessEnvironment::systemEnvironment();
    restarting.remove(QStringLiteral("GLIBC_TUNABLES"));
    QProcessEnvironment own = restarting;
    own.insert(QStringLiteral("GLIBC_TUNABLES"), QStringLiteral("glibc.malloc.hugetlb=0"));
    const QList<QStringList> cases = {
        {"validate", path("restart.kdproj")},
        {"validate", path("restart.kdproj"), "--json"},
        {"validate", path("missing.kdproj")},
        {"validate", path("restart.kdproj"), "--bogus"},
        {"review", path("restart.kdproj"), "--json"},
        {"export", path("restart.kdproj")},
    };
    for (const QStringList &arguments : cases) {
        const Run restarted = kdtool(arguments, restarting);
        const Run direct = kdtool(arguments, own);
        QCOMPARE(restarted.status, QProcess::NormalExit);
        QCOMPARE(restarted.exitCode, direct.exitCode);
        QCOMPARE(restarted.out, direct.out);
        QCOMPARE(restarted.err, direct.err);
    }
}

// `kdtool review` shows each listed item's latest review comment: on a line of its own under the
// item in the text, and as "comment" (null when there is none) beside the other fields in JSON.
void tst_Kdtool::reviewShowsComments()
{
    Project p = kd::testing::fullProject();
    Review request;
    request.uid = kd::testing::uid(132);
    request.entityUid = kd::testing::uid(30);
    request.state = ReviewState::ChangesRequested;
    request.time = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    request.comment = QStringLiteral("Noem het lid.\nEn de datum.");
    ApprovalSignature::sign(&request, kd::testing::testReviewerKey());
    p.reviews.append(request);
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("comments.kdproj"), p, false, &error));

    Run run = kdtool({"review", path("comments.kdproj")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral(": changes-requested: \"BW 7:457\" (R. Eviewer)\n"
                                          "    comment: \"Noem het lid. En de datum.\"\n")),
             run.out.constData());
    // The stale approval's comment (fullProject's "Akkoord.").
    QVERIFY2(text.contains(QStringLiteral("(R. Eviewer)\n    comment: \"Akkoord.\"\n")),
             run.out.constData());
    QCOMPARE(text.count(QStringLiteral("comment:")), 2); // none for the item never reviewed

    run = kdtool({"review", path("comments.kdproj"), "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray waiting = root.value("waiting").toArray();
    QCOMPARE(waiting.size(), 2);
    const QJsonObject requested = waiting.at(0).toObject();
    QCOMPARE(requested.value("uid").toString(), kd::testing::uid(30));
    QCOMPARE(requested.value("comment").toString(), request.comment);
    // The fields there were keep their meaning.
    QCOMPARE(requested.value("state").toString(), QStringLiteral("changes-requested"));
    QCOMPARE(requested.value("reviewer").toString(), QStringLiteral("R. Eviewer"));
    for (const char *key : {"kind", "uid", "path", "title", "state", "reviewer", "reason"})
        QVERIFY2(requested.contains(QLatin1String(key)), key);
    QVERIFY(waiting.at(1).toObject().value("comment").isNull());
    QCOMPARE(root.value("stale").toArray().at(0).toObject().value("comment").toString(),
             QStringLiteral("Akkoord."));
}

// `kdtool review` shows each listed item's review threads under it, one line per note, and the
// approved items that still have open threads in a section of their own; JSON gives the same as
// "threads" in each item, "openThreads" and "withOpenThreads".
void tst_Kdtool::reviewShowsThreads()
{
    using kd::testing::uid;
    Project p = kd::testing::fullProject();
    // The dilemma's approval is current, so only its open thread lists it.
    p.reviews[0].contentHash = ContentHash::of(p.scenarios[0].segments[0].dilemmas[0]);
    ApprovalSignature::sign(&p.reviews[0], kd::testing::testReviewerKey());
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("threads.kdproj"), p, false, &error));
    auto store
        = ProjectStore::open(path("threads.kdproj"), ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(store);
    const QDateTime today(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    QVERIFY(
        store->insert(ReviewNote{uid(144), uid(100), QString(), ReviewNoteKind::Question,
                                 QStringLiteral("Anna"), today, QStringLiteral("Klopt lid 2?")}));
    QVERIFY(store->insert(ReviewNote{uid(145), uid(100), uid(144), ReviewNoteKind::Answer,
                                     QStringLiteral("Eva"), today.addSecs(60),
                                     QStringLiteral("Ja, aangepast.")}));
    store.reset();

    Run run = kdtool({"review", path("threads.kdproj")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    // The counts and the items' own lines are as before; the threads follow each item.
    QVERIFY2(text.contains(QStringLiteral("  approved:           1\n")), run.out.constData());
    QVERIFY2(text.contains(QStringLiteral("waiting: 2\n"
                                          "  legal-source/bw-7-457: draft: \"BW 7:457\"\n"
                                          "  legal-source/avg: draft: \"AVG\"\n"
                                          "    question by J. de Vries, 2026-02-22: \"Is de AVG "
                                          "hier de juiste bron?\"\n"
                                          "open threads: 1\n"
                                          "  scenario/familie-ozdemir/segment/1/dilemma/"
                                          "toestemming-ouders: \"Deel je je zorgen met de school "
                                          "zonder toestemming?\"\n"
                                          "    question by J. de Vries, 2026-02-20: \"Klopt "
                                          "\"lid 2\" nog <na> de wijziging? 🤔\"\n"
                                          "      answer by redacteur, 2026-02-21: \"Ja, aangepast. "
                                          "Zie de toelichting.\"\n"
                                          "      resolved by J. de Vries, 2026-02-21\n"
                                          "    question by Anna, 2026-12-06: \"Klopt lid 2?\"\n"
                                          "      answer by Eva, 2026-12-06: \"Ja, aangepast.\"\n")),
             run.out.constData());
    QVERIFY(text.endsWith(QStringLiteral("\"Ja, aangepast.\"\n")));

    run = kdtool({"review", path("threads.kdproj"), "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value("openThreads").toInt(), 1);
    const QJsonArray open = root.value("withOpenThreads").toArray();
    QCOMPARE(open.size(), 1);
    const QJsonObject dilemma = open.at(0).toObject();
    QCOMPARE(dilemma.value("uid").toString(), uid(100));
    QCOMPARE(dilemma.value("state").toString(), QStringLiteral("approved"));
    const QJsonArray threads = dilemma.value("threads").toArray();
    QCOMPARE(threads.size(), 2);
    QCOMPARE(threads.at(0).toObject().value("resolved").toBool(), true);
    QCOMPARE(threads.at(0).toObject().value("replies").toArray().size(), 2);
    const QJsonObject second = threads.at(1).toObject();
    QCOMPARE(second.value("resolved").toBool(), false);
    const QJsonObject question = second.value("question").toObject();
    QCOMPARE(question.value("uid").toString(), uid(144));
    QCOMPARE(question.value("kind").toString(), QStringLiteral("question"));
    QCOMPARE(question.value("author").toString(), QStringLiteral("Anna"));
    QCOMPARE(question.value("time").toString(), QStringLiteral("2026-12-06T09:30:00.000Z"));
    QCOMPARE(question.value("text").toString(), QStringLiteral("Klopt lid 2?"));
    const QJsonObject answer = second.value("replies").toArray().at(0).toObject();
    QCOMPARE(answer.value("kind").toString(), QStringLiteral("answer"));
    QCOMPARE(answer.value("author").toString(), QStringLiteral("Eva"));
    // Listed items carry their threads beside the fields there were; none is an empty list.
    const QJsonArray waiting = root.value("waiting").toArray();
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.at(0).toObject().value("threads").toArray().size(), 0);
    const QJsonObject avg = waiting.at(1).toObject();
    QCOMPARE(avg.value("uid").toString(), uid(31));
    QCOMPARE(avg.value("state").toString(), QStringLiteral("draft"));
    QCOMPARE(
        avg.value("threads").toArray().at(0).toObject().value("question").toObject().value("uid"),
        QJsonValue(uid(143)));
    QCOMPARE(root.value("counts").toObject().value("approved").toInt(), 1);
}

#include "tst_kdtool.moc"
