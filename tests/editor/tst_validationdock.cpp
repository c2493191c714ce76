#include "testprojects.h"

#include "commands/changeproperty.h"
#include "commands/structurecommands.h"
#include "document/projectdocument.h"
#include "document/validationrunner.h"
#include "models/issuelistmodel.h"
#include "settings/uilanguage.h"
#include "widgets/validationdock.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace kd;
using kd::testing::uid;

class tst_ValidationDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsIssuesAfterAnEdit();
    void filtersBySeverity();
    void sortedBySeverityThenPlace();
    void activationNamesEntityAndField();
    void severityColumnFitsItsWords_data();
    void severityColumnFitsItsWords();

private:
    QTemporaryDir m_dir;
    ProjectDocument *m_doc = nullptr;
    ValidationDock *m_dock = nullptr;
};

void tst_ValidationDock::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1-%2.kdproj").arg(QTest::currentTestFunction(), QTest::currentDataTag()));
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path, kd::testing::fullProject(), false, &error));
    m_doc = new ProjectDocument;
    m_dock = new ValidationDock(m_doc);
    QVERIFY(m_doc->open(path, ProjectStore::OpenMode::ReadWrite, &error));
    m_dock->runner()->waitForIdle();
}

void tst_ValidationDock::cleanup()
{
    delete m_dock;
    delete m_doc;
}

void tst_ValidationDock::showsIssuesAfterAnEdit()
{
    const int before = m_dock->issues()->count(Issue::Severity::Error);
    QSignalSpy entityPass(m_dock->runner(), &ValidationRunner::entityChecked);
    QSignalSpy summary(m_dock, &ValidationDock::summaryChanged);
    m_doc->undoStack()->push(
        new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::solutionDirection,
                                             "solutionDirection", "solution direction", QString()));
    m_dock->runner()->waitForIdle();
    QVERIFY(entityPass.count() >= 1); // the edited dilemma was re-checked on its own first
    QCOMPARE(m_dock->issues()->count(Issue::Severity::Error), before + 1);
    const auto issues = m_dock->issues()->issues();
    const auto it = std::find_if(issues.cbegin(), issues.cend(), [](const Issue &i) {
        return i.rule == QLatin1String("missing-solution-direction");
    });
    QVERIFY(it != issues.cend());
    QCOMPARE(it->uid, uid(100));
    QCOMPARE(it->field, QStringLiteral("solutionDirection"));
    QVERIFY(!summary.isEmpty());
    QVERIFY(m_dock->summary().startsWith(QStringLiteral("%1 error").arg(before + 1)));

    m_doc->undoStack()->undo();
    m_dock->runner()->waitForIdle();
    QCOMPARE(m_dock->issues()->count(Issue::Severity::Error), before);
}

void tst_ValidationDock::filtersBySeverity()
{
    // An unused theme is info; a placeholder is a warning.
    m_doc->undoStack()->push(new InsertEntity<Theme>(
        m_doc, {}, 1, Theme{uid(500), "ongebruikt", "Ongebruikt", "TODO beschrijven", 1}, "Add"));
    m_dock->runner()->waitForIdle();
    QVERIFY(m_dock->issues()->count(Issue::Severity::Info) >= 1);
    QVERIFY(m_dock->issues()->count(Issue::Severity::Warning) >= 1);
    auto *view = m_dock->findChild<QTreeView *>();
    const int all = view->model()->rowCount();
    QList<QToolButton *> buttons = m_dock->findChildren<QToolButton *>();
    QVERIFY(buttons.size() >= 3);
    buttons[2]->setChecked(false); // hide info
    QCOMPARE(view->model()->rowCount(), all - m_dock->issues()->count(Issue::Severity::Info));
    buttons[1]->setChecked(false); // and warnings
    QCOMPARE(view->model()->rowCount(), m_dock->issues()->count(Issue::Severity::Error));
    buttons[2]->setChecked(true);
    buttons[1]->setChecked(true);
    QCOMPARE(view->model()->rowCount(), all);
}

// Errors come first, then warnings, then infos; each by place (segment/2 before segment/10), also
// after a live update merged one entity's fresh issues into the list.
void tst_ValidationDock::sortedBySeverityThenPlace()
{
    m_doc->undoStack()->push(new InsertEntity<Theme>(
        m_doc, {}, 1, Theme{uid(500), "ongebruikt", "Ongebruikt", "TODO beschrijven", 1}, "Add"));
    m_dock->runner()->waitForIdle();
    m_doc->undoStack()->push(
        new ChangeProperty<Dilemma, QString>(m_doc, uid(100), &Dilemma::solutionDirection,
                                             "solutionDirection", "Solution direction", QString()));
    m_dock->runner()->waitForIdle();
    const QList<Issue> issues = m_dock->issues()->issues();
    QVERIFY(m_dock->issues()->count(Issue::Severity::Error) >= 1);
    QVERIFY(m_dock->issues()->count(Issue::Severity::Info) >= 1);
    for (qsizetype i = 1; i < issues.size(); ++i) {
        const Issue &a = issues.at(i - 1);
        const Issue &b = issues.at(i);
        QVERIFY2(a.severity < b.severity || (a.severity == b.severity && !issueBefore(b, a)),
                 qPrintable(a.path + QStringLiteral(" / ") + b.path));
    }

    IssueListModel model;
    const Issue ten{"r", Issue::Severity::Warning, "m", EntityKind::Segment,
                    "a", "s/segment/10",           {}};
    const Issue two{"r", Issue::Severity::Warning, "m", EntityKind::Segment, "b", "s/segment/2",
                    {}};
    const Issue error{"r", Issue::Severity::Error, "m", EntityKind::Segment, "c", "z", {}};
    model.setIssues({ten, two, error});
    QCOMPARE(model.issues(), (QList<Issue>{error, two, ten}));
}

void tst_ValidationDock::activationNamesEntityAndField()
{
    m_doc->undoStack()->push(new ChangeProperty<Option, QString>(
        m_doc, uid(111), &Option::feedback, "feedback", "feedback", QString()));
    m_dock->runner()->waitForIdle();
    auto *view = m_dock->findChild<QTreeView *>();
    QSignalSpy activated(m_dock, &ValidationDock::issueActivated);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(IssueListModel::UidRole).toString() == uid(111)) {
            emit view->activated(index);
            break;
        }
    }
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<EntityKind>(), EntityKind::Option);
    QCOMPARE(activated.at(0).at(1).toString(), uid(111));
    QCOMPARE(activated.at(0).at(2).toString(), QStringLiteral("feedback"));
}

void tst_ValidationDock::severityColumnFitsItsWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("warning");
    QTest::newRow("en") << "en"
                        << "Warning";
    QTest::newRow("nl") << "nl"
                        << "Waarschuwing";
}

// "Waarschuwing" is far wider than "Warning": the column is as wide as the view itself finds its
// words and icons need, in the language the dock was made in, so that none is elided.
void tst_ValidationDock::severityColumnFitsItsWords()
{
    QFETCH(QString, language);
    QFETCH(QString, warning);
    QVERIFY(UiLanguage::install(qApp, language));
    const auto removeTranslators
        = qScopeGuard([] { qDeleteAll(qApp->findChildren<QTranslator *>()); });

    Project project = kd::testing::fullProject();
    // An unused theme is info, its placeholder a warning, a missing solution direction an error.
    project.themes.append(Theme{uid(500), "ongebruikt", "Ongebruikt", "TODO beschrijven", 1});
    project.scenarios[0].segments[0].dilemmas[0].solutionDirection.clear();
    const QString path = m_dir.filePath(QStringLiteral("fits-%1.kdproj").arg(language));
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path, project, false, &error));
    ProjectDocument document;
    ValidationDock dock(&document);
    QVERIFY(document.open(path, ProjectStore::OpenMode::ReadOnly, &error));
    dock.runner()->waitForIdle();
    for (const auto severity :
         {Issue::Severity::Error, Issue::Severity::Warning, Issue::Severity::Info})
        QVERIFY(dock.issues()->count(severity) >= 1);
    QCOMPARE(IssueListModel::severityLabel(Issue::Severity::Warning), warning);

    auto *view = dock.findChild<QTreeView *>();
    QVERIFY(view);
    const int width = view->header()->sectionSize(IssueListModel::SeverityColumn);
    // QTreeView's own measure (protected there, public in QAbstractItemView).
    const int needed = static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(
        IssueListModel::SeverityColumn);
    QVERIFY2(
        needed > 0 && width >= needed,
        qPrintable(QStringLiteral("column %1 px, its contents need %2 px").arg(width).arg(needed)));
    QVERIFY(width >= view->header()->sectionSizeHint(IssueListModel::SeverityColumn));
}

QTEST_MAIN(tst_ValidationDock)
#include "tst_validationdock.moc"
