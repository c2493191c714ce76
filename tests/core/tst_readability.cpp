#include "text/readability.h"

#include <QTest>

using namespace kd;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Readability plain(const char *text)
{
    return Readability::measure(s(text), false);
}

Readability markdown(const char *text)
{
    return Readability::measure(s(text), true);
}

} // namespace

class tst_Readability : public QObject
{
    Q_OBJECT

private slots:
    void syllables_data();
    void syllables();
    void wordsAndNumbers();
    void sentenceEnds();
    void markdownSyntaxIsNoWords();
    void fleschDouma();
    void problems();
};

void tst_Readability::syllables_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("count");
    QTest::newRow("one") << s("kind") << 1;
    QTest::newRow("long vowel") << s("school") << 1;
    QTest::newRow("ij") << s("tijd") << 1;
    QTest::newRow("two") << s("ouders") << 2;
    QTest::newRow("ui") << s("huisarts") << 2;
    QTest::newRow("three") << s("geheimen") << 3;
    QTest::newRow("trema") << s("ideeën") << 3;
    QTest::newRow("trema i") << s("geïnd") << 2;
    QTest::newRow("compound") << s("beroepsgeheim") << 4;
    QTest::newRow("capitals") << s("VEILIG") << 2;
    QTest::newRow("no vowel") << s("st") << 1;
}

void tst_Readability::syllables()
{
    QFETCH(QString, word);
    QFETCH(int, count);
    const Readability r = Readability::measure(word, false);
    QCOMPARE(r.words, 1);
    QCOMPARE(r.syllables, count);
}

void tst_Readability::wordsAndNumbers()
{
    // A hyphen or apostrophe inside a word keeps it one word; numbers are no words.
    const Readability r = plain("Zorg-en-veiligheid voor auto's op 7:457 en 2026-12-01.");
    QCOMPARE(r.words, 5);
    QCOMPARE(r.sentences, 1);
    QCOMPARE(plain("").words, 0);
    QCOMPARE(plain("  \n  ").sentences, 0);
    // Five syllables or more is a long word.
    QCOMPARE(plain("kindermishandeling").longWords, 1);
    QCOMPARE(plain("huisarts").longWords, 0);
}

void tst_Readability::sentenceEnds()
{
    QCOMPARE(plain("Een zin. Nog een zin! En nu? Ja").sentences, 4);
    // An abbreviation or a citation does not end a sentence: a lower-case word or a digit
    // follows.
    const Readability cited = plain("Zie art. 7:457 BW en bijv. de meldcode. Dan verder.");
    QCOMPARE(cited.sentences, 2);
    QCOMPARE(cited.longestSentence, 7);
    // A line break ends one; emphasis or a quote after the mark does not hide the end.
    QCOMPARE(plain("Eerst dit\nen dan dat").sentences, 2);
    // In Markdown a line break inside a paragraph is a space; a block ends a sentence.
    QCOMPARE(markdown("Eerst dit\nen dan dat").sentences, 1);
    QCOMPARE(markdown("Eerst dit\n\nen dan dat").sentences, 2);
    QCOMPARE(markdown("Lijst:\n- een\n- twee\n1. drie\n# Kop\n> citaat").sentences, 6);
    QCOMPARE(markdown("Het is *zo*. Echt \"waar\". Klaar").sentences, 3);
    const Readability r = plain("Een twee drie vier. Vijf zes.");
    QCOMPARE(r.longestSentence, 4);
    QCOMPARE(r.wordsPerSentence(), 3.0);
}

void tst_Readability::markdownSyntaxIsNoWords()
{
    const Readability r = markdown("Bel [Veilig Thuis](https://veiligthuis.nl/advies-en-melding) "
                                   "of mail <info@example.org> met `code hier` en **nadruk**.");
    // Bel, Veilig, Thuis, of, mail, met, en, nadruk.
    QCOMPARE(r.words, 8);
    // Read as plain text, the address is words too.
    QVERIFY(Readability::measure(s("[a](https://veiligthuis.nl)"), false).words > 1);
    QCOMPARE(markdown("Een <b zonder einde").words, 4); // an unclosed bracket is text
}

void tst_Readability::fleschDouma()
{
    // 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words).
    const Readability r = plain("De kat zit op de mat. De hond slaapt.");
    QCOMPARE(r.words, 9);
    QCOMPARE(r.sentences, 2);
    QCOMPARE(r.syllables, 9);
    QCOMPARE(r.readingEase(), 206.835 - 0.93 * 4.5 - 77.0);
    QCOMPARE(Readability().readingEase(), 0.0);
}

void tst_Readability::problems()
{
    QCOMPARE(plain("De kat zit op de mat.").problems(), Readability::Problems());
    // A short text is not judged by its score, however hard its words.
    const Readability hard
        = plain("Kindermishandelingsprotocollen verantwoordelijkheidsverdeling.");
    QVERIFY(hard.readingEase() < 50);
    QCOMPARE(hard.problems(), Readability::Problems());
    Readability::Limits strict;
    strict.minimumWords = 1;
    QCOMPARE(hard.problems(strict), Readability::Problems(Readability::Problem::LowEase));

    QString longSentence;
    for (int i = 0; i < 31; ++i)
        longSentence += QStringLiteral("kat ");
    const Readability one = Readability::measure(longSentence, false);
    QCOMPARE(one.longestSentence, 31);
    QCOMPARE(one.problems(),
             Readability::Problem::LongAverage | Readability::Problem::LongSentence);
    // Several short sentences beside one long one: long, but not on average.
    const Readability mixed = Readability::measure(
        QString(longSentence + QStringLiteral(". Ja. Nee. Ja. Nee. Ja. Nee. Goed zo.")), false);
    QCOMPARE(mixed.problems(), Readability::Problems(Readability::Problem::LongSentence));

    const auto sentence = [](int words) -> QString {
        QString text;
        for (int i = 0; i < words; ++i)
            text += i == 0 ? QStringLiteral("De") : QStringLiteral(" kat");
        return text + QStringLiteral(". ");
    };
    // One sentence of 22 words is judged by the sentence limit, not by the average...
    QCOMPARE(Readability::measure(sentence(22), false).problems(), Readability::Problems());
    // ...but two of 21 (42 words) are long on average.
    QCOMPARE(Readability::measure(QString(sentence(21) + sentence(21)), false).problems(),
             Readability::Problems(Readability::Problem::LongAverage));
    // The average is judged as the form shows it, to one decimal: 501 / 25 = 20.04 reads "20.0".
    QString almost;
    for (int i = 0; i < 24; ++i)
        almost += sentence(20);
    almost += sentence(21);
    const Readability shown = Readability::measure(almost, false);
    QCOMPARE(shown.words, 501);
    QCOMPARE(shown.problems(), Readability::Problems());
}

QTEST_GUILESS_MAIN(tst_Readability)
#include "tst_readability.moc"
