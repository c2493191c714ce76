#include "testprojects.h"

#include "commands/changeproperty.h"
#include "document/projectdocument.h"
#include "review/contenthash.h"
#include "widgets/reviewdock.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace kd;
using kd::testing::uid;

class tst_ReviewDock : public QObject
{
    Q_OBJECT

private slots:
    void queueApproveAndFourEyes();
    void changesSinceApproval();
};

void tst_ReviewDock::queueApproveAndFourEyes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.kdproj"));
    Project p = kd::testing::fullProject();
    // The dilemma approved with its current hash, then changed: stale. Legal sources: draft.
    p.reviews[0].contentHash = ContentHash::of(p.scenarios[0].segments[0].dilemmas[0]);
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path, p, false, &error));
    ProjectDocument document;
    QVERIFY(document.open(path, ProjectStore::OpenMode::ReadWrite, &error));
    ReviewDock dock(&document);
    QCOMPARE(dock.queue(), QStringList({uid(30), uid(31)}));

    document.setAuthor(QStringLiteral("Anna"));
    document.undoStack()->push(new ChangeProperty<Dilemma, QString>(
        &document, uid(100), &Dilemma::question, "question", "question", "Vraag nu?"));
    // Stale first.
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(30), uid(31)}));
    // What the reviewer sees: each row's label and state; choosing a row makes it current.
    auto *view = dock.findChild<QTreeView *>(QStringLiteral("reviewQueue"));
    QVERIFY(view && view->model()->rowCount() == 3 && view->model()->columnCount() == 2);
    QCOMPARE(view->model()->index(0, 1).data().toString(),
             QStringLiteral("stale: changed since approval"));
    QVERIFY(!view->model()->index(1, 0).data().toString().isEmpty());
    view->setCurrentIndex(view->model()->index(1, 0));
    QCOMPARE(dock.currentEntity(), uid(30));
    dock.setCurrentEntity(EntityKind::LegalSource, uid(31)); // from the project tree
    QCOMPARE(view->currentIndex().row(), 2);
    QVERIFY(view->selectionModel()->isRowSelected(2, {}));

    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    dock.setReviewer(QStringLiteral("Anna"));
    QVERIFY(!dock.approve());
    QVERIFY2(dock.message().contains(QLatin1String("four eyes")), qPrintable(dock.message()));
    QCOMPARE(dock.queue().size(), 3);

    dock.setReviewer(QStringLiteral("Bert"));
    QVERIFY(dock.approve());
    QCOMPARE(dock.queue(), QStringList({uid(30), uid(31)}));
    document.undoStack()->undo();
    QCOMPARE(dock.queue(), QStringList({uid(100), uid(30), uid(31)}));

    dock.setCurrentEntity(EntityKind::LegalSource, uid(30));
    QVERIFY(!dock.requestChanges()); // a request needs a comment
}

void tst_ReviewDock::changesSinceApproval()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diff.kdproj"));
    // fullProject's approval is stale and, like an imported one, did not keep its content.
    StoreError error;
    QVERIFY(ProjectStore::writeNew(path, kd::testing::fullProject(), false, &error));
    ProjectDocument document;
    QVERIFY(document.open(path, ProjectStore::OpenMode::ReadWrite, &error));
    ReviewDock dock(&document);
    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    QVERIFY2(dock.changesText().contains(QLatin1String("was not stored")),
             qPrintable(dock.changesText()));
    dock.setCurrentEntity(EntityKind::LegalSource, uid(30));
    QVERIFY2(dock.changesText().contains(QLatin1String("Not approved yet")),
             qPrintable(dock.changesText()));

    dock.setCurrentEntity(EntityKind::Dilemma, uid(100));
    dock.setReviewer(QStringLiteral("Bert"));
    QVERIFY(dock.approve());
    QVERIFY2(dock.changesText().startsWith(QLatin1String("No changes since the approval by Bert")),
             qPrintable(dock.changesText()));

    // One word of the situation changes: the dock shows that field with the old and new word.
    document.setAuthor(QStringLiteral("Anna"));
    const QString situation = document.project().scenarios[0].segments[0].dilemmas[0].situation;
    QVERIFY(situation.contains(QLatin1String("komt vaak te laat")));
    QString edited = situation;
    edited.replace(QLatin1String("vaak"), QLatin1String("soms"));
    document.undoStack()->push(new ChangeProperty<Dilemma, QString>(
        &document, uid(100), &Dilemma::situation, "situation", "situation", edited));
    const QString text = dock.changesText();
    QVERIFY2(text.startsWith(QLatin1String("Changed since the approval by Bert")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Situation (changed)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("komt vaaksoms te laat")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Question")), qPrintable(text)); // only what changed
    // The old word struck through, the new one underlined.
    const QString html = dock.changesHtml();
    QVERIFY2(html.contains(QRegularExpression(QStringLiteral("line-through[^>]*>vaak<"))),
             qPrintable(html));
    QVERIFY2(html.contains(QRegularExpression(QStringLiteral("underline[^>]*>soms<"))),
             qPrintable(html));

    document.undoStack()->undo();
    QVERIFY2(dock.changesText().startsWith(QLatin1String("No changes since")),
             qPrintable(dock.changesText()));
}

QTEST_MAIN(tst_ReviewDock)
#include "tst_reviewdock.moc"
