#include "testprojects.h"

#include "commands/changeproperty.h"
#include "commands/structurecommands.h"
#include "document/projectdocument.h"
#include "document/replaceall.h"
#include "storage/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using kd::testing::uid;

// The full-text index: every text field, kept in step by the store (triggers in the same
// transaction) through edits and their undo, with diacritics and case folded.
class tst_Search : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsEveryKindOfField_data();
    void findsEveryKindOfField();
    void diacriticsAndCaseFold_data();
    void diacriticsAndCaseFold();
    void hostileQueriesAreText_data();
    void hostileQueriesAreText();
    void followsEditsAndUndo();
    void deletingAScenarioDropsItsRows();
    void snippetMarksTheMatch();
    void replaceAllIsOneUndoStep();

private:
    QList<SearchHit> search(const QString &query);
    ProjectStore *store() { return m_store.get(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectStore> m_store;
    ProjectDocument *m_doc = nullptr;
};

void tst_Search::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("search-%1.kdproj").arg(++n));
    StoreError error;
    QVERIFY(ProjectStore::writeNew(m_path, kd::testing::fullProject(), false, &error));
    m_doc = new ProjectDocument;
    QVERIFY(m_doc->open(m_path, ProjectStore::OpenMode::ReadWrite, &error));
    // A second, read-only connection sees what the document committed.
    m_store = ProjectStore::open(m_path, ProjectStore::OpenMode::ReadOnly, &error);
    QVERIFY(m_store);
}

void tst_Search::cleanup()
{
    m_store.reset();
    delete m_doc;
}

QList<SearchHit> tst_Search::search(const QString &query)
{
    QList<SearchHit> hits;
    if (!m_store->search(query, 50, &hits))
        qWarning() << m_store->lastError().message;
    return hits;
}

void tst_Search::findsEveryKindOfField_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("field");
    QTest::newRow("project description") << "zwijgen delen" << uid(1) << "description";
    QTest::newRow("legal source identifier") << "BWBR0005290" << uid(30) << "identifier";
    QTest::newRow("legal source full title") << "verordening" << uid(31) << "fullTitle";
    QTest::newRow("professional") << "medisch" << uid(40) << "description";
    QTest::newRow("theme") << "wanneer toestemming" << uid(50) << "description";
    QTest::newRow("glossary, right-to-left") << "סודיות" << uid(60) << "definition";
    QTest::newRow("scenario calamity basis") << "geanonimiseerd" << uid(70) << "calamityBasis";
    QTest::newRow("person role") << "moeder" << uid(80) << "role";
    QTest::newRow("segment period") << "voorjaar" << uid(90) << "periodLabel";
    QTest::newRow("dilemma solution") << "veiligheid gevaar" << uid(100) << "solutionDirection";
    QTest::newRow("option feedback") << "risico" << uid(112) << "feedback";
    QTest::newRow("legal reference note") << "kern" << uid(120) << "note";
    QTest::newRow("prefix") << "proportional" << uid(100) << "considerations";
    QTest::newRow("key") << "toestemming-ouders" << uid(100) << "key";
}

void tst_Search::findsEveryKindOfField()
{
    QFETCH(QString, query);
    QFETCH(QString, uid);
    QFETCH(QString, field);
    const QList<SearchHit> hits = search(query);
    const bool found = std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &h) {
        return h.uid == uid && h.field == field;
    });
    QVERIFY2(found, qPrintable(query));
}

void tst_Search::diacriticsAndCaseFold_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("uid");
    QTest::newRow("een finds één") << "een" << uid(1);
    QTest::newRow("ÉÉN finds één") << "ÉÉN" << uid(1);
    QTest::newRow("ozdemir finds Özdemir") << "ozdemir" << uid(70);
    QTest::newRow("ayse finds Ayşe") << "ayse" << uid(80);
    QTest::newRow("Ayşe finds Ayşe") << "Ayşe" << uid(80);
}

void tst_Search::diacriticsAndCaseFold()
{
    QFETCH(QString, query);
    QFETCH(QString, uid);
    const QList<SearchHit> hits = search(query);
    QVERIFY2(
        std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &h) { return h.uid == uid; }),
        qPrintable(query));
}

void tst_Search::hostileQueriesAreText_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q : {"\"", "\"\"\"", "*", "(", ")", "AND", "OR NOT", "NEAR(a b)", "a:b", "-",
                          "^", "'; DROP TABLE dilemma; --", "{x}", "   ", ""})
        QTest::newRow(q) << QString::fromUtf8(q);
}

void tst_Search::hostileQueriesAreText()
{
    QFETCH(QString, query);
    QList<SearchHit> hits;
    QVERIFY2(m_store->search(query, 10, &hits), qPrintable(m_store->lastError().message));
    QVERIFY(m_doc->find<Dilemma>(uid(100))); // nothing was dropped
}

void tst_Search::followsEditsAndUndo()
{
    QVERIFY(!search("schoolarts").size());
    m_doc->undoStack()->push(new ChangeProperty<Dilemma, QString>(
        m_doc, uid(100), &Dilemma::question, "question", "question", "Bel je de schoolarts?"));
    QCOMPARE(search("schoolarts").size(), 1);
    QCOMPARE(search("schoolarts").first().field, QStringLiteral("question"));
    QVERIFY(search("zorgen school").isEmpty()); // the old question is gone from the index
    m_doc->undoStack()->undo();
    QVERIFY(search("schoolarts").isEmpty());
    QCOMPARE(search("zorgen school").size(), 1);

    m_doc->undoStack()->push(new RemoveEntity<Option>(m_doc, uid(112), "Delete option"));
    QVERIFY(search("risico").isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(search("risico").size(), 1);
    m_doc->undoStack()->push(new InsertEntity<Theme>(
        m_doc, {}, 1, Theme{uid(600), "huiselijk-geweld", "Huiselijk geweld", {}, 0}, "Add"));
    QCOMPARE(search("huiselijk").size(), 2); // key and label
}

void tst_Search::deletingAScenarioDropsItsRows()
{
    m_doc->undoStack()->push(new RemoveEntity<Scenario>(m_doc, uid(70), "Delete scenario"));
    for (const char *q : {"moeder", "voorjaar", "risico", "kern", "proportionaliteit"})
        QVERIFY2(search(q).isEmpty(), q);
    m_doc->undoStack()->undo();
    for (const char *q : {"moeder", "voorjaar", "risico", "kern", "proportionaliteit"})
        QVERIFY2(!search(q).isEmpty(), q);
}

void tst_Search::snippetMarksTheMatch()
{
    const QList<SearchHit> hits = search("ozdemir");
    QVERIFY(!hits.isEmpty());
    const QString marked = QString(ProjectStore::matchStart) + "Özdemir" + ProjectStore::matchEnd;
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &h) {
        return h.field == QLatin1String("title") && h.snippet.contains(marked);
    }));
}

void tst_Search::replaceAllIsOneUndoStep()
{
    // "toestemming" occurs in six text fields and in two keys; keys stay as they are.
    const Project before = m_doc->project();
    const int changed = ReplaceAll::run(m_doc, "toestemming", "instemming");
    QVERIFY(changed >= 3);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->undoStack()->undoText().contains("instemming"));
    QCOMPARE(m_doc->find<Theme>(uid(50))->label, QStringLiteral("instemming"));
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->key, QStringLiteral("toestemming-ouders"));
    QVERIFY(m_doc->find<Dilemma>(uid(100))->question.contains("instemming"));
    QCOMPARE(search("toestemming").size(), 2); // only the keys are left: theme and dilemma
    QCOMPARE(search("instemming").size(), changed);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->find<Theme>(uid(50))->label, before.themes[0].label);
    QVERIFY(search("instemming").isEmpty());
    // Nothing to replace: no step at all.
    QCOMPARE(ReplaceAll::run(m_doc, "bestaat-niet-xyz", "x"), 0);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
