#include "model/project.h"
#include "text/plainlanguage.h"

#include <QTest>

using namespace kd;

class tst_PlainLanguage : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheJargonList();
    void findsJargonAsWholeWords();
    void glossaryTermsAreNotJargon();
    void limitsAreTheProjectsOrTheDefaults();
    void newProjectsGetTheDefaultJargonList();
};

void tst_PlainLanguage::parsesTheJargonList()
{
    const QList<JargonTerm> terms = PlainLanguage::parseJargon(
        QStringLiteral("derhalve = daarom\n\n# een opmerking\n  ten behoeve van=voor  \n"
                       "thans\n = zonder term\n"));
    QCOMPARE(terms.size(), 3);
    QCOMPARE(terms[0], (JargonTerm{QStringLiteral("derhalve"), QStringLiteral("daarom")}));
    QCOMPARE(terms[1], (JargonTerm{QStringLiteral("ten behoeve van"), QStringLiteral("voor")}));
    QCOMPARE(terms[2], (JargonTerm{QStringLiteral("thans"), QString()}));
}

void tst_PlainLanguage::findsJargonAsWholeWords()
{
    Project project;
    project.info.jargon = QStringLiteral("derhalve = daarom\nten behoeve van = voor\n");
    const PlainLanguage plain = PlainLanguage::of(project);
    const QString text
        = QStringLiteral("Derhalve deelt zij, ten\nbehoeve van het kind, meer. "
                         "Een derhalvebeslissing en [derhalve](https://x.nl/derhalve) `derhalve`.");
    const QList<JargonUse> uses = plain.jargonIn(text, true);
    QCOMPARE(uses.size(), 3);
    QCOMPARE(text.mid(uses[0].position, uses[0].length), QStringLiteral("Derhalve"));
    QCOMPARE(uses[0].term, 0);
    QCOMPARE(text.mid(uses[1].position, uses[1].length), QStringLiteral("ten\nbehoeve van"));
    QCOMPARE(plain.jargon().at(uses[1].term).alternative, QStringLiteral("voor"));
    // The link's text is read; its address and the code span are not.
    QCOMPARE(text.mid(uses[2].position, uses[2].length), QStringLiteral("derhalve"));
    QCOMPARE(uses[2].position, text.indexOf(QStringLiteral("[derhalve]")) + 1);
}

void tst_PlainLanguage::glossaryTermsAreNotJargon()
{
    Project project;
    project.info.jargon = QStringLiteral("meldrecht = recht om te melden\nderhalve = daarom");
    project.glossary.append({QStringLiteral("u1"), QStringLiteral("meldrecht"),
                             QStringLiteral("Meldrecht"), QStringLiteral("..."), 0});
    const PlainLanguage plain = PlainLanguage::of(project);
    QCOMPARE(plain.jargon().size(), 1);
    QVERIFY(plain.jargonIn(QStringLiteral("Het meldrecht geldt."), false).isEmpty());
}

void tst_PlainLanguage::limitsAreTheProjectsOrTheDefaults()
{
    ProjectInfo info;
    const Readability::Limits defaults;
    QCOMPARE(PlainLanguage::limitsOf(info).minimumEase, defaults.minimumEase);
    QCOMPARE(PlainLanguage::limitsOf(info).maximumSentence, defaults.maximumSentence);
    info.minimumReadingEase = 60;
    info.maximumAverageSentence = 15;
    info.maximumSentence = 25;
    const Readability::Limits set = PlainLanguage::limitsOf(info);
    QCOMPARE(set.minimumEase, 60);
    QCOMPARE(set.maximumAverage, 15);
    QCOMPARE(set.maximumSentence, 25);
    QCOMPARE(set.minimumWords, defaults.minimumWords);
}

void tst_PlainLanguage::newProjectsGetTheDefaultJargonList()
{
    const QList<JargonTerm> seeded = PlainLanguage::parseJargon(Project::defaultJargon());
    QVERIFY(seeded.size() >= 10);
    QVERIFY(seeded.contains(JargonTerm{QStringLiteral("derhalve"), QStringLiteral("daarom")}));
    for (const JargonTerm &term : seeded)
        QVERIFY2(!term.alternative.isEmpty(), qPrintable(term.term));
}

QTEST_GUILESS_MAIN(tst_PlainLanguage)
#include "tst_plainlanguage.moc"
