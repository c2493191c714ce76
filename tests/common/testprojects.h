#pragma once

#include "testkeys.h"

#include "model/identifiers.h"
#include "model/project.h"

// The projects the tests start from, one header, each made for its purpose:
//
// - goldenProject(): small, in plain Dutch, one of everything the website shows. The golden
//   packages (tests/exporter/golden/) are its export, so it changes only with the format.
// - fullProject(): fills every field of every entity kind (tst_description checks that), with
//   the text that breaks careless code: Dutch diacritics, emoji outside the BMP, right-to-left
//   text, quotes and markup characters, an empty string beside an absent value. Store, package,
//   round-trip and editor tests start here.
//
// Both use fixed uids, so that their content hashes are pinned (tst_contenthashes).
namespace kd::testing {

inline QString fixedUid(const char *prefix, int n)
{
    return QLatin1String(prefix) + QStringLiteral("%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline QString uid(int n)
{
    return fixedUid("00000000-0000-4000-8000-", n);
}

inline QString goldenUid(int n)
{
    return fixedUid("6f1c0000-0000-4000-8000-", n);
}

inline Project fullProject()
{
    Project p;
    p.info = {uid(1),
              QStringLiteral("Familie Özdemir-Van den Berg 👪"),
              QStringLiteral("Een casus over **delen** en _zwijgen_.\n\n- één\n- twee"),
              QStringLiteral("Toezicht Sociaal Domein"),
              QStringLiteral("nl"),
              QStringLiteral("Özdemir\nwijkteam"),
              QStringLiteral("derhalve = daarom\nten behoeve van = voor"),
              55,
              18,
              25};
    p.lifeDomains = {
        {uid(10), QStringLiteral("zorg"), QStringLiteral("Zorg"), QStringLiteral("#2e7d32"), 0},
        {uid(11), QStringLiteral("veiligheid"), QStringLiteral("Veiligheid"),
         QStringLiteral("#C62828"), 1},
    };
    p.assets = {{uid(20), QStringLiteral("icoon-huisarts"), QStringLiteral("huisarts.svg"),
                 QStringLiteral("image/svg+xml"),
                 // A safe SVG whose bytes still test the round trip: UTF-8, CR LF, no newline
                 // at the end (an SVG must be well-formed XML; unsafe-svg says so otherwise).
                 QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\">\r\n<title>\xc3\xa9\xc3\xa9n"
                            "</title></svg>"),
                 0, QStringLiteral("Een stethoscoop, het teken van de huisarts")}};

    LegalSource wgbo;
    wgbo.uid = uid(30);
    wgbo.key = QStringLiteral("bw-7-457");
    wgbo.shortTitle = QStringLiteral("BW 7:457");
    wgbo.fullTitle = QStringLiteral("Burgerlijk Wetboek Boek 7, artikel 457 (WGBO)");
    wgbo.pinpoint = QStringLiteral("art. 7:457 lid 1 en 2");
    wgbo.identifier = QStringLiteral("BWBR0005290");
    wgbo.url = QStringLiteral("https://wetten.overheid.nl/BWBR0005290");
    wgbo.validFrom = QDate(1995, 4, 1);
    wgbo.reviewBy = QDate(2027, 6, 30);
    wgbo.summary = QStringLiteral("Geen inlichtingen aan *anderen* zonder toestemming.");
    wgbo.position = 0;
    wgbo.versionDate = QDate(2026, 1, 1);
    wgbo.boek = QStringLiteral("7");
    wgbo.titeldeel = QStringLiteral("7");
    wgbo.afdeling = QStringLiteral("5");
    wgbo.artikel = QStringLiteral("7:457");
    LegalSource avg;
    avg.uid = uid(31);
    avg.key = QStringLiteral("avg");
    avg.shortTitle = QStringLiteral("AVG");
    avg.fullTitle = QStringLiteral("Algemene verordening gegevensbescherming");
    avg.pinpoint = QString(); // absent
    avg.identifier = QStringLiteral("32016R0679");
    avg.url = QStringLiteral("https://eur-lex.europa.eu/eli/reg/2016/679/oj");
    avg.validFrom = QDate(2018, 5, 25);
    avg.validUntil = QDate(2099, 12, 31);
    avg.summary = QStringLiteral(""); // empty, not absent
    avg.position = 1;
    avg.hoofdstuk = QStringLiteral("II");
    avg.paragraaf = QStringLiteral("1"); // the AVG has none: set so that every field is tested
    avg.artikel = QStringLiteral("9");
    p.legalSources = {wgbo, avg};

    p.professionals = {{uid(40),
                        QStringLiteral("huisarts"),
                        QStringLiteral("Huisarts"),
                        QStringLiteral("Medisch beroepsgeheim; \"toestemming\" & \\<overleg\\>."),
                        SecrecyRegime::MedicalSecrecy,
                        {uid(30), uid(31)},
                        uid(20),
                        0}};
    p.themes = {{uid(50), QStringLiteral("toestemming"), QStringLiteral("Toestemming"),
                 QStringLiteral("Wanneer is toestemming nodig?"), 0}};
    p.glossary = {{uid(60), QStringLiteral("beroepsgeheim"), QStringLiteral("Beroepsgeheim"),
                   QStringLiteral("De plicht om te **zwijgen** over wat je als hulpverlener "
                                  "hoort.\n\nעברית: סודיות מקצועית"),
                   0}};

    Scenario s;
    s.uid = uid(70);
    s.key = QStringLiteral("familie-ozdemir");
    s.title = QStringLiteral("Familie Özdemir");
    s.summary = QStringLiteral("Een gezin met schulden en zorgen 😟.");
    s.calamityBasis = QStringLiteral("Gebaseerd op geanonimiseerd onderzoek (2019).");
    s.coverAssetUid = uid(20);
    s.position = 0;
    s.persons
        = {{uid(80), QStringLiteral("Ayşe"), QStringLiteral("moeder"), 34,
            QStringLiteral("Werkt parttime."), 0},
           {uid(81), QStringLiteral("Noah"), QStringLiteral("zoon"), std::nullopt, QString(), 1}};

    Segment seg;
    seg.uid = uid(90);
    seg.key = QStringLiteral("ontslag");
    seg.title = QStringLiteral("Vader verliest zijn baan");
    seg.periodLabel = QStringLiteral("voorjaar");
    seg.narrative = QStringLiteral("Het geld raakt op.\n\n> citaat\n\n1. eerst\n2. dan");
    seg.lifeDomainUids = {uid(11), uid(10)};
    seg.personUids = {uid(81)};
    seg.position = 0;

    Dilemma d;
    d.uid = uid(100);
    d.key = QStringLiteral("toestemming-ouders");
    d.professionalUid = uid(40);
    d.question = QStringLiteral("Deel je je zorgen met de school zonder toestemming?");
    d.situation
        = QStringLiteral("Noah komt vaak te laat; zie [Veilig Thuis](https://veiligthuis.nl).");
    d.considerations = QStringLiteral("Weeg *proportionaliteit* en subsidiariteit.");
    d.solutionDirection = QStringLiteral("Vraag eerst toestemming, tenzij dat de veiligheid "
                                         "in gevaar brengt.");
    d.options = {{uid(110), QStringLiteral("Ja, meteen"), QStringLiteral("Te snel."),
                  Assessment::NotAdvisable, 0},
                 {uid(111), QStringLiteral("Eerst overleggen"), QStringLiteral("Goed."),
                  Assessment::Recommended, 1},
                 {uid(112), QStringLiteral("Niets doen"), QStringLiteral("Dan blijft het risico."),
                  Assessment::Acceptable, 2}};
    d.legalReferences = {{uid(120), uid(30), QStringLiteral("lid 1"), QStringLiteral("kern"), 0,
                          QStringLiteral("1"), QString()},
                         {uid(121), uid(31), QStringLiteral("art. 9"), QString(), 1,
                          QStringLiteral("2"), QStringLiteral("h")}};
    d.themeUids = {uid(50)};
    d.position = 0;
    seg.dilemmas = {d};
    s.segments = {seg};
    p.scenarios = {s};

    p.reviews = {{uid(130), uid(100), ReviewState::Approved, QStringLiteral("J. de Vries"),
                  QDateTime(QDate(2026, 3, 1), QTime(9, 30, 0, 250), Qt::UTC),
                  QStringLiteral("Akkoord."), QString(64, QLatin1Char('a'))}};
    // Signed by the trusted test reviewer; the record's own name stays what it was (it is not
    // signed, and the program shows the trusted list's name).
    p.trustedReviewers = {trustedRecord(testReviewerKey())};
    ApprovalSignature::sign(&p.reviews[0], testReviewerKey());
    p.reviews[0].reviewer = QStringLiteral("J. de Vries");
    p.changeLog
        = {{1, QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC), QStringLiteral("redacteur"),
            uid(100), QStringLiteral("question"), QStringLiteral("vraag aangepast")}};
    // A thread on the dilemma, asked, answered and resolved (with an empty text, not an absent
    // one), and an open one on a legal source.
    p.reviewNotes = {
        {uid(140), uid(100), QString(), ReviewNoteKind::Question, QStringLiteral("J. de Vries"),
         QDateTime(QDate(2026, 2, 20), QTime(9, 0, 0, 125), Qt::UTC),
         QStringLiteral("Klopt \"lid 2\" nog <na> de wijziging? 🤔")},
        {uid(141), uid(100), uid(140), ReviewNoteKind::Answer, QStringLiteral("redacteur"),
         QDateTime(QDate(2026, 2, 21), QTime(10, 30), Qt::UTC),
         QStringLiteral("Ja, aangepast.\nZie de toelichting.")},
        {uid(142), uid(100), uid(140), ReviewNoteKind::Resolution, QStringLiteral("J. de Vries"),
         QDateTime(QDate(2026, 2, 21), QTime(11, 0), Qt::UTC), QStringLiteral("")},
        {uid(143), uid(31), QString(), ReviewNoteKind::Question, QStringLiteral("J. de Vries"),
         QDateTime(QDate(2026, 2, 22), QTime(8, 15), Qt::UTC),
         QStringLiteral("Is de AVG hier de juiste bron?")},
    };
    return p;
}

// The project as a store of schema version 6 or earlier holds it: no structured citations.
inline Project withoutCitations(Project p)
{
    for (LegalSource &s : p.legalSources) {
        s.versionDate = QDate();
        s.boek.clear();
        s.titeldeel.clear();
        s.hoofdstuk.clear();
        s.afdeling.clear();
        s.paragraaf.clear();
        s.artikel.clear();
    }
    for (Scenario &scenario : p.scenarios)
        for (Segment &segment : scenario.segments)
            for (Dilemma &dilemma : segment.dilemmas)
                for (LegalReference &r : dilemma.legalReferences) {
                    r.lid.clear();
                    r.onderdeel.clear();
                }
    return p;
}

// What takes a project file back to schema version 6: the citation columns, and the search
// triggers that name them (SQLite drops no column a trigger names); the migration makes both
// again.
inline QStringList citationColumnsDropped()
{
    QStringList statements;
    for (const char *table : {"legal_source", "legal_reference"})
        for (const char *event : {"insert", "update", "delete"})
            statements.append(QStringLiteral("DROP TRIGGER %1_search_%2")
                                  .arg(QLatin1String(table), QLatin1String(event)));
    for (const char *column :
         {"version_date", "boek", "titeldeel", "hoofdstuk", "afdeling", "paragraaf", "artikel"})
        statements.append(
            QStringLiteral("ALTER TABLE legal_source DROP COLUMN %1").arg(QLatin1String(column)));
    for (const char *column : {"lid", "onderdeel"})
        statements.append(QStringLiteral("ALTER TABLE legal_reference DROP COLUMN %1")
                              .arg(QLatin1String(column)));
    return statements;
}

// The project as a file of schema version 7 holds it: no plain-language settings.
inline Project withoutPlainLanguage(Project p)
{
    const ProjectInfo fresh;
    p.info.dictionary = fresh.dictionary;
    p.info.jargon = fresh.jargon;
    p.info.minimumReadingEase = fresh.minimumReadingEase;
    p.info.maximumAverageSentence = fresh.maximumAverageSentence;
    p.info.maximumSentence = fresh.maximumSentence;
    return p;
}

// Makes a current project file one of schema version 7: no plain-language settings.
inline QStringList plainLanguageColumnsDropped()
{
    QStringList statements;
    for (const char *column : {"dictionary", "jargon", "minimum_reading_ease",
                               "maximum_average_sentence", "maximum_sentence"})
        statements.append(
            QStringLiteral("ALTER TABLE project DROP COLUMN %1").arg(QLatin1String(column)));
    return statements;
}

// The project as a file of schema version 8 holds it: no alt text.
inline Project withoutAltText(Project p)
{
    for (Asset &asset : p.assets)
        asset.altText.clear();
    return p;
}

// Makes a current project file one of schema version 8: no alt text, and the asset search
// triggers that name it dropped (the migration makes both again).
inline QStringList altTextColumnDropped()
{
    QStringList statements;
    for (const char *event : {"insert", "update", "delete"})
        statements.append(QStringLiteral("DROP TRIGGER asset_search_%1").arg(QLatin1String(event)));
    statements.append(QStringLiteral("ALTER TABLE asset DROP COLUMN alt_text"));
    return statements;
}

inline Project goldenProject()
{
    Project p;
    p.info = {goldenUid(1),
              QStringLiteral("Familie Jansen"),
              QStringLiteral("Een korte casus over **informatie delen**."),
              QStringLiteral("Toezicht Sociaal Domein"),
              QStringLiteral("nl"),
              {},
              {},
              {},
              {},
              {}};
    p.lifeDomains = {
        {goldenUid(2), QStringLiteral("zorg"), QStringLiteral("Zorg"), QStringLiteral("#2e7d32"),
         0},
        {goldenUid(3), QStringLiteral("schulden"), QStringLiteral("Schulden"),
         QStringLiteral("#ef6c00"), 1},
    };
    p.assets
        = {{goldenUid(4),
            QStringLiteral("icoon-huisarts"),
            QStringLiteral("Huisarts icoon.svg"),
            QStringLiteral("image/svg+xml"),
            QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>\n"),
            0,
            {}}};

    LegalSource wmo;
    wmo.uid = goldenUid(5);
    wmo.key = QStringLiteral("wmo-2015-5-2-6");
    wmo.shortTitle = QStringLiteral("Wmo 2015 art. 5.2.6");
    wmo.fullTitle = QStringLiteral("Wet maatschappelijke ondersteuning 2015");
    wmo.pinpoint = QStringLiteral("art. 5.2.6");
    wmo.identifier = QStringLiteral("BWBR0035362");
    wmo.url = QStringLiteral("https://wetten.overheid.nl/BWBR0035362");
    wmo.validFrom = QDate(2015, 1, 1);
    wmo.reviewBy = QDate(2027, 1, 1);
    wmo.summary = QStringLiteral("Meldrecht: informatie aan *Veilig Thuis* geven, ook zonder "
                                 "toestemming.");
    p.legalSources = {wmo};

    p.professionals = {{goldenUid(6),
                        QStringLiteral("huisarts"),
                        QStringLiteral("Huisarts"),
                        QStringLiteral("Gebonden aan het medisch beroepsgeheim."),
                        SecrecyRegime::MedicalSecrecy,
                        {goldenUid(5)},
                        goldenUid(4),
                        0}};
    p.themes = {{goldenUid(7), QStringLiteral("meldcode"), QStringLiteral("Meldcode"),
                 QStringLiteral("De vijf stappen bij signalen van geweld."), 0}};
    p.glossary
        = {{goldenUid(8), QStringLiteral("meldrecht"), QStringLiteral("Meldrecht"),
            QStringLiteral("Het recht om zonder toestemming te melden bij Veilig Thuis."), 0}};

    Scenario s;
    s.uid = goldenUid(9);
    s.key = QStringLiteral("familie-jansen");
    s.title = QStringLiteral("Familie Jansen");
    s.summary = QStringLiteral("Moeder raakt haar werk kwijt; de schulden lopen op.");
    s.calamityBasis = QStringLiteral("Samengesteld uit geanonimiseerde onderzoeken.");
    s.persons = {{goldenUid(10), QStringLiteral("Sanne"), QStringLiteral("moeder"), 31,
                  QStringLiteral("Alleenstaand, twee kinderen."), 0},
                 {goldenUid(11), QStringLiteral("Daan"), QStringLiteral("zoon"), 4, QString(), 1}};

    Segment seg;
    seg.uid = goldenUid(12);
    seg.key = QStringLiteral("eerste-signalen");
    seg.title = QStringLiteral("Eerste signalen");
    seg.periodLabel = QStringLiteral("najaar");
    seg.narrative = QStringLiteral("Daan komt met blauwe plekken op het spreekuur.");
    seg.lifeDomainUids = {goldenUid(2), goldenUid(3)};
    seg.personUids = {goldenUid(10), goldenUid(11)};

    Dilemma d;
    d.uid = goldenUid(13);
    d.key = QStringLiteral("melden-zonder-toestemming");
    d.professionalUid = goldenUid(6);
    d.question = QStringLiteral("Meld je bij Veilig Thuis zonder dat Sanne het weet?");
    d.situation = QStringLiteral("Sanne wil niet dat je iemand inlicht.");
    d.considerations = QStringLiteral("- veiligheid van Daan\n- vertrouwen van Sanne");
    d.solutionDirection = QStringLiteral("Volg de meldcode; bespreek je zorgen eerst met Sanne, "
                                         "tenzij dat Daan in gevaar brengt.");
    d.options
        = {{goldenUid(14), QStringLiteral("Direct melden"),
            QStringLiteral("Te snel: je slaat stap 3 over."), Assessment::NotAdvisable, 0},
           {goldenUid(15), QStringLiteral("Eerst in gesprek"),
            QStringLiteral("Goed: dit is stap 3 van de meldcode."), Assessment::Recommended, 1}};
    d.legalReferences = {{goldenUid(16), goldenUid(5), QStringLiteral("art. 5.2.6 lid 1"),
                          QStringLiteral("meldrecht"), 0}};
    d.themeUids = {goldenUid(7)};
    seg.dilemmas = {d};
    s.segments = {seg};
    p.scenarios = {s};

    p.reviews = {{goldenUid(17), goldenUid(13), ReviewState::Approved, QStringLiteral("A. Bakker"),
                  QDateTime(QDate(2026, 4, 2), QTime(14, 5), Qt::UTC),
                  QStringLiteral("Juridisch gecontroleerd."), QString(64, QLatin1Char('0'))}};
    p.changeLog
        = {{1, QDateTime(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC), QStringLiteral("redactie"),
            goldenUid(13), QStringLiteral("question"), QStringLiteral("vraag verduidelijkt")}};
    return p;
}

} // namespace kd::testing
