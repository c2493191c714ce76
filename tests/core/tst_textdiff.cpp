#include "text/textdiff.h"

#include <QTest>

using namespace kd;

Q_DECLARE_METATYPE(kd::DiffRun)

namespace {

using Kind = DiffRun::Kind;

DiffRun eq(const char *text)
{
    return {Kind::Equal, QString::fromUtf8(text)};
}

DiffRun del(const char *text)
{
    return {Kind::Deleted, QString::fromUtf8(text)};
}

DiffRun ins(const char *text)
{
    return {Kind::Inserted, QString::fromUtf8(text)};
}

QString side(const QList<DiffRun> &runs, Kind skipped)
{
    QString text;
    for (const DiffRun &run : runs)
        if (run.kind != skipped)
            text += run.text;
    return text;
}

} // namespace

class tst_TextDiff : public QObject
{
    Q_OBJECT

private slots:
    void runs_data();
    void runs();
    void rebuildsBothTexts_data();
    void rebuildsBothTexts();
    void changeStaysInItsParagraph();
};

void tst_TextDiff::runs_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<DiffRun>>("expected");

    QTest::newRow("same") << "Bel de huisarts."
                          << "Bel de huisarts." << QList<DiffRun>{eq("Bel de huisarts.")};
    QTest::newRow("both empty") << ""
                                << "" << QList<DiffRun>{};
    QTest::newRow("one word") << "De huisarts belt de wijkagent."
                              << "De huisarts mailt de wijkagent."
                              << QList<DiffRun>{eq("De huisarts "), del("belt"), ins("mailt"),
                                                eq(" de wijkagent.")};
    // Two changed words with the space between them are one change, not two.
    QTest::newRow("adjacent words")
        << "the quick brown fox"
        << "the slow red fox"
        << QList<DiffRun>{eq("the "), del("quick brown"), ins("slow red"), eq(" fox")};
    QTest::newRow("word added") << "Vraag toestemming."
                                << "Vraag eerst toestemming."
                                << QList<DiffRun>{eq("Vraag "), ins("eerst "), eq("toestemming.")};
    QTest::newRow("punctuation") << "Ja, meteen."
                                 << "Ja; meteen."
                                 << QList<DiffRun>{eq("Ja"), del(","), ins(";"), eq(" meteen.")};
    QTest::newRow("from nothing") << ""
                                  << "Nieuw." << QList<DiffRun>{ins("Nieuw.")};
    QTest::newRow("to nothing") << "Oud."
                                << "" << QList<DiffRun>{del("Oud.")};
    QTest::newRow("accents are letters")
        << "één café"
        << "één cafés" << QList<DiffRun>{eq("één "), del("café"), ins("cafés")};
}

void tst_TextDiff::runs()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<DiffRun>, expected);
    const QList<DiffRun> actual = TextDiff::compare(before, after);
    if (actual != expected) {
        for (const DiffRun &run : actual)
            qWarning() << int(run.kind) << run.text;
    }
    QCOMPARE(actual, expected);
}

void tst_TextDiff::rebuildsBothTexts_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("paragraphs")
        << "Eerste alinea.\n\nTweede alinea met *nadruk*.\nDerde regel."
        << "Eerste alinea.\n\nTweede alinea zonder nadruk.\nNieuwe regel.\nDerde regel.\n";
    QTest::newRow("reordered lines") << "a\nb\nc\n"
                                     << "c\na\nb\n";
    QTest::newRow("all different") << "x y z"
                                   << "p\nq";
    QTest::newRow("white space only") << "a  b\t c"
                                      << "a b c";
}

void tst_TextDiff::rebuildsBothTexts()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QList<DiffRun> runs = TextDiff::compare(before, after);
    QCOMPARE(side(runs, Kind::Inserted), before);
    QCOMPARE(side(runs, Kind::Deleted), after);
    for (qsizetype i = 1; i < runs.size(); ++i)
        QVERIFY2(runs.at(i).kind != runs.at(i - 1).kind, "neighbouring runs of one kind");
}

void tst_TextDiff::changeStaysInItsParagraph()
{
    const QString before = QStringLiteral("Een.\nTwee drie vier.\nVijf.\n");
    const QString after = QStringLiteral("Een.\nTwee DRIE vier.\nVijf.\n");
    const QList<DiffRun> runs = TextDiff::compare(before, after);
    QCOMPARE(runs,
             (QList<DiffRun>{eq("Een.\nTwee "), del("drie"), ins("DRIE"), eq(" vier.\nVijf.\n")}));
}

QTEST_GUILESS_MAIN(tst_TextDiff)
#include "tst_textdiff.moc"
