// kd-bench-generate: writes a synthetic project of N dilemmas for benchmarks. The content is
// shaped like real content (text lengths, Markdown with links and lists, several options and legal
// references per dilemma, a few assets) and validates without errors, so that a benchmark measures
// the engine's normal path. The same N always gives the same project: the random choices use a
// fixed seed and uids come from a counter.

#include "model/project.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <random>

using namespace kd;

namespace {

constexpr int SegmentsPerScenario = 10;
constexpr int DilemmasPerSegment = 10;

QString counterUid(quint64 n)
{
    return QStringLiteral("00000000-0000-4000-9000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

class Generator
{
public:
    explicit Generator(unsigned seed)
        : m_random(seed)
    {}

    Project project(int dilemmaCount);

private:
    QString uid() { return counterUid(++m_uids); }
    int pick(int size) { return std::uniform_int_distribution<int>(0, size - 1)(m_random); }
    QString sentence();
    QString sentences(int count);
    QString paragraph(int targetLength);

    std::mt19937 m_random;
    quint64 m_uids = 0;
};

// Sentences written for this generator, in the register of the real content.
const char *const fragments[] = {
    "De huisarts ziet dat de moeder steeds vaker met klachten op het spreekuur komt.",
    "Op school valt op dat de oudste zoon vaak te laat is en moe lijkt.",
    "De schuldhulpverlener hoort van de verhuurder dat de huur al drie maanden niet is betaald.",
    "De wijkagent is twee keer langs geweest na meldingen van geluidsoverlast.",
    "Vader heeft zijn baan verloren en zegt dat hij het zelf wel oplost.",
    "Niemand weet of de andere hulpverleners dezelfde signalen zien.",
    "Vraag eerst toestemming, tenzij dat de veiligheid van het kind in gevaar brengt.",
    "Deel alleen wat nodig is om de zorgen te bespreken, en leg vast wat je deelt.",
    "Overleg met een collega of met Veilig Thuis voordat je een besluit neemt.",
    "Het gezin heeft al eerder hulp gehad, maar die is zonder afspraken gestopt.",
    "De jeugdarts heeft het jongste kind al een jaar niet gezien.",
    "Bij de buurvrouw is het kind een paar keer opgevangen toen de ouders weg waren.",
    "Weeg af of zwijgen meer schade doet dan spreken.",
    "Vrijwillig is niet vrijblijvend: maak afspraken en controleer of ze worden nagekomen.",
    "Problemen van volwassenen zijn ook problemen van kinderen.",
    "Overschat de zelfredzaamheid van het gezin niet als de problemen lang duren.",
};

QString Generator::sentence()
{
    return QString::fromUtf8(fragments[pick(int(std::size(fragments)))]);
}

QString Generator::sentences(int count)
{
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts << sentence();
    return parts.join(u' ');
}

QString Generator::paragraph(int targetLength)
{
    QString text;
    while (text.size() < targetLength)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + sentence();
    return text;
}

Project Generator::project(int dilemmaCount)
{
    Project p;
    p.info = {uid(), QStringLiteral("Benchmark: %1 dilemma's").arg(dilemmaCount), paragraph(200),
              QStringLiteral("Toezicht Sociaal Domein"), QStringLiteral("nl")};
    p.lifeDomains = Project::defaultLifeDomains();
    for (LifeDomain &d : p.lifeDomains)
        d.uid = uid();

    // Assets: four small icons and a cover.
    const char *const iconNames[] = {"huisarts", "wijkagent", "leraar", "schuldhulpverlener"};
    int position = 0;
    for (const char *name : iconNames) {
        const QString key = QString::fromLatin1(name);
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\">"
                               "<circle cx=\"12\" cy=\"12\" r=\"10\"/></svg>";
        p.assets.append({uid(), QStringLiteral("icoon-") + key, key + QStringLiteral(".svg"),
                         QStringLiteral("image/svg+xml"), svg, position++,
                         QStringLiteral("Het icoon van ") + key});
    }
    p.assets.append({uid(), QStringLiteral("omslag"), QStringLiteral("omslag.png"),
                     QStringLiteral("image/png"),
                     // A PNG signature and 16 KiB: the bytes must be what the media type says.
                     QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16 * 1024, '\x42'), position++,
                     QStringLiteral("Een tekening van het gezin aan tafel")});

    struct Law
    {
        const char *key, *shortTitle, *fullTitle, *identifier;
    };
    const Law laws[] = {
        {"avg", "AVG", "Algemene verordening gegevensbescherming", "32016R0679"},
        {"uavg", "UAVG", "Uitvoeringswet Algemene verordening gegevensbescherming", "BWBR0040940"},
        {"bw-7-457", "BW 7:457", "Burgerlijk Wetboek Boek 7, artikel 457", "BWBR0005290"},
        {"wet-big-88", "Wet BIG art. 88", "Wet op de beroepen in de individuele gezondheidszorg",
         "BWBR0006251"},
        {"wmo-5-2-6", "Wmo 2015 art. 5.2.6", "Wet maatschappelijke ondersteuning 2015",
         "BWBR0035362"},
        {"jeugdwet-7-3-11", "Jeugdwet art. 7.3.11", "Jeugdwet", "BWBR0034925"},
        {"wpg-18", "Wpg art. 18", "Wet politiegegevens", "BWBR0022463"},
        {"politiewet-3", "Politiewet 2012 art. 3", "Politiewet 2012", "BWBR0031788"},
        {"sr-272", "Sr art. 272", "Wetboek van Strafrecht", "BWBR0001854"},
        {"participatiewet-64", "Participatiewet art. 64", "Participatiewet", "BWBR0015703"},
    };
    position = 0;
    for (const Law &law : laws) {
        LegalSource s;
        s.uid = uid();
        s.key = QString::fromLatin1(law.key);
        s.shortTitle = QString::fromUtf8(law.shortTitle);
        s.fullTitle = QString::fromUtf8(law.fullTitle);
        s.identifier = QString::fromLatin1(law.identifier);
        s.url = s.identifier.startsWith(u"BWBR")
                    ? QStringLiteral("https://wetten.overheid.nl/") + s.identifier
                    : QStringLiteral("https://eur-lex.europa.eu/eli/reg/2016/679/oj");
        s.validFrom = QDate(2018, 5, 25);
        s.reviewBy = QDate(2099, 1, 1);
        s.summary = paragraph(250);
        s.position = position++;
        p.legalSources.append(s);
    }

    const char *const professions[] = {"huisarts",           "psycholoog",
                                       "wijkagent",          "leraar",
                                       "schuldhulpverlener", "medewerker-veilig-thuis",
                                       "wijkteammedewerker", "jeugdarts"};
    position = 0;
    for (const char *name : professions) {
        Professional pro;
        pro.uid = uid();
        pro.key = QString::fromLatin1(name);
        pro.title = QString(pro.key).replace(u'-', u' ');
        pro.title[0] = pro.title[0].toUpper();
        pro.description = paragraph(300);
        pro.defaultLegalSourceUids = {p.legalSources[pick(int(std::size(laws)))].uid};
        pro.iconAssetUid = p.assets[position % 4].uid;
        pro.position = position++;
        p.professionals.append(pro);
    }

    const char *const themes[]
        = {"toestemming", "meldcode", "conflict-van-plichten", "proportionaliteit", "casusoverleg"};
    position = 0;
    for (const char *name : themes) {
        const QString key = QString::fromLatin1(name);
        p.themes.append({uid(), key, key, paragraph(150), position++});
    }
    for (int i = 0; i < 10; ++i)
        p.glossary.append({uid(), QStringLiteral("term-%1").arg(i + 1),
                           QStringLiteral("Term %1").arg(i + 1), paragraph(200), i});

    const int perScenario = SegmentsPerScenario * DilemmasPerSegment;
    const int scenarioCount = (dilemmaCount + perScenario - 1) / perScenario;
    int made = 0;
    for (int si = 0; si < scenarioCount; ++si) {
        Scenario s;
        s.uid = uid();
        s.key = QStringLiteral("familie-%1").arg(si + 1);
        s.title = QStringLiteral("Familie %1").arg(si + 1);
        s.summary = paragraph(300);
        s.calamityBasis = sentence();
        s.coverAssetUid = p.assets.last().uid;
        s.position = si;
        const char *const roles[] = {"vader", "moeder", "zoon", "dochter"};
        for (int i = 0; i < 4; ++i)
            s.persons.append({uid(), QStringLiteral("Persoon %1").arg(i + 1),
                              QString::fromLatin1(roles[i]), i < 2 ? 38 - i : 9 - 4 * (i - 2),
                              sentence(), i});
        for (int gi = 0; gi < SegmentsPerScenario && made < dilemmaCount; ++gi) {
            Segment g;
            g.uid = uid();
            g.key = QStringLiteral("moment-%1").arg(gi + 1);
            g.title = QStringLiteral("Moment %1").arg(gi + 1);
            g.periodLabel = QStringLiteral("week %1").arg(gi + 1);
            g.narrative = paragraph(500) + QStringLiteral("\n\n") + paragraph(300);
            g.lifeDomainUids = {p.lifeDomains[gi % 5].uid, p.lifeDomains[(gi + 2) % 5].uid};
            g.personUids = {s.persons[0].uid, s.persons[2].uid};
            g.position = gi;
            for (int di = 0; di < DilemmasPerSegment && made < dilemmaCount; ++di) {
                Dilemma d;
                d.uid = uid();
                d.key = QStringLiteral("dilemma-%1").arg(++made);
                d.professionalUid = p.professionals[pick(int(std::size(professions)))].uid;
                d.question = QStringLiteral("Deel je je zorgen over het gezin met de %1 zonder "
                                            "toestemming van de ouders?")
                                 .arg(p.professionals[pick(8)].title.toLower());
                d.situation = paragraph(450)
                              + QStringLiteral(" Zie [de meldcode](https://www.rijksoverheid.nl/"
                                               "onderwerpen/huiselijk-geweld/meldcode).");
                d.considerations = QStringLiteral("Weeg af:\n\n- *proportionaliteit*: ")
                                   + sentences(2) + QStringLiteral("\n- *subsidiariteit*: ")
                                   + sentences(2) + QStringLiteral("\n");
                d.solutionDirection = QStringLiteral("**Oplossingsrichting.** ") + paragraph(350);
                const int optionCount = 3 + pick(2);
                const Assessment assessments[]
                    = {Assessment::Recommended, Assessment::Acceptable, Assessment::NotAdvisable};
                for (int oi = 0; oi < optionCount; ++oi)
                    d.options.append({uid(), QStringLiteral("Keuze %1: ").arg(oi + 1) + sentence(),
                                      paragraph(250), assessments[oi % 3], oi});
                const int referenceCount = 1 + pick(3);
                for (int ri = 0; ri < referenceCount; ++ri)
                    d.legalReferences.append(
                        {uid(), p.legalSources[(di + ri) % int(std::size(laws))].uid,
                         QStringLiteral("art. %1 lid %2").arg(ri + 1).arg(pick(4) + 1), sentence(),
                         ri});
                d.themeUids = {p.themes[di % 5].uid};
                d.position = di;
                g.dilemmas.append(d);
            }
            s.segments.append(g);
        }
        p.scenarios.append(s);
    }
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    bool countOk = false;
    const int count = args.size() >= 2 ? args.at(0).toInt(&countOk) : 0;
    if (!countOk || count < 1 || (args.size() > 2 && args.at(2) != u"--overwrite")
        || args.size() > 3) {
        err << "usage: kd-bench-generate DILEMMAS OUT.kdproj [--overwrite]" << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);

    QElapsedTimer timer;
    timer.start();
    const Project project = Generator(20261122).project(count);
    const qint64 built = timer.restart();
    StoreError error;
    if (!ProjectStore::writeNew(path, project, args.size() > 2, &error)) {
        err << "kd-bench-generate: " << path << ": " << error.message << Qt::endl;
        return 2;
    }
    out << "wrote " << path << ": " << count << " dilemmas in " << project.scenarios.size()
        << " scenarios (built in " << built << " ms, written in " << timer.elapsed() << " ms)"
        << Qt::endl;
    return 0;
}
