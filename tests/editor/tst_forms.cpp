#include "testprojects.h"

#include "commands/addreview.h"
#include "commands/changeproperty.h"
#include "commands/structurecommands.h"
#include "document/entityfactory.h"
#include "document/projectdocument.h"
#include "document/reviewwords.h"
#include "forms/childlisteditor.h"
#include "forms/editors/assetdataeditor.h"
#include "forms/editors/dateeditor.h"
#include "forms/editors/enumerationeditor.h"
#include "forms/editors/lineeditor.h"
#include "forms/editors/markdowneditor.h"
#include "forms/editors/optionalintegereditor.h"
#include "forms/editors/referenceeditor.h"
#include "forms/editors/referencelisteditor.h"
#include "forms/entityform.h"
#include "forms/fieldgroup.h"
#include "forms/fieldtable.h"
#include "forms/markdownedit.h"
#include "review/reviewthreads.h"
#include "storage/projectstore.h"
#include "text/markdown.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace kd;
using kd::testing::uid;

namespace {

// A project's content: undo restores it, while the change log keeps growing.
Project withoutLog(Project p)
{
    p.changeLog.clear();
    return p;
}

// One entity of each kind in fullProject().
QString sampleUid(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return uid(1);
    case EntityKind::LifeDomain:
        return uid(10);
    case EntityKind::Asset:
        return uid(20);
    case EntityKind::LegalSource:
        return uid(30);
    case EntityKind::Professional:
        return uid(40);
    case EntityKind::Theme:
        return uid(50);
    case EntityKind::GlossaryTerm:
        return uid(60);
    case EntityKind::Scenario:
        return uid(70);
    case EntityKind::Person:
        return uid(80);
    case EntityKind::Segment:
        return uid(90);
    case EntityKind::Dilemma:
        return uid(100);
    case EntityKind::Option:
        return uid(110);
    case EntityKind::LegalReference:
        return uid(120);
    case EntityKind::Review:
    case EntityKind::ReviewNote:
    case EntityKind::TrustedReviewer: // records with no form
        break;
    }
    return {};
}

const QList<EntityKind> formKinds = {
    EntityKind::Project,        EntityKind::LifeDomain, EntityKind::Professional,
    EntityKind::LegalSource,    EntityKind::Theme,      EntityKind::GlossaryTerm,
    EntityKind::Asset,          EntityKind::Scenario,   EntityKind::Person,
    EntityKind::Segment,        EntityKind::Dilemma,    EntityKind::Option,
    EntityKind::LegalReference,
};

// A value different from any in fullProject(), for a field of the type.
QVariant otherValue(const FieldSpec &spec, const QVariant &current)
{
    switch (spec.type) {
    case FieldType::Line:
    case FieldType::Markdown:
    case FieldType::Lines:
        return QString(current.toString() + " (gewijzigd)");
    case FieldType::Date:
        return QDate(2031, 2, 3);
    case FieldType::OptionalInteger:
        return 77;
    case FieldType::Enumeration: {
        for (const auto &[name, label] : spec.choices())
            if (name != current.toString())
                return name;
        return {};
    }
    case FieldType::Colour:
        return "#123456";
    case FieldType::Reference:
        return current.toString().isEmpty() ? sampleUid(spec.referenceKind) : QString();
    case FieldType::ReferenceList:
        return current.toStringList().isEmpty() ? QStringList{sampleUid(spec.referenceKind)}
                                                : QStringList();
    case FieldType::AssetData:
        return QByteArray("\x89PNG nieuw", 10);
    }
    return {};
}

} // namespace

class tst_Forms : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tableCoversEveryMember();
    void everyFieldReadsAndWritesItsMember();
    void everyKindGetsAForm();
    void lineEditFocusOutCommitsToFile();
    void enterCommits();
    void idleTypingCommits();
    void threeCommitsAreOneUndoStep();
    void undoUpdatesFocusedField();
    void typingIsNotClobberedByOtherFieldChanges();
    void readabilityFollowsTheText();
    void markdownBoldReachesFileAsMarkdown();
    void markdownLinkAllowsOnlyHttpsAndMailto();
    void markdownKeepsTypedTextLiteral_data();
    void markdownKeepsTypedTextLiteral();
    void untouchedFieldsCommitNothing();
    void dilemmaFormAddsRemovesMovesOptions();
    void dilemmaFormLegalReferences();
    void referencePickers();
    void referenceListOrderAndScope();
    void dateAgeEnumerationEditors();
    void reviewBannerShowsTheState();
    void legalSourceFormDerivesTheCitation();
    void legalReferenceShowsWhatItCites();
    void assetDataReplace();
    void readOnlyDisablesEditing();
    void focusFieldFocusesEditor();
    void tabOrderFollowsFields();
    void formNoticesItsEntityRemoved();
    void newEntityKeyFollowsItsName_data();
    void newEntityKeyFollowsItsName();
    void screenshot();

private:
    Project onDisk() const;
    EntityForm *showForm(EntityKind kind, const QString &entityUid);
    template<typename Editor>
    Editor *editorOf(EntityForm *form, const QString &field) const
    {
        return qobject_cast<Editor *>(form->fieldGroup()->editor(field));
    }

    QTemporaryDir m_dir;
    QString m_path;
    ProjectDocument *m_doc = nullptr;
    EntityForm *m_form = nullptr;
    Project m_original;
};

void tst_Forms::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.kdproj").arg(QTest::currentTestFunction()));
    StoreError error;
    QVERIFY(ProjectStore::writeNew(m_path, kd::testing::fullProject(), true, &error));
    m_doc = new ProjectDocument;
    QVERIFY(m_doc->open(m_path, ProjectStore::OpenMode::ReadWrite, &error));
    m_original = m_doc->project();
}

void tst_Forms::cleanup()
{
    delete m_form;
    m_form = nullptr;
    delete m_doc;
    m_doc = nullptr;
}

Project tst_Forms::onDisk() const
{
    StoreError error;
    auto reader = ProjectStore::open(m_path, ProjectStore::OpenMode::ReadOnly, &error);
    Project p;
    if (reader)
        reader->load(&p);
    return p;
}

EntityForm *tst_Forms::showForm(EntityKind kind, const QString &entityUid)
{
    delete m_form;
    m_form = new EntityForm(m_doc, kind, entityUid);
    m_form->resize(900, 800);
    m_form->show();
    QApplication::setActiveWindow(m_form);
    if (!QTest::qWaitForWindowActive(m_form))
        qWarning("form window not active: focus tests will fail");
    return m_form;
}

void tst_Forms::tableCoversEveryMember()
{
    // Every member of every model type, by kind. Members that are not form fields are listed
    // apart, so a member added to the model must be placed in one list or the other here.
    const QMap<EntityKind, QStringList> expected = {
        {EntityKind::Project,
         {"title", "description", "publisher", "language", "dictionary", "jargon",
          "minimumReadingEase", "maximumAverageSentence", "maximumSentence"}},
        {EntityKind::LifeDomain, {"key", "label", "colour"}},
        {EntityKind::Professional,
         {"key", "title", "description", "secrecy", "defaultLegalSourceUids", "iconAssetUid"}},
        {EntityKind::LegalSource,
         {"key", "shortTitle", "fullTitle", "pinpoint", "identifier", "boek", "titeldeel",
          "hoofdstuk", "afdeling", "paragraaf", "artikel", "url", "versionDate", "validFrom",
          "validUntil", "reviewBy", "summary"}},
        {EntityKind::Theme, {"key", "label", "description"}},
        {EntityKind::GlossaryTerm, {"key", "term", "definition"}},
        {EntityKind::Asset, {"key", "name", "mediaType", "altText", "data"}},
        {EntityKind::Scenario, {"key", "title", "summary", "calamityBasis", "coverAssetUid"}},
        {EntityKind::Person, {"name", "role", "age", "description"}},
        {EntityKind::Segment,
         {"key", "title", "periodLabel", "narrative", "lifeDomainUids", "personUids"}},
        {EntityKind::Dilemma,
         {"key", "professionalUid", "question", "situation", "considerations", "solutionDirection",
          "themeUids"}},
        {EntityKind::Option, {"label", "assessment", "feedback"}},
        {EntityKind::LegalReference, {"legalSourceUid", "pinpoint", "lid", "onderdeel", "note"}},
    };
    // Not fields: identity and order (uid, position: moved, not typed) and owned children,
    // which have their own forms or, for a dilemma, sections of its form.
    const QMap<EntityKind, QStringList> notFields = {
        {EntityKind::Scenario, {"persons", "segments"}},
        {EntityKind::Segment, {"dilemmas"}},
        {EntityKind::Dilemma, {"options", "legalReferences"}},
    };
    for (EntityKind kind : formKinds) {
        for (const QString &name : notFields.value(kind) + QStringList{"uid", "position"})
            QVERIFY2(!FieldTable::field(kind, name), qPrintable(name));
    }

    for (EntityKind kind : formKinds) {
        QStringList names;
        for (const FieldSpec &spec : FieldTable::fields(kind)) {
            names.append(spec.name);
            QCOMPARE(spec.kind, kind);
            QVERIFY2(!spec.label().isEmpty(), qPrintable(spec.name));
            QVERIFY2(!spec.label().contains(u'&'), qPrintable(spec.label()));
            QVERIFY(spec.read);
            QVERIFY(spec.change);
            QCOMPARE(FieldTable::field(kind, spec.name), &spec);
            if (spec.type == FieldType::Enumeration)
                QVERIFY(spec.choices && !spec.choices().isEmpty());
        }
        QCOMPARE(names, expected.value(kind));
    }
    QVERIFY(FieldTable::fields(EntityKind::Review).isEmpty());
    QVERIFY(!FieldTable::field(EntityKind::Dilemma, "options"));

    // The editor types the issue asks for.
    QCOMPARE(FieldTable::field(EntityKind::Dilemma, "solutionDirection")->type,
             FieldType::Markdown);
    QCOMPARE(FieldTable::field(EntityKind::LegalSource, "validUntil")->type, FieldType::Date);
    QCOMPARE(FieldTable::field(EntityKind::Person, "age")->type, FieldType::OptionalInteger);
    QCOMPARE(FieldTable::field(EntityKind::Option, "assessment")->type, FieldType::Enumeration);
    QCOMPARE(FieldTable::field(EntityKind::LifeDomain, "colour")->type, FieldType::Colour);
    QCOMPARE(FieldTable::field(EntityKind::Professional, "iconAssetUid")->referenceKind,
             EntityKind::Asset);
    QCOMPARE(FieldTable::field(EntityKind::Segment, "personUids")->type, FieldType::ReferenceList);
    QCOMPARE(FieldTable::field(EntityKind::Asset, "data")->type, FieldType::AssetData);
}

void tst_Forms::everyFieldReadsAndWritesItsMember()
{
    QUndoStack *stack = m_doc->undoStack();
    for (EntityKind kind : formKinds) {
        for (const FieldSpec &spec : FieldTable::fields(kind)) {
            const QString entity = sampleUid(kind);
            const std::optional<QVariant> before = spec.read(*m_doc, entity);
            QVERIFY2(before.has_value(), qPrintable(spec.name));
            const QVariant changed = otherValue(spec, *before);
            QVERIFY2(changed != *before, qPrintable(spec.name));
            const Project modelBefore = m_doc->project();
            stack->push(spec.change(m_doc, entity, changed));
            QCOMPARE(spec.read(*m_doc, entity).value(), changed);
            QVERIFY2(m_doc->project() != modelBefore, qPrintable(spec.name));
            QVERIFY2(onDisk() == m_doc->project(), qPrintable(spec.name));
            stack->undo();
            QCOMPARE(spec.read(*m_doc, entity).value(), *before);
        }
    }
    QVERIFY(withoutLog(m_doc->project()) == withoutLog(m_original));
    QVERIFY(!FieldTable::field(EntityKind::Dilemma, "question")->read(*m_doc, uid(999)));
}

void tst_Forms::everyKindGetsAForm()
{
    for (EntityKind kind : formKinds) {
        QVERIFY(EntityForm::hasForm(kind));
        EntityForm form(m_doc, kind, sampleUid(kind));
        for (const FieldSpec &spec : FieldTable::fields(kind)) {
            FieldEditor *editor = form.fieldGroup()->editor(spec.name);
            QVERIFY2(editor, qPrintable(spec.name));
            QCOMPARE(form.fieldGroup()->label(spec.name)->buddy(), editor->focusTarget());
        }
        QCOMPARE(form.optionList() != nullptr, kind == EntityKind::Dilemma);
    }
    QVERIFY(!EntityForm::hasForm(EntityKind::Review));
    // The project form works without a uid.
    EntityForm project(m_doc, EntityKind::Project, QString());
    QCOMPARE(qobject_cast<LineEditor *>(project.fieldGroup()->editor("title"))->lineEdit()->text(),
             m_original.info.title);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void tst_Forms::lineEditFocusOutCommitsToFile()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QLineEdit *question = editorOf<LineEditor>(form, "question")->lineEdit();
    QCOMPARE(question->text(), m_original.scenarios[0].segments[0].dilemmas[0].question);
    question->setFocus();
    question->selectAll();
    QTest::keyClicks(question, "Wat doe je?");
    QCOMPARE(m_doc->undoStack()->count(), 0);                  // still typing
    editorOf<LineEditor>(form, "key")->lineEdit()->setFocus(); // focus-out
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change Question"));
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].question, QStringLiteral("Wat doe je?"));
    QVERIFY(onDisk() == m_doc->project());

    // Project info goes through the same path.
    form = showForm(EntityKind::Project, QString());
    QLineEdit *title = editorOf<LineEditor>(form, "title")->lineEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, "Nieuwe titel");
    editorOf<LineEditor>(form, "publisher")->lineEdit()->setFocus();
    QCOMPARE(onDisk().info.title, QStringLiteral("Nieuwe titel"));
}

void tst_Forms::enterCommits()
{
    EntityForm *form = showForm(EntityKind::Theme, uid(50));
    QLineEdit *label = editorOf<LineEditor>(form, "label")->lineEdit();
    label->setFocus();
    label->selectAll();
    QTest::keyClicks(label, "Meldcode");
    QTest::keyClick(label, Qt::Key_Return);
    QCOMPARE(onDisk().themes[0].label, QStringLiteral("Meldcode"));
    QVERIFY(label->hasFocus());
}

void tst_Forms::idleTypingCommits()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QLineEdit *question = editorOf<LineEditor>(form, "question")->lineEdit();
    question->setFocus();
    question->end(false);
    QTest::keyClicks(question, " Echt?");
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QTest::qWait(FieldEditor::idleCommitInterval() / 2);
    QCOMPARE(m_doc->undoStack()->count(), 0); // a pause shorter than the interval
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->undoStack()->count(), 1,
                              FieldEditor::idleCommitInterval() * 3);
    QVERIFY(question->hasFocus());
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].question,
             m_original.scenarios[0].segments[0].dilemmas[0].question + " Echt?");

    // A Markdown field commits after a pause too.
    QTextEdit *situation = editorOf<MarkdownEditor>(form, "situation")->markdownEdit()->textEdit();
    situation->setFocus();
    situation->moveCursor(QTextCursor::End);
    QTest::keyClicks(situation, " Meer.");
    QTRY_COMPARE_WITH_TIMEOUT(m_doc->undoStack()->count(), 2,
                              FieldEditor::idleCommitInterval() * 3);
    QVERIFY(onDisk().scenarios[0].segments[0].dilemmas[0].situation.endsWith("Meer."));
}

void tst_Forms::threeCommitsAreOneUndoStep()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QLineEdit *question = editorOf<LineEditor>(form, "question")->lineEdit();
    const QString original = question->text();
    question->setFocus();
    question->end(false);
    for (const char *part : {" een", " twee", " drie"}) {
        QTest::keyClicks(question, part);
        QTest::keyClick(question, Qt::Key_Return);
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].question, original + " een twee drie");
    m_doc->undoStack()->undo();
    QCOMPARE(question->text(), original); // undo updates the form
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].question, original);
    m_doc->undoStack()->redo();
    QCOMPARE(question->text(), original + " een twee drie");
}

void tst_Forms::undoUpdatesFocusedField()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QTextEdit *situation = editorOf<MarkdownEditor>(form, "situation")->markdownEdit()->textEdit();
    situation->setFocus();
    situation->selectAll();
    QTest::keyClicks(situation, "Nieuwe situatie");
    editorOf<MarkdownEditor>(form, "situation")->commitPending();
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->situation, QStringLiteral("Nieuwe situatie"));
    QVERIFY(situation->hasFocus());
    m_doc->undoStack()->undo(); // e.g. from the Edit menu, focus still in the field
    QCOMPARE(editorOf<MarkdownEditor>(form, "situation")->markdownEdit()->textEdit()->toPlainText(),
             QStringLiteral("Noah komt vaak te laat; zie Veilig Thuis."));
    QVERIFY(!editorOf<MarkdownEditor>(form, "situation")->hasPendingEdit());
    QCOMPARE(m_doc->undoStack()->count(), 1); // showing the undone value is not an edit
}

// Each formatted field says how readable it is, and says it as a problem past the plain-language
// limits; the line follows the typing and undo.
void tst_Forms::readabilityFollowsTheText()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    MarkdownEditor *editor = editorOf<MarkdownEditor>(form, "situation");
    QLabel *line = editor->readabilityLabel();
    QVERIFY(line->isVisible());
    // A short text: its length only (a score says little there).
    QCOMPARE(line->text(), QStringLiteral("8 word(s); the longest sentence 8 word(s)."));
    QVERIFY(!line->text().contains(QLatin1String("Hard to read")));
    // An empty field has nothing to measure.
    MarkdownEditor empty;
    empty.showValue(QString());
    QVERIFY(empty.readabilityLabel()->isHidden());
    empty.showValue(QStringLiteral("Een zin."));
    QVERIFY(!empty.readabilityLabel()->isHidden());
    // From 30 words, the score too (0 to 100).
    empty.showValue(QStringLiteral("De kat zit op de mat. ").repeated(5));
    QCOMPARE(
        empty.readabilityLabel()->text(),
        QStringLiteral("Reading ease 100 (Flesch–Douma); 6.0 words a sentence, the longest 6; 0 "
                       "long word(s)."));
    // Long words: five syllables or more ("verantwoordelijkheid": ver-ant-woor-de-lijk-heid).
    empty.showValue(QStringLiteral("De verantwoordelijkheid ligt bij de school. ").repeated(5));
    QVERIFY2(empty.readabilityLabel()->text().endsWith(QLatin1String("; 5 long word(s).")),
             qPrintable(empty.readabilityLabel()->text()));

    QTextEdit *text = editor->markdownEdit()->textEdit();
    text->setFocus();
    text->selectAll();
    QString sentence;
    for (int i = 0; i < 32; ++i)
        sentence += QStringLiteral("woord ");
    QTest::keyClicks(text, sentence);
    // Against the project's limits (fullProject sets 18 and 25; the defaults are 20 and 30).
    QTRY_VERIFY2(line->text().startsWith(QLatin1String("Hard to read for plain language (B1): "
                                                       "more than 18 words a sentence on "
                                                       "average; a sentence of more than 25 "
                                                       "words.")),
                 qPrintable(line->text()));
    editor->commitPending();
    m_doc->undoStack()->undo();
    QVERIFY2(!line->text().contains(QLatin1String("Hard to read")), qPrintable(line->text()));
}

void tst_Forms::typingIsNotClobberedByOtherFieldChanges()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QLineEdit *question = editorOf<LineEditor>(form, "question")->lineEdit();
    question->setFocus();
    question->setCursorPosition(3);
    QTest::keyClicks(question, "XY");
    const QString typed = question->text();
    // Another field of the same entity changes (an edit elsewhere in the window).
    m_doc->undoStack()->push(FieldTable::field(EntityKind::Dilemma, "key")
                                 ->change(m_doc, uid(100), QStringLiteral("andere-sleutel")));
    QCOMPARE(question->text(), typed);
    QCOMPARE(question->cursorPosition(), 5);
    QCOMPARE(editorOf<LineEditor>(form, "key")->lineEdit()->text(),
             QStringLiteral("andere-sleutel"));
    // Its own commit coming back as entityChanged leaves the cursor alone.
    editorOf<LineEditor>(form, "question")->commitPending();
    QCOMPARE(question->cursorPosition(), 5);
    QCOMPARE(m_doc->find<Dilemma>(uid(100))->question, typed);
}

void tst_Forms::markdownBoldReachesFileAsMarkdown()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    MarkdownEdit *edit = editorOf<MarkdownEditor>(form, "considerations")->markdownEdit();
    QTextEdit *text = edit->textEdit();
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, "Weeg ");
    QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier); // bold on for what follows
    QTest::keyClicks(text, "altijd");
    QTest::keyClick(text, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(text, " af.");
    editorOf<LineEditor>(form, "key")->lineEdit()->setFocus();
    const QString stored = onDisk().scenarios[0].segments[0].dilemmas[0].considerations;
    QCOMPARE(stored, QStringLiteral("Weeg **altijd** af."));
    QVERIFY(Markdown::inspect(stored).rawHtml.isEmpty());

    // The toolbar's list button, and italic on a selection.
    text->setFocus();
    text->selectAll();
    QTest::keyClick(text, Qt::Key_I, Qt::ControlModifier);
    edit->toggleList(QTextListFormat::ListDisc);
    editorOf<LineEditor>(form, "key")->lineEdit()->setFocus();
    const QString listed = onDisk().scenarios[0].segments[0].dilemmas[0].considerations;
    QVERIFY2(listed.startsWith("- *Weeg"), qPrintable(listed));
    QVERIFY(!listed.contains(u'<'));
    QCOMPARE(m_doc->undoStack()->count(), 1); // same field, consecutive: one step

    // Raw HTML in a stored field stays text; it is never turned into markup.
    MarkdownEdit standalone;
    standalone.setMarkdown("a <b>b</b>");
    QCOMPARE(standalone.textEdit()->toPlainText(), QStringLiteral("a <b>b</b>"));
    QVERIFY(!standalone.isModified());
}

void tst_Forms::markdownLinkAllowsOnlyHttpsAndMailto()
{
    MarkdownEdit edit;
    edit.setMarkdown("Zie de site");
    QVERIFY(!edit.insertLink("http://example.org"));
    QVERIFY(!edit.insertLink("javascript:alert(1)"));
    QVERIFY(!edit.isModified());
    QTextCursor cursor = edit.textEdit()->textCursor();
    cursor.setPosition(7);
    cursor.setPosition(11, QTextCursor::KeepAnchor);
    edit.textEdit()->setTextCursor(cursor);
    QVERIFY(edit.insertLink("https://veiligthuis.nl"));
    QVERIFY(edit.isModified());
    QCOMPARE(edit.markdown(), QStringLiteral("Zie de [site](https://veiligthuis.nl)"));
    // Without a selection the address itself becomes the link text.
    edit.textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit.textEdit(), " of ");
    QVERIFY(edit.insertLink("mailto:info@example.org"));
    QTest::keyClicks(edit.textEdit(), " <b> & *x*");
    const QString written = edit.markdown();
    const Markdown::Inspection inspection = Markdown::inspect(written);
    QCOMPARE(inspection.links, (QStringList{"https://veiligthuis.nl", "mailto:info@example.org"}));
    QVERIFY2(inspection.rawHtml.isEmpty(), qPrintable(inspection.rawHtml.join(", ")));
    QVERIFY(MarkdownEdit::isAllowedLink("mailto:info@example.org"));

    // Ctrl+K asks for the address.
    MarkdownEdit asked;
    asked.setMarkdown("Meer info");
    asked.show();
    QVERIFY(QTest::qWaitForWindowActive(&asked));
    asked.textEdit()->setFocus();
    asked.textEdit()->selectAll();
    bool answered = false;
    QTimer::singleShot(0, [&answered] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QInputDialog *>(w); dialog && dialog->isVisible()) {
                dialog->setTextValue("https://example.org/info");
                dialog->accept();
                answered = true;
            }
        }
    });
    QTest::keyClick(asked.textEdit(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(answered);
    QCOMPARE(asked.markdown(), QStringLiteral("[Meer info](https://example.org/info)"));
    QVERIFY(!MarkdownEdit::isAllowedLink("https://"));
}

void tst_Forms::markdownKeepsTypedTextLiteral_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("html") << "Zie <b>vet</b> en <!-- x --> en <https://a.nl> & &amp; &#38;";
    QTest::newRow("emphasis") << "*niet schuin* _ook niet_ **geen** `code` [geen](link) \\ \\*";
    QTest::newRow("block starts") << "# geen kop";
    QTest::newRow("list") << "- geen lijst";
    QTest::newRow("plus") << "+ geen lijst";
    QTest::newRow("ordered") << "1. geen lijst";
    QTest::newRow("paren") << "2) geen lijst";
    QTest::newRow("quote") << "> geen citaat";
    QTest::newRow("rule") << "---";
    QTest::newRow("setext") << "===";
    QTest::newRow("fence") << "~~~";
    // Long lines are wrapped by the writer: whatever lands at a line start must stay text.
    for (int shift = 0; shift < 12; ++shift) {
        const QString words = QString("woord ").repeated(10) + QString(shift, u'x');
        QTest::newRow(qPrintable(QString("wrap %1").arg(shift)))
            << words
                   + " - 5 + 6 # 7 > 8 2021. 9) === --- ~~~ en verder tot het einde van de regel "
                     "en nog wat meer woorden daarna";
    }
}

void tst_Forms::markdownKeepsTypedTextLiteral()
{
    // What the user typed is what the website shows: no markup from plain characters, no
    // raw HTML, and reading the field back gives the same text.
    QFETCH(QString, typed);
    MarkdownEdit edit;
    QTest::keyClicks(edit.textEdit(), typed);
    QVERIFY(edit.isModified());
    const QString written = edit.markdown();
    const Markdown::Inspection inspection = Markdown::inspect(written);
    QVERIFY2(inspection.rawHtml.isEmpty(), qPrintable(written));
    QVERIFY2(inspection.links.isEmpty() || typed.contains("https://a.nl"), qPrintable(written));
    MarkdownEdit reread;
    reread.setMarkdown(written);
    QCOMPARE(reread.textEdit()->toPlainText().simplified(), typed.simplified());
    QCOMPARE(reread.markdown(), written); // stable: writing again changes nothing
    // And in HTML as the packages render it: no element but the paragraph.
    const QString html = Markdown::toHtml(written);
    QVERIFY2(!html.contains("<b>") && !html.contains("<em>") && !html.contains("<li>")
                 && !html.contains("<h1>") && !html.contains("<blockquote>")
                 && !html.contains("<hr") && !html.contains("<code>"),
             qPrintable(html));
}

void tst_Forms::untouchedFieldsCommitNothing()
{
    // Focus passes through every editor of every form (Tab, as a keyboard user would) and
    // nothing is edited: no command, nothing written.
    for (EntityKind kind : formKinds) {
        EntityForm *form = showForm(kind, sampleUid(kind));
        const QList<QWidget *> chain = form->fieldGroup()->tabChain();
        chain.first()->setFocus();
        for (int i = 0; i < 3 * chain.size() + 10; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        for (QWidget *w : chain)
            w->setFocus(); // and focus set directly on each
        QTest::qWait(FieldEditor::idleCommitInterval() / 10);
        QVERIFY2(m_doc->undoStack()->count() == 0, qPrintable(toName(kind)));
        delete m_form;
        m_form = nullptr;
        QVERIFY2(m_doc->undoStack()->count() == 0, qPrintable(toName(kind)));
    }
    QVERIFY(withoutLog(onDisk()) == withoutLog(m_original));
}

void tst_Forms::dilemmaFormAddsRemovesMovesOptions()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    ChildListEditor *options = form->optionList();
    QUndoStack *stack = m_doc->undoStack();
    const QStringList original = {uid(110), uid(111), uid(112)};
    QCOMPARE(options->childUids(), original);
    QCOMPARE(qobject_cast<LineEditor *>(options->fieldGroup(uid(111))->editor("label"))
                 ->lineEdit()
                 ->text(),
             QStringLiteral("Eerst overleggen"));

    // Add: a fourth option, in the file, focused for typing its label.
    QTest::mouseClick(options->addButton(), Qt::LeftButton);
    QCOMPARE(options->childUids().size(), 4);
    const QString added = options->childUids().last();
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].options.size(), 4);
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].options[3].uid, added);
    auto *newLabel = qobject_cast<LineEditor *>(options->fieldGroup(added)->editor("label"));
    QCOMPARE(QApplication::focusWidget(), newLabel->lineEdit());
    QTest::keyClicks(newLabel->lineEdit(), "Overleg met collega");
    QTest::keyClick(newLabel->lineEdit(), Qt::Key_Return);
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].options[3].label,
             QStringLiteral("Overleg met collega"));
    stack->undo(); // the label
    stack->undo(); // the add
    QCOMPARE(options->childUids(), original);
    QVERIFY(withoutLog(onDisk()) == withoutLog(m_original));

    // Delete the second, then undo: back in its place with its fields.
    QTest::mouseClick(options->deleteButton(uid(111)), Qt::LeftButton);
    QCOMPARE(options->childUids(), (QStringList{uid(110), uid(112)}));
    // Focus moves to the option that took its place.
    QCOMPARE(QApplication::focusWidget(),
             options->fieldGroup(uid(112))->editor("label")->focusTarget());
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].options.size(), 2);
    stack->undo();
    QCOMPARE(options->childUids(), original);
    QCOMPARE(qobject_cast<LineEditor *>(options->fieldGroup(uid(111))->editor("label"))
                 ->lineEdit()
                 ->text(),
             QStringLiteral("Eerst overleggen"));
    QVERIFY(withoutLog(onDisk()) == withoutLog(m_original));

    // Move the first down, the last up; the buttons at the ends are disabled.
    QVERIFY(!options->moveUpButton(uid(110))->isEnabled());
    QVERIFY(!options->moveDownButton(uid(112))->isEnabled());
    QTest::mouseClick(options->moveDownButton(uid(110)), Qt::LeftButton);
    QCOMPARE(options->childUids(), (QStringList{uid(111), uid(110), uid(112)}));
    QTest::mouseClick(options->moveUpButton(uid(112)), Qt::LeftButton);
    QCOMPARE(options->childUids(), (QStringList{uid(111), uid(112), uid(110)}));
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].options[2].uid, uid(110));
    QCOMPARE(stack->undoText(), QStringLiteral("Move Option"));
    stack->undo();
    stack->undo();
    QCOMPARE(options->childUids(), original);
    QVERIFY(withoutLog(onDisk()) == withoutLog(m_original));
    stack->redo();
    QCOMPARE(options->childUids(), (QStringList{uid(111), uid(110), uid(112)}));

    // An option's fields edit that option.
    auto *assessment
        = qobject_cast<EnumerationEditor *>(options->fieldGroup(uid(112))->editor("assessment"));
    QCOMPARE(assessment->comboBox()->currentData().toString(), QStringLiteral("acceptable"));
    assessment->comboBox()->setCurrentIndex(
        assessment->comboBox()->findData(QStringLiteral("recommended")));
    emit assessment->comboBox()->activated(assessment->comboBox()->currentIndex());
    QCOMPARE(m_doc->find<Option>(uid(112))->assessment, Assessment::Recommended);
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].options[2].assessment,
             Assessment::Recommended);
}

void tst_Forms::dilemmaFormLegalReferences()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    ChildListEditor *references = form->legalReferenceList();
    QCOMPARE(references->childUids(), (QStringList{uid(120), uid(121)}));
    auto *source = qobject_cast<ReferenceEditor *>(
        references->fieldGroup(uid(121))->editor("legalSourceUid"));
    QCOMPARE(source->comboBox()->currentData().toString(), uid(31));
    QTest::mouseClick(references->addButton(), Qt::LeftButton);
    QCOMPARE(references->childUids().size(), 3);
    const QString added = references->childUids().last();
    auto *addedSource
        = qobject_cast<ReferenceEditor *>(references->fieldGroup(added)->editor("legalSourceUid"));
    QCOMPARE(QApplication::focusWidget(), addedSource->comboBox());
    addedSource->comboBox()->setCurrentIndex(addedSource->comboBox()->findData(uid(30)));
    emit addedSource->comboBox()->activated(addedSource->comboBox()->currentIndex());
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas[0].legalReferences[2].legalSourceUid,
             uid(30));
    QTest::mouseClick(references->moveUpButton(added), Qt::LeftButton);
    QCOMPARE(references->childUids(), (QStringList{uid(120), added, uid(121)}));
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(references->childUids(), (QStringList{uid(120), uid(121)}));
    QVERIFY(withoutLog(onDisk()) == withoutLog(m_original));
}

void tst_Forms::referencePickers()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QComboBox *professional = editorOf<ReferenceEditor>(form, "professionalUid")->comboBox();
    QCOMPARE(professional->count(), 2);
    QCOMPARE(professional->itemText(0), QStringLiteral("(none)"));
    QCOMPARE(professional->currentText(), QStringLiteral("Huisarts"));
    professional->setCurrentIndex(0);
    emit professional->activated(0);
    QVERIFY(onDisk().scenarios[0].segments[0].dilemmas[0].professionalUid.isEmpty());
    // A professional renamed elsewhere is renamed in the picker.
    m_doc->undoStack()->push(FieldTable::field(EntityKind::Professional, "title")
                                 ->change(m_doc, uid(40), QStringLiteral("Jeugdarts")));
    QCOMPARE(professional->itemText(1), QStringLiteral("Jeugdarts"));
    QCOMPARE(professional->currentIndex(), 0);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(professional->currentText(), QStringLiteral("Huisarts"));

    // Asset pickers show a preview of the picture.
    const QByteArray png = [] {
        QImage image(8, 8, QImage::Format_ARGB32);
        image.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }();
    m_doc->undoStack()->push(
        FieldTable::field(EntityKind::Asset, "data")->change(m_doc, uid(20), png));
    form = showForm(EntityKind::Professional, uid(40));
    auto *icon = editorOf<ReferenceEditor>(form, "iconAssetUid");
    QCOMPARE(icon->comboBox()->currentText(), QStringLiteral("huisarts.svg"));
    QVERIFY(icon->preview());
    QVERIFY(!icon->preview()->pixmap().isNull());
    form = showForm(EntityKind::Scenario, uid(70));
    QVERIFY(!editorOf<ReferenceEditor>(form, "coverAssetUid")->preview()->pixmap().isNull());
}

void tst_Forms::referenceListOrderAndScope()
{
    EntityForm *form = showForm(EntityKind::Segment, uid(90));
    QListWidget *domains = editorOf<ReferenceListEditor>(form, "lifeDomainUids")->listWidget();
    // Chosen first in their order (veiligheid, zorg), then the rest.
    QCOMPARE(domains->count(), 2);
    QCOMPARE(domains->item(0)->text(), QStringLiteral("Veiligheid"));
    QCOMPARE(domains->item(0)->checkState(), Qt::Checked);
    domains->setCurrentRow(1);
    editorOf<ReferenceListEditor>(form, "lifeDomainUids")->moveCurrent(-1);
    QCOMPARE(m_doc->find<Segment>(uid(90))->lifeDomainUids, (QStringList{uid(10), uid(11)}));
    QCOMPARE(onDisk().scenarios[0].segments[0].lifeDomainUids, (QStringList{uid(10), uid(11)}));
    domains->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_doc->find<Segment>(uid(90))->lifeDomainUids, QStringList{uid(11)});
    // Consecutive changes of one field are one undo step, as for text.
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QTest::qWait(0);
    QCOMPARE(domains->item(0)->text(), QStringLiteral("Veiligheid"));
    QCOMPARE(domains->item(1)->checkState(), Qt::Checked);

    // Persons: only those of the segment's own scenario; checking one appends it.
    QListWidget *persons = editorOf<ReferenceListEditor>(form, "personUids")->listWidget();
    QCOMPARE(persons->count(), 2);
    QCOMPARE(persons->item(0)->data(Qt::UserRole).toString(), uid(81));
    QCOMPARE(persons->item(1)->text(), QStringLiteral("Ayşe (moeder)"));
    persons->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(onDisk().scenarios[0].segments[0].personUids, (QStringList{uid(81), uid(80)}));

    // Themes of a dilemma and default legal sources of a professional use the same editor.
    form = showForm(EntityKind::Professional, uid(40));
    QListWidget *sources
        = editorOf<ReferenceListEditor>(form, "defaultLegalSourceUids")->listWidget();
    QCOMPARE(sources->count(), 2);
    QCOMPARE(sources->item(0)->text(),
             QStringLiteral("BW 7:457 (Burgerlijk Wetboek Boek 7, artikel 457 (WGBO))"));
    // Ticking keeps every item where it is; the chosen ones in the order shown are the value.
    sources->item(0)->setCheckState(Qt::Unchecked);
    QTest::qWait(0);
    QCOMPARE(sources->item(0)->data(Qt::UserRole).toString(), uid(30));
    QCOMPARE(m_doc->find<Professional>(uid(40))->defaultLegalSourceUids, QStringList{uid(31)});
    sources->item(0)->setCheckState(Qt::Checked);
    QTest::qWait(0);
    QCOMPARE(sources->item(0)->data(Qt::UserRole).toString(), uid(30));
    QCOMPARE(m_doc->find<Professional>(uid(40))->defaultLegalSourceUids,
             (QStringList{uid(30), uid(31)}));
}

// A dilemma's and a legal source's form say their review state under the heading, as the Review
// dock does, and follow it; other kinds have no banner.
// The legal source's form shows the citation the program derives from its fields, and the link
// that opens the article, as the fields are typed; the new fields are in the form after the
// identifier and the URL.
void tst_Forms::legalSourceFormDerivesTheCitation()
{
    EntityForm *form = showForm(EntityKind::LegalSource, uid(30));
    QVERIFY(form->citationLine());
    const QString before = form->citationLine()->text();
    QVERIFY2(before.contains(QStringLiteral("jci1.3:c:BWBR0005290&amp;boek=7&amp;titeldeel=7&amp;"
                                            "afdeling=5&amp;artikel=457&amp;z=2026-01-01")),
             qPrintable(before));
    QVERIFY2(before.contains(QStringLiteral("href=\"https://wetten.overheid.nl/jci1.3:c:")),
             qPrintable(before));
    QStringList names;
    for (const FieldSpec &spec : FieldTable::fields(EntityKind::LegalSource))
        names.append(spec.name);
    QVERIFY2(names.indexOf(QStringLiteral("boek"))
                 == names.indexOf(QStringLiteral("identifier")) + 1,
             qPrintable(names.join(u' ')));
    QVERIFY2(names.indexOf(QStringLiteral("versionDate"))
                 == names.indexOf(QStringLiteral("url")) + 1,
             qPrintable(names.join(u' ')));

    QLineEdit *artikel = editorOf<LineEditor>(form, "artikel")->lineEdit();
    artikel->setFocus();
    artikel->selectAll();
    QTest::keyClicks(artikel, "7:458");
    editorOf<LineEditor>(form, "artikel")->commitPending();
    QCOMPARE(m_doc->find<LegalSource>(uid(30))->artikel, QStringLiteral("7:458"));
    QVERIFY2(form->citationLine()->text().contains(QStringLiteral("artikel=458")),
             qPrintable(form->citationLine()->text()));
    // Undone, the line follows; without an article there is no citation to it.
    m_doc->undoStack()->undo();
    QCOMPARE(form->citationLine()->text(), before);
    artikel->selectAll();
    QTest::keyClick(artikel, Qt::Key_Delete);
    editorOf<LineEditor>(form, "artikel")->commitPending();
    QVERIFY2(form->citationLine()->text().startsWith(QStringLiteral("No citation")),
             qPrintable(form->citationLine()->text()));
}

// Each legal reference in the dilemma form says what it cites and links to that article at its
// lid, in the version checked; it follows the reference's lid and the source's fields.
void tst_Forms::legalReferenceShowsWhatItCites()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    ChildListEditor *references = form->legalReferenceList();
    QVERIFY(references);
    QLabel *wgbo = references->citationLabel(uid(120));
    QVERIFY(wgbo);
    QVERIFY2(wgbo->text().startsWith(QStringLiteral("Cites BW 7:457: art. 7:457 lid 1 <a href=\""
                                                    "https://wetten.overheid.nl/jci1.3:c:"
                                                    "BWBR0005290&amp;boek=7&amp;titeldeel=7&amp;"
                                                    "afdeling=5&amp;artikel=457&amp;lid=1&amp;"
                                                    "z=2026-01-01&amp;g=2026-01-01\">Open the "
                                                    "article</a>")),
             qPrintable(wgbo->text()));
    QVERIFY(wgbo->openExternalLinks());
    // The AVG, EU law: EUR-Lex at the article.
    QVERIFY2(references->citationLabel(uid(121))->text().contains(
                 QStringLiteral("art. 9 lid 2 onder h <a href=\"https://eur-lex.europa.eu/")),
             qPrintable(references->citationLabel(uid(121))->text()));
    QVERIFY(!form->optionList()->citationLabel(form->optionList()->childUids().first()));

    m_doc->undoStack()->push(new ChangeProperty<LegalReference, QString>(
        m_doc, uid(120), &LegalReference::lid, "lid", "lid", QStringLiteral("3")));
    QVERIFY2(wgbo->text().contains(QStringLiteral("art. 7:457 lid 3"))
                 && wgbo->text().contains(QStringLiteral("&amp;lid=3&amp;")),
             qPrintable(wgbo->text()));
    m_doc->undoStack()->push(
        new ChangeProperty<LegalSource, QDate>(m_doc, uid(30), &LegalSource::versionDate,
                                               "versionDate", "version date", QDate(2027, 1, 1)));
    QVERIFY2(wgbo->text().contains(QStringLiteral("z=2027-01-01")), qPrintable(wgbo->text()));
    // Text from the content is never markup.
    m_doc->undoStack()->push(new ChangeProperty<LegalSource, QString>(
        m_doc, uid(30), &LegalSource::shortTitle, "shortTitle", "short title",
        QStringLiteral("<b>BW</b>")));
    QVERIFY2(wgbo->text().startsWith(QStringLiteral("Cites &lt;b&gt;BW&lt;/b&gt;")),
             qPrintable(wgbo->text()));
}

void tst_Forms::reviewBannerShowsTheState()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QVERIFY(form->reviewBanner());
    const QString approved = form->reviewBanner()->text();
    QVERIFY2(approved.startsWith(QStringLiteral("State: approved.")), qPrintable(approved));
    QVERIFY2(approved.contains(QStringLiteral("is stale")), qPrintable(approved));
    QCOMPARE(approved, ReviewWords::status(*m_doc, uid(100)));

    // The review is withdrawn (its undo): the banner follows.
    QVERIFY(m_doc->removeReview(m_doc->project().reviews.constFirst().uid));
    QCOMPARE(form->reviewBanner()->text(), QStringLiteral("State: draft."));

    form = showForm(EntityKind::LegalSource, uid(30));
    QCOMPARE(form->reviewBanner()->text(), QStringLiteral("State: draft."));
    // Submitted: who and when; a question asked: how many are open.
    m_doc->setAuthor(QStringLiteral("Eva"));
    QString reason;
    auto submit = AddReview::submit(m_doc, uid(30), QString(), &reason);
    QVERIFY2(submit, qPrintable(reason));
    m_doc->undoStack()->push(submit.release());
    QString banner = form->reviewBanner()->text();
    QVERIFY2(banner.startsWith(QStringLiteral("State: in review. Submitted by Eva on ")),
             qPrintable(banner));
    QVERIFY(m_doc->addReviewNote(ReviewThreads::make(uid(30), QString(), ReviewNoteKind::Question,
                                                     QStringLiteral("R"),
                                                     QStringLiteral("Welk lid?"))));
    banner = form->reviewBanner()->text();
    QVERIFY2(banner.endsWith(QStringLiteral("1 open question(s) in the Review dock.")),
             qPrintable(banner));
    form = showForm(EntityKind::Professional, uid(40));
    QVERIFY(!form->reviewBanner());
}

void tst_Forms::dateAgeEnumerationEditors()
{
    EntityForm *form = showForm(EntityKind::LegalSource, uid(30));
    auto *validUntil = editorOf<DateEditor>(form, "validUntil");
    QVERIFY(!validUntil->checkBox()->isChecked()); // null in fullProject
    QVERIFY(!validUntil->dateEdit()->isEnabled());
    validUntil->checkBox()->click();
    QVERIFY(validUntil->dateEdit()->isEnabled());
    QVERIFY(onDisk().legalSources[0].validUntil.isValid());
    validUntil->dateEdit()->setDate(QDate(2030, 12, 31));
    QCOMPARE(onDisk().legalSources[0].validUntil, QDate(2030, 12, 31));
    auto *validFrom = editorOf<DateEditor>(form, "validFrom");
    QCOMPARE(validFrom->dateEdit()->date(), QDate(1995, 4, 1));
    validFrom->checkBox()->click(); // none
    QVERIFY(onDisk().legalSources[0].validFrom.isNull());
    m_doc->undoStack()->undo();
    QVERIFY(validFrom->checkBox()->isChecked());
    QCOMPARE(validFrom->dateEdit()->date(), QDate(1995, 4, 1));

    form = showForm(EntityKind::Person, uid(80));
    QSpinBox *age = editorOf<OptionalIntegerEditor>(form, "age")->spinBox();
    QCOMPARE(age->value(), 34);
    age->setValue(age->minimum());
    QCOMPARE(age->text(), QStringLiteral("unknown"));
    QCOMPARE(onDisk().scenarios[0].persons[0].age, std::optional<int>());
    age->setValue(35);
    QCOMPARE(onDisk().scenarios[0].persons[0].age, std::optional<int>(35));

    form = showForm(EntityKind::Professional, uid(40));
    QComboBox *secrecy = editorOf<EnumerationEditor>(form, "secrecy")->comboBox();
    QCOMPARE(secrecy->count(), 6);
    QCOMPARE(secrecy->currentText(), QStringLiteral("Medical secrecy"));
    secrecy->setCurrentIndex(secrecy->findData(QStringLiteral("police-data")));
    emit secrecy->activated(secrecy->currentIndex());
    QCOMPARE(onDisk().professionals[0].secrecy, SecrecyRegime::PoliceData);
    m_doc->undoStack()->undo();
    QCOMPARE(secrecy->currentText(), QStringLiteral("Medical secrecy"));

    form = showForm(EntityKind::LifeDomain, uid(10));
    QLineEdit *colour = form->fieldGroup()->editor("colour")->findChild<QLineEdit *>();
    QCOMPARE(colour->text(), QStringLiteral("#2e7d32"));
    colour->setFocus();
    colour->selectAll();
    QTest::keyClicks(colour, "#1565c0");
    QTest::keyClick(colour, Qt::Key_Return);
    QCOMPARE(onDisk().lifeDomains[0].colour, QStringLiteral("#1565c0"));
}

void tst_Forms::assetDataReplace()
{
    EntityForm *form = showForm(EntityKind::Asset, uid(20));
    auto *data = editorOf<AssetDataEditor>(form, "data");
    const QString file = m_dir.filePath("icoon.svg");
    const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                           "<rect width=\"10\" height=\"10\" fill=\"green\"/></svg>";
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(svg);
    out.close();
    QVERIFY(data->replaceFromFile(file));
    QCOMPARE(onDisk().assets[0].data, svg);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Replace File"));

    // A PNG brings its media type along, in the same undo step.
    QImage image(4, 4, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    const QString pngFile = m_dir.filePath("icoon.png");
    QVERIFY(image.save(pngFile));
    QVERIFY(data->replaceFromFile(pngFile));
    QCOMPARE(onDisk().assets[0].mediaType, QStringLiteral("image/png"));
    QCOMPARE(form->fieldGroup()->editor("mediaType")->findChild<QLineEdit *>()->text(),
             QStringLiteral("image/png"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(onDisk().assets[0].mediaType, QStringLiteral("image/svg+xml"));
    QCOMPARE(onDisk().assets[0].data, svg);
    QVERIFY(!data->preview()->pixmap().isNull());
    QString error;
    QVERIFY(!data->replaceFromFile(m_dir.filePath("bestaat-niet.png"), &error));
    QVERIFY(error.contains("bestaat-niet.png"));
    m_doc->undoStack()->undo();
    QCOMPARE(onDisk().assets[0].data, m_original.assets[0].data);
    QCOMPARE(form->fieldGroup()->editor("mediaType")->findChild<QLineEdit *>()->text(),
             QStringLiteral("image/svg+xml"));
}

void tst_Forms::readOnlyDisablesEditing()
{
    delete m_doc;
    m_doc = new ProjectDocument;
    StoreError error;
    QVERIFY(m_doc->open(m_path, ProjectStore::OpenMode::ReadOnly, &error));
    QSignalSpy failed(m_doc, &ProjectDocument::writeFailed);
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QLineEdit *question = editorOf<LineEditor>(form, "question")->lineEdit();
    QVERIFY(question->isReadOnly());
    question->setFocus();
    QTest::keyClicks(question, "x");
    QTest::keyClick(question, Qt::Key_Return);
    QCOMPARE(question->text(), m_original.scenarios[0].segments[0].dilemmas[0].question);
    MarkdownEdit *situation = editorOf<MarkdownEditor>(form, "situation")->markdownEdit();
    QVERIFY(situation->isReadOnly());
    QVERIFY(!situation->toolBar()->isEnabled());
    QVERIFY(!editorOf<ReferenceEditor>(form, "professionalUid")->comboBox()->isEnabled());
    QListWidget *themes = editorOf<ReferenceListEditor>(form, "themeUids")->listWidget();
    QVERIFY(!(themes->item(0)->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!form->optionList()->addButton()->isEnabled());
    QVERIFY(!form->optionList()->deleteButton(uid(110))->isEnabled());
    QVERIFY(!form->optionList()->moveDownButton(uid(110))->isEnabled());
    QVERIFY(!form->legalReferenceList()->addButton()->isEnabled());
    auto *assessment = qobject_cast<EnumerationEditor *>(
        form->optionList()->fieldGroup(uid(110))->editor("assessment"));
    QVERIFY(!assessment->comboBox()->isEnabled());
    QVERIFY(qobject_cast<LineEditor *>(form->optionList()->fieldGroup(uid(110))->editor("label"))
                ->lineEdit()
                ->isReadOnly());

    form = showForm(EntityKind::LegalSource, uid(30));
    QVERIFY(!editorOf<DateEditor>(form, "validFrom")->checkBox()->isEnabled());
    QVERIFY(!editorOf<DateEditor>(form, "validFrom")->dateEdit()->isEnabled());
    form = showForm(EntityKind::Asset, uid(20));
    QVERIFY(!editorOf<AssetDataEditor>(form, "data")->replaceButton()->isEnabled());
    form = showForm(EntityKind::Person, uid(80));
    QVERIFY(editorOf<OptionalIntegerEditor>(form, "age")->spinBox()->isReadOnly());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(failed.count(), 0); // nothing was even tried
    QVERIFY(withoutLog(onDisk()) == withoutLog(m_original));
}

void tst_Forms::focusFieldFocusesEditor()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    form->resize(700, 300); // short: the field has to be scrolled to
    QVERIFY(form->focusField("solutionDirection"));
    QWidget *target = form->fieldGroup()->editor("solutionDirection")->focusTarget();
    QCOMPARE(QApplication::focusWidget(), target);
    QVERIFY(target->visibleRegion().boundingRect().height() > 0);
    QVERIFY(!form->focusField("noSuchField"));
    form->setFocus(); // the form's focus goes to its first field
    QCOMPARE(QApplication::focusWidget(), form->fieldGroup()->editor("key")->focusTarget());
    QVERIFY(form->focusField("options"));
    QCOMPARE(QApplication::focusWidget(),
             form->optionList()->fieldGroup(uid(110))->editor("label")->focusTarget());
    QVERIFY(form->focusField("legalReferences"));
    QCOMPARE(
        QApplication::focusWidget(),
        form->legalReferenceList()->fieldGroup(uid(120))->editor("legalSourceUid")->focusTarget());
    // A field of an option or legal reference, as an Issue names it (its kind and uid).
    QVERIFY(form->focusField("feedback", uid(111)));
    QCOMPARE(QApplication::focusWidget(),
             form->optionList()->fieldGroup(uid(111))->editor("feedback")->focusTarget());
    QVERIFY(form->focusField("pinpoint", uid(121)));
    QVERIFY(!form->focusField("pinpoint", uid(999)));
    QVERIFY(form->focusField("question", uid(100)));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void tst_Forms::tabOrderFollowsFields()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QList<QWidget *> expected = form->fieldGroup()->tabChain();
    expected += form->optionList()->tabChain().mid(0, 6); // the first option, its buttons
    // Disabled widgets (Move Up of the first option) are skipped by Tab.
    expected.removeIf([](QWidget *w) { return !w->isEnabled(); });
    QCOMPARE(expected.size(), form->fieldGroup()->tabChain().size() + 5);
    expected.first()->setFocus();
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), expected.at(i));
    }
    // Labels carry accelerators bound to their editors.
    QCOMPARE(form->fieldGroup()->label("solutionDirection")->text(),
             QStringLiteral("Solution &direction"));
    QCOMPARE(form->fieldGroup()->label("solutionDirection")->buddy(),
             form->fieldGroup()->editor("solutionDirection")->focusTarget());
}

void tst_Forms::formNoticesItsEntityRemoved()
{
    EntityForm *form = showForm(EntityKind::Dilemma, uid(100));
    QSignalSpy removed(form, &EntityForm::shownEntityRemoved);
    m_doc->undoStack()->push(new RemoveEntity<Segment>(m_doc, uid(90), "Delete segment"));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!form->fieldGroup()->isEnabled());
    QVERIFY(!form->optionList()->isEnabled());
    m_doc->undoStack()->undo();
    QVERIFY(form->fieldGroup()->isEnabled());
    QCOMPARE(form->optionList()->childUids().size(), 3);
}

void tst_Forms::newEntityKeyFollowsItsName_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secondKey");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("scenario") << EntityKind::Scenario << QString() << "title"
                              << "eerste-gesprek"
                              << "eerste-gesprek-2"
                              << "Change Title";
    QTest::newRow("moment") << EntityKind::Segment << uid(70) << "title"
                            << "eerste-gesprek"
                            << "eerste-gesprek-2"
                            << "Change Title";
    QTest::newRow("dilemma") << EntityKind::Dilemma << uid(90) << "question"
                             << "eerste-gesprek"
                             << "eerste-gesprek-2"
                             << "Change Question";
}

void tst_Forms::newEntityKeyFollowsItsName()
{
    QFETCH(EntityKind, kind);
    QFETCH(QString, parent);
    QFETCH(QString, field);
    QFETCH(QString, key);
    QFETCH(QString, secondKey);
    QFETCH(QString, undoText);
    QUndoStack *stack = m_doc->undoStack();
    const FieldSpec *keySpec = FieldTable::field(kind, "key");
    // A new entity at the end of its list, as the Add actions make it; its uid.
    QSignalSpy inserted(m_doc, &ProjectDocument::entityInserted);
    auto addNew = [&] {
        stack->push(EntityFactory::createNew(m_doc, kind, parent, 99));
        return inserted.isEmpty() ? QString() : inserted.last().at(1).toString();
    };
    // The key in the model, which must also be the file's.
    auto keyOf = [&](const QString &entity) {
        return onDisk() == m_doc->project() ? keySpec->read(*m_doc, entity)->toString()
                                            : QStringLiteral("(not saved)");
    };

    const QString first = addNew();
    const QString placeholder = keySpec->read(*m_doc, first)->toString();
    EntityForm *form = showForm(kind, first);
    QLineEdit *name = editorOf<LineEditor>(form, field)->lineEdit();
    QLineEdit *keyEdit = editorOf<LineEditor>(form, "key")->lineEdit();
    QCOMPARE(keyEdit->text(), placeholder);
    name->setFocus();
    QTest::keyClicks(name, "Eerste");
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClicks(name, " gesprek");
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(keyEdit->text(), key);
    QCOMPARE(keyOf(first), key);
    QCOMPARE(stack->count(), 2); // the insert, and the name with its key
    QCOMPARE(stack->undoText(), undoText);
    stack->undo();
    QCOMPARE(name->text(), QString());
    QCOMPARE(keyEdit->text(), placeholder);
    QCOMPARE(keyOf(first), placeholder);
    stack->redo();
    QCOMPARE(keyEdit->text(), key);

    // A second one of the same name gets a free key, as the factory gives new entities.
    const QString second = addNew();
    form = showForm(kind, second);
    name = editorOf<LineEditor>(form, field)->lineEdit();
    keyEdit = editorOf<LineEditor>(form, "key")->lineEdit();
    name->setFocus();
    QTest::keyClicks(name, "Eerste gesprek");
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(keyEdit->text(), secondKey);
    QCOMPARE(keyOf(second), secondKey);

    // The key stays editable; once typed by hand it no longer follows.
    QVERIFY(!keyEdit->isReadOnly());
    keyEdit->setFocus();
    keyEdit->selectAll();
    QTest::keyClicks(keyEdit, "eigen-sleutel");
    QTest::keyClick(keyEdit, Qt::Key_Return);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, "Later gesprek");
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(name->text(), QStringLiteral("Later gesprek"));
    QCOMPARE(keyEdit->text(), QStringLiteral("eigen-sleutel"));
    QCOMPARE(keyOf(second), QStringLiteral("eigen-sleutel"));
}

void tst_Forms::screenshot()
{
    // The dilemma form on fullProject(), whole (not just what a window shows). Saved when
    // KD_SCREENSHOT names a file: run under Xvfb for docs/form-dilemma.png. KD_SCREENSHOT_KIND
    // ("professional", "segment", ...) picks another kind's form.
    const EntityKind kind = entityKindFromName(qEnvironmentVariable("KD_SCREENSHOT_KIND"))
                                .value_or(EntityKind::Dilemma);
    EntityForm *form = showForm(kind, sampleUid(kind));
    QWidget *content = form->findChild<QScrollArea *>()->widget();
    form->resize(900, content->sizeHint().height() + 4);
    QTest::qWait(50);
    const QPixmap shot = content->grab();
    QVERIFY(!shot.isNull());
    if (kind == EntityKind::Dilemma)
        QVERIFY(shot.height() > 600);
    const QString path = qEnvironmentVariable("KD_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(shot.save(path));
}

QTEST_MAIN(tst_Forms)
#include "tst_forms.moc"
