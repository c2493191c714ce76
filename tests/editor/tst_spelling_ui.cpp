#include "testprojects.h"

#include "document/projectdocument.h"
#include "document/spellcheck.h"
#include "forms/editors/lineeditor.h"
#include "forms/editors/markdowneditor.h"
#include "forms/entityform.h"
#include "forms/fieldgroup.h"
#include "forms/markdownedit.h"
#include "forms/spellhighlighter.h"
#include "model/description.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace kd;
using kd::testing::uid;

namespace {

// The ranges of a block underlined as misspelt, as (position in block, length).
QList<std::pair<int, int>> underlined(const QTextBlock &block)
{
    QList<std::pair<int, int>> ranges;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ranges.append({range.start, range.length});
    }
    return ranges;
}

QAction *actionNamed(QMenu *menu, const QString &name, const QString &text = QString())
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name && (text.isEmpty() || action->text() == text))
            return action;
    }
    return nullptr;
}

} // namespace

class tst_SpellingUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void spellCheckedFields();
    void markdownFieldUnderlines();
    void lineFieldUnderlines();
    void lineFieldMenuReplaces();
    void markdownMenuReplaces();
    void addToDictionaryIsOneUndoStep();
    void screenshot();

private:
    LineEditor *titleEditor() const
    {
        return qobject_cast<LineEditor *>(m_form->fieldGroup()->editor(QStringLiteral("title")));
    }
    MarkdownEditor *summaryEditor() const
    {
        return qobject_cast<MarkdownEditor *>(
            m_form->fieldGroup()->editor(QStringLiteral("summary")));
    }

    QTemporaryDir m_dir;
    ProjectDocument *m_doc = nullptr;
    EntityForm *m_form = nullptr;
};

void tst_SpellingUi::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("%1.kdproj").arg(QTest::currentTestFunction()));
    StoreError error;
    Project project = kd::testing::fullProject();
    project.info.dictionary.clear(); // the test adds its own words
    QVERIFY(ProjectStore::writeNew(path, project, true, &error));
    m_doc = new ProjectDocument;
    QVERIFY(m_doc->open(path, ProjectStore::OpenMode::ReadWrite, &error));
    QVERIFY2(m_doc->spellCheck()->isEnabled(), "the Dutch dictionary (hunspell-nl) is missing");
    m_form = new EntityForm(m_doc, EntityKind::Scenario, uid(70));
    m_form->resize(800, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
    QVERIFY(titleEditor());
    QVERIFY(summaryEditor());
}

void tst_SpellingUi::cleanup()
{
    delete m_form;
    m_form = nullptr;
    delete m_doc;
    m_doc = nullptr;
}

void tst_SpellingUi::spellCheckedFields()
{
    const KindDescription &scenario = describe(EntityKind::Scenario);
    QVERIFY(scenario.field(QStringLiteral("title"))->isSpellChecked());
    QVERIFY(scenario.field(QStringLiteral("summary"))->isSpellChecked());
    QVERIFY(!scenario.field(QStringLiteral("key"))->isSpellChecked());
    QVERIFY(!describe(EntityKind::LegalSource).field(QStringLiteral("url"))->isSpellChecked());
    QVERIFY(
        !describe(EntityKind::LegalSource).field(QStringLiteral("identifier"))->isSpellChecked());
    QVERIFY(!describe(EntityKind::LifeDomain).field(QStringLiteral("colour"))->isSpellChecked());
    // The key field of the form underlines nothing.
    auto *key = qobject_cast<LineEditor *>(m_form->fieldGroup()->editor(QStringLiteral("key")));
    QVERIFY(key);
    key->lineEdit()->setText(QStringLiteral("xqzvk-informatei"));
    key->underlineMisspelt();
    QVERIFY(key->misspelt().isEmpty());
}

void tst_SpellingUi::markdownFieldUnderlines()
{
    MarkdownEdit *edit = summaryEditor()->markdownEdit();
    QVERIFY(edit->spellHighlighter());
    edit->setMarkdown(QStringLiteral("Een informatei over [xqzvk](https://example.nl) en "
                                     "https://www.xqzvk.nl/pad."));
    const QTextBlock block = edit->textEdit()->document()->firstBlock();
    QCOMPARE(underlined(block), (QList<std::pair<int, int>>{{4, 10}}));
    // Typing on: the new misspelt word is underlined too, the correct one is not.
    QTextCursor cursor(edit->textEdit()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral(" Goed schoool"));
    const int at = int(block.text().indexOf(QStringLiteral("schoool")));
    QCOMPARE(underlined(block), (QList<std::pair<int, int>>{{4, 10}, {at, 7}}));
}

void tst_SpellingUi::lineFieldUnderlines()
{
    LineEditor *editor = titleEditor();
    QLineEdit *line = editor->lineEdit();
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("De informatei"));
    editor->underlineMisspelt();
    QCOMPARE(editor->misspelt(), (QList<SpellWord>{{3, 10}}));
    // Underlining changed neither the text nor the cursor, and typing goes on where it was.
    QCOMPARE(line->text(), QStringLiteral("De informatei"));
    QCOMPARE(line->cursorPosition(), 13);
    QTest::keyClicks(line, QStringLiteral(" klopt"));
    editor->underlineMisspelt();
    QCOMPARE(line->text(), QStringLiteral("De informatei klopt"));
    QCOMPARE(editor->misspelt(), (QList<SpellWord>{{3, 10}}));
    // The typing is one undo step of the project, as before.
    editor->commitPending();
    QCOMPARE(m_doc->find<Scenario>(uid(70))->title, QStringLiteral("De informatei klopt"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->find<Scenario>(uid(70))->title, m_doc->project().scenarios.first().title);
    QVERIFY(m_doc->find<Scenario>(uid(70))->title != QStringLiteral("De informatei klopt"));
    QTRY_COMPARE(line->text(), m_doc->find<Scenario>(uid(70))->title);
    // A correct title has nothing underlined.
    line->setText(QStringLiteral("De huisarts deelt informatie"));
    editor->underlineMisspelt();
    QVERIFY(editor->misspelt().isEmpty());
}

void tst_SpellingUi::lineFieldMenuReplaces()
{
    LineEditor *editor = titleEditor();
    QLineEdit *line = editor->lineEdit();
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("De informatei"));
    editor->commitPending();
    line->setCursorPosition(6);
    const QPoint global
        = line->mapToGlobal(line->inputMethodQuery(Qt::ImCursorRectangle).toRect().center());
    const std::unique_ptr<QMenu> menu = editor->contextMenu(line, global);
    QVERIFY(menu);
    // Suggestions first, then adding to the dictionary, then the line edit's own menu.
    QVERIFY(menu->actions().first()->objectName() == QLatin1String("spell-suggestion"));
    QAction *add = actionNamed(menu.get(), QStringLiteral("spell-add"));
    QVERIFY(add);
    const qsizetype afterAdd = menu->actions().indexOf(add) + 1;
    QVERIFY(menu->actions().value(afterAdd) && menu->actions().value(afterAdd)->isSeparator());
    QVERIFY(menu->actions().size() > afterAdd + 3);
    QAction *suggestion
        = actionNamed(menu.get(), QStringLiteral("spell-suggestion"), QStringLiteral("informatie"));
    QVERIFY(suggestion);
    const int steps = m_doc->undoStack()->count();
    suggestion->trigger();
    QCOMPARE(line->text(), QStringLiteral("De informatie"));
    QCOMPARE(m_doc->find<Scenario>(uid(70))->title, QStringLiteral("De informatie"));
    QVERIFY(editor->misspelt().isEmpty());
    QVERIFY(m_doc->undoStack()->count() >= steps);
    // A correct word has no spelling actions.
    const std::unique_ptr<QMenu> plain = editor->contextMenu(line, global);
    QVERIFY(!actionNamed(plain.get(), QStringLiteral("spell-add")));
}

void tst_SpellingUi::markdownMenuReplaces()
{
    MarkdownEditor *editor = summaryEditor();
    QTextEdit *text = editor->markdownEdit()->textEdit();
    editor->markdownEdit()->setMarkdown(QStringLiteral("Een **informatei** hier."));
    QTextCursor cursor(text->document());
    cursor.setPosition(7);
    const QPoint global = text->viewport()->mapToGlobal(text->cursorRect(cursor).center());
    const std::unique_ptr<QMenu> menu = editor->contextMenu(text->viewport(), global);
    QVERIFY(menu);
    QVERIFY(menu->actions().first()->objectName() == QLatin1String("spell-suggestion"));
    QAction *suggestion
        = actionNamed(menu.get(), QStringLiteral("spell-suggestion"), QStringLiteral("informatie"));
    QVERIFY(suggestion);
    suggestion->trigger();
    // The replacement keeps the word's format and is committed as the field's edit.
    QCOMPARE(editor->markdownEdit()->markdown(), QStringLiteral("Een **informatie** hier."));
    QCOMPARE(m_doc->find<Scenario>(uid(70))->summary, QStringLiteral("Een **informatie** hier."));
    QVERIFY(underlined(text->document()->firstBlock()).isEmpty());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->find<Scenario>(uid(70))->summary != QStringLiteral("Een **informatie** hier."));
}

void tst_SpellingUi::addToDictionaryIsOneUndoStep()
{
    MarkdownEditor *editor = summaryEditor();
    QTextEdit *text = editor->markdownEdit()->textEdit();
    editor->markdownEdit()->setMarkdown(QStringLiteral("Een informatei hier."));
    const QTextBlock block = text->document()->firstBlock();
    QCOMPARE(underlined(block).size(), 1);
    titleEditor()->lineEdit()->setText(QStringLiteral("Informatei"));
    titleEditor()->underlineMisspelt();
    QCOMPARE(titleEditor()->misspelt().size(), 1);

    QTextCursor cursor(text->document());
    cursor.setPosition(6);
    const QPoint global = text->viewport()->mapToGlobal(text->cursorRect(cursor).center());
    const std::unique_ptr<QMenu> menu = editor->contextMenu(text->viewport(), global);
    QAction *add = actionNamed(menu.get(), QStringLiteral("spell-add"));
    QVERIFY(add);
    QVERIFY(add->text().contains(QStringLiteral("informatei")));
    const int steps = m_doc->undoStack()->count();
    add->trigger();
    QCOMPARE(m_doc->project().info.dictionary, QStringLiteral("informatei"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(m_doc->undoStack()->undoText().contains(QStringLiteral("informatei")));
    // Accepted in every field: a lower-case word in any case.
    QVERIFY(underlined(block).isEmpty());
    QVERIFY(titleEditor()->misspelt().isEmpty());
    // A second word is a step of its own, and the dictionary stays sorted.
    m_doc->addToDictionary(QStringLiteral("aardbeienveld"));
    m_doc->addToDictionary(QStringLiteral("informatei"));
    QCOMPARE(m_doc->project().info.dictionary, QStringLiteral("aardbeienveld\ninformatei"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().info.dictionary, QStringLiteral("informatei"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().info.dictionary, QString());
    QCOMPARE(underlined(block).size(), 1);
    QCOMPARE(titleEditor()->misspelt().size(), 1);
    m_doc->undoStack()->redo();
    QVERIFY(underlined(block).isEmpty());
}

// With KD_SPELLING_SCREENSHOT set to a file name, the form as the screen shows it (run under
// Xvfb with QT_QPA_PLATFORM=xcb to see the line field's underline as a user would).
void tst_SpellingUi::screenshot()
{
    const QString file = qEnvironmentVariable("KD_SPELLING_SCREENSHOT");
    if (file.isEmpty())
        QSKIP("KD_SPELLING_SCREENSHOT is not set");
    titleEditor()->lineEdit()->setText(QStringLiteral("De informatei van de huisarts"));
    titleEditor()->underlineMisspelt();
    summaryEditor()->markdownEdit()->setMarkdown(
        QStringLiteral("De huisarts deelt **informatei** met Veilig Thuis; zie "
                       "[de meldcode](https://example.nl) en het schoool-plan."));
    m_form->activateWindow();
    QTest::qWait(300);
    const QRect area(m_form->mapToGlobal(QPoint(0, 0)), m_form->size());
    const QPixmap shot = m_form->screen()->grabWindow(0, area.x(), area.y(), area.width(),
                                                      qMin(area.height(), 500));
    QVERIFY(shot.save(file));
}

QTEST_MAIN(tst_SpellingUi)
#include "tst_spelling_ui.moc"
