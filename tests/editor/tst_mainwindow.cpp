#include "fullproject.h"

#include "document/projectdocument.h"
#include "mainwindow.h"
#include "storage/projectstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

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

    auto *tree = window.findChild<QTreeWidget *>();
    QVERIFY(tree);
    const QTreeWidgetItem *scenarios = tree->topLevelItem(0);
    QCOMPARE(scenarios->text(0), QStringLiteral("Scenarios"));
    QCOMPARE(scenarios->child(0)->text(0), QStringLiteral("Familie Özdemir"));
    QCOMPARE(scenarios->child(0)->child(0)->text(0), QStringLiteral("1. Vader verliest zijn baan"));
    QCOMPARE(scenarios->child(0)->child(0)->child(0)->text(0),
             QStringLiteral("Deel je je zorgen met de school zonder toestemming?"));
    QCOMPARE(tree->topLevelItemCount(), 7);
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Legal sources"));
    QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("2"));
}

void tst_MainWindow::lockedProjectOpensReadOnly()
{
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path("busy.kdproj"), kd::testing::fullProject(), false, &error));
    auto otherWriter = ProjectStore::open(path("busy.kdproj"), ProjectStore::OpenMode::ReadWrite,
                                          &error);
    QVERIFY(otherWriter);

    MainWindow window;
    window.show();
    watchForMessageBox(QMessageBox::Open);
    QVERIFY(window.openProject(path("busy.kdproj")));
    QVERIFY2(lastBoxText.contains(QStringLiteral("read-only")), qPrintable(lastBoxText));
    QVERIFY(window.document()->isReadOnly());
    QVERIFY(window.windowTitle().contains(QStringLiteral("[read-only]")));
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
