#include "fullproject.h"

#include "commands/changeproperty.h"
#include "document/projectdocument.h"
#include "review/contenthash.h"
#include "widgets/reviewdock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using kd::testing::uid;

class tst_ReviewDock : public QObject
{
    Q_OBJECT

private slots:
    void queueApproveAndFourEyes();
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

QTEST_MAIN(tst_ReviewDock)
#include "tst_reviewdock.moc"
