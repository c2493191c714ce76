#include "legal/citation.h"
#include "model/legalreference.h"
#include "model/legalsource.h"
#include "review/contentdiff.h"
#include "review/contenthash.h"

#include <QTest>

using namespace kd;

namespace {

LegalSource statute(const QString &bwb, const QString &artikel, const QDate &version = {})
{
    LegalSource s;
    s.uid = QStringLiteral("00000000-0000-4000-8000-000000000001");
    s.key = QStringLiteral("bron");
    s.shortTitle = QStringLiteral("Bron");
    s.identifier = bwb;
    s.url = QStringLiteral("https://wetten.overheid.nl/") + bwb;
    s.artikel = artikel;
    s.versionDate = version;
    return s;
}

LegalReference reference(const QString &lid, const QString &onderdeel = {})
{
    LegalReference r;
    r.uid = QStringLiteral("00000000-0000-4000-8000-000000000002");
    r.legalSourceUid = QStringLiteral("00000000-0000-4000-8000-000000000001");
    r.lid = lid;
    r.onderdeel = onderdeel;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(kd::LegalSource)
Q_DECLARE_METATYPE(kd::LegalReference)

// Citations to the exact article and version: the forms validation accepts, and the JCI and
// links derived from each kind of source the sample cites (DOMAIN.md).
class TestCitation : public QObject
{
    Q_OBJECT

private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("article");
        QTest::addColumn<bool>("lid");
        QTest::addColumn<bool>("onderdeel");
        QTest::newRow("272 (Sr)") << QStringLiteral("272") << true << true << true;
        QTest::newRow("7:457 (BW)") << QStringLiteral("7:457") << true << false << false;
        QTest::newRow("1:240 (BW)") << QStringLiteral("1:240") << true << false << false;
        QTest::newRow("5.2.6 (Wmo 2015)") << QStringLiteral("5.2.6") << true << false << false;
        QTest::newRow("7.3.11 (Jeugdwet)") << QStringLiteral("7.3.11") << true << false << false;
        QTest::newRow("7:448a") << QStringLiteral("7:448a") << true << false << false;
        QTest::newRow("a") << QStringLiteral("a") << false << false << true;
        QTest::newRow("1°") << QStringLiteral("1°") << false << false << true;
        QTest::newRow("words") << QStringLiteral("zeven") << false << false << false;
        QTest::newRow("art. prefix") << QStringLiteral("art. 272") << false << false << false;
        QTest::newRow("empty") << QString() << false << false << false;
        QTest::newRow("zero") << QStringLiteral("0") << true << false << false;
        QTest::newRow("trailing dot") << QStringLiteral("5.2.") << false << false << false;
        QTest::newRow("space") << QStringLiteral("7: 457") << false << false << false;
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(bool, article);
        QFETCH(bool, lid);
        QFETCH(bool, onderdeel);
        QCOMPARE(Citation::isArticle(text), article);
        QCOMPARE(Citation::isLid(text), lid);
        QCOMPARE(Citation::isOnderdeel(text), onderdeel);
    }

    void identifiers()
    {
        QVERIFY(Citation::isBwbId(QStringLiteral("BWBR0005290")));
        QVERIFY(!Citation::isBwbId(QStringLiteral("BWB-0005290")));
        QVERIFY(!Citation::isBwbId(QStringLiteral("BWBR000529")));
        QVERIFY(Citation::isCelex(QStringLiteral("32016R0679")));
        QVERIFY(!Citation::isCelex(QStringLiteral("2016/679")));
        QVERIFY(Citation::isPart(QStringLiteral("7")));
        QVERIFY(Citation::isPart(QStringLiteral("5.2")));
        QVERIFY(!Citation::isPart(QStringLiteral("Boek 7")));
    }

    // Each kind of provision the sample cites, in the version it was checked against.
    void links_data()
    {
        QTest::addColumn<LegalSource>("source");
        QTest::addColumn<LegalReference>("ref");
        QTest::addColumn<QString>("jci");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("words");
        const QDate checked(2026, 1, 1);

        LegalSource bw7 = statute(QStringLiteral("BWBR0005290"), QStringLiteral("7:457"), checked);
        bw7.titeldeel = QStringLiteral("7");
        bw7.afdeling = QStringLiteral("5");
        QTest::newRow("BW 7:457 lid 3 (the patient's representative)")
            << bw7 << reference(QStringLiteral("3"))
            << QStringLiteral("jci1.3:c:BWBR0005290&boek=7&titeldeel=7&afdeling=5&artikel=457"
                              "&lid=3&z=2026-01-01&g=2026-01-01")
            << QStringLiteral("https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&titeldeel=7"
                              "&afdeling=5&artikel=457&lid=3&z=2026-01-01&g=2026-01-01")
            << QStringLiteral("art. 7:457 lid 3");

        LegalSource bw1 = statute(QStringLiteral("BWBR0002656"), QStringLiteral("240"));
        bw1.boek = QStringLiteral("1");
        QTest::newRow("BW 1:240, boek given apart, no version")
            << bw1 << reference({}) << QStringLiteral("jci1.3:c:BWBR0002656&boek=1&artikel=240")
            << QStringLiteral("https://wetten.overheid.nl/jci1.3:c:BWBR0002656&boek=1&artikel=240")
            << QStringLiteral("art. 240");

        LegalSource wmo = statute(QStringLiteral("BWBR0035362"), QStringLiteral("5.2.6"), checked);
        wmo.hoofdstuk = QStringLiteral("5");
        wmo.paragraaf = QStringLiteral("5.2");
        QTest::newRow("Wmo 2015 art. 5.2.6 lid 1")
            << wmo << reference(QStringLiteral("1"))
            << QStringLiteral("jci1.3:c:BWBR0035362&hoofdstuk=5&paragraaf=5.2&artikel=5.2.6&lid=1"
                              "&z=2026-01-01&g=2026-01-01")
            << QStringLiteral("https://wetten.overheid.nl/jci1.3:c:BWBR0035362&hoofdstuk=5"
                              "&paragraaf=5.2&artikel=5.2.6&lid=1&z=2026-01-01&g=2026-01-01")
            << QStringLiteral("art. 5.2.6 lid 1");

        const LegalSource jw
            = statute(QStringLiteral("BWBR0034925"), QStringLiteral("7.3.11"), checked);
        QTest::newRow("Jeugdwet art. 7.3.11 lid 4")
            << jw << reference(QStringLiteral("4"))
            << QStringLiteral("jci1.3:c:BWBR0034925&artikel=7.3.11&lid=4&z=2026-01-01"
                              "&g=2026-01-01")
            << QStringLiteral("https://wetten.overheid.nl/jci1.3:c:BWBR0034925&artikel=7.3.11"
                              "&lid=4&z=2026-01-01&g=2026-01-01")
            << QStringLiteral("art. 7.3.11 lid 4");

        const LegalSource sr = statute(QStringLiteral("BWBR0001854"), QStringLiteral("272"));
        QTest::newRow("Sr art. 272, a lid that is not a number is left out")
            << sr << reference(QStringLiteral("twee"), QStringLiteral("a"))
            << QStringLiteral("jci1.3:c:BWBR0001854&artikel=272")
            << QStringLiteral("https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=272")
            << QStringLiteral("art. 272 lid twee onder a");

        LegalSource avg = statute(QStringLiteral("32016R0679"), QStringLiteral("6"));
        avg.url = QStringLiteral("https://eur-lex.europa.eu/eli/reg/2016/679/oj");
        QTest::newRow("AVG art. 6 lid 1 onder a (EU law)")
            << avg << reference(QStringLiteral("1"), QStringLiteral("a")) << QString()
            << QStringLiteral("https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/"
                              "?uri=CELEX:32016R0679#art_6")
            << QStringLiteral("art. 6 lid 1 onder a");

        LegalSource code = statute({}, QStringLiteral("71"), QDate(2015, 3, 1));
        code.url = QStringLiteral("https://www.psynip.nl/beroepsethiek/beroepscode/");
        QTest::newRow("NIP code art. 71 (a professional code)")
            << code << reference({}) << QString() << code.url << QStringLiteral("art. 71");

        const LegalSource whole = statute(QStringLiteral("BWBR0024705"), {});
        QTest::newRow("a whole law (no article), no version")
            << whole << reference({}) << QString() << whole.url << QString();
        const LegalSource wholeChecked = statute(QStringLiteral("BWBR0022463"), {}, checked);
        QTest::newRow("a whole law in the version checked")
            << wholeChecked << reference({}) << QString()
            << QStringLiteral("https://wetten.overheid.nl/BWBR0022463/2026-01-01") << QString();
    }
    void links()
    {
        QFETCH(LegalSource, source);
        QFETCH(LegalReference, ref);
        QFETCH(QString, jci);
        QFETCH(QString, link);
        QFETCH(QString, words);
        QCOMPARE(Citation::jci(source, &ref), jci);
        QCOMPARE(Citation::link(source, &ref), link);
        QCOMPARE(Citation::words(source, &ref), words);
    }

    // The citation fields were added after approvals existed: content that does not use them
    // hashes as before, so no approval turns stale by the upgrade; content that uses them hashes
    // differently, and the diff names what was added.
    void laterFieldsKeepApprovals()
    {
        LegalSource source = statute(QStringLiteral("BWBR0005290"), {});
        const QByteArray before = ContentHash::canonical(source);
        QVERIFY(!before.contains("artikel"));
        QVERIFY(before.endsWith("\"\"]")); // the summary, last of the fixed fields
        source.artikel = QStringLiteral("7:457");
        source.versionDate = QDate(2026, 1, 1);
        const QByteArray after = ContentHash::canonical(source);
        QVERIFY(after.endsWith(R"({"artikel":"7:457","versionDate":"2026-01-01"}])"));
        QVERIFY(ContentHash::of(source) != QString::fromLatin1(before));

        const std::optional<QList<FieldChange>> changes = ContentDiff::compare(before, after);
        QVERIFY(changes);
        QCOMPARE(changes->size(), 2);
        QCOMPARE(changes->at(0).kind, FieldChange::Kind::Added);
        QCOMPARE(changes->at(1).after, QStringLiteral("7:457"));
        // And back: the form without them reads as removal.
        const std::optional<QList<FieldChange>> back = ContentDiff::compare(after, before);
        QVERIFY(back);
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).kind, FieldChange::Kind::Removed);
        // A trailing member that is not an object, or an object of numbers, is not a form.
        QVERIFY(!ContentDiff::compare(before, QByteArray(after).replace("\"7:457\"", "7457")));
    }
};

QTEST_GUILESS_MAIN(TestCitation)
#include "tst_citation.moc"
