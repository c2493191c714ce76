#include "testprojects.h"

#include "commands/addreview.h"
#include "commands/changeproperty.h"
#include "commands/structurecommands.h"
#include "document/projectdocument.h"
#include "document/replaceall.h"
#include "review/reviewledger.h"
#include "storage/projectstore.h"
#include "widgets/searchdock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace kd;
using kd::testing::uid;

namespace {

// Answers the next message box with button, keeping its text in *text.
void answerNextMessage(QMessageBox::StandardButton button, QString *text, int attempts = 100)
{
    QTimer::singleShot(20, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                answerNextMessage(button, text, attempts - 1);
            return;
        }
        *text = box->text();
        box->button(button)->click();
    });
}

// The dock's item data roles for a result's uid and field (searchdock.cpp).
constexpr int uidRole = Qt::UserRole + 2;
constexpr int fieldRole = Qt::UserRole + 3;

// The results' rows as (uid, field).
QList<std::pair<QString, QString>> rowsOf(const SearchDock &dock)
{
    QList<std::pair<QString, QString>> rows;
    for (int i = 0; i < dock.results()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = dock.results()->topLevelItem(i);
        rows.append({item->data(0, uidRole).toString(), item->data(0, fieldRole).toString()});
    }
    return rows;
}

QTreeWidgetItem *resultFor(const SearchDock &dock, const QString &uid, const QString &field)
{
    const QList<std::pair<QString, QString>> rows = rowsOf(dock);
    const qsizetype row = rows.indexOf(std::pair(uid, field));
    return row < 0 ? nullptr : dock.results()->topLevelItem(int(row));
}

} // namespace

// The full-text index: every text field, kept in step by the store (triggers in the same
// transaction) through edits and their undo, with diacritics and case folded. Replace All and
// the search dock: what the search finds is what is replaced, the options, the context.
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
    void replacedSpans_data();
    void replacedSpans();
    void replaceAllFindsWhatTheSearchFinds();
    void replaceAllKeepsTheQuery();
    void contextIsPlainText();
    void replaceAllWarnsOfApprovals();
    void wholeWords();
    void scopeCurrentCaseAndDilemma();
    void replaceThisOne();

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

void tst_Search::replacedSpans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<QString>("expected");
    QTest::newRow("diacritics and case")
        << "Eén keer hard, zei ze."
        << "een keer hard"
        << "Twee keer zacht" << false << "Twee keer zacht, zei ze.";
    QTest::newRow("the rest keeps its diacritics")
        << "Ayşe zegt: Eén keer Één."
        << "EEN KEER"
        << "nog een keer" << false << "Ayşe zegt: nog een keer Één.";
    QTest::newRow("query with diacritics") << "Eén keer"
                                           << "één"
                                           << "twee" << false << "twee keer";
    QTest::newRow("decomposed text") << "E\u0301e\u0301n keer"
                                     << "een"
                                     << "twee" << false << "twee keer";
    QTest::newRow("any whitespace between words") << "eén\nkeer  hard"
                                                  << "een keer hard"
                                                  << "x" << false << "x";
    QTest::newRow("after emoji") << "😟 Één 👪 één"
                                 << "een"
                                 << "x" << false << "😟 x 👪 x";
    QTest::newRow("cedilla and umlaut") << "Familie Özdemir, Ayşe"
                                        << "ozdemir, ayse"
                                        << "X" << false << "Familie X";
    QTest::newRow("start of a word") << "toestemmingen"
                                     << "toestemming"
                                     << "instemming" << false << "instemmingen";
    QTest::newRow("not inside a word") << "geen keer"
                                       << "een"
                                       << "twee" << false << "geen keer";
    QTest::newRow("whole words") << "toestemmingen en Toestemming."
                                 << "toestemming"
                                 << "instemming" << true << "toestemmingen en instemming.";
    QTest::newRow("markup stays") << "Zie **Eén** [keer](https://x.nl)."
                                  << "een"
                                  << "twee" << false << "Zie **twee** [keer](https://x.nl).";
}

void tst_Search::replacedSpans()
{
    QFETCH(QString, text);
    QFETCH(QString, find);
    QFETCH(QString, replacement);
    QFETCH(bool, wholeWords);
    QFETCH(QString, expected);
    QCOMPARE(ReplaceAll::replaced(text, find, replacement, wholeWords), expected);
}

void tst_Search::replaceAllFindsWhatTheSearchFinds()
{
    m_doc->undoStack()->push(new ChangeProperty<Dilemma, QString>(
        m_doc, uid(100), &Dilemma::question, "question", "question",
        "Eén keer hard: deel je je zorgen met Ayşe?"));
    QCOMPARE(search("een keer hard").size(), 1);
    const int steps = m_doc->undoStack()->count();
    QCOMPARE(ReplaceAll::run(m_doc, "een keer hard", "Twee keer zacht"), 1);
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question,
             QStringLiteral("Twee keer zacht: deel je je zorgen met Ayşe?"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(search("een keer hard").isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question,
             QStringLiteral("Eén keer hard: deel je je zorgen met Ayşe?"));
}

void tst_Search::replaceAllKeepsTheQuery()
{
    SearchDock dock(m_doc);
    dock.setQuery("toestemming");
    dock.searchNow();
    QVERIFY(dock.results()->topLevelItemCount() > 2);
    dock.findChild<QLineEdit *>("searchReplacement")->setText("instemming");
    QString question;
    answerNextMessage(QMessageBox::Yes, &question);
    dock.findChild<QPushButton *>("searchReplaceAll")->click();
    QVERIFY(question.contains("toestemming"));
    QCOMPARE(dock.query(), QStringLiteral("toestemming"));
    // What still matches: the two keys, which are never replaced.
    const QList<std::pair<QString, QString>> left = rowsOf(dock);
    QCOMPARE(left.size(), 2);
    QVERIFY(
        std::all_of(left.cbegin(), left.cend(), [](const auto &r) { return r.second == "key"; }));
    QVERIFY(dock.status().startsWith("Replaced in "));
    QCOMPARE(dock.status(),
             QStringLiteral("Replaced in %1 fields").arg(search("instemming").size()));
}

void tst_Search::contextIsPlainText()
{
    m_doc->undoStack()->push(new ChangeProperty<GlossaryTerm, QString>(
        m_doc, uid(60), &GlossaryTerm::definition, "definition", "definition",
        "# Kop\n\nDe plicht om te **zwijgen**, zie [de wet](https://wetten.nl/x) en "
        "`code`.\n\n- een\n- twee"));
    SearchDock dock(m_doc);
    auto contextOf = [&](const char *query, const QString &uid, const QString &field) {
        dock.setQuery(query);
        dock.searchNow();
        const QTreeWidgetItem *item = resultFor(dock, uid, field);
        return item ? item->text(2) : QStringLiteral("(no result)");
    };
    QCOMPARE(contextOf("zwijgen", uid(60), "definition"),
             QStringLiteral("Kop De plicht om te «zwijgen», zie de wet en code. een twee"));
    QCOMPARE(contextOf("de wet", uid(60), "definition"),
             QStringLiteral("Kop De plicht om te zwijgen, zie «de wet» en code. een twee"));
    QCOMPARE(contextOf("veilig thuis", uid(100), "situation"),
             QStringLiteral("Noah komt vaak te laat; zie «Veilig Thuis»."));
    QCOMPARE(contextOf("delen", uid(1), "description"),
             QStringLiteral("Een casus over «delen» en zwijgen. één twee"));
    // A long field: the part around the match, cut at words.
    m_doc->undoStack()->push(new ChangeProperty<Dilemma, QString>(
        m_doc, uid(100), &Dilemma::considerations, "considerations", "considerations",
        QString("Eerste woorden. ").repeated(10) + "Weeg *proportionaliteit* af. "
            + QString("Laatste woorden. ").repeated(10)));
    const QString cut = contextOf("proportionaliteit", uid(100), "considerations");
    QVERIFY2(cut.startsWith(u'…') && cut.endsWith(u'…'), qPrintable(cut));
    QVERIFY2(cut.contains("Weeg «proportionaliteit» af."), qPrintable(cut));
    QVERIFY2(!cut.contains('*'), qPrintable(cut));
}

void tst_Search::replaceAllWarnsOfApprovals()
{
    // Approvals that count: the dilemma and both legal sources (the fixture's own is stale).
    QString reason;
    for (int n : {100, 30, 31}) {
        std::unique_ptr<AddReview> approval
            = AddReview::approve(m_doc, uid(n), testing::testReviewerKey(), {}, &reason);
        QVERIFY2(approval, qPrintable(reason));
        m_doc->undoStack()->push(approval.release());
    }
    // "toestemming" is in the dilemma's question and solution and in BW 7:457's summary, not
    // in the AVG's; the theme's label changes too, but themes are not reviewed.
    const QList<ReplaceAll::Change> changes = ReplaceAll::plan(*m_doc, "toestemming", "instemming");
    QCOMPARE(ReplaceAll::approvalsMadeStale(*m_doc, changes), QStringList({uid(100), uid(30)}));

    SearchDock dock(m_doc);
    dock.setQuery("toestemming");
    dock.searchNow();
    dock.findChild<QLineEdit *>("searchReplacement")->setText("instemming");
    const int steps = m_doc->undoStack()->count();
    QString question;
    answerNextMessage(QMessageBox::No, &question);
    dock.findChild<QPushButton *>("searchReplaceAll")->click();
    QVERIFY2(question.contains("This will make 2 approved items need review again:"),
             qPrintable(question));
    QVERIFY2(question.contains("Legal source: BW 7:457"), qPrintable(question));
    QVERIFY2(!question.contains("AVG"), qPrintable(question));
    QCOMPARE(m_doc->undoStack()->count(), steps); // No: nothing replaced

    answerNextMessage(QMessageBox::Yes, &question);
    dock.findChild<QPushButton *>("searchReplaceAll")->click();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    // The warning was right: exactly those two need review now.
    const ReviewLedger ledger(m_doc->project());
    QVERIFY(ledger.statusOf(uid(100))->stale);
    QVERIFY(ledger.statusOf(uid(30))->stale);
    QVERIFY(ledger.statusOf(uid(31))->isApprovedAndCurrent());
    // An approval that no longer counts costs nothing more: no warning.
    QVERIFY(
        ReplaceAll::approvalsMadeStale(*m_doc, ReplaceAll::plan(*m_doc, "zorgen", "x")).isEmpty());
}

void tst_Search::wholeWords()
{
    SearchDock dock(m_doc);
    auto *wholeWords = dock.findChild<QCheckBox *>("searchWholeWords");
    dock.setQuery("toestem");
    dock.searchNow();
    QVERIFY(dock.results()->topLevelItemCount() > 0);
    wholeWords->setChecked(true);
    QCOMPARE(dock.results()->topLevelItemCount(), 0);

    // "zorg" is the life domain's key and label; "zorgen" (question, summary) is not it.
    dock.setQuery("zorg");
    dock.searchNow();
    const QList<std::pair<QString, QString>> rows = rowsOf(dock);
    QCOMPARE(rows.size(), 2);
    QVERIFY(
        std::all_of(rows.cbegin(), rows.cend(), [](const auto &r) { return r.first == uid(10); }));
    QCOMPARE(dock.replaceAll("welzijn"), 1);
    QCOMPARE(m_doc->find<LifeDomain>(uid(10))->label, QStringLiteral("welzijn"));
    QCOMPARE(m_doc->find<LifeDomain>(uid(10))->key, QStringLiteral("zorg"));
    QVERIFY(m_doc->find<Dilemma>(uid(100))->question.contains("zorgen"));
    QVERIFY(m_doc->find<Scenario>(uid(70))->summary.contains("zorgen"));
}

void tst_Search::scopeCurrentCaseAndDilemma()
{
    SearchDock dock(m_doc);
    auto *scope = dock.findChild<QComboBox *>("searchScope");
    dock.setQuery("toestemming");
    dock.searchNow();
    const qsizetype everywhere = rowsOf(dock).size();
    scope->setCurrentIndex(1); // the current case
    QCOMPARE(dock.results()->topLevelItemCount(), 0);
    QVERIFY2(dock.status().startsWith("Select a scenario"), qPrintable(dock.status()));

    dock.setCurrentEntity(EntityKind::Option, uid(112)); // in the case's only dilemma
    QList<std::pair<QString, QString>> rows = rowsOf(dock);
    QVERIFY(!rows.isEmpty() && rows.size() < everywhere);
    QVERIFY(
        std::all_of(rows.cbegin(), rows.cend(), [](const auto &r) { return r.first == uid(100); }));

    // The dilemma: "zorgen" is in its question, and in the case's summary outside it.
    dock.setQuery("zorgen");
    dock.searchNow();
    QCOMPARE(rowsOf(dock).size(), 2);
    scope->setCurrentIndex(2);
    rows = rowsOf(dock);
    QCOMPARE(rows, (QList<std::pair<QString, QString>>{{uid(100), "question"}}));
    dock.setCurrentEntity(EntityKind::Scenario, uid(70)); // holds no dilemma of its own
    QCOMPARE(dock.results()->topLevelItemCount(), 0);

    // Replace All stays in the case: the theme and the legal source keep "toestemming".
    scope->setCurrentIndex(1);
    dock.setQuery("toestemming");
    QVERIFY(dock.replaceAll("instemming") >= 2);
    QVERIFY(m_doc->find<Dilemma>(uid(100))->question.contains("instemming"));
    QCOMPARE(m_doc->find<Theme>(uid(50))->label, QStringLiteral("Toestemming"));
    QVERIFY(m_doc->find<LegalSource>(uid(30))->summary.contains("toestemming"));
}

void tst_Search::replaceThisOne()
{
    m_doc->undoStack()->push(new ChangeProperty<Dilemma, QString>(
        m_doc, uid(100), &Dilemma::situation, "situation", "situation",
        "Eén keer hard roepen helpt niet; een keer hard is genoeg."));
    SearchDock dock(m_doc);
    auto *replaceOne = dock.findChild<QPushButton *>("searchReplaceOne");
    dock.setQuery("een keer hard");
    dock.searchNow();
    QVERIFY(!replaceOne->isEnabled()); // nothing selected
    dock.results()->setCurrentItem(resultFor(dock, uid(100), "situation"));
    QVERIFY(replaceOne->isEnabled());
    const int steps = m_doc->undoStack()->count();
    const QString solution = m_doc->find<Dilemma>(uid(100))->solutionDirection;
    dock.findChild<QLineEdit *>("searchReplacement")->setText("twee keer zacht");
    replaceOne->click();
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->situation,
             QStringLiteral("twee keer zacht roepen helpt niet; twee keer zacht is genoeg."));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(m_doc->undoStack()->undoText().contains("twee keer zacht"));
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->solutionDirection, solution);
    QCOMPARE(dock.query(), QStringLiteral("een keer hard"));
    QCOMPARE(dock.status(), QStringLiteral("Replaced in 1 field"));

    // Only the selected field: the solution direction keeps its "toestemming".
    dock.setQuery("toestemming");
    dock.searchNow();
    dock.results()->setCurrentItem(resultFor(dock, uid(100), "question"));
    replaceOne->click();
    QVERIFY(m_doc->find<Dilemma>(uid(100))->question.contains("twee keer zacht"));
    QVERIFY(m_doc->find<Dilemma>(uid(100))->solutionDirection.contains("toestemming"));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->find<Dilemma>(uid(100))->question.contains("toestemming"));
}

QTEST_MAIN(tst_Search)
#include "tst_search.moc"
