#include "testprojects.h"

#include "commands/addreview.h"
#include "commands/changeproperty.h"
#include "commands/structurecommands.h"
#include "document/entityfactory.h"
#include "document/projectdocument.h"
#include "forms/fieldtable.h"
#include "models/projecttreemodel.h"
#include "models/reviewstateicon.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>

using namespace kd;
using kd::testing::uid;

// The tree follows every document change with row inserts, removes and moves (checked by
// QAbstractItemModelTester throughout), and its own edits (rename, drop) are undoable commands.
class tst_ProjectTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void structure();
    void addAndUndo();
    void deleteAndUndo();
    void dropReordersAndUndo();
    void dropRefusesWrongKinds();
    void renameThroughSetData();
    void renameCarriesAFollowingKeyAsTheFormDoes();
    void insertionPoint();
    void reviewStateIcons();

private:
    QStringList childLabels(const QModelIndex &parent) const;
    Project onDisk() const;

    QTemporaryDir m_dir;
    QString m_path;
    ProjectDocument *m_doc = nullptr;
    ProjectTreeModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_ProjectTreeModel::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.kdproj").arg(QTest::currentTestFunction()));
    Project p = kd::testing::fullProject();
    Segment second = p.scenarios[0].segments[0];
    second.uid = uid(91);
    second.key = "tweede";
    second.title = "Tweede moment";
    second.position = 1;
    second.dilemmas[0].uid = uid(101);
    second.dilemmas[0].key = "tweede-dilemma";
    second.dilemmas[0].question = "Tweede vraag?";
    second.dilemmas[0].options.clear();
    second.dilemmas[0].legalReferences.clear();
    p.scenarios[0].segments.append(second);
    StoreError error;
    QVERIFY(ProjectStore::writeNew(m_path, p, false, &error));
    m_doc = new ProjectDocument;
    QVERIFY(m_doc->open(m_path, ProjectStore::OpenMode::ReadWrite, &error));
    m_model = new ProjectTreeModel(m_doc);
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ProjectTreeModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_doc;
}

QStringList tst_ProjectTreeModel::childLabels(const QModelIndex &parent) const
{
    QStringList labels;
    for (int row = 0; row < m_model->rowCount(parent); ++row)
        labels.append(m_model->index(row, 0, parent).data().toString());
    return labels;
}

Project tst_ProjectTreeModel::onDisk() const
{
    StoreError error;
    auto reader = ProjectStore::open(m_path, ProjectStore::OpenMode::ReadOnly, &error);
    Project p;
    if (reader)
        reader->load(&p);
    return p;
}

void tst_ProjectTreeModel::structure()
{
    QCOMPARE(childLabels({}),
             (QStringList{"Scenarios (1)", "Professionals (1)", "Legal sources (2)", "Themes (1)",
                          "Glossary (1)", "Life domains (2)", "Assets (1)"}));
    const QModelIndex scenario = m_model->indexOf(uid(70));
    QCOMPARE(childLabels(scenario),
             (QStringList{"Persons (2)", "1. Vader verliest zijn baan", "2. Tweede moment"}));
    QCOMPARE(childLabels(m_model->index(0, 0, scenario)), (QStringList{"Ayşe", "Noah"}));
    QCOMPARE(m_model->indexOf(uid(101)).parent(), m_model->indexOf(uid(91)));
    QCOMPARE(EntityKind(m_model->indexOf(uid(100)).data(ProjectTreeModel::KindRole).toInt()),
             EntityKind::Dilemma);
    QCOMPARE(m_model->indexOf(uid(11)).data(Qt::DecorationRole).value<QColor>(), QColor("#c62828"));
}

void tst_ProjectTreeModel::addAndUndo()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_doc->undoStack()->push(EntityFactory::createNew(m_doc, EntityKind::Dilemma, uid(90), 1));
    QCOMPARE(inserted.count(), 1);
    const QModelIndex segment = m_model->indexOf(uid(90));
    QCOMPARE(m_model->rowCount(segment), 2);
    QCOMPARE(m_model->index(1, 0, segment).data().toString(), QStringLiteral("(untitled dilemma)"));
    const Dilemma added = m_doc->find<Segment>(uid(90))->dilemmas[1];
    QCOMPARE(added.key, QStringLiteral("dilemma")); // a free key
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas.size(), 2);

    m_doc->undoStack()->push(EntityFactory::createNew(m_doc, EntityKind::Dilemma, uid(90), 2));
    QCOMPARE(m_doc->find<Segment>(uid(90))->dilemmas[2].key, QStringLiteral("dilemma-2"));
    m_doc->undoStack()->push(EntityFactory::createNew(m_doc, EntityKind::Theme, {}, 1));
    QCOMPARE(m_model->index(3, 0).data().toString(), QStringLiteral("Themes (2)"));

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(segment), 1);
    QCOMPARE(m_model->index(3, 0).data().toString(), QStringLiteral("Themes (1)"));
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas.size(), 1);
}

void tst_ProjectTreeModel::deleteAndUndo()
{
    const QModelIndex scenario = m_model->indexOf(uid(70));
    m_doc->undoStack()->push(new RemoveEntity<Segment>(m_doc, uid(90), "Delete segment"));
    QCOMPARE(childLabels(scenario), (QStringList{"Persons (2)", "1. Tweede moment"}));
    QVERIFY(!m_model->indexOf(uid(100)).isValid());
    m_doc->undoStack()->undo();
    QCOMPARE(childLabels(scenario),
             (QStringList{"Persons (2)", "1. Vader verliest zijn baan", "2. Tweede moment"}));
    QVERIFY(m_model->indexOf(uid(100)).isValid());
    QCOMPARE(m_model->indexOf(uid(100)).parent(), m_model->indexOf(uid(90)));
}

void tst_ProjectTreeModel::dropReordersAndUndo()
{
    const QModelIndex scenario = m_model->indexOf(uid(70));
    // Drag the second segment above the first.
    QMimeData *data = m_model->mimeData({m_model->indexOf(uid(91))});
    QVERIFY(data);
    QVERIFY(m_model->canDropMimeData(data, Qt::MoveAction, 1, 0, scenario));
    QVERIFY(m_model->dropMimeData(data, Qt::MoveAction, 1, 0, scenario));
    delete data;
    QCOMPARE(childLabels(scenario),
             (QStringList{"Persons (2)", "1. Tweede moment", "2. Vader verliest zijn baan"}));
    QCOMPARE(onDisk().scenarios[0].segments[0].uid, uid(91));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Move moment"));

    // Drag a dilemma onto the other segment.
    data = m_model->mimeData({m_model->indexOf(uid(100))});
    QVERIFY(m_model->dropMimeData(data, Qt::MoveAction, -1, 0, m_model->indexOf(uid(91))));
    delete data;
    QCOMPARE(m_model->rowCount(m_model->indexOf(uid(91))), 2);
    QCOMPARE(m_model->indexOf(uid(100)).parent(), m_model->indexOf(uid(91)));
    QCOMPARE(onDisk().scenarios[0].segments[0].dilemmas.size(), 2);

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(childLabels(scenario),
             (QStringList{"Persons (2)", "1. Vader verliest zijn baan", "2. Tweede moment"}));
    QCOMPARE(m_model->indexOf(uid(100)).parent(), m_model->indexOf(uid(90)));
    QVERIFY(onDisk() == m_doc->project());
}

void tst_ProjectTreeModel::dropRefusesWrongKinds()
{
    QMimeData *data = m_model->mimeData({m_model->indexOf(uid(100))});
    // A dilemma does not go into the themes or onto a scenario.
    QVERIFY(!m_model->canDropMimeData(data, Qt::MoveAction, 0, 0, m_model->index(3, 0)));
    QVERIFY(!m_model->canDropMimeData(data, Qt::MoveAction, -1, 0, m_model->indexOf(uid(70))));
    QVERIFY(!m_model->dropMimeData(data, Qt::MoveAction, 0, 0, m_model->index(3, 0)));
    delete data;
    QVERIFY(!m_model->mimeData({m_model->index(0, 0)})); // groups do not move
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void tst_ProjectTreeModel::renameThroughSetData()
{
    const QModelIndex source = m_model->indexOf(uid(31));
    QVERIFY(m_model->flags(source) & Qt::ItemIsEditable);
    QCOMPARE(source.data(Qt::EditRole).toString(), QStringLiteral("AVG"));
    QVERIFY(m_model->setData(source, QStringLiteral("AVG (GDPR)")));
    QCOMPARE(source.data().toString(), QStringLiteral("AVG (GDPR)"));
    QCOMPARE(onDisk().legalSources[1].shortTitle, QStringLiteral("AVG (GDPR)"));
    m_doc->undoStack()->undo();
    QCOMPARE(source.data().toString(), QStringLiteral("AVG"));
    QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("x"))); // a group
}

void tst_ProjectTreeModel::renameCarriesAFollowingKeyAsTheFormDoes()
{
    QUndoStack *stack = m_doc->undoStack();
    auto keyOf = [&](const QString &scenario) {
        return m_doc->find<Scenario>(scenario)->key;
    };
    stack->push(EntityFactory::createNew(m_doc, EntityKind::Scenario, {}, 1));
    const QString first = m_doc->project().scenarios.last().uid;
    QCOMPARE(keyOf(first), QStringLiteral("casus"));
    QVERIFY(m_model->setData(m_model->indexOf(first), QStringLiteral("Familie Jansen")));
    QCOMPARE(keyOf(first), QStringLiteral("familie-jansen"));
    QCOMPARE(stack->count(), 2); // the insert, and the name with its key
    QCOMPARE(stack->undoText(), QStringLiteral("Change name of scenario"));
    QCOMPARE(onDisk().scenarios.last().key, QStringLiteral("familie-jansen"));

    // A second one of the same name: a free key, as the factory gives.
    stack->push(EntityFactory::createNew(m_doc, EntityKind::Scenario, {}, 2));
    const QString second = m_doc->project().scenarios.last().uid;
    QVERIFY(m_model->setData(m_model->indexOf(second), QStringLiteral("Familie Jansen")));
    QCOMPARE(keyOf(second), QStringLiteral("familie-jansen-2"));

    // One undo takes back both.
    stack->undo();
    QCOMPARE(m_model->indexOf(second).data(Qt::EditRole).toString(), QString());
    QCOMPARE(keyOf(second), QStringLiteral("casus"));
    QCOMPARE(onDisk().scenarios.last().key, QStringLiteral("casus"));
    stack->redo();

    // A key typed by hand stays.
    stack->push(FieldTable::field(EntityKind::Scenario, "key")
                    ->change(m_doc, second, QStringLiteral("jansen-de-vries")));
    QVERIFY(m_model->setData(m_model->indexOf(second), QStringLiteral("Familie De Vries")));
    QCOMPARE(keyOf(second), QStringLiteral("jansen-de-vries"));
    QVERIFY(onDisk() == m_doc->project());
}

// A dilemma's and a legal source's review state shows as an icon, and in words in the tooltip;
// each change of state (submitted, withdrawn, the content changed after an approval) repaints it.
void tst_ProjectTreeModel::reviewStateIcons()
{
    using Look = ReviewStateIcon::Look;
    auto looksLike = [this](const QString &entity, Look look) {
        const QVariant shown = m_model->indexOf(entity).data(Qt::DecorationRole);
        return shown.canConvert<QIcon>()
               && shown.value<QIcon>().cacheKey() == ReviewStateIcon::icon(look).cacheKey();
    };
    // fullProject's approval of the dilemma is unsigned: it must be reviewed again.
    QVERIFY(looksLike(uid(100), Look::ReviewAgain));
    QVERIFY(looksLike(uid(30), Look::Draft));
    QVERIFY(looksLike(uid(101), Look::Draft));
    // Other kinds have no review state.
    QVERIFY(!m_model->indexOf(uid(70)).data(Qt::DecorationRole).isValid());

    QSignalSpy repainted(m_model, &QAbstractItemModel::dataChanged);
    m_doc->setAuthor(QStringLiteral("Eva"));
    QString reason;
    auto submit = AddReview::submit(m_doc, uid(30), QString(), &reason);
    QVERIFY2(submit, qPrintable(reason));
    m_doc->undoStack()->push(submit.release());
    // A legal source's review repaints every icon shown: its dilemmas may lean on it.
    const auto wasRepainted = [&](const QString &entity) {
        for (const QList<QVariant> &signal : std::as_const(repainted))
            if (signal.at(0).toModelIndex() == m_model->indexOf(entity))
                return true;
        return false;
    };
    QVERIFY(wasRepainted(uid(30)));
    QVERIFY(wasRepainted(uid(100)));
    QVERIFY(looksLike(uid(30), Look::InReview));
    const QString tooltip = m_model->indexOf(uid(30)).data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(QLatin1String("in review")), qPrintable(tooltip));
    m_doc->undoStack()->undo();
    QVERIFY(looksLike(uid(30), Look::Draft));

    // An option's change is the dilemma's: its icon (shown, as a view asks for it again after a
    // repaint) is asked again.
    QVERIFY(looksLike(uid(100), Look::ReviewAgain));
    repainted.clear();
    const QString option = m_doc->project().scenarios[0].segments[0].dilemmas[0].options[0].uid;
    m_doc->undoStack()->push(new ChangeProperty<Option, QString>(
        m_doc, option, &Option::label, "label", "label", QStringLiteral("Anders")));
    QVERIFY(wasRepainted(uid(100)));
}

void tst_ProjectTreeModel::insertionPoint()
{
    QString owner;
    int index = -1;
    // After a selected dilemma, in its segment.
    QVERIFY(
        m_model->insertionPoint(EntityKind::Dilemma, m_model->indexOf(uid(100)), &owner, &index));
    QCOMPARE(owner, uid(90));
    QCOMPARE(index, 1);
    // A segment, with a dilemma selected: at the end of the scenario's wheel.
    QVERIFY(
        m_model->insertionPoint(EntityKind::Segment, m_model->indexOf(uid(100)), &owner, &index));
    QCOMPARE(owner, uid(70));
    QCOMPARE(index, 1); // after the selected dilemma's segment
    // A person with the scenario selected.
    QVERIFY(m_model->insertionPoint(EntityKind::Person, m_model->indexOf(uid(70)), &owner, &index));
    QCOMPARE(owner, uid(70));
    QCOMPARE(index, 2);
    // A theme goes to the themes whatever is selected.
    QVERIFY(m_model->insertionPoint(EntityKind::Theme, m_model->indexOf(uid(100)), &owner, &index));
    QCOMPARE(owner, QString());
    QCOMPARE(index, 1);
    // A dilemma needs a segment.
    QVERIFY(!m_model->insertionPoint(EntityKind::Dilemma, m_model->index(3, 0), &owner, &index));
}

QTEST_MAIN(tst_ProjectTreeModel)
#include "tst_projecttreemodel.moc"
