#include "model/project.h"
#include "text/spelling.h"

#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace kd;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The misspelt words of a text, as the words themselves.
QStringList misspelt(const char *text, bool markdown = false,
                     const AcceptedWords &accepted = AcceptedWords())
{
    const QString t = s(text);
    QStringList words;
    for (const SpellWord &w : Spelling::misspelt(*Speller::dutch(), t, markdown, accepted))
        words << t.mid(w.position, w.length);
    return words;
}

QStringList words(const char *text, bool markdown)
{
    const QString t = s(text);
    QStringList words;
    for (const SpellWord &w : Spelling::words(t, markdown))
        words << t.mid(w.position, w.length);
    return words;
}

} // namespace

class tst_Spelling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void correctDutch();
    void misspeltWordAndPlace();
    void suggestions();
    void capitals();
    void notWords_data();
    void notWords();
    void markdown();
    void joinedWords();
    void projectWords();
    void missingDictionary();
    void threads();
};

void tst_Spelling::initTestCase()
{
    const auto speller = Speller::dutch();
    QVERIFY2(speller->isValid(), qPrintable(speller->error()));
    QVERIFY(speller->error().isEmpty());
    // Loaded once per process.
    QCOMPARE(Speller::dutch().get(), speller.get());
}

void tst_Spelling::correctDutch()
{
    QCOMPARE(misspelt("De huisarts deelt informatie met Veilig Thuis."), QStringList());
    QCOMPARE(misspelt("Mag de wijkagent het beroepsgeheim doorbreken als een kind in gevaar is?"),
             QStringList());
}

void tst_Spelling::misspeltWordAndPlace()
{
    const QString text = s("De huisarts deelt informatei met Veilig Thuis.");
    const QList<SpellWord> found
        = Spelling::misspelt(*Speller::dutch(), text, false, AcceptedWords());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().position, text.indexOf(u"informatei"));
    QCOMPARE(found.first().length, 10);
    QVERIFY(!Speller::dutch()->isCorrect(u"informatei"));
    QVERIFY(Speller::dutch()->isCorrect(u"informatie"));
}

void tst_Spelling::suggestions()
{
    const QStringList suggested = Speller::dutch()->suggestions(s("informatei"));
    QVERIFY2(suggested.contains(s("informatie")), qPrintable(suggested.join(u',')));
    QVERIFY(suggested.size() <= 5);
    QVERIFY(Speller::dutch()->suggestions(s("informatei"), 1).size() <= 1);
}

void tst_Spelling::capitals()
{
    const auto speller = Speller::dutch();
    // A sentence starts with a capital.
    QVERIFY(speller->isCorrect(u"Informatie"));
    QVERIFY(speller->isCorrect(u"Huisarts"));
    QVERIFY(!speller->isCorrect(u"Informatei"));
    // Abbreviations in capitals of up to five letters are not checked; longer ones are.
    QVERIFY(speller->isCorrect(u"AVG"));
    QVERIFY(speller->isCorrect(u"WGBO"));
    QVERIFY(speller->isCorrect(u"GGD"));
    QVERIFY(!speller->isCorrect(u"QWXZKVB"));
    QCOMPARE(misspelt("De AVG en de WGBO gelden ook voor de GGD."), QStringList());
}

void tst_Spelling::notWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("citation") << s("Zie art. 7:457 BW en artikel 5.1 lid 2 van Boek 7.");
    QTest::newRow("https") << s("Lees https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld");
    QTest::newRow("http") << s("Lees http://wetten.overheid.nl/BWBR0005290 na.");
    QTest::newRow("www") << s("Kijk op www.veiligthuis.nl voor meer.");
    QTest::newRow("e-mail") << s("Mail naar jan.jansen@ggdhollandsnoorden.nl of bel.");
    QTest::newRow("mailto") << s("Mail naar mailto:info@vthn.nl vandaag.");
    QTest::newRow("key") << s("De sleutel dilemma_meldcode_stap3 is uniek.");
    QTest::newRow("camelCase") << s("Het veld solutionDirection is leeg.");
    QTest::newRow("digits") << s("In 2026 kwamen 12x zoveel meldingen.");
    QTest::newRow("single letters") << s("Stap a, b en c.");
    QTest::newRow("abbreviation with stop") << s("Bijvoorbeeld de huisarts, bijv. bij ziekte.");
}

void tst_Spelling::notWords()
{
    QFETCH(QString, text);
    QStringList found;
    for (const SpellWord &w : Spelling::misspelt(*Speller::dutch(), text, false, AcceptedWords()))
        found << text.mid(w.position, w.length);
    QCOMPARE(found, QStringList());
}

void tst_Spelling::markdown()
{
    // Link destinations, autolinks, code spans and entities hold no words in Markdown.
    QCOMPARE(misspelt("Lees [de meldcode](https://www.rijksoverheid.nl/xqzvk-meldcode) "
                      "en <https://xqzvk.nl/pqrs>.",
                      true),
             QStringList());
    QCOMPARE(misspelt("Het veld `xqzvk qwrtz` is leeg &amp; blijft **leeg** en _leeg_.", true),
             QStringList());
    QCOMPARE(misspelt("# Kop\n\n- een *informatei*\n1. twee", true), QStringList{s("informatei")});
    QCOMPARE(words("Zie ![foto](beeld.png) `code` **vet**", true),
             (QStringList{s("Zie"), s("foto"), s("vet")}));
    // In plain text the same characters are text.
    QCOMPARE(words("`code`", false), QStringList{s("code")});
}

void tst_Spelling::joinedWords()
{
    QCOMPARE(words("zorg-en-veiligheidshuis auto's auto’s", false),
             (QStringList{s("zorg-en-veiligheidshuis"), s("auto's"), s("auto’s")}));
    QCOMPARE(misspelt("Het zorg-en-veiligheidshuis en de auto's van de GGZ-instelling."),
             QStringList());
    QCOMPARE(misspelt("Typografisch: auto’s."), QStringList());
    // Only the unknown part of a hyphenated word is given.
    const QString text = s("Het zorg-en-veilgheidshuis.");
    const QList<SpellWord> found
        = Spelling::misspelt(*Speller::dutch(), text, false, AcceptedWords());
    QCOMPARE(found.size(), 1);
    QCOMPARE(text.mid(found.first().position, found.first().length), s("veilgheidshuis"));
}

void tst_Spelling::projectWords()
{
    Project project;
    project.info.dictionary = s("meldcodestap\nVTHN\nKlachtenloket-Zorg\n");
    GlossaryTerm term;
    term.term = s("Zorgxqzvk-overleg");
    project.glossary << term;
    Scenario scenario;
    Person person;
    person.name = s("Yusuf Özdemir-Bakkaloğlu");
    scenario.persons << person;
    project.scenarios << scenario;
    Professional professional;
    professional.title = s("Jeugdzorgwerkster Plusqx");
    project.professionals << professional;
    LegalSource source;
    source.shortTitle = s("Wvggz");
    project.legalSources << source;

    const char *text = "De meldcodestap van VTHN, het Klachtenloket-Zorg, het Zorgxqzvk-overleg, "
                       "Yusuf Özdemir-Bakkaloğlu, de Plusqx en de Wvggz.";
    QVERIFY(!misspelt(text).isEmpty());
    const AcceptedWords accepted = AcceptedWords::of(project);
    QCOMPARE(misspelt(text, false, accepted), QStringList());
    // A lower-case accepted word matches in any case; one with capitals only as written.
    QVERIFY(accepted.contains(u"Meldcodestap"));
    QVERIFY(accepted.contains(u"MELDCODESTAP"));
    QVERIFY(accepted.contains(u"Zorgxqzvk"));
    QVERIFY(!accepted.contains(u"zorgxqzvk"));
    QVERIFY(!accepted.contains(u"informatei"));
}

void tst_Spelling::missingDictionary()
{
    const QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const QByteArray before = qgetenv("KD_HUNSPELL_DIR");
    qputenv("KD_HUNSPELL_DIR", QFile::encodeName(empty.path()));
    const auto speller = Speller::fromEnvironment();
    if (before.isEmpty())
        qunsetenv("KD_HUNSPELL_DIR");
    else
        qputenv("KD_HUNSPELL_DIR", before);
    QVERIFY(!speller->isValid());
    QVERIFY2(speller->error().contains(s("nl.aff")), qPrintable(speller->error()));
    // Without a dictionary nothing is misspelt and nothing suggested.
    QVERIFY(speller->isCorrect(u"informatei"));
    QCOMPARE(speller->suggestions(s("informatei")), QStringList());
    QVERIFY(Spelling::misspelt(*speller, s("informatei"), false, AcceptedWords()).isEmpty());
    // One file missing is said too.
    QFile aff(empty.filePath(s("nl.aff")));
    QVERIFY(aff.open(QIODevice::WriteOnly));
    aff.close();
    const auto half = Speller::fromDirectory(empty.path());
    QVERIFY(!half->isValid());
    QVERIFY2(half->error().contains(s("nl.dic")), qPrintable(half->error()));
}

void tst_Spelling::threads()
{
    // A fresh speller, so the threads fill the cache together.
    const auto speller = Speller::fromEnvironment();
    QVERIFY(speller->isValid());
    const QStringList words = s("de huisarts deelt informatie informatei met Veilig Thuis "
                                "beroepsgeheim meldrecht xqzvk kindermishandeling Zorgg "
                                "wijkagent jeugdzorgwerker schoool gemeente")
                                  .split(u' ');
    QList<bool> expected;
    for (const QString &word : words)
        expected << Speller::dutch()->isCorrect(word);
    std::vector<QList<bool>> answers(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round) {
                QList<bool> got;
                for (const QString &word : words)
                    got << speller->isCorrect(word);
                if (round == 0 || got != answers[size_t(t)])
                    answers[size_t(t)] = got;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QList<bool> &got : answers)
        QCOMPARE(got, expected);
    QVERIFY(expected.contains(false));
    QVERIFY(expected.contains(true));
}

QTEST_GUILESS_MAIN(tst_Spelling)
#include "tst_spelling.moc"
