#include "testprojects.h"

#include "document/projectdocument.h"
#include "forms/entityform.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/projectstore.h"
#include "widgets/lawregisterdock.h"
#include "widgets/validationdock.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "widgets/projecttree.h"

using namespace kd;

namespace {

// The text of the last message box watchForMessageBox() answered.
QString lastBoxText;

// Answers the next message box that appears with the given button.
void watchForMessageBox(QMessageBox::StandardButton button)
{
    lastBoxText.clear();
    QTimer::singleShot(50, [button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                lastBoxText = box->text();
                if (QAbstractButton *b = box->button(button))
                    b->click();
                return;
            }
        }
        watchForMessageBox(button); // not shown yet: look again
    });
}

// Answers the next file dialog that appears by choosing path; *suggested gets the file it
// offered first.
void answerFileDialog(const QString &path, QString *suggested)
{
    QTimer::singleShot(50, [path, suggested] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                *suggested = dialog->selectedFiles().value(0);
                // Typed, as a user would: selectFile() keeps the suggestion for a new file.
                if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(path);
                static_cast<QDialog *>(dialog)->accept(); // public there, virtual
                return;
            }
        }
        answerFileDialog(path, suggested); // not shown yet: look again
    });
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensProjectAndShowsTree();
    void lockedProjectOpensReadOnly();
    void damagedProjectShowsError();
    void selectionShowsTheFormAndIssuesJumpToFields();
    void undoKeysInAFieldStepTheProjectHistory();
    void deletingWhatIsNamedElsewhereAsksFirst();
    void clickingTheSelectedItemDoesNotRenameIt();
    void fileDialogsStartWhereTheProjectIs();
    void firstStartGivesTheFormTheRoom();
    void layoutFromBeforeTheLawRegisterShowsIt();
    void exportsTheReviewPacket();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_MainWindow::opensProjectAndShowsTree()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("full.kdproj"), kd::testing::fullProject(), false, &error));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path("full.kdproj")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Familie Özdemir-Van den Berg")));
    QVERIFY(!window.document()->isReadOnly());

    const QAbstractItemModel *tree = window.tree()->model();
    QCOMPARE(tree->rowCount(), 7);
    const QModelIndex scenarios = tree->index(0, 0);
    QCOMPARE(scenarios.data().toString(), QStringLiteral("Scenarios (1)"));
    const QModelIndex scenario = tree->index(0, 0, scenarios);
    QCOMPARE(scenario.data().toString(), QStringLiteral("Familie Özdemir"));
    QCOMPARE(tree->index(0, 0, scenario).data().toString(), QStringLiteral("Persons (2)"));
    const QModelIndex segment = tree->index(1, 0, scenario);
    QCOMPARE(segment.data().toString(), QStringLiteral("1. Vader verliest zijn baan"));
    QCOMPARE(tree->index(0, 0, segment).data().toString(),
             QStringLiteral("Deel je je zorgen met de school zonder toestemming?"));
    QCOMPARE(tree->index(2, 0).data().toString(), QStringLiteral("Legal sources (2)"));

    // Edit actions follow the selection.
    window.tree()->setCurrentIndex(segment);
    QVERIFY(window.tree()->deleteAction()->isEnabled());
    window.tree()->setCurrentIndex(scenarios);
    QVERIFY(!window.tree()->deleteAction()->isEnabled());
}

void tst_MainWindow::lockedProjectOpensReadOnly()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("busy.kdproj"), kd::testing::fullProject(), false, &error));
    auto otherWriter
        = ProjectStore::open(path("busy.kdproj"), ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY(otherWriter);

    MainWindow window;
    window.show();
    watchForMessageBox(QMessageBox::Open);
    QVERIFY(window.openProject(path("busy.kdproj")));
    QVERIFY2(lastBoxText.contains(QStringLiteral("read-only")), qPrintable(lastBoxText));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[read-only]")));
    // Read-only: no edit is offered.
    window.tree()->selectEntity(kd::testing::uid(100));
    QVERIFY(!window.tree()->deleteAction()->isEnabled());
    QVERIFY(!window.tree()->pasteAction()->isEnabled());
    QVERIFY(!(window.tree()->model()->flags(window.tree()->currentIndex()) & Qt::ItemIsEditable));
}

void tst_MainWindow::damagedProjectShowsError()
{
    QFile junk(path("junk.kdproj"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(5000, 'x'));
    junk.close();

    MainWindow window;
    window.show();
    watchForMessageBox(QMessageBox::Ok);
    QVERIFY(!window.openProject(path("junk.kdproj")));
    QVERIFY2(lastBoxText.contains(QStringLiteral("not a Kiezen & Delen project")),
             qPrintable(lastBoxText));
    QVERIFY(!window.document()->isOpen());
}

void tst_MainWindow::selectionShowsTheFormAndIssuesJumpToFields()
{
    StoreError error;
    QVERIFY(
        ProjectStore::writeNew(path("forms.kdproj"), kd::testing::fullProject(), false, &error));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path("forms.kdproj")));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.currentForm());
    QCOMPARE(window.currentForm()->kind(), EntityKind::Project);

    window.tree()->selectEntity(kd::testing::uid(100));
    QCOMPARE(window.currentForm()->kind(), EntityKind::Dilemma);
    QCOMPARE(window.currentForm()->uid(), kd::testing::uid(100));

    // A validation issue on an option opens its dilemma's form at the option's field.
    emit window.validationDock()->issueActivated(EntityKind::Option, kd::testing::uid(111),
                                                 QStringLiteral("feedback"));
    QCOMPARE(window.currentForm()->uid(), kd::testing::uid(100));
    QVERIFY(window.currentForm()->isAncestorOf(QApplication::focusWidget()));

    emit window.validationDock()->issueActivated(EntityKind::LegalSource, kd::testing::uid(31),
                                                 QStringLiteral("url"));
    QCOMPARE(window.currentForm()->kind(), EntityKind::LegalSource);
    QCOMPARE(window.tree()->currentIndex().data(Qt::UserRole + 2).toString(), kd::testing::uid(31));
}

// Ctrl+Z in a field whose edit was committed undoes the project's step (Edit > Redo then redoes
// it); the field keeps no history of its own that would push a new change and clear the redo.
void tst_MainWindow::undoKeysInAFieldStepTheProjectHistory()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("undo.kdproj"), kd::testing::fullProject(), false, &error));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path("undo.kdproj")));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.tree()->selectEntity(kd::testing::uid(100));
    auto *question = window.currentForm()
                         ->findChild<QWidget *>(QStringLiteral("question"))
                         ->findChild<QLineEdit *>();
    QVERIFY(question);
    const QString original = question->text();
    question->setFocus();
    question->end(false);
    QTest::keyClicks(question, QStringLiteral(" nu"));
    QTest::keyClick(question, Qt::Key_Return); // committed
    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->count(), 1);

    QTest::keySequence(question, QKeySequence::Undo);
    QCOMPARE(question->text(), original);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 0);
    QVERIFY(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    QCOMPARE(question->text(), original + QStringLiteral(" nu"));

    QTest::keySequence(question, QKeySequence::Undo);
    QTest::keySequence(question, QKeySequence::Redo);
    QCOMPARE(question->text(), original + QStringLiteral(" nu"));
    QCOMPARE(stack->index(), 1);

    // Ctrl+Z while typing commits the typing first, so the step undone includes it (here it is
    // part of the field's change before); Redo brings all of it back.
    question->home(false);
    QTest::keyClicks(question, QStringLiteral("Nu: "));
    QTest::keySequence(question, QKeySequence::Undo);
    QCOMPARE(question->text(), original);
    QCOMPARE(stack->count(), 1);
    QVERIFY(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    QCOMPARE(question->text(), QStringLiteral("Nu: ") + original + QStringLiteral(" nu"));
}

// Deleting a legal source that a professional and a legal reference name says so first; agreeing
// removes the source and those references as one undo step. What a deleted scenario's own
// moments name (its persons) goes with it, without a question.
void tst_MainWindow::deletingWhatIsNamedElsewhereAsksFirst()
{
    using kd::testing::uid;
    StoreError error;
    QVERIFY(
        ProjectStore::writeNew(path("delete.kdproj"), kd::testing::fullProject(), false, &error));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path("delete.kdproj")));
    ProjectDocument *document = window.document();
    window.tree()->selectEntity(uid(30));

    watchForMessageBox(QMessageBox::Cancel);
    window.tree()->deleteAction()->trigger();
    QVERIFY2(lastBoxText.contains(QStringLiteral("named in 2 place")), qPrintable(lastBoxText));
    QVERIFY(document->find<LegalSource>(uid(30)));
    QCOMPARE(document->undoStack()->count(), 0);

    lastBoxText.clear();
    QTimer::singleShot(50, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                lastBoxText = box->informativeText();
                for (QAbstractButton *button : box->buttons())
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
            }
        }
    });
    window.tree()->deleteAction()->trigger();
    QVERIFY2(lastBoxText.contains(QStringLiteral("Deel je je zorgen")), qPrintable(lastBoxText));
    QVERIFY(!lastBoxText.contains(uid(100)));
    QVERIFY(!document->find<LegalSource>(uid(30)));
    QCOMPARE(document->find<Professional>(uid(40))->defaultLegalSourceUids, QStringList{uid(31)});
    QVERIFY(document->find<LegalReference>(uid(120))->legalSourceUid.isEmpty());
    QCOMPARE(document->undoStack()->count(), 1);

    document->undoStack()->undo();
    QVERIFY(document->find<LegalSource>(uid(30)));
    QCOMPARE(document->find<Professional>(uid(40))->defaultLegalSourceUids,
             (QStringList{uid(30), uid(31)}));
    QCOMPARE(document->find<LegalReference>(uid(120))->legalSourceUid, uid(30));

    lastBoxText.clear();
    window.tree()->selectEntity(uid(70));
    window.tree()->deleteAction()->trigger();
    QVERIFY(!document->find<Scenario>(uid(70)));
    QVERIFY(lastBoxText.isEmpty());
}

void tst_MainWindow::clickingTheSelectedItemDoesNotRenameIt()
{
    StoreError error;
    QVERIFY(
        ProjectStore::writeNew(path("click.kdproj"), kd::testing::fullProject(), false, &error));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path("click.kdproj")));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ProjectTree *tree = window.tree();
    tree->selectEntity(kd::testing::uid(100));
    const QPoint centre = tree->visualRect(tree->currentIndex()).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
    QTest::qWait(QApplication::doubleClickInterval() + 200);
    const auto *inPlace = tree->viewport()->findChild<QLineEdit *>();
    QVERIFY(!inPlace || !inPlace->isVisible());

    tree->renameAction()->trigger(); // asked for, it edits in place
    QTRY_VERIFY(tree->viewport()->findChild<QLineEdit *>());
}

void tst_MainWindow::fileDialogsStartWhereTheProjectIs()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cases/koster-package")));
    const QString project = path("cases/koster.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(project, kd::testing::fullProject(), false, &error));
    MainWindow window;
    QVERIFY(window.openProject(project));
    QCOMPARE(window.workingFolder(), QFileInfo(project).absolutePath());

    // An import is saved beside its package, never inside it.
    const QString package = path("cases/koster-package");
    const QString beside
        = QFileInfo(path("cases")).absoluteFilePath() + QStringLiteral("/koster-package.kdproj");
    QCOMPARE(MainWindow::importTargetFor(package), beside);
    QCOMPARE(MainWindow::importTargetFor(package + QStringLiteral("/package.json")), beside);
}

// At 1100x773 without a saved layout the form gets the most width, the docks below a fifth of the
// height, and every dock can be made small.
// A layout saved by a version without the Law Register leaves the register where the window
// puts it, in the tabs below (Qt keeps a dock the saved layout does not name); one saved with the
// register closed keeps it closed.
void tst_MainWindow::layoutFromBeforeTheLawRegisterShowsIt()
{
    {
        MainWindow older;
        older.show();
        QVERIFY(QTest::qWaitForWindowExposed(&older));
        older.lawRegisterDock()->setObjectName(QStringLiteral("notYetThere"));
        older.lawRegisterDock()->hide();
        AppSettings::setWindowLayout(older.saveGeometry(), older.saveState());
    }
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.lawRegisterDock()->isHidden());
        QVERIFY(!window.lawRegisterDock()->isFloating());
        QVERIFY(window.tabifiedDockWidgets(window.lawRegisterDock())
                    .contains(window.findChild<ValidationDock *>()));
        window.lawRegisterDock()->hide(); // the user closes it
        window.close();
    }
    MainWindow later;
    later.show();
    QVERIFY(QTest::qWaitForWindowExposed(&later));
    QVERIFY(later.lawRegisterDock()->isHidden());
    AppSettings::setWindowLayout({}, {});
}

void tst_MainWindow::firstStartGivesTheFormTheRoom()
{
    AppSettings::setWindowLayout({}, {});
    StoreError error;
    QVERIFY(
        ProjectStore::writeNew(path("first.kdproj"), kd::testing::fullProject(), false, &error));
    MainWindow window;
    window.resize(1100, 773);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path("first.kdproj")));
    window.tree()->selectEntity(kd::testing::uid(100));
    QApplication::processEvents();

    const auto *splitter = qobject_cast<QSplitter *>(window.centralWidget());
    QVERIFY(splitter);
    const int formWidth = splitter->widget(1)->width();
    QVERIFY2(formWidth >= window.width() * 2 / 5, qPrintable(QString::number(formWidth)));
    QVERIFY(formWidth > splitter->widget(0)->width());
    const auto docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 4);
    for (const QDockWidget *dock : docks) {
        // Those below can go lower than those beside the form, which share a column's height.
        const bool below
            = window.dockWidgetArea(const_cast<QDockWidget *>(dock)) == Qt::BottomDockWidgetArea;
        QVERIFY2(
            dock->minimumSizeHint().height() <= (below ? 180 : 300),
            qPrintable(dock->objectName() + QString::number(dock->minimumSizeHint().height())));
        QVERIFY2(dock->minimumSizeHint().width() <= 320,
                 qPrintable(dock->objectName() + QString::number(dock->minimumSizeHint().width())));
    }
    QVERIFY2(window.validationDock()->height() <= window.height() / 4,
             qPrintable(QString::number(window.validationDock()->height())));
}

// File > Export Review Packet... writes the PDF that `kdtool packet` writes, where the user
// chooses, and says so; when it cannot, a message box says why and nothing is written.
void tst_MainWindow::exportsTheReviewPacket()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("packet")));
    const QString project = path("packet/koster.kdproj");
    StoreError error;
    QVERIFY(ProjectStore::writeNew(project, kd::testing::fullProject(), false, &error));
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("exportReviewPacket"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(window.openProject(project));
    QVERIFY(action->isEnabled());

    // One scenario: no question which; the file suggested beside the project.
    const QString pdf = path("packet/review.pdf");
    QString suggested;
    answerFileDialog(pdf, &suggested);
    action->trigger();
    QCOMPARE(suggested, path("packet/koster-reviewpakket.pdf"));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("review packet")),
             qPrintable(window.statusBar()->currentMessage()));

    const QString nowhere = path("packet/no-such-folder/review.pdf");
    answerFileDialog(nowhere, &suggested);
    watchForMessageBox(QMessageBox::Ok);
    action->trigger();
    QVERIFY2(lastBoxText.contains(QStringLiteral("not written")), qPrintable(lastBoxText));
    QVERIFY(!QFileInfo::exists(nowhere));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
