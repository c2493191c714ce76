#include "testprojects.h"

#include "storage/projectstore.h"
#include "storage/sqlitebackend.h"

#include "model/identifiers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kd;
using namespace kd::testing;

namespace {

// A backend that hands everything to the project file's backend and keeps the text of every
// statement ProjectStore sent: what a second kind of store (a server) must understand.
class RecordingBackend final : public StoreBackend
{
public:
    explicit RecordingBackend(std::unique_ptr<StoreBackend> inner)
        : m_inner(std::move(inner))
    {}

    QStringList statements;
    int searches = 0;
    int bulks = 0;

    QString location() const override { return m_inner->location(); }
    bool isReadOnly() const override { return m_inner->isReadOnly(); }
    bool exec(const QString &sql, const QVariantList &values, int *affected) override
    {
        statements.append(sql);
        return m_inner->exec(sql, values, affected);
    }
    bool execScript(const QByteArray &sql) override
    {
        statements.append(QString::fromUtf8(sql));
        return m_inner->execScript(sql);
    }
    QVariant scalar(const QString &sql, const QVariantList &values) override
    {
        statements.append(sql);
        return m_inner->scalar(sql, values);
    }
    bool forEachRow(const QString &sql, const QVariantList &values,
                    const std::function<void(const StoreRow &)> &read) override
    {
        statements.append(sql);
        return m_inner->forEachRow(sql, values, read);
    }
    bool beginTransaction(bool write) override { return m_inner->beginTransaction(write); }
    bool commitTransaction() override { return m_inner->commitTransaction(); }
    void rollbackTransaction() override { m_inner->rollbackTransaction(); }
    QString lastError() const override { return m_inner->lastError(); }
    void setLastError(const QString &message) override { m_inner->setLastError(message); }
    bool lastErrorIsBusy() const override { return m_inner->lastErrorIsBusy(); }
    bool lastErrorIsCorruption() const override { return m_inner->lastErrorIsCorruption(); }
    bool search(const QString &query, int limit, QList<SearchHit> *hits) override
    {
        ++searches;
        return m_inner->search(query, limit, hits);
    }
    bool beginBulk() override
    {
        ++bulks;
        return m_inner->beginBulk();
    }
    bool endBulk() override { return m_inner->endBulk(); }

private:
    std::unique_ptr<StoreBackend> m_inner;
};

} // namespace

// ProjectStore over the StoreBackend seam (docs/architecture.md, "Storage"): everything it does
// goes through the interface, its own statements are portable SQL (nothing of SQLite's: no
// PRAGMA, no sqlite_ tables, no TEMP schema, no FTS5), and what a file does its own way (the
// full-text search) is the backend's.
class tst_StoreBackend : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.reset(); }
    void everythingGoesThroughTheBackend();
    void theStoresStatementsArePortable();
    void aFailedStatementIsTheStoresError();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    RecordingBackend *m_recorder = nullptr;
};

void tst_StoreBackend::init()
{
    const QString file
        = m_dir.filePath(QStringLiteral("p%1.kdproj").arg(QTest::currentTestFunction()));
    StoreError error;
    QVERIFY2(ProjectStore::writeNew(file, fullProject(), false, &error), qPrintable(error.message));
    std::unique_ptr<SqliteBackend> sqlite
        = SqliteBackend::open(file, StoreOpenMode::ReadWrite, &error);
    QVERIFY2(sqlite, qPrintable(error.message));
    auto recorder = std::make_unique<RecordingBackend>(std::move(sqlite));
    m_recorder = recorder.get();
    m_store = std::make_unique<ProjectStore>(std::move(recorder));
}

void tst_StoreBackend::everythingGoesThroughTheBackend()
{
    Project loaded;
    QVERIFY(m_store->load(&loaded));
    QCOMPARE(loaded, fullProject());
    QVERIFY(!m_recorder->statements.isEmpty());

    Dilemma d = loaded.scenarios.first().segments.first().dilemmas.first();
    d.question = QStringLiteral("Mag ik het zorgplan delen met de school?");
    QVERIFY(m_store->update(loaded.scenarios.first().segments.first().uid, d));
    ChangeLogEntry entry{0,
                         QDateTime(QDate(2026, 12, 5), QTime(12, 0), QTimeZone::utc()),
                         QStringLiteral("Eva"),
                         d.uid,
                         QStringLiteral("question"),
                         QStringLiteral("vraag herschreven")};
    QVERIFY(m_store->append(&entry));
    QVERIFY(entry.id > 0);

    QList<SearchHit> hits;
    QVERIFY(m_store->search(QStringLiteral("zorgplan"), 10, &hits));
    QCOMPARE(m_recorder->searches, 1);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().uid, d.uid);

    Project again;
    QVERIFY(m_store->load(&again));
    QCOMPARE(again.scenarios.first().segments.first().dilemmas.first().question, d.question);
    QCOMPARE(again.changeLog.last().id, entry.id);
}

void tst_StoreBackend::theStoresStatementsArePortable()
{
    Project p;
    QVERIFY(m_store->load(&p));
    EntityCounts counts;
    QVERIFY(m_store->counts(&counts));
    ProjectFacts facts;
    QVERIFY(m_store->facts(&facts));
    QVERIFY(m_store->saveInfo(p.info));
    Scenario s = p.scenarios.first();
    s.uid = uid(9001);
    s.key = QStringLiteral("kopie");
    for (Person &person : s.persons)
        person.uid = Identifiers::createUid();
    s.segments.clear();
    QVERIFY(m_store->insert(s));
    QVERIFY(m_store->move(EntityKind::Scenario, s.uid, {}, 7));
    QVERIFY(m_store->remove(EntityKind::Scenario, s.uid));

    const QRegularExpression sqliteOnly(
        QStringLiteral("\\b(PRAGMA|sqlite_\\w+|temp\\.|main\\.|MATCH|snippet|rowid|"
                       "INSERT OR|REPLACE INTO|AUTOINCREMENT|GLOB)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY(m_recorder->statements.size() > 20);
    for (const QString &sql : std::as_const(m_recorder->statements))
        QVERIFY2(!sqliteOnly.match(sql).hasMatch(), qPrintable(sql));
}

void tst_StoreBackend::aFailedStatementIsTheStoresError()
{
    // A dilemma under a segment that does not exist: the backend refuses the row, the store
    // says so and keeps nothing.
    Dilemma d;
    d.uid = uid(9100);
    d.key = QStringLiteral("los");
    QVERIFY(!m_store->insert(uid(9999), d));
    QCOMPARE(m_store->lastError().code, StoreError::Code::Sql);
    QVERIFY(m_store->lastError().message.contains(QLatin1String("FOREIGN KEY")));
    Project p;
    QVERIFY(m_store->load(&p));
    QCOMPARE(p, fullProject());
}

QTEST_GUILESS_MAIN(tst_StoreBackend)
#include "tst_storebackend.moc"
