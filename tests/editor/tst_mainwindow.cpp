#include "testprojects.h"

#include "document/projectdocument.h"
#include "forms/entityform.h"
#include "mainwindow.h"
#include "storage/projectstore.h"
#include "widgets/validationdock.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensProjectAndShowsTree();
    void lockedProjectOpensReadOnly();
    void damagedProjectShowsError();
    void selectionShowsTheFormAndIssuesJumpToFields();

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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
