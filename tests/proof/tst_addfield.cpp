#include "testprojects.h"

#include "forms/fieldtable.h"
#include "model/description.h"
#include "package/packagereader.h"
#include "package/packagewriter.h"
#include "review/contentdiff.h"
#include "review/contenthash.h"
#include "storage/database.h"
#include "storage/projectstore.h"
#include "storage/schemamigrator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifndef KD_PROOF_FIELD
#error "tst_addfield is built with KD_PROOF_FIELD (tests/proof/CMakeLists.txt)"
#endif

using namespace kd;
using namespace kd::testing;

// Adding a field is one description row (docs/architecture.md, "Adding a field"). This program is
// built from the same sources as the others with KD_PROOF_FIELD, which adds Dilemma::proofNote
// and its row (Markdown, searched, reviewed, edited); tests/proof/CMakeLists.txt adds the column
// with a migration and the member to both published schemas. Nothing else knows of the field,
// and every layer below handles it.
class tst_AddField : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storedAndLoaded();
    void olderFilesMigrate();
    void searched();
    void hashedAndDiffed();
    void exportedAndReadBack_data();
    void exportedAndReadBack();
    void inTheForm();

private:
    static Project withNote(const QString &note);
    // A new project file with project in it, opened.
    std::unique_ptr<ProjectStore> stored(const QString &name, const Project &project,
                                         ProjectStore::OpenMode mode);
    QTemporaryDir m_dir;
    Project m_project;
};

Project tst_AddField::withNote(const QString &note)
{
    Project p = fullProject();
    p.scenarios[0].segments[0].dilemmas[0].proofNote = note;
    return p;
}

std::unique_ptr<ProjectStore> tst_AddField::stored(const QString &name, const Project &project,
                                                   ProjectStore::OpenMode mode)
{
    const QString file = m_dir.filePath(name);
    StoreError error;
    if (!ProjectStore::writeNew(file, project, false, &error)) {
        qWarning("%s", qPrintable(error.message));
        return nullptr;
    }
    auto store = ProjectStore::open(file, mode, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

void tst_AddField::initTestCase()
{
    QCOMPARE(SchemaMigrator::currentVersion(), KD_PROOF_VERSION);
    m_project = withNote(QStringLiteral("Een *bewijsnotitie* met het woord kwartelkoning."));
}

void tst_AddField::storedAndLoaded()
{
    auto store
        = stored(QStringLiteral("stored.kdproj"), m_project, ProjectStore::OpenMode::ReadWrite);
    QVERIFY(store);
    Project loaded;
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded, m_project);

    // An edit of the field alone is written and read back.
    Dilemma d = loaded.scenarios[0].segments[0].dilemmas[0];
    d.proofNote = QStringLiteral("Gewijzigd.");
    QVERIFY(store->update(loaded.scenarios[0].segments[0].uid, d));
    Project again;
    QVERIFY(store->load(&again));
    QCOMPARE(again.scenarios[0].segments[0].dilemmas[0].proofNote, d.proofNote);
}

void tst_AddField::olderFilesMigrate()
{
    // A file as the version before the field left it: no column, and the search triggers of
    // that version (here: none, which the migration must replace as well).
    const QString file = m_dir.filePath(QStringLiteral("older.kdproj"));
    StoreError error;
    QVERIFY2(ProjectStore::writeNew(file, fullProject(), false, &error), qPrintable(error.message));
    {
        Database db;
        QVERIFY(db.open(file, false));
        for (const char *event : {"insert", "update", "delete"})
            QVERIFY(db.exec(QStringLiteral("DROP TRIGGER dilemma_search_%1").arg(event)));
        QVERIFY2(db.exec(QStringLiteral("ALTER TABLE dilemma DROP COLUMN proof_note")),
                 qPrintable(db.lastError()));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(KD_PROOF_VERSION - 1)));
    }
    auto store = ProjectStore::open(file, ProjectStore::OpenMode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(!store->migrationBackupPath().isEmpty());
    Project loaded;
    QVERIFY(store->load(&loaded));
    QCOMPARE(loaded, fullProject());
    Dilemma d = loaded.scenarios[0].segments[0].dilemmas[0];
    d.proofNote = QStringLiteral("Na de migratie: roerdomp.");
    QVERIFY(store->update(loaded.scenarios[0].segments[0].uid, d));
    QList<SearchHit> hits;
    QVERIFY(store->search(QStringLiteral("roerdomp"), 5, &hits));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().field, QStringLiteral("proofNote"));
}

void tst_AddField::searched()
{
    auto store
        = stored(QStringLiteral("searched.kdproj"), m_project, ProjectStore::OpenMode::ReadOnly);
    QVERIFY(store);
    QList<SearchHit> hits;
    QVERIFY(store->search(QStringLiteral("kwartelkoning"), 5, &hits));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().kind, EntityKind::Dilemma);
    QCOMPARE(hits.first().uid, m_project.scenarios[0].segments[0].dilemmas[0].uid);
    QCOMPARE(hits.first().field, QStringLiteral("proofNote"));
}

void tst_AddField::hashedAndDiffed()
{
    const Dilemma before = m_project.scenarios[0].segments[0].dilemmas[0];
    Dilemma after = before;
    after.proofNote = QStringLiteral("Een *andere* bewijsnotitie.");
    // A change of the field alone makes an approval of the dilemma stale ...
    QVERIFY(ContentHash::of(before) != ContentHash::of(after));
    QVERIFY(ContentHash::canonical(before).contains("kwartelkoning"));
    // ... and the reviewer is shown what changed, under the field's label.
    const auto changes
        = ContentDiff::compare(ContentHash::canonical(before), ContentHash::canonical(after));
    QVERIFY(changes);
    QCOMPARE(changes->size(), 1);
    QCOMPARE(changes->first().field, QStringLiteral("Proof note"));
    QVERIFY(changes->first().before.contains(QLatin1String("kwartelkoning")));
    QVERIFY(changes->first().after.contains(QLatin1String("andere")));
}

void tst_AddField::exportedAndReadBack_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xml") << QStringLiteral("package.xml");
    QTest::newRow("json") << QStringLiteral("package.json");
}

void tst_AddField::exportedAndReadBack()
{
    QFETCH(QString, file);
    ExportOptions options;
    options.outDir = m_dir.filePath(QStringLiteral("package-") + file);
    options.asOf = QDate(2026, 12, 1);
    PackageError error;
    QVERIFY2(PackageWriter::write(m_project, options, &error), qPrintable(error.located()));
    const QString path = options.outDir + u'/' + file;
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.contains("proofNote"));
    // Its Markdown and its HTML, as every Markdown field.
    QCOMPARE(bytes.count("bewijsnotitie"), 2);
    // Read back through the schema that says where the member goes.
    Project read;
    QVERIFY2(PackageReader::read(path, &read, &error), qPrintable(error.located()));
    QCOMPARE(read.scenarios[0].segments[0].dilemmas[0].proofNote,
             m_project.scenarios[0].segments[0].dilemmas[0].proofNote);
}

void tst_AddField::inTheForm()
{
    const FieldSpec *spec = FieldTable::field(EntityKind::Dilemma, QStringLiteral("proofNote"));
    QVERIFY(spec);
    QCOMPARE(spec->type, FieldType::Markdown);
    QCOMPARE(spec->label(), QStringLiteral("Proof note"));
    // In the description's place: after the themes.
    const QList<FieldSpec> &fields = FieldTable::fields(EntityKind::Dilemma);
    qsizetype themes = -1, note = -1;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == QLatin1String("themeUids"))
            themes = i;
        if (fields.at(i).name == QLatin1String("proofNote"))
            note = i;
    }
    QCOMPARE(note, themes + 1);
}

QTEST_GUILESS_MAIN(tst_AddField)
#include "tst_addfield.moc"
