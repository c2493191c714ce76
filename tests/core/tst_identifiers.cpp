#include "model/entitykind.h"
#include "model/enums.h"
#include "model/identifiers.h"

#include <QSet>
#include <QTest>

using namespace kd;

class tst_Identifiers : public QObject
{
    Q_OBJECT

private slots:
    void uidsAreUniqueAndWellFormed();
    void uidShape_data();
    void uidShape();
    void keyShape_data();
    void keyShape();
    void keyFromText_data();
    void keyFromText();
    void enumNamesRoundTrip();
};

void tst_Identifiers::uidsAreUniqueAndWellFormed()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString uid = Identifiers::createUid();
        QVERIFY2(Identifiers::isValidUid(uid), qPrintable(uid));
        QVERIFY(!seen.contains(uid));
        seen.insert(uid);
    }
}

void tst_Identifiers::uidShape_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << "0f8fad5b-d9cb-469f-a165-70867728950e" << true;
    QTest::newRow("upper") << "0F8FAD5B-D9CB-469F-A165-70867728950E" << false;
    QTest::newRow("braces") << "{0f8fad5b-d9cb-469f-a165-70867728950e}" << false;
    QTest::newRow("short") << "0f8fad5b-d9cb-469f-a165-70867728950" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("final line break") << "0f8fad5b-d9cb-469f-a165-70867728950e\n" << false;
    QTest::newRow("dash misplaced") << "0f8fad5bd-9cb-469f-a165-70867728950e" << false;
}

void tst_Identifiers::uidShape()
{
    QFETCH(QString, uid);
    QFETCH(bool, valid);
    QCOMPARE(Identifiers::isValidUid(uid), valid);
}

void tst_Identifiers::keyShape_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "huisarts" << true;
    QTest::newRow("dashed") << "familie-de-vries" << true;
    QTest::newRow("digits") << "wmo-2015" << true;
    QTest::newRow("single char") << "a" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("upper") << "Huisarts" << false;
    QTest::newRow("leading dash") << "-huisarts" << false;
    QTest::newRow("trailing dash") << "huisarts-" << false;
    QTest::newRow("double dash") << "familie--de-vries" << false;
    QTest::newRow("space") << "familie de vries" << false;
    QTest::newRow("underscore") << "familie_de_vries" << false;
    QTest::newRow("diacritic") << "één" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("final line break") << "huisarts\n" << false;
}

void tst_Identifiers::keyShape()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(Identifiers::isValidKey(key), valid);
}

void tst_Identifiers::keyFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("title") << "Familie De Vries"
                           << "familie-de-vries";
    QTest::newRow("diacritics") << "Één café, geërfd"
                                << "een-cafe-geerfd";
    QTest::newRow("punctuation") << "  Wmo 2015: art. 5.2.6! "
                                 << "wmo-2015-art-5-2-6";
    QTest::newRow("nothing usable") << "?!"
                                    << "";
}

void tst_Identifiers::keyFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(Identifiers::keyFromText(text), key);
    if (!key.isEmpty())
        QVERIFY(Identifiers::isValidKey(key));
}

void tst_Identifiers::enumNamesRoundTrip()
{
    for (const QString &name : secrecyRegimeNames())
        QCOMPARE(toName(*secrecyRegimeFromName(name)), name);
    for (const QString &name : assessmentNames())
        QCOMPARE(toName(*assessmentFromName(name)), name);
    for (const QString &name : reviewStateNames())
        QCOMPARE(toName(*reviewStateFromName(name)), name);
    QVERIFY(!secrecyRegimeFromName(QStringLiteral("Medical-Secrecy")));
    QCOMPARE(toName(EntityKind::LegalSource), QStringLiteral("legal-source"));
    QVERIFY(entityKindFromName(QStringLiteral("glossary-term")) == EntityKind::GlossaryTerm);
}

QTEST_GUILESS_MAIN(tst_Identifiers)
#include "tst_identifiers.moc"
