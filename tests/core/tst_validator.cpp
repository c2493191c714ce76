#include "testkeys.h"
#include "testprojects.h"

#include "model/description.h"
#include "review/contenthash.h"
#include "validation/ruleregistry.h"
#include "validation/textscan.h"
#include "validation/validator.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <variant>

using namespace kd;
using kd::testing::fullProject;
using kd::testing::uid;
using namespace kd::testing; // the test keys (testkeys.h)

using Mutation = std::function<void(Project &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QDate asOf(2026, 6, 1);

const QString scenarioPath = "scenario/familie-ozdemir";
const QString segmentPath = scenarioPath + "/segment/1";
const QString dilemmaPath = segmentPath + "/dilemma/toestemming-ouders";

Dilemma &dilemma(Project &p)
{
    return p.scenarios[0].segments[0].dilemmas[0];
}

Segment &segment(Project &p)
{
    return p.scenarios[0].segments[0];
}

// One fixture: fullProject() changed by mutation. A firing case expects an issue of the rule at
// path and field; a quiet case expects no issue of the rule anywhere.
struct Case
{
    const char *name;
    Mutation mutate;
    QString rule;
    bool fires;
    QString path;
    QString field;
    ValidationOptions::ReviewGate gate = ValidationOptions::ReviewGate::Off;
};

// Replaces the project's reviews with one current approval per dilemma and legal source, signed
// with the test reviewer's key, which the project trusts.
void approveAll(Project &p)
{
    p.reviews.clear();
    trust(p, testReviewerKey());
    int n = 0;
    const auto approve = [&p, &n](const QString &entity, const QString &hash) {
        p.reviews.append({uid(900 + n++), entity, ReviewState::Approved, "R. Eviewer",
                          QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC), "Akkoord.", hash});
    };
    for (const Segment &s : p.scenarios[0].segments)
        for (const Dilemma &d : s.dilemmas)
            approve(d.uid, ContentHash::of(d));
    for (const LegalSource &s : p.legalSources)
        approve(s.uid, ContentHash::of(s));
    signAll(p);
}

void addReview(Project &p, const QString &entity, ReviewState state, int minutesLater)
{
    p.reviews.append({uid(990 + minutesLater), entity, state, "R. Eviewer",
                      QDateTime(QDate(2026, 3, 1), QTime(10, minutesLater), Qt::UTC), "Nee.",
                      QString()});
}

QList<Case> cases()
{
    QList<Case> c;
    const auto fire
        = [&c](const char *name, QString rule, QString path, QString field, Mutation m) {
              c.append({name, m, rule, true, path, field});
          };
    const auto quiet = [&c](const char *name, QString rule, Mutation m) {
        c.append({name, m, rule, false, {}, {}});
    };

    // structure
    fire("required: question", "required-field", dilemmaPath, "question",
         [](Project &p) { dilemma(p).question.clear(); });
    fire("required: blank project title", "required-field", "project", "title",
         [](Project &p) { p.info.title = "  \n"; });
    fire("required: asset bytes", "required-field", "asset/icoon-huisarts", "data",
         [](Project &p) { p.assets[0].data.clear(); });
    fire("required: option label", "required-field", dilemmaPath + "/option/1", "label",
         [](Project &p) { dilemma(p).options[0].label.clear(); });
    fire("required: legal source url", "required-field", "legal-source/avg", "url",
         [](Project &p) { p.legalSources[1].url.clear(); });
    fire("required: person role", "required-field", scenarioPath + "/person/2", "role",
         [](Project &p) { p.scenarios[0].persons[1].role.clear(); });
    fire("required: empty key, path by uid", "required-field", "theme/" + uid(50), "key",
         [](Project &p) { p.themes[0].key.clear(); });
    quiet("required: optional fields empty", "required-field", [](Project &p) {
        p.legalSources[1].summary = "";
        p.legalSources[1].identifier.clear();
        dilemma(p).considerations.clear();
        p.scenarios[0].calamityBasis.clear();
    });

    fire("uid: not a uuid", "invalid-uid", "theme/toestemming", "uid",
         [](Project &p) { p.themes[0].uid = "theme-1"; });
    fire("uid: upper case", "invalid-uid", dilemmaPath + "/option/2", "uid",
         [](Project &p) { dilemma(p).options[1].uid = uid(111).toUpper().replace("0", "A"); });
    fire("uid: empty project uid", "invalid-uid", "project", "uid",
         [](Project &p) { p.info.uid.clear(); });
    quiet("uid: well formed", "invalid-uid", [](Project &) {});

    fire("uid: shared by two options", "duplicate-uid", dilemmaPath + "/option/2", "uid",
         [](Project &p) { dilemma(p).options[1].uid = uid(110); });
    fire("uid: shared across kinds", "duplicate-uid", "theme/toestemming", "uid",
         [](Project &p) { p.themes[0].uid = uid(60); });
    quiet("uid: all distinct", "duplicate-uid", [](Project &) {});

    fire("key: spaces and capitals", "invalid-key", segmentPath + "/dilemma/Toestemming Ouders",
         "key", [](Project &p) { dilemma(p).key = "Toestemming Ouders"; });
    fire("key: double hyphen", "invalid-key", "life-domain/zorg--thuis", "key",
         [](Project &p) { p.lifeDomains[0].key = "zorg--thuis"; });
    quiet("key: slug with digits", "invalid-key",
          [](Project &p) { dilemma(p).key = "toestemming-ouders-2"; });

    fire("key: two themes", "duplicate-key", "theme/toestemming", "key", [](Project &p) {
        Theme t = p.themes[0];
        t.uid = uid(51);
        t.position = 1;
        p.themes.append(t);
        dilemma(p).themeUids.append(uid(51));
    });
    fire("key: two segments of one scenario", "duplicate-key", scenarioPath + "/segment/2", "key",
         [](Project &p) {
             Segment s = segment(p);
             s.uid = uid(91);
             s.position = 1;
             s.dilemmas.clear();
             p.scenarios[0].segments.append(s);
         });
    fire("key: dilemmas of two segments", "duplicate-key",
         scenarioPath + "/segment/2/dilemma/toestemming-ouders", "key", [](Project &p) {
             Segment s = segment(p);
             s.uid = uid(91);
             s.key = "later";
             s.position = 1;
             s.dilemmas[0].uid = uid(101);
             s.dilemmas[0].options = {{uid(113), "A", "a", Assessment::Acceptable, 0},
                                      {uid(114), "B", "b", Assessment::Acceptable, 1}};
             s.dilemmas[0].legalReferences = {{uid(122), uid(30), {}, {}, 0}};
             p.scenarios[0].segments.append(s);
         });
    quiet("key: same segment key in two scenarios", "duplicate-key", [](Project &p) {
        Scenario s = p.scenarios[0];
        s.uid = uid(71);
        s.key = "familie-jansen";
        s.position = 1;
        s.persons = {{uid(82), "Piet", "vader", 40, {}, 0}};
        s.segments[0].uid = uid(92);
        s.segments[0].personUids = {uid(82)};
        s.segments[0].dilemmas.clear();
        p.scenarios.append(s);
    });

    fire("dangling: professional", "dangling-reference", dilemmaPath, "professionalUid",
         [](Project &p) { dilemma(p).professionalUid = uid(999); });
    fire("dangling: theme", "dangling-reference", dilemmaPath, "themeUids",
         [](Project &p) { dilemma(p).themeUids.append(uid(999)); });
    fire("dangling: theme uid of another kind", "dangling-reference", dilemmaPath, "themeUids",
         [](Project &p) { dilemma(p).themeUids = {uid(40)}; });
    fire("dangling: legal source", "dangling-reference", dilemmaPath + "/legal-reference/1",
         "legalSourceUid",
         [](Project &p) { dilemma(p).legalReferences[0].legalSourceUid = uid(999); });
    fire("dangling: default legal source", "dangling-reference", "professional/huisarts",
         "defaultLegalSourceUids",
         [](Project &p) { p.professionals[0].defaultLegalSourceUids.append(uid(999)); });
    fire("dangling: life domain", "dangling-reference", segmentPath, "lifeDomainUids",
         [](Project &p) { segment(p).lifeDomainUids.append(uid(999)); });
    fire("dangling: person", "dangling-reference", segmentPath, "personUids",
         [](Project &p) { segment(p).personUids.append(uid(999)); });
    fire("dangling: icon asset", "dangling-reference", "professional/huisarts", "iconAssetUid",
         [](Project &p) { p.professionals[0].iconAssetUid = uid(999); });
    fire("dangling: cover asset", "dangling-reference", scenarioPath, "coverAssetUid",
         [](Project &p) { p.scenarios[0].coverAssetUid = uid(999); });
    quiet("dangling: no icon, no cover", "dangling-reference", [](Project &p) {
        p.professionals[0].iconAssetUid.clear();
        p.scenarios[0].coverAssetUid.clear();
    });

    fire("duplicate reference: theme twice", "duplicate-reference", dilemmaPath, "themeUids",
         [](Project &p) { dilemma(p).themeUids.append(uid(50)); });
    fire("duplicate reference: person twice", "duplicate-reference", segmentPath, "personUids",
         [](Project &p) { segment(p).personUids.append(uid(81)); });
    quiet("duplicate reference: distinct", "duplicate-reference",
          [](Project &p) { segment(p).personUids.append(uid(80)); });

    fire("positions: gap in options", "non-contiguous-positions", dilemmaPath, "options",
         [](Project &p) { dilemma(p).options[2].position = 3; });
    fire("positions: repeat in life domains", "non-contiguous-positions", "project", "lifeDomains",
         [](Project &p) { p.lifeDomains[1].position = 0; });
    fire("positions: persons start at 1", "non-contiguous-positions", scenarioPath, "persons",
         [](Project &p) {
             p.scenarios[0].persons[0].position = 1;
             p.scenarios[0].persons[1].position = 2;
         });
    quiet("positions: 0..n-1", "non-contiguous-positions", [](Project &) {});

    // content
    fire("options: one", "too-few-options", dilemmaPath, "options",
         [](Project &p) { dilemma(p).options.resize(1); });
    fire("options: none", "too-few-options", dilemmaPath, "options",
         [](Project &p) { dilemma(p).options.clear(); });
    quiet("options: two", "too-few-options", [](Project &p) { dilemma(p).options.resize(2); });

    fire("feedback: empty", "missing-feedback", dilemmaPath + "/option/3", "feedback",
         [](Project &p) { dilemma(p).options[2].feedback = ""; });
    fire("feedback: blank", "missing-feedback", dilemmaPath + "/option/1", "feedback",
         [](Project &p) { dilemma(p).options[0].feedback = " \n "; });
    quiet("feedback: present", "missing-feedback", [](Project &) {});

    fire("solution direction: empty", "missing-solution-direction", dilemmaPath,
         "solutionDirection", [](Project &p) { dilemma(p).solutionDirection.clear(); });
    quiet("solution direction: present", "missing-solution-direction", [](Project &) {});

    fire("legal reference: none", "missing-legal-reference", dilemmaPath, "legalReferences",
         [](Project &p) { dilemma(p).legalReferences.clear(); });
    quiet("legal reference: one", "missing-legal-reference",
          [](Project &p) { dilemma(p).legalReferences.resize(1); });

    fire("professional: used, no description", "undescribed-professional", "professional/huisarts",
         "description", [](Project &p) { p.professionals[0].description = " "; });
    quiet("professional: unused, no description", "undescribed-professional", [](Project &p) {
        p.professionals.append(
            {uid(41), "wijkagent", "Wijkagent", {}, SecrecyRegime::PoliceData, {}, {}, 1});
    });

    fire("scenario: no persons", "missing-person", scenarioPath, "persons", [](Project &p) {
        p.scenarios[0].persons.clear();
        segment(p).personUids.clear();
    });
    quiet("scenario: one person", "missing-person", [](Project &p) {
        p.scenarios[0].persons.resize(1);
        segment(p).personUids = {uid(80)};
    });

    fire("scenario: no segments", "missing-segment", scenarioPath, "segments",
         [](Project &p) { p.scenarios[0].segments.clear(); });
    quiet("scenario: one segment", "missing-segment", [](Project &) {});

    fire("segment: no life domain", "missing-life-domain", segmentPath, "lifeDomainUids",
         [](Project &p) { segment(p).lifeDomainUids.clear(); });
    quiet("segment: one life domain", "missing-life-domain",
          [](Project &p) { segment(p).lifeDomainUids = {uid(10)}; });

    fire("age: negative", "invalid-age", scenarioPath + "/person/1", "age",
         [](Project &p) { p.scenarios[0].persons[0].age = -1; });
    fire("age: 121", "invalid-age", scenarioPath + "/person/1", "age",
         [](Project &p) { p.scenarios[0].persons[0].age = 121; });
    quiet("age: 0 and 120", "invalid-age", [](Project &p) {
        p.scenarios[0].persons[0].age = 0;
        p.scenarios[0].persons[1].age = 120;
    });

    // text
    fire("html: inline tag", "raw-html", dilemmaPath, "situation",
         [](Project &p) { dilemma(p).situation = "Noah is <b>vaak</b> te laat."; });
    fire("html: block", "raw-html", segmentPath, "narrative",
         [](Project &p) { segment(p).narrative = "<div>\nHet geld raakt op.\n</div>"; });
    fire("html: comment in feedback", "raw-html", dilemmaPath + "/option/2", "feedback",
         [](Project &p) { dilemma(p).options[1].feedback = "Goed. <!-- nog checken -->"; });
    fire("html: glossary definition", "raw-html", "glossary/beroepsgeheim", "definition",
         [](Project &p) { p.glossary[0].definition = "Zie <script>alert(1)</script>"; });
    quiet("html: escaped tags, comparisons, autolinks", "raw-html", [](Project &p) {
        dilemma(p).situation
            = "Als 3 < 5 en \\<b\\> geen tag is; zie <https://wetten.overheid.nl>.";
        dilemma(p).considerations = "`<code>` in een codespan is tekst.";
    });

    fire("link: http", "unsafe-link", dilemmaPath, "situation",
         [](Project &p) { dilemma(p).situation = "Zie [site](http://veiligthuis.nl)."; });
    fire("link: javascript", "unsafe-link", dilemmaPath, "considerations",
         [](Project &p) { dilemma(p).considerations = "[klik](javascript:alert(1))"; });
    fire("link: relative", "unsafe-link", "theme/toestemming", "description",
         [](Project &p) { p.themes[0].description = "Zie [hier](/toestemming)."; });
    fire("link: image over http", "unsafe-link", dilemmaPath, "solutionDirection",
         [](Project &p) { dilemma(p).solutionDirection = "![schema](http://x.nl/a.png)"; });
    fire("link: reference definition", "unsafe-link", segmentPath, "narrative",
         [](Project &p) { segment(p).narrative = "Zie [de wet][w].\n\n[w]: ftp://x.nl/wet"; });
    quiet("link: https and mailto", "unsafe-link", [](Project &p) {
        dilemma(p).situation = "[VT](HTTPS://veiligthuis.nl/a?b=c#d) of "
                               "[mail](mailto:info@veiligthuis.nl) of <https://x.nl>.";
    });

    fire("placeholder: TODO", "placeholder-text", dilemmaPath, "question",
         [](Project &p) { dilemma(p).question = "TODO: vraag formuleren"; });
    fire("placeholder: fixme in markdown", "placeholder-text", dilemmaPath + "/option/1",
         "feedback", [](Project &p) { dilemma(p).options[0].feedback = "Te snel (fixme)."; });
    fire("placeholder: lorem ipsum", "placeholder-text", scenarioPath, "summary",
         [](Project &p) { p.scenarios[0].summary = "Lorem\nIpsum dolor sit amet."; });
    fire("placeholder: xxx", "placeholder-text", "legal-source/bw-7-457", "pinpoint",
         [](Project &p) { p.legalSources[0].pinpoint = "art. XXX"; });
    fire("placeholder: ???", "placeholder-text", "glossary/beroepsgeheim", "term",
         [](Project &p) { p.glossary[0].term = "Beroeps???"; });
    fire("placeholder: project description", "placeholder-text", "project", "description",
         [](Project &p) { p.info.description = "Nog te schrijven: todo."; });
    quiet("placeholder: look-alikes", "placeholder-text", [](Project &p) {
        dilemma(p).question = "Past maat XXXL of xxl, en wat doe je met todos??";
        dilemma(p).situation = "Loremipsum is geen placeholder; lorem alleen ook niet.";
        dilemma(p).key = "todo-lijst";
    });

    fire("spelling: a misspelt word in prose", "spelling", dilemmaPath, "situation",
         [](Project &p) {
             dilemma(p).situation = "De huisarts deelt informatei met Veilig Thuis.";
         });
    fire("spelling: a misspelt title", "spelling", "theme/toestemming", "label",
         [](Project &p) { p.themes[0].label = "Toestemmnig"; });
    quiet("spelling: names, the dictionary, the glossary, keys, links and citations", "spelling",
          [](Project &p) {
              p.info.dictionary += QStringLiteral("\ncasusregie");
              dilemma(p).situation = p.scenarios[0].persons[0].name
                                     + " vraagt om casusregie; zie art. 7:457 BW, "
                                       "[de wet](https://wetten.overheid.nl/jci1.3:c:BWBR0005290) "
                                       "en `veilig_thuis`. Eén ding: "
                                     + p.glossary[0].term + ".";
              dilemma(p).key = "informatei-delen";
          });
    fire("jargon: a term of the list, with its alternative", "jargon", dilemmaPath,
         "considerations", [](Project &p) {
             p.info.jargon = QStringLiteral("derhalve = daarom\nten behoeve van = voor");
             dilemma(p).considerations = "Ten behoeve van het kind deelt zij derhalve meer.";
         });
    quiet("jargon: a glossary term, part of a word, another case of no term", "jargon",
          [](Project &p) {
              p.info.jargon = QStringLiteral("derhalve = daarom\nbehoeve\n") + p.glossary[0].term
                              + QStringLiteral(" = geheim");
              dilemma(p).considerations
                  = "Het " + p.glossary[0].term + " geldt; derhalvebeslissing is geen woord.";
          });

    // 42 words in one sentence.
    static const QString longSentence = QStringLiteral(
        "De huisarts die de moeder behandelt en de vader kent, vraagt zich af of hij de "
        "wijkverpleegkundige en de school mag bellen over wat hij zag, nu de kinderen vaak "
        "moe zijn en de ouders de afspraken van het wijkteam niet nakomen.");
    fire("hard-to-read: one sentence of 42 words", "hard-to-read", dilemmaPath, "solutionDirection",
         [](Project &p) { dilemma(p).solutionDirection = longSentence; });
    fire(
        "hard-to-read: long words, read from 30 words on", "hard-to-read", "glossary/beroepsgeheim",
        "definition", [](Project &p) {
            p.glossary[0].definition = QStringLiteral(
                "Geheimhoudingsverplichting. Informatievoorziening verantwoordelijkheidsverdeling. "
                "Kinderbeschermingsmaatregel ondertoezichtstelling. Beroepsbeoefenaren "
                "gezondheidszorg. Persoonsgegevens verwerkingsverantwoordelijke. "
                "Maatschappelijke ondersteuning gemeentelijke schuldhulpverlening. "
                "Jeugdgezondheidszorg consultatiebureau. Afwegingskader kindermishandeling. "
                "Samenwerkingsverband veiligheidshuis. Verwerkingsgrondslag toestemmingsvereiste. "
                "Gegevensuitwisseling zorgcoördinatie. Beroepsgeheimhouding. "
                "Aandachtsfunctionaris leerlingbegeleiding. Interdisciplinair casusoverleg. "
                "Verantwoordelijkheidsbesef. Gezondheidsgegevens. Professionaliteit.");
        });
    fire("hard-to-read: the project's stricter limit", "hard-to-read", scenarioPath, "summary",
         [](Project &p) {
             p.info.maximumSentence = 8;
             p.scenarios[0].summary = QStringLiteral("Het gezin woont sinds vorig jaar in een "
                                                     "kleine flat aan de rand van de stad.");
         });
    quiet("hard-to-read: the project's looser limits", "hard-to-read", [](Project &p) {
        p.info.minimumReadingEase = 0;
        p.info.maximumAverageSentence = 50;
        p.info.maximumSentence = 50;
        dilemma(p).solutionDirection = longSentence;
    });
    quiet("hard-to-read: one short sentence, a one-line field", "hard-to-read", [](Project &p) {
        // 22 words, past the test project's average of 18 but within its sentence limit of 25:
        // too few words to judge the average or the score.
        dilemma(p).options[0].feedback = QStringLiteral(
            "U deelt wat nodig is met de school, niet meer, en u vertelt de ouders vooraf wat u "
            "deelt.");
        dilemma(p).question = longSentence.left(190);
    });
    quiet("hard-to-read: short sentences", "hard-to-read", [](Project &p) {
        QString text;
        for (int i = 0; i < 6; ++i)
            text += QStringLiteral("De huisarts belt de school. Hij vertelt wat hij zag. ");
        dilemma(p).situation = text;
    });

    fire("length: question 201", "too-long", dilemmaPath, "question",
         [](Project &p) { dilemma(p).question = QString(201, 'a'); });
    fire("length: option label 121", "too-long", dilemmaPath + "/option/1", "label",
         [](Project &p) { dilemma(p).options[0].label = QString(121, 'a'); });
    fire("length: scenario title 101", "too-long", scenarioPath, "title",
         [](Project &p) { p.scenarios[0].title = QString(101, 'a'); });
    fire("length: key 61", "too-long", "theme/" + QString(61, 'a'), "key",
         [](Project &p) { p.themes[0].key = QString(61, 'a'); });
    quiet("length: at the limits, emoji count once", "too-long", [](Project &p) {
        dilemma(p).question = QString(200, 'a');
        dilemma(p).options[0].label = QString(120, u'é');
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUtf8("👪");
        p.scenarios[0].title = emoji;
    });

    fire("character: bell", "invalid-character", dilemmaPath, "question",
         [](Project &p) { dilemma(p).question = "Deel je\azorgen?"; });
    fire("character: lone surrogate", "invalid-character", scenarioPath + "/person/1", "name",
         [](Project &p) { p.scenarios[0].persons[0].name = QString(QChar(0xd83d)) + "Ayşe"; });
    fire("character: U+FFFF in markdown", "invalid-character", segmentPath, "narrative",
         [](Project &p) { segment(p).narrative += QChar(0xffff); });
    quiet("character: tab, newline, emoji, rtl", "invalid-character",
          [](Project &p) { dilemma(p).situation = "a\tb\r\nc 👪 עברית"; });

    // law
    fire("identifier: short BWB", "invalid-legal-identifier", "legal-source/bw-7-457", "identifier",
         [](Project &p) { p.legalSources[0].identifier = "BWBR000529"; });
    fire("identifier: lower case", "invalid-legal-identifier", "legal-source/bw-7-457",
         "identifier", [](Project &p) { p.legalSources[0].identifier = "bwbr0005290"; });
    fire("identifier: free text", "invalid-legal-identifier", "legal-source/avg", "identifier",
         [](Project &p) { p.legalSources[1].identifier = "AVG 2016/679"; });
    quiet("identifier: empty, BWB, CELEX with corrigendum", "invalid-legal-identifier",
          [](Project &p) {
              p.legalSources[0].identifier.clear();
              p.legalSources[1].identifier = "32016R0679R(02)";
          });

    fire("url: http", "invalid-legal-url", "legal-source/bw-7-457", "url",
         [](Project &p) { p.legalSources[0].url = "http://wetten.overheid.nl/BWBR0005290"; });
    fire("url: no scheme", "invalid-legal-url", "legal-source/bw-7-457", "url",
         [](Project &p) { p.legalSources[0].url = "wetten.overheid.nl/BWBR0005290"; });
    quiet("url: https with anchor", "invalid-legal-url", [](Project &p) {
        p.legalSources[0].url = "https://wetten.overheid.nl/BWBR0005290#Boek7_Artikel457";
    });

    fire("citation: article in words", "invalid-citation", "legal-source/bw-7-457", "artikel",
         [](Project &p) { p.legalSources[0].artikel = "zevenhonderd"; });
    fire("citation: boek with its name", "invalid-citation", "legal-source/bw-7-457", "boek",
         [](Project &p) { p.legalSources[0].boek = "Boek 7"; });
    fire("citation: lid in words", "invalid-citation", dilemmaPath + "/legal-reference/1", "lid",
         [](Project &p) {
             p.legalSources[0].artikel = "7:457";
             dilemma(p).legalReferences[0].lid = "eerste";
         });
    fire("citation: lid without article", "invalid-citation", dilemmaPath + "/legal-reference/1",
         "lid", [](Project &p) {
             p.legalSources[0].artikel.clear();
             dilemma(p).legalReferences[0].lid = "1";
         });
    fire("citation: onderdeel in brackets", "invalid-citation", dilemmaPath + "/legal-reference/2",
         "onderdeel", [](Project &p) {
             p.legalSources[1].artikel = "9";
             dilemma(p).legalReferences[1].lid = "2";
             dilemma(p).legalReferences[1].onderdeel = "(h)";
         });
    quiet("citation: well formed", "invalid-citation", [](Project &p) {
        p.legalSources[0].boek = "7";
        p.legalSources[0].titeldeel = "7";
        p.legalSources[0].afdeling = "5";
        p.legalSources[0].artikel = "7:457";
        p.legalSources[0].versionDate = QDate(2026, 1, 1);
        dilemma(p).legalReferences[0].lid = "3";
        p.legalSources[1].artikel = "9";
        dilemma(p).legalReferences[1].lid = "2";
        dilemma(p).legalReferences[1].onderdeel = "h";
    });

    fire("citation: no lid where another names one", "unclear-citation",
         dilemmaPath + "/legal-reference/2", "lid", [](Project &p) {
             p.legalSources[0].artikel = "7:457";
             dilemma(p).legalReferences[0].lid = "3";
             dilemma(p).legalReferences[1].legalSourceUid = p.legalSources[0].uid;
             dilemma(p).legalReferences[1].lid.clear();
             dilemma(p).legalReferences[1].onderdeel.clear();
         });
    fire("citation: no onderdeel where another names one", "unclear-citation",
         dilemmaPath + "/legal-reference/2", "onderdeel", [](Project &p) {
             p.legalSources[1].artikel = "6";
             dilemma(p).legalReferences[0].legalSourceUid = p.legalSources[1].uid;
             dilemma(p).legalReferences[0].lid = "1";
             dilemma(p).legalReferences[0].onderdeel = "a";
             dilemma(p).legalReferences[1].lid = "1";
             dilemma(p).legalReferences[1].onderdeel.clear();
         });
    quiet("citation: each names its lid", "unclear-citation", [](Project &p) {
        p.legalSources[0].artikel = "7:457";
        dilemma(p).legalReferences[0].lid = "3";
        dilemma(p).legalReferences[1].legalSourceUid = p.legalSources[0].uid;
        dilemma(p).legalReferences[1].lid = "2";
    });

    fire("dates: until before from", "invalid-date-range", "legal-source/avg", "validUntil",
         [](Project &p) { p.legalSources[1].validUntil = QDate(2018, 5, 24); });
    quiet("dates: one day", "invalid-date-range",
          [](Project &p) { p.legalSources[1].validUntil = QDate(2018, 5, 25); });

    fire("expired: cited by dilemma", "legal-source-expired", dilemmaPath + "/legal-reference/2",
         "legalSourceUid", [](Project &p) { p.legalSources[1].validUntil = asOf.addDays(-1); });
    fire("expired: professional default", "legal-source-expired", "professional/huisarts",
         "defaultLegalSourceUids",
         [](Project &p) { p.legalSources[1].validUntil = asOf.addDays(-1); });
    quiet("expired: valid through the as-of day", "legal-source-expired",
          [](Project &p) { p.legalSources[1].validUntil = asOf; });

    fire("review: past review-by", "legal-source-review-due", "legal-source/bw-7-457", "reviewBy",
         [](Project &p) { p.legalSources[0].reviewBy = asOf.addDays(-1); });
    quiet("review: due on the as-of day", "legal-source-review-due",
          [](Project &p) { p.legalSources[0].reviewBy = asOf; });
    quiet("review: past review-by but not cited", "legal-source-review-due", [](Project &p) {
        LegalSource s = p.legalSources[0];
        s.uid = uid(32);
        s.key = "oud";
        s.position = 2;
        s.reviewBy = asOf.addYears(-1);
        p.legalSources.append(s);
    });

    // registers and assets
    fire("colour: name", "invalid-colour", "life-domain/zorg", "colour",
         [](Project &p) { p.lifeDomains[0].colour = "green"; });
    fire("colour: short", "invalid-colour", "life-domain/zorg", "colour",
         [](Project &p) { p.lifeDomains[0].colour = "#2e7d3"; });
    quiet("colour: upper and lower hex", "invalid-colour", [](Project &) {});

    fire("asset name: traversal", "unsafe-asset-name", "asset/icoon-huisarts", "name",
         [](Project &p) { p.assets[0].name = "../huisarts.svg"; });
    fire("asset name: separator", "unsafe-asset-name", "asset/icoon-huisarts", "name",
         [](Project &p) { p.assets[0].name = "iconen\\huisarts.svg"; });
    fire("asset name: hidden", "unsafe-asset-name", "asset/icoon-huisarts", "name",
         [](Project &p) { p.assets[0].name = ".huisarts.svg"; });
    quiet("asset name: plain with diacritics", "unsafe-asset-name",
          [](Project &p) { p.assets[0].name = "huisarts-één.svg"; });

    fire("media type: html", "unsupported-media-type", "asset/icoon-huisarts", "mediaType",
         [](Project &p) { p.assets[0].mediaType = "text/html"; });
    quiet("media type: png", "unsupported-media-type",
          [](Project &p) { p.assets[0].mediaType = "image/png"; });

    // The bytes against the declared type, and SVG that could run script.
    const auto setData = [](const QByteArray &bytes) {
        return [bytes](Project &p) {
            p.assets[0].data = bytes;
        };
    };
    fire("content: svg claimed, html given", "asset-content-mismatch", "asset/icoon-huisarts",
         "data", setData("<html><script>alert(1)</script></html>"));
    fire("content: png claimed, svg given", "asset-content-mismatch", "asset/icoon-huisarts",
         "data", [](Project &p) { p.assets[0].mediaType = "image/png"; });
    quiet("content: png claimed and given", "asset-content-mismatch", [](Project &p) {
        p.assets[0].mediaType = "image/png";
        p.assets[0].data = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    });
    const QByteArray svgOpen = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                               "xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
    const QList<std::pair<const char *, QByteArray>> unsafe{
        {"svg: script element", "<script>alert(1)</script>"},
        {"svg: event attribute", "<rect onclick=\"alert(1)\"/>"},
        {"svg: event attribute on the root", ""},
        {"svg: external href", "<a href=\"https://example.org/\"><text>x</text></a>"},
        {"svg: javascript href", "<a xlink:href=\"java&#9;script:alert(1)\"><text>x</text></a>"},
        {"svg: data image", "<image href=\"data:image/svg+xml;base64,PHN2Zy8+\"/>"},
        {"svg: foreign object", "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"/>"
                                "</foreignObject>"},
        {"svg: style url", "<style>rect { fill: url(https://example.org/x.svg#p) }</style>"},
        {"svg: style import", "<style>@import 'https://example.org/x.css';</style>"},
        {"svg: animated href",
         "<a href=\"#a\"><set attributeName=\"href\" to=\"javascript:x\"/></a>"},
    };
    for (const auto &[name, body] : unsafe) {
        QByteArray svg = svgOpen + body + "</svg>";
        if (body.isEmpty())
            svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
        fire(name, "unsafe-svg", "asset/icoon-huisarts", "data", setData(svg));
    }
    fire("svg: doctype", "unsafe-svg", "asset/icoon-huisarts", "data",
         setData("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]>"
                 "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"));
    fire("svg: stylesheet instruction", "unsafe-svg", "asset/icoon-huisarts", "data",
         setData("<?xml-stylesheet href=\"https://example.org/x.css\"?>"
                 "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    quiet("svg: shapes, styles and fragment links", "unsafe-svg",
          setData(svgOpen
                  + "<defs><linearGradient id=\"g\"/></defs>"
                    "<style>rect { fill: url(#g) }</style>"
                    "<rect style=\"fill: url('#g')\" width=\"4\" height=\"4\"/>"
                    "<use xlink:href=\"#g\"/><a href=\"#top\"><text>één</text></a></svg>"));

    const auto addAsset = [](Project &p, const QString &name) {
        p.assets.append({uid(21), "omslag", name, "image/png", QByteArray("png", 3), 1, {}});
        p.scenarios[0].coverAssetUid = uid(21);
    };
    fire("asset name: same but case", "duplicate-asset-name", "asset/omslag", "name",
         [addAsset](Project &p) { addAsset(p, "HUISARTS.svg"); });
    quiet("asset name: different", "duplicate-asset-name",
          [addAsset](Project &p) { addAsset(p, "omslag.png"); });

    fire("unused: professional", "unused-professional", "professional/wijkagent", "",
         [](Project &p) {
             p.professionals.append({uid(41),
                                     "wijkagent",
                                     "Wijkagent",
                                     "Politie.",
                                     SecrecyRegime::PoliceData,
                                     {},
                                     {},
                                     1});
         });
    quiet("unused: professional in use", "unused-professional", [](Project &) {});

    fire("unused: legal source", "unused-legal-source", "legal-source/wpg", "", [](Project &p) {
        LegalSource s = p.legalSources[0];
        s.uid = uid(32);
        s.key = "wpg";
        s.position = 2;
        p.legalSources.append(s);
    });
    quiet("unused: source cited only as a default", "unused-legal-source",
          [](Project &p) { dilemma(p).legalReferences.resize(1); });

    fire("unused: theme", "unused-theme", "theme/toestemming", "",
         [](Project &p) { dilemma(p).themeUids.clear(); });
    quiet("unused: theme in use", "unused-theme", [](Project &) {});

    fire("unused: asset", "unused-asset", "asset/icoon-huisarts", "", [](Project &p) {
        p.professionals[0].iconAssetUid.clear();
        p.scenarios[0].coverAssetUid.clear();
    });
    quiet("unused: asset only as cover", "unused-asset",
          [](Project &p) { p.professionals[0].iconAssetUid.clear(); });

    fire("alt text: none", "missing-alt-text", "asset/icoon-huisarts", "altText",
         [](Project &p) { p.assets[0].altText = QStringLiteral(" "); });
    fire("alt text: none, only a cover", "missing-alt-text", "asset/icoon-huisarts", "altText",
         [](Project &p) {
             p.assets[0].altText.clear();
             p.professionals[0].iconAssetUid.clear();
         });
    quiet("alt text: set", "missing-alt-text", [](Project &) {});
    quiet("alt text: none, but not shown", "missing-alt-text", [](Project &p) {
        p.assets[0].altText.clear();
        p.professionals[0].iconAssetUid.clear();
        p.scenarios[0].coverAssetUid.clear();
    });
    fire("alt text: placeholder", "placeholder-text", "asset/icoon-huisarts", "altText",
         [](Project &p) { p.assets[0].altText = QStringLiteral("TODO"); });
    fire("alt text: too long", "too-long", "asset/icoon-huisarts", "altText",
         [](Project &p) { p.assets[0].altText = QString(251, u'a'); });

    // review (as the export gate judges it)
    const auto fireGate
        = [&c](const char *name, QString rule, QString path, QString field, Mutation m) {
              c.append({name, m, rule, true, path, field, ValidationOptions::ReviewGate::Export});
          };
    const auto quietGate = [&c](const char *name, QString rule, Mutation m) {
        c.append({name, m, rule, false, {}, {}, ValidationOptions::ReviewGate::Export});
    };
    fireGate("not approved: dilemma never reviewed", "not-approved", dilemmaPath, "",
             [](Project &p) {
                 approveAll(p);
                 p.reviews.removeIf([](const Review &r) { return r.entityUid == uid(100); });
             });
    fireGate("not approved: changes requested after approval", "not-approved", "legal-source/avg",
             "", [](Project &p) {
                 approveAll(p);
                 addReview(p, p.legalSources[1].uid, ReviewState::ChangesRequested, 5);
             });
    fireGate("not approved: in review", "not-approved", dilemmaPath, "", [](Project &p) {
        p.reviews.clear();
        addReview(p, uid(100), ReviewState::InReview, 1);
    });
    quietGate("not approved: everything approved", "not-approved", approveAll);
    quietGate(
        "not approved: approved again after changes requested", "not-approved", [](Project &p) {
            approveAll(p);
            p.reviews.prepend({uid(989), uid(100), ReviewState::ChangesRequested, "X",
                               QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC), "", QString()});
        });
    c.append({"not approved: gate off", approveAll, "not-approved", false, {}, {}});
    fireGate("stale: one word of the question", "approval-stale", dilemmaPath, "", [](Project &p) {
        approveAll(p);
        dilemma(p).question += " nu";
    });
    fireGate("stale: options reordered", "approval-stale", dilemmaPath, "", [](Project &p) {
        approveAll(p);
        std::swap(dilemma(p).options[0], dilemma(p).options[1]);
    });
    fireGate("stale: legal source summary", "approval-stale", "legal-source/bw-7-457", "",
             [](Project &p) {
                 approveAll(p);
                 p.legalSources[0].summary += " Gewijzigd.";
             });
    quietGate("stale: the segment around it changed", "approval-stale", [](Project &p) {
        approveAll(p);
        segment(p).title += " (nieuw)"; // not part of the dilemma's content
    });
    quietGate("stale: changed, then changes requested (not-approved instead)", "approval-stale",
              [](Project &p) {
                  approveAll(p);
                  dilemma(p).question += " nu";
                  addReview(p, uid(100), ReviewState::ChangesRequested, 5);
              });
    fireGate("law changed: a cited source's summary", "law-changed", dilemmaPath, "legalReferences",
             [](Project &p) {
                 approveAll(p);
                 p.legalSources[0].summary += " Gewijzigd.";
             });
    quietGate("law changed: nothing changed", "law-changed", approveAll);
    quietGate("law changed: the dilemma approved again since", "law-changed", [](Project &p) {
        approveAll(p);
        p.legalSources[0].summary += " Gewijzigd.";
        // As the editor logs it: the edit came before the new approval.
        p.changeLog.append({1, QDateTime(QDate(2026, 3, 1), QTime(11, 0), Qt::UTC), "Anna",
                            p.legalSources[0].uid, "summary", "Samenvatting gewijzigd"});
        Review again{uid(988),
                     uid(100),
                     ReviewState::Approved,
                     "R. Eviewer",
                     QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                     "Opnieuw akkoord.",
                     ContentHash::of(dilemma(p))};
        ApprovalSignature::sign(&again, testReviewerKey());
        p.reviews.append(again);
    });
    c.append({"law changed: gate off",
              [](Project &p) {
                  approveAll(p);
                  p.legalSources[0].summary += " Gewijzigd.";
              },
              "law-changed",
              false,
              {},
              {}});
    return c;
}

ValidationOptions fixedDate()
{
    ValidationOptions options;
    options.asOf = asOf;
    return options;
}

QString describe(const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &i : issues)
        lines << QStringLiteral("%1 %2 %3 %4: %5")
                     .arg(toName(i.severity), i.path, i.field, i.rule, i.message);
    return lines.join('\n');
}

// Calls f with the first entity of the kind in p: the project's info for the project.
template<typename F>
void withEntity(Project &p, EntityKind kind, F &&f)
{
    switch (kind) {
    case EntityKind::Project:
        return f(p.info);
    case EntityKind::LifeDomain:
        return f(p.lifeDomains[0]);
    case EntityKind::Professional:
        return f(p.professionals[0]);
    case EntityKind::LegalSource:
        return f(p.legalSources[0]);
    case EntityKind::Theme:
        return f(p.themes[0]);
    case EntityKind::GlossaryTerm:
        return f(p.glossary[0]);
    case EntityKind::Asset:
        return f(p.assets[0]);
    case EntityKind::Scenario:
        return f(p.scenarios[0]);
    case EntityKind::Person:
        return f(p.scenarios[0].persons[0]);
    case EntityKind::Segment:
        return f(segment(p));
    case EntityKind::Dilemma:
        return f(dilemma(p));
    case EntityKind::Option:
        return f(dilemma(p).options[0]);
    case EntityKind::LegalReference:
        return f(dilemma(p).legalReferences[0]);
    case EntityKind::Review:
        return f(p.reviews[0]);
    case EntityKind::ReviewNote:
        return f(p.reviewNotes[0]);
    case EntityKind::TrustedReviewer:
        return f(p.trustedReviewers[0]);
    }
    QFAIL("no entity of this kind in fullProject()");
}

// Empties the field of the first entity of the kind (a default value: no text, no bytes, no
// uids, no date, no number); returns the entity's uid, as it is after the change.
QString emptyField(Project &p, EntityKind kind, const QString &name)
{
    QString uid;
    withEntity(p, kind, [&](auto &entity) {
        using T = std::remove_reference_t<decltype(entity)>;
        bool found = false;
        for (const Field<T> &field : Described<T>::fields()) {
            if (name != QLatin1String(field.d.name))
                continue;
            std::visit([&entity](auto member) { entity.*member = {}; }, field.member);
            found = true;
        }
        QVERIFY2(found, qPrintable(name));
        uid = entity.uid;
    });
    return uid;
}

} // namespace

class tst_Validator : public QObject
{
    Q_OBJECT

private slots:
    void fullProjectIsClean();
    void rule_data();
    void rule();
    void everyRuleHasFiringAndQuietFixtures();
    void registryIsWellFormed();
    void issuesAreSortedNaturally();
    void requiredFieldsFollowTheDescription_data();
    void requiredFieldsFollowTheDescription();
    void validateEntityIsTheEntitysShare_data();
    void validateEntityIsTheEntitysShare();
    void validateEntityOfUnknownUidIsEmpty();
    void asOfDefaultsToToday();
    void placeholderScan();
    void reviewRulesAreWarningsWhileEditing();
};

void tst_Validator::fullProjectIsClean()
{
    const QList<Issue> issues = Validator::validate(fullProject(), fixedDate());
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void tst_Validator::rule_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("gate");
    for (const Case &c : cases())
        QTest::newRow(c.name) << c.mutate << c.rule << c.fires << c.path << c.field << int(c.gate);
}

void tst_Validator::rule()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(int, gate);

    const Rule *registered = RuleRegistry::find(rule);
    QVERIFY2(registered, qPrintable(rule));
    Project project = fullProject();
    mutate(project);
    ValidationOptions options = fixedDate();
    options.reviewGate = ValidationOptions::ReviewGate(gate);
    const QList<Issue> issues = Validator::validate(project, options);

    bool found = false;
    for (const Issue &issue : issues) {
        QVERIFY(RuleRegistry::find(issue.rule));
        QCOMPARE(issue.severity, RuleRegistry::find(issue.rule)->severity);
        QVERIFY(!issue.message.isEmpty());
        if (issue.rule != rule)
            continue;
        QVERIFY2(fires, qPrintable("unexpected:\n" + describe(issues)));
        if (issue.path == path && issue.field == field)
            found = true;
    }
    if (fires)
        QVERIFY2(found,
                 qPrintable("expected at " + path + " " + field + ", got:\n" + describe(issues)));
}

void tst_Validator::everyRuleHasFiringAndQuietFixtures()
{
    QSet<QString> firing, quiet;
    for (const Case &c : cases())
        (c.fires ? firing : quiet).insert(c.rule);
    for (const Rule &rule : RuleRegistry::all()) {
        QVERIFY2(firing.contains(rule.id), qPrintable("no fixture fires " + rule.id));
        QVERIFY2(quiet.contains(rule.id), qPrintable("no quiet fixture for " + rule.id));
    }
}

void tst_Validator::registryIsWellFormed()
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < RuleRegistry::all().size(); ++i) {
        const Rule &rule = RuleRegistry::all().at(i);
        QCOMPARE(int(rule.rule), int(i));
        QVERIFY2(Identifiers::isValidKey(rule.id), qPrintable(rule.id));
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY(!rule.summary.isEmpty());
        QVERIFY(!rule.fix.isEmpty());
        QCOMPARE(&RuleRegistry::rule(rule.rule), &rule);
        QCOMPARE(RuleRegistry::find(rule.id), &rule);
    }
    QVERIFY(!RuleRegistry::find("no-such-rule"));
}

void tst_Validator::issuesAreSortedNaturally()
{
    Project p = fullProject();
    Segment model = segment(p);
    model.dilemmas.clear();
    for (int i = 1; i < 12; ++i) {
        Segment s = model;
        s.uid = uid(200 + i);
        s.key = QStringLiteral("moment-%1").arg(i);
        s.title.clear();
        s.narrative.clear();
        s.position = i;
        p.scenarios[0].segments.append(s);
    }
    const QList<Issue> issues = Validator::validate(p, fixedDate());
    QStringList seen;
    for (const Issue &issue : issues)
        seen << issue.path + ' ' + issue.field + ' ' + issue.rule;
    QStringList expected;
    for (int i = 2; i <= 12; ++i) {
        expected
            << QStringLiteral("%1/segment/%2 narrative required-field").arg(scenarioPath).arg(i)
            << QStringLiteral("%1/segment/%2 title required-field").arg(scenarioPath).arg(i);
    }
    QCOMPARE(seen, expected);
}

// Every field flagged Required in the description is reported when empty, and no other field
// is: the checker takes the flag from the description, not a list of its own.
void tst_Validator::requiredFieldsFollowTheDescription_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("required");
    int requiredCount = 0;
    for (EntityKind kind : describedKinds()) {
        for (const FieldDescription &field : kd::describe(kind).fields) {
            // A position or an enumeration always holds a value; it cannot be emptied.
            if (field.type == ValueType::Position || field.type == ValueType::Enumeration)
                continue;
            const bool required = field.has(FieldFlag::Required);
            requiredCount += required;
            QTest::addRow("%s.%s%s", qPrintable(toName(kind)), field.name,
                          required ? " (required)" : "")
                << int(kind) << QString::fromLatin1(field.name) << required;
        }
    }
    QVERIFY(requiredCount > 0);
}

void tst_Validator::requiredFieldsFollowTheDescription()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(bool, required);

    Project p = fullProject();
    const QString entityUid = emptyField(p, EntityKind(kind), field);
    QList<Issue> reported;
    for (const Issue &issue : Validator::validate(p, fixedDate())) {
        if (issue.rule == "required-field")
            reported.append(issue);
    }
    if (!required) {
        QVERIFY2(reported.isEmpty(), qPrintable(describe(reported)));
        return;
    }
    QVERIFY2(reported.size() == 1, qPrintable(describe(reported)));
    const Issue &issue = reported.constFirst();
    QCOMPARE(issue.field, field);
    QCOMPARE(int(issue.kind), kind);
    QCOMPARE(issue.uid, entityUid);
    QCOMPARE(issue.severity, RuleRegistry::find("required-field")->severity);
    // The kind's sentence names the field by its label, as the form shows it; an asset's file
    // has a sentence of its own.
    const FieldDescription *described = kd::describe(EntityKind(kind)).field(field);
    if (described->type != ValueType::Bytes)
        QVERIFY2(issue.message.contains('\'' + described->labelText() + '\''),
                 qPrintable(issue.message));
}

void tst_Validator::validateEntityIsTheEntitysShare_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("path");
    QTest::newRow("project") << uid(1) << "";
    QTest::newRow("scenario") << uid(70) << scenarioPath;
    QTest::newRow("person") << uid(80) << scenarioPath + "/person/1";
    QTest::newRow("segment") << uid(90) << segmentPath;
    QTest::newRow("dilemma") << uid(100) << dilemmaPath;
    QTest::newRow("option") << uid(111) << dilemmaPath + "/option/2";
    QTest::newRow("legal reference") << uid(121) << dilemmaPath + "/legal-reference/2";
    QTest::newRow("professional") << uid(40) << "professional/huisarts";
    QTest::newRow("legal source") << uid(30) << "legal-source/bw-7-457";
    QTest::newRow("theme") << uid(50) << "theme/toestemming";
    QTest::newRow("asset") << uid(20) << "asset/icoon-huisarts";
    QTest::newRow("life domain") << uid(10) << "life-domain/zorg";
    QTest::newRow("glossary") << uid(60) << "glossary/beroepsgeheim";
}

void tst_Validator::validateEntityIsTheEntitysShare()
{
    QFETCH(QString, entity);
    QFETCH(QString, path);

    // Something wrong at every level, so that each entity has issues of its own.
    Project p = fullProject();
    p.info.title.clear();
    p.lifeDomains[0].colour = "groen";
    p.glossary[0].definition = "TODO";
    p.assets[0].mediaType = "text/plain";
    p.professionals[0].title = "xxx";
    p.legalSources[0].reviewBy = asOf.addDays(-1);
    p.themes[0].description = "<i>x</i>";
    p.scenarios[0].summary.clear();
    p.scenarios[0].persons[0].age = -3;
    segment(p).lifeDomainUids.clear();
    dilemma(p).solutionDirection.clear();
    dilemma(p).options[1].feedback.clear();
    dilemma(p).legalReferences[1].pinpoint = "???";

    const QList<Issue> all = Validator::validate(p, fixedDate());
    QList<Issue> expected;
    for (const Issue &issue : all) {
        if (path.isEmpty() || issue.path == path || issue.path.startsWith(path + '/'))
            expected.append(issue);
    }
    QVERIFY(!expected.isEmpty());
    const QList<Issue> share = Validator::validateEntity(p, entity, fixedDate());
    QVERIFY2(share == expected, qPrintable(describe(share) + "\n---\n" + describe(expected)));
}

void tst_Validator::validateEntityOfUnknownUidIsEmpty()
{
    Project p = fullProject();
    p.info.title.clear();
    QVERIFY(Validator::validateEntity(p, uid(999), fixedDate()).isEmpty());
    QVERIFY(Validator::validateEntity(p, QString(), fixedDate()).isEmpty());
}

void tst_Validator::asOfDefaultsToToday()
{
    Project p = fullProject();
    p.legalSources[1].validUntil = QDate::currentDate().addDays(-1);
    bool expired = false;
    for (const Issue &issue : Validator::validate(p))
        expired = expired || issue.rule == "legal-source-expired";
    QVERIFY(expired);
}

void tst_Validator::placeholderScan()
{
    QCOMPARE(TextScan::findPlaceholder(u"Zie TODO."), QString("TODO"));
    QCOMPARE(TextScan::findPlaceholder(u"lorem   IPSUM"), QString("lorem   IPSUM"));
    QCOMPARE(TextScan::findPlaceholder(u"Wat nu????"), QString("????"));
    QCOMPARE(TextScan::findPlaceholder(u"xxxx"), QString("xxxx"));
    QCOMPARE(TextScan::findPlaceholder(u"xxxl todos lorem ipsumque ??"), QString());
    QCOMPARE(TextScan::characterCount(u"a👪b"), 3);
    QCOMPARE(TextScan::findInvalidCharacter(u"ok\tok"), -1);
    QCOMPARE(TextScan::findInvalidCharacter(u"ok\x01"), 2);
}

void tst_Validator::reviewRulesAreWarningsWhileEditing()
{
    Project p = fullProject();
    approveAll(p);
    dilemma(p).question += " nu";
    p.reviews.removeIf([&p](const Review &r) { return r.entityUid == p.legalSources[0].uid; });
    ValidationOptions options = fixedDate();
    options.reviewGate = ValidationOptions::ReviewGate::Editing;
    QStringList seen;
    for (const Issue &issue : Validator::validate(p, options))
        seen << issue.rule + ' ' + toName(issue.severity) + ' ' + issue.path;
    QCOMPARE(seen, QStringList({"not-approved warning legal-source/bw-7-457",
                                "approval-stale warning " + dilemmaPath}));
    // The entity's share carries its review issue too, so the editor's live re-check sees it.
    QCOMPARE(Validator::validateEntity(p, uid(100), options).size(), 1);
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
