#include "testkeys.h"
#include "testprojects.h"

#include "commands/changeproperty.h"
#include "document/projectdocument.h"
#include "document/reviewwords.h"
#include "mainwindow.h"
#include "models/projecttreemodel.h"
#include "models/reviewstateicon.h"
#include "review/approvaltrust.h"
#include "review/contenthash.h"
#include "settings/reviewerkeyring.h"
#include "widgets/lawregisterdock.h"
#include "widgets/reviewdock.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace kd;
using namespace kd::testing;

// The editor's law register: the sources with their dates and status, what cites them, sorted
// and filtered, and the dilemmas whose law changed since their approval.
class tst_LawRegisterDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsSourcesWithDatesAndWhatCitesThem();
    void filtersAndSorts();
    void anEditedSourceShowsWhatItChangedUnder();
    void activatingOpensTheItem();
    void inTheViewMenu();

private:
    bool openProject(const QString &name, const Project &p, ProjectDocument *document);
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
};

namespace {

// fullProject() with its two sources approved on 1 May 2026 and its dilemma on 2 May, signed
// with the test key, which it trusts.
Project approved()
{
    Project p = fullProject();
    approveSourcesThenDilemmas(p, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC));
    return p;
}

QString cell(const LawRegisterDock &dock, int row, int column)
{
    const QAbstractItemModel *model = dock.table()->model();
    return model->index(row, column).data().toString();
}

} // namespace

void tst_LawRegisterDock::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("kd-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lawregisterdock"));
}

bool tst_LawRegisterDock::openProject(const QString &name, const Project &p,
                                      ProjectDocument *document)
{
    const QString path = m_dir.filePath(name);
    StoreError error;
    return ProjectStore::writeNew(path, p, false, &error)
           && document->open(path, ProjectStore::OpenMode::ReadWrite, &error);
}

void tst_LawRegisterDock::listsSourcesWithDatesAndWhatCitesThem()
{
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("list.kdproj"), approved(), &document));
    LawRegisterDock dock(&document);
    dock.setAsOf(QDate(2027, 6, 10));
    QCOMPARE(dock.listedUids().size(), 2);
    // Sorted by title: "AVG" before "BW 7:457".
    QCOMPARE(dock.listedUids(), (QStringList{uid(31), uid(30)}));
    QCOMPARE(cell(dock, 1, LawRegisterDock::StatusColumn), QStringLiteral("Review soon"));
    QCOMPARE(cell(dock, 1, LawRegisterDock::VersionColumn), QStringLiteral("2026-01-01"));
    QCOMPARE(cell(dock, 1, LawRegisterDock::ReviewByColumn), QStringLiteral("2027-06-30"));
    QCOMPARE(cell(dock, 1, LawRegisterDock::CitedColumn), QStringLiteral("2"));
    QCOMPARE(cell(dock, 1, LawRegisterDock::ChangedColumn), QString());
    QVERIFY2(dock.summary().endsWith(QLatin1String(": legal sources 2; due for review within 30 "
                                                   "days 1; changed since an approval 0.")),
             qPrintable(dock.summary()));

    QVERIFY(dock.selectSource(uid(30)));
    QCOMPARE(dock.citing()->topLevelItemCount(), 2);
    QVERIFY(dock.citing()->topLevelItem(0)->text(0).startsWith(QLatin1String("Dilemma: ")));
    QVERIFY(dock.citing()->topLevelItem(1)->text(0).startsWith(QLatin1String("Professional: ")));
    QCOMPARE(dock.citing()->topLevelItem(0)->text(1), QString());

    // Closing the project empties it.
    document.close();
    QVERIFY(dock.listedUids().isEmpty());
}

void tst_LawRegisterDock::filtersAndSorts()
{
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("filter.kdproj"), approved(), &document));
    LawRegisterDock dock(&document);
    dock.setAsOf(QDate(2027, 6, 10));
    dock.setShow(LawRegisterDock::Show::DueSoon);
    QCOMPARE(dock.listedUids(), QStringList{uid(30)});
    // Overdue counts as due.
    dock.setAsOf(QDate(2027, 8, 1));
    QCOMPARE(dock.listedUids(), QStringList{uid(30)});
    QCOMPARE(cell(dock, 0, LawRegisterDock::StatusColumn), QStringLiteral("Review due"));
    dock.setShow(LawRegisterDock::Show::Changed);
    QVERIFY(dock.listedUids().isEmpty());
    dock.setShow(LawRegisterDock::Show::All);
    dock.setFilterText(QStringLiteral("avg"));
    QCOMPARE(dock.listedUids(), QStringList{uid(31)});
    dock.setFilterText(QString());
    // Sorting by review-by date: the AVG has none, so it comes first ascending.
    dock.table()->sortByColumn(LawRegisterDock::ReviewByColumn, Qt::DescendingOrder);
    QCOMPARE(dock.listedUids(), (QStringList{uid(30), uid(31)}));
    dock.table()->sortByColumn(LawRegisterDock::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(dock.listedUids().first(), uid(30)); // review due before current
}

void tst_LawRegisterDock::anEditedSourceShowsWhatItChangedUnder()
{
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("edit.kdproj"), approved(), &document));
    LawRegisterDock dock(&document);
    dock.show(); // it follows edits while shown
    dock.setShow(LawRegisterDock::Show::Changed);
    QVERIFY(dock.listedUids().isEmpty());
    // The project tree's icon for the dilemma: approved, then to be reviewed again.
    ProjectTreeModel tree(&document);
    const auto looksLike = [&tree](const QString &entity, ReviewStateIcon::Look look) {
        const QVariant shown = tree.indexOf(entity).data(Qt::DecorationRole);
        return shown.value<QIcon>().cacheKey() == ReviewStateIcon::icon(look).cacheKey();
    };
    QVERIFY(looksLike(uid(100), ReviewStateIcon::Look::Approved));
    // The Review dock's queue: nothing waits.
    ReviewerKeyring keyring;
    ReviewDock review(&document, &keyring);
    QVERIFY(review.queue().isEmpty());

    document.setAuthor(QStringLiteral("Anna"));
    document.undoStack()->push(
        new ChangeProperty<LegalSource, QDate>(&document, uid(30), &LegalSource::versionDate,
                                               "versionDate", "version date", QDate(2027, 1, 1)));
    QTRY_COMPARE(dock.listedUids(), QStringList{uid(30)});
    QCOMPARE(cell(dock, 0, LawRegisterDock::ChangedColumn), QStringLiteral("1"));
    QVERIFY2(dock.summary().endsWith(QLatin1String("changed since an approval 1.")),
             qPrintable(dock.summary()));
    QVERIFY(dock.selectSource(uid(30)));
    QCOMPARE(dock.citing()->topLevelItem(0)->text(1), QStringLiteral("Law changed"));
    QCOMPARE(dock.citing()->topLevelItem(1)->text(1), QString()); // the professional
    QVERIFY(looksLike(uid(100), ReviewStateIcon::Look::ReviewAgain));
    // The dilemma waits for its reviewer again, first (the source, stale, too).
    QVERIFY(review.queue().contains(uid(100)));
    QCOMPARE(review.queueStates().at(review.queue().indexOf(uid(100))),
             QStringLiteral("law changed since approval"));
    review.setShown(ReviewDock::Show::Approved);
    QVERIFY(!review.queue().contains(uid(100)));
    review.setShown(ReviewDock::Show::Waiting);
    // The dilemma's banner (form, Review dock, tree tooltip) says it too.
    QVERIFY2(ReviewWords::status(document, uid(100))
                 .endsWith(QLatin1String("The approval counts. Law changed since the approval: "
                                         "BW 7:457. Check the dilemma against it and approve it "
                                         "again.")),
             qPrintable(ReviewWords::status(document, uid(100))));

    // Undo puts the version back: nothing changed under anyone.
    document.undoStack()->undo();
    QTRY_VERIFY(dock.listedUids().isEmpty());
    QVERIFY(!ReviewWords::status(document, uid(100)).contains(QLatin1String("Law changed")));
    QVERIFY(looksLike(uid(100), ReviewStateIcon::Look::Approved));
    QVERIFY(review.queue().isEmpty());
}

void tst_LawRegisterDock::activatingOpensTheItem()
{
    ProjectDocument document;
    QVERIFY(openProject(QStringLiteral("open.kdproj"), approved(), &document));
    LawRegisterDock dock(&document);
    QSignalSpy spy(&dock, &LawRegisterDock::entityActivated);
    QVERIFY(dock.selectSource(uid(30)));
    emit dock.table()->activated(dock.table()->currentIndex());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<EntityKind>(), EntityKind::LegalSource);
    QCOMPARE(spy.at(0).at(1).toString(), uid(30));
    emit dock.citing()->itemActivated(dock.citing()->topLevelItem(0), 0);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<EntityKind>(), EntityKind::Dilemma);
    QCOMPARE(spy.at(1).at(1).toString(), uid(100));
}

void tst_LawRegisterDock::inTheViewMenu()
{
    MainWindow window;
    QVERIFY(window.lawRegisterDock());
    bool listed = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&View")) {
            for (QAction *a : menu->menu()->actions())
                listed = listed || a == window.lawRegisterDock()->toggleViewAction();
        }
    }
    QVERIFY(listed);
}

QTEST_MAIN(tst_LawRegisterDock)
#include "tst_lawregisterdock.moc"
