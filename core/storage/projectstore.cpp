#include "projectstore.h"

#include "newprojectfile.h"
#include "rowmapping.h"
#include "schemamigrator.h"
#include "transaction.h"

#include "files/safeopen.h"
#include "files/siblings.h"
#include "model/identifiers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>

#include <cstring>
#include <limits>

#include <fcntl.h>
#include <unistd.h>

namespace kd {

using namespace RowMapping;
using namespace Qt::StringLiterals;

namespace {

constexpr char sqliteMagic[] = "SQLite format 3";

StoreError makeError(StoreError::Code code, const QString &message)
{
    return StoreError{code, message};
}

// Messages are English, the source language, and translated here: the editor installs the Dutch
// translator, kdtool installs none, so its output and the tests that read it stay English.
void setError(StoreError *error, StoreError::Code code, const QString &message)
{
    if (error)
        *error = makeError(code, message);
}

// --- tables -------------------------------------------------------------------------------------

// The table of a kind that has rows of its own (not the project's single row).
const char *tableOf(EntityKind kind)
{
    return kind == EntityKind::Project ? nullptr : describe(kind).table;
}

// The column naming an owned entity's parent; null for top-level kinds.
const char *parentColumnOf(EntityKind kind)
{
    return describe(kind).parentColumn;
}

// The rows of a kind that belong to one scenario: "FROM ... WHERE ...", the kind's table as x,
// joined up through its owners to the scenario's uid, bound as the one value.
struct ScenarioScope
{
    QString from;
    QString where;
};

ScenarioScope scenarioScope(EntityKind kind)
{
    QString joins;
    QString alias = QStringLiteral("x");
    EntityKind k = kind;
    for (int depth = 1; describe(k).parent != EntityKind::Scenario; ++depth) {
        const KindDescription &child = describe(k);
        const QString parentAlias = QStringLiteral("p%1").arg(depth);
        joins.prepend(QStringLiteral(" JOIN %1 %2 ON %2.%3 = %4.uid")
                          .arg(QLatin1String(child.table), alias, QLatin1String(child.parentColumn),
                               parentAlias));
        alias = parentAlias;
        k = child.parent;
    }
    return {QLatin1String(describe(k).table) + u' ' + alias + joins,
            alias + QStringLiteral(".scenario_uid = ?")};
}

// Groups rows read in (owner, position) order by their owner uid.
template<typename T>
using ByOwner = QHash<QString, QList<T>>;

// An owner's rows, out of the grouping, without the spare capacity that appending left: the
// model holds these lists for as long as the project is open (at 100,000 dilemmas the spare
// room of the option, reference and dilemma lists was tens of MB).
template<typename T>
QList<T> takeOwned(ByOwner<T> &byOwner, const QString &owner)
{
    QList<T> rows = byOwner.take(owner);
    rows.squeeze();
    return rows;
}

// SQLite's structural check of the file at open: "ok", another text naming the damage, or an
// invalid QVariant when the check itself failed. A read-only open (kdtool, a read-only editor)
// checks the content tables and their indexes only: the full-text index is derived data that
// reading never touches, and is half the file. A read-write open checks everything.
QVariant quickCheck(Database &db, bool contentOnly)
{
    if (!contentOnly)
        return db.scalar(QStringLiteral("PRAGMA quick_check"));
    QStringList tables;
    const bool listed
        = db.forEachRow(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' "
                                       "AND name NOT LIKE 'search!_index%' ESCAPE '!'"),
                        {}, [&](const SqlRow &row) { tables.append(row.text(0)); });
    if (!listed)
        return {};
    for (const QString &table : std::as_const(tables)) {
        const QVariant check = db.scalar(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table));
        if (check.toString() != QLatin1String("ok"))
            return check;
    }
    return QStringLiteral("ok");
}

// What Inspect checks instead of every page: the file is as long as its header says (a
// truncated copy is not), "ok" or the damage in words.
QVariant lengthCheck(Database &db, const QString &path)
{
    const QVariant pages = db.scalar(QStringLiteral("PRAGMA page_count"));
    const QVariant pageSize = db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!pages.isValid() || !pageSize.isValid())
        return {};
    const qint64 expected = pages.toLongLong() * pageSize.toLongLong();
    if (QFileInfo(path).size() < expected)
        return QCoreApplication::translate("kd::ProjectStore",
                                           "the file is shorter than its header says (%1 of %2 "
                                           "bytes)")
            .arg(QFileInfo(path).size())
            .arg(expected);
    return QStringLiteral("ok");
}

} // namespace

// --- opening ------------------------------------------------------------------------------------

int ProjectStore::schemaVersion()
{
    return SchemaMigrator::currentVersion();
}

ProjectStore::~ProjectStore()
{
    m_db.close();
    if (m_lock)
        m_lock->unlock();
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, OpenMode mode,
                                                 StoreError *error)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore);
    if (!store->openFile(path, mode, error))
        return nullptr;
    return store;
}

namespace {

// A file that is there, readable, and an SQLite database at all (its header), before SQLite
// opens it.
bool checkHeader(const QFileInfo &info, StoreError *error)
{
    using Code = StoreError::Code;
    const QString path = info.filePath();
    if (!info.exists()) {
        setError(error, Code::NotFound,
                 QCoreApplication::translate("kd::ProjectStore", "no such file"));
        return false;
    }
    if (info.isDir()) {
        setError(
            error, Code::NotFound,
            QCoreApplication::translate("kd::ProjectStore", "is a directory, not a project file"));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "cannot read: %1")
                     .arg(file.errorString()));
        return false;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic))) {
        setError(error, Code::NotAProject,
                 QCoreApplication::translate(
                     "kd::ProjectStore", "not a Kiezen & Delen project (not an SQLite database)"));
        return false;
    }
    return true;
}

} // namespace

bool ProjectStore::takeWriteLock(StoreError *error)
{
    using Code = StoreError::Code;
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // Only a lock whose process is gone is stale, however old it is.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, application;
            m_lock->getLockInfo(&pid, &host, &application);
            if (application.isEmpty()) {
                //: Stands for %1 in "is open for writing in %1 (process %2 on %3)".
                application = QCoreApplication::translate("kd::ProjectStore", "another program");
            }
            if (host.isEmpty()) {
                //: Stands for %3 in "is open for writing in %1 (process %2 on %3)".
                host = QCoreApplication::translate("kd::ProjectStore", "this computer");
            }
            setError(error, Code::Locked,
                     QCoreApplication::translate("kd::ProjectStore",
                                                 "is open for writing in %1 (process %2 "
                                                 "on %3); it can be opened read-only")
                         .arg(application)
                         .arg(pid)
                         .arg(host));
        } else {
            setError(error, Code::Io,
                     QCoreApplication::translate(
                         "kd::ProjectStore",
                         "cannot create the lock file beside it; it can be opened read-only"));
        }
        m_lock.reset();
        return false;
    }
    return true;
}

bool ProjectStore::checkFile(OpenMode mode, int *fileVersion, StoreError *error)
{
    using Code = StoreError::Code;
    const QVariant applicationId = m_db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!applicationId.isValid()) {
        *error = readFailure();
        return false;
    }
    if (applicationId.toInt() != ApplicationId) {
        setError(error, Code::NotAProject,
                 QCoreApplication::translate("kd::ProjectStore",
                                             "not a Kiezen & Delen project (an SQLite database of "
                                             "another application, application id %1)")
                     .arg(applicationId.toInt()));
        return false;
    }
    const int version = m_db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (version > schemaVersion()) {
        setError(error, Code::NewerVersion,
                 QCoreApplication::translate(
                     "kd::ProjectStore", "was written by a newer version of Kiezen & Delen Studio "
                                         "(file version %1, this program reads up to version %2)")
                     .arg(version)
                     .arg(schemaVersion()));
        return false;
    }
    const QVariant check
        = mode == OpenMode::Inspect ? lengthCheck(m_db, m_path) : quickCheck(m_db, m_readOnly);
    if (!check.isValid()) {
        *error = readFailure();
        return false;
    }
    if (check.toString() != QLatin1String("ok")) {
        setError(error, Code::Damaged,
                 QCoreApplication::translate("kd::ProjectStore", "the file is damaged: %1")
                     .arg(check.toString()));
        return false;
    }
    if (!m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        setError(error, Code::Io, m_db.lastError());
        return false;
    }
    if (!m_readOnly
        && !(m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).isValid()
             && m_db.exec(QStringLiteral("PRAGMA synchronous = FULL")))) {
        setError(error, Code::Io, m_db.lastError());
        return false;
    }

    *fileVersion = version;
    return true;
}

bool ProjectStore::migrateFrom(int version, StoreError *error)
{
    using Code = StoreError::Code;
    if (m_readOnly) {
        setError(error, Code::ReadOnly,
                 QCoreApplication::translate("kd::ProjectStore",
                                             "is file version %1 and must be upgraded to "
                                             "version %2, which needs it opened for writing")
                     .arg(version)
                     .arg(schemaVersion()));
        return false;
    }
    QString backup = m_path + QStringLiteral(".bak-v%1").arg(version);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_path + QStringLiteral(".bak-v%1-%2").arg(version).arg(n);
    if (!QFile::copy(m_path, backup)) {
        setError(
            error, Code::Io,
            QCoreApplication::translate(
                "kd::ProjectStore", "cannot make the backup %1 before upgrading; nothing changed")
                .arg(QDir::toNativeSeparators(backup)));
        return false;
    }
    // Foreign keys cannot be switched inside a transaction; table rebuilds need them off.
    m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    Transaction tx(m_db);
    const bool migrated = tx.isActive() && SchemaMigrator::migrate(m_db, version)
                          && m_db.scalar(QStringLiteral("PRAGMA foreign_key_check")).isNull()
                          && tx.commit();
    m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!migrated) {
        setError(error, Code::Io,
                 QCoreApplication::translate(
                     "kd::ProjectStore", "cannot upgrade from file version %1: %2; nothing changed")
                     .arg(version)
                     .arg(m_db.lastError()));
        return false;
    }
    m_backupPath = backup;
    return true;
}

bool ProjectStore::openFile(const QString &path, OpenMode mode, StoreError *error)
{
    const QFileInfo info(path);
    if (!checkHeader(info, error))
        return false;
    m_path = info.absoluteFilePath();
    m_readOnly = mode != OpenMode::ReadWrite;
    if (!m_readOnly && !takeWriteLock(error))
        return false;
    if (!m_db.open(m_path, m_readOnly)) {
        setError(error, StoreError::Code::Io,
                 QCoreApplication::translate("kd::ProjectStore", "cannot open: %1")
                     .arg(m_db.lastError()));
        return false;
    }
    int version = 0;
    if (!checkFile(mode, &version, error))
        return false;
    return version >= schemaVersion() || migrateFrom(version, error);
}

bool ProjectStore::writeNew(const QString &path, const Project &project, bool overwrite,
                            StoreError *error)
{
    const auto file = NewProjectFile::create(path, overwrite, error);
    if (!file)
        return false;
    if (!file->store().writeContent(project)) {
        *error = file->writeError();
        return false;
    }
    return file->commit(error);
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, const ProjectInfo &info,
                                                   StoreError *error)
{
    Project project;
    project.info = info;
    if (project.info.uid.isEmpty())
        project.info.uid = Identifiers::createUid();
    project.lifeDomains = Project::defaultLifeDomains();
    if (!writeNew(path, project, false, error))
        return nullptr;
    return open(path, OpenMode::ReadWrite, error);
}

// --- helpers ------------------------------------------------------------------------------------

bool ProjectStore::fail(StoreError::Code code)
{
    m_lastError = makeError(code, m_db.lastError());
    return false;
}

StoreError ProjectStore::readFailure() const
{
    using Code = StoreError::Code;
    if (m_db.lastErrorIsCorruption())
        return makeError(Code::Damaged,
                         QCoreApplication::translate("kd::ProjectStore", "the file is damaged: %1")
                             .arg(m_db.lastError()));
    if (m_db.lastErrorIsBusy())
        return makeError(Code::Busy, m_db.lastError());
    return makeError(
        Code::Io,
        QCoreApplication::translate("kd::ProjectStore", "cannot read: %1").arg(m_db.lastError()));
}

bool ProjectStore::checkWritable()
{
    if (!m_readOnly)
        return true;
    m_lastError
        = makeError(StoreError::Code::ReadOnly,
                    QCoreApplication::translate("kd::ProjectStore", "the project is read-only"));
    return false;
}

namespace {

bool insertRow(Database &db, const char *table, const Row &row)
{
    return db.exec(insertStatement(table, row), insertValues(row));
}

bool updateRow(Database &db, const char *table, const Row &row)
{
    QSqlQuery &query = db.prepare(updateStatement(table, row));
    if (!db.exec(query, updateValues(row)))
        return false;
    const int affected = query.numRowsAffected();
    query.finish();
    if (affected != 1)
        db.setLastError(
            QCoreApplication::translate("kd::ProjectStore", "there is no such row to update"));
    return affected == 1;
}

bool writeLinks(Database &db, const LinkTable &link, const QString &owner,
                const QStringList &targets)
{
    if (!db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                     .arg(QLatin1String(link.table), QLatin1String(link.ownerColumn)),
                 {owner}))
        return false;
    const QString sql = QStringLiteral("INSERT INTO %1 (%2, %3, position) VALUES (?, ?, ?)")
                            .arg(QLatin1String(link.table), QLatin1String(link.ownerColumn),
                                 QLatin1String(link.targetColumn));
    for (int i = 0; i < targets.size(); ++i) {
        if (!db.exec(sql, {owner, targets.at(i), i}))
            return false;
    }
    return true;
}

ByOwner<QString> readLinks(Database &db, const LinkTable &link)
{
    ByOwner<QString> links;
    db.forEachRow(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1, position")
                      .arg(QLatin1String(link.ownerColumn), QLatin1String(link.targetColumn),
                           QLatin1String(link.table)),
                  {}, [&](const SqlRow &row) { links[row.text(0)].append(row.text(1)); });
    return links;
}

// Runs a statement and hands each row to read; false when the statement fails.
template<typename Read>
bool forEachRow(Database &db, const QString &sql, Read read, const QVariantList &values = {})
{
    return db.forEachRow(sql, values, read);
}

} // namespace

// --- writing ------------------------------------------------------------------------------------

bool ProjectStore::saveInfo(const ProjectInfo &info)
{
    if (!checkWritable())
        return false;
    ProjectInfo saved = info;
    if (saved.language.isEmpty())
        saved.language = QStringLiteral("nl");
    // The project's one row (id 1), inserted or updated in place.
    Row row = rowOf(saved);
    QStringList assignments;
    for (const Column &column : std::as_const(row))
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(QLatin1String(column.name)));
    row.prepend({"id", 1});
    const bool ok = m_db.exec(insertStatement("project", row)
                                  + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ")
                                  + assignments.join(QLatin1String(", ")),
                              insertValues(row));
    return ok || fail();
}

namespace {

// An entity's own row and its reference lists (the link tables of its ReferenceList fields),
// without what it owns; parentUid is null for top-level kinds.
template<typename T>
bool writeOwn(Database &db, const T &entity, const QString *parentUid, bool isUpdate)
{
    const char *table = describe(Described<T>::kind).table;
    const Row row = rowOf(entity, parentUid);
    if (!(isUpdate ? updateRow(db, table, row) : insertRow(db, table, row)))
        return false;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.type == ValueType::ReferenceList
            && !writeLinks(db, field.d.link, entity.uid,
                           entity.*std::get<QStringList T::*>(field.member)))
            return false;
    }
    return true;
}

} // namespace

template<typename T>
bool ProjectStore::write(const QString *parentUid, const T &entity, bool isUpdate)
{
    if (!checkWritable())
        return false;
    Transaction tx(m_db);
    if (!tx.isActive() || !writeOwn(m_db, entity, parentUid, isUpdate))
        return fail();
    // What an inserted entity owns goes in with it.
    bool ok = true;
    if (!isUpdate) {
        if constexpr (std::is_same_v<T, Scenario>) {
            for (const Person &person : entity.persons)
                ok = ok && write(&entity.uid, person, false);
            for (const Segment &segment : entity.segments)
                ok = ok && write(&entity.uid, segment, false);
        } else if constexpr (std::is_same_v<T, Segment>) {
            for (const Dilemma &dilemma : entity.dilemmas)
                ok = ok && write(&entity.uid, dilemma, false);
        } else if constexpr (std::is_same_v<T, Dilemma>) {
            for (const Option &option : entity.options)
                ok = ok && write(&entity.uid, option, false);
            for (const LegalReference &reference : entity.legalReferences)
                ok = ok && write(&entity.uid, reference, false);
        }
    }
    if (!ok)
        return false; // the failing write said why
    return tx.commit() || fail();
}

#define KD_TOP_LEVEL_WRITES(Type)                                                                  \
    bool ProjectStore::insert(const Type &entity)                                                  \
    {                                                                                              \
        return write(nullptr, entity, false);                                                      \
    }                                                                                              \
    bool ProjectStore::update(const Type &entity)                                                  \
    {                                                                                              \
        return write(nullptr, entity, true);                                                       \
    }
#define KD_OWNED_WRITES(Type)                                                                      \
    bool ProjectStore::insert(const QString &parentUid, const Type &entity)                        \
    {                                                                                              \
        return write(&parentUid, entity, false);                                                   \
    }                                                                                              \
    bool ProjectStore::update(const QString &parentUid, const Type &entity)                        \
    {                                                                                              \
        return write(&parentUid, entity, true);                                                    \
    }
KD_TOP_LEVEL_WRITES(LifeDomain)
KD_TOP_LEVEL_WRITES(Professional)
KD_TOP_LEVEL_WRITES(LegalSource)
KD_TOP_LEVEL_WRITES(Theme)
KD_TOP_LEVEL_WRITES(GlossaryTerm)
KD_TOP_LEVEL_WRITES(Asset)
KD_TOP_LEVEL_WRITES(Scenario)
KD_OWNED_WRITES(Person)
KD_OWNED_WRITES(Segment)
KD_OWNED_WRITES(Dilemma)
KD_OWNED_WRITES(Option)
KD_OWNED_WRITES(LegalReference)
#undef KD_TOP_LEVEL_WRITES
#undef KD_OWNED_WRITES

bool ProjectStore::insert(const Review &review)
{
    if (!checkWritable())
        return false;
    return insertRow(m_db, describe(EntityKind::Review).table, rowOf(review)) || fail();
}

bool ProjectStore::append(ChangeLogEntry *entry)
{
    if (!checkWritable())
        return false;
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO change_log (time, author, entity_uid, "
                                               "field, summary) VALUES (?, ?, ?, ?, ?)"));
    if (!m_db.exec(q, {dateTime(entry->time), text(entry->author), text(entry->entityUid),
                       text(entry->field), text(entry->summary)}))
        return fail();
    entry->id = q.lastInsertId().toLongLong();
    q.finish();
    return true;
}

bool ProjectStore::move(EntityKind kind, const QString &uid, const QString &parentUid, int position)
{
    if (!checkWritable())
        return false;
    const char *table = tableOf(kind);
    if (!table) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("a %1 cannot be moved").arg(toName(kind)));
        return false;
    }
    const char *parentColumn = parentColumnOf(kind);
    QSqlQuery &q = m_db.prepare(
        parentColumn
            ? QStringLiteral("UPDATE %1 SET %2 = ?, position = ? WHERE uid = ?")
                  .arg(QLatin1String(table), QLatin1String(parentColumn))
            : QStringLiteral("UPDATE %1 SET position = ? WHERE uid = ?").arg(QLatin1String(table)));
    const QVariantList values
        = parentColumn ? QVariantList{parentUid, position, uid} : QVariantList{position, uid};
    if (!m_db.exec(q, values))
        return fail();
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected != 1) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("no %1 with uid %2").arg(toName(kind), uid));
        return false;
    }
    return true;
}

bool ProjectStore::remove(EntityKind kind, const QString &uid)
{
    if (!checkWritable())
        return false;
    const char *table = tableOf(kind);
    if (!table) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("a %1 cannot be deleted").arg(toName(kind)));
        return false;
    }
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE uid = ?").arg(QLatin1String(table)));
    if (!m_db.exec(q, {uid}))
        return fail();
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected != 1) {
        m_lastError = makeError(StoreError::Code::Sql,
                                QStringLiteral("no %1 with uid %2").arg(toName(kind), uid));
        return false;
    }
    return true;
}

bool ProjectStore::beginBulk(QStringList *staged)
{
    // Row by row, each insert would make the full-text index flush its pending terms (FTS5
    // syncs at every statement savepoint), several times slower than the rows themselves. So
    // the indexed tables get TEMP tables of the same names, which unqualified names resolve to:
    // every insert lands there, unindexed, and endBulk() moves each table into the file with
    // one INSERT ... SELECT, in which the search triggers index all its rows at once. Foreign
    // keys are checked at commit, when every table is in place.
    staged->clear();
    const bool prepared
        = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))
          && m_db.forEachRow(
              QStringLiteral("SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' "
                             "AND name LIKE '%!_search!_insert' ESCAPE '!' "
                             "AND tbl_name <> 'project' ORDER BY rowid"),
              {}, [&](const SqlRow &row) { staged->append(row.text(0)); });
    if (!prepared)
        return fail();
    for (const QString &table : std::as_const(*staged)) {
        if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE \"%1\" AS SELECT * FROM main.\"%1\" "
                                      "WHERE 0")
                           .arg(table)))
            return fail();
    }
    return true;
}

bool ProjectStore::endBulk(const QStringList &staged)
{
    // Parents before children (the schema's order), each table in its position order.
    for (const QString &table : staged) {
        if (!m_db.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM temp.\"%1\" "
                                      "ORDER BY rowid")
                           .arg(table))
            || !m_db.exec(QStringLiteral("DROP TABLE temp.\"%1\"").arg(table)))
            return fail();
    }
    return true;
}

bool ProjectStore::writeContent(const Project &project)
{
    if (!saveInfo(project.info))
        return false;
    for (const LifeDomain &d : project.lifeDomains) {
        if (!insert(d))
            return false;
    }
    for (const Asset &a : project.assets) {
        if (!insert(a))
            return false;
    }
    for (const LegalSource &s : project.legalSources) {
        if (!insert(s))
            return false;
    }
    for (const Professional &p : project.professionals) {
        if (!insert(p))
            return false;
    }
    for (const Theme &t : project.themes) {
        if (!insert(t))
            return false;
    }
    for (const GlossaryTerm &g : project.glossary) {
        if (!insert(g))
            return false;
    }
    for (const Scenario &s : project.scenarios) {
        if (!insert(s))
            return false;
    }
    for (const Review &r : project.reviews) {
        if (!insert(r))
            return false;
    }
    for (ChangeLogEntry entry : project.changeLog) {
        if (!append(&entry))
            return false;
    }
    return true;
}

// --- searching ----------------------------------------------------------------------------------

namespace {

// The user's words as an FTS5 query: each word a quoted prefix term, all required. Quoting makes
// FTS5's operators and punctuation plain text, so no input is a syntax error.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool hasWordCharacter
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!hasWordCharacter)
            continue;
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

} // namespace

bool ProjectStore::search(const QString &query, int limit, QList<SearchHit> *hits)
{
    hits->clear();
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return true;
    const bool ok = forEachRow(
        m_db,
        QStringLiteral("SELECT uid, kind, field, snippet(search_index, 3, char(2), char(3), "
                       "'\u2026', 12) FROM search_index WHERE search_index MATCH ? "
                       "ORDER BY rank LIMIT %1")
            .arg(qMax(1, limit)),
        [&](const SqlRow &q) {
            hits->append({entityKindFromName(textAt(q, 1)).value_or(EntityKind::Project),
                          textAt(q, 0), textAt(q, 2), textAt(q, 3)});
        },
        {match});
    return ok || fail();
}

// --- reading ------------------------------------------------------------------------------------

bool ProjectStore::loadInfo(ProjectInfo *info)
{
    bool found = false;
    const bool ok = forEachRow(
        m_db, QStringLiteral("SELECT %1 FROM project x").arg(columnsOf<ProjectInfo>("x"_L1)),
        [&](const SqlRow &q) {
            readRow(q, info);
            found = true;
        });
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    if (!found) {
        m_lastError = makeError(
            StoreError::Code::Damaged,
            QCoreApplication::translate("kd::ProjectStore", "the project row is missing"));
        return false;
    }
    return true;
}

bool ProjectStore::counts(EntityCounts *counts)
{
    static const std::pair<EntityKind, int EntityCounts::*> tables[] = {
        {EntityKind::Scenario, &EntityCounts::scenarios},
        {EntityKind::Person, &EntityCounts::persons},
        {EntityKind::Segment, &EntityCounts::segments},
        {EntityKind::Dilemma, &EntityCounts::dilemmas},
        {EntityKind::Option, &EntityCounts::options},
        {EntityKind::Professional, &EntityCounts::professionals},
        {EntityKind::LegalSource, &EntityCounts::legalSources},
        {EntityKind::LegalReference, &EntityCounts::legalReferences},
        {EntityKind::Theme, &EntityCounts::themes},
        {EntityKind::GlossaryTerm, &EntityCounts::glossaryTerms},
        {EntityKind::LifeDomain, &EntityCounts::lifeDomains},
        {EntityKind::Asset, &EntityCounts::assets},
    };
    Transaction tx(m_db, Transaction::Kind::Read);
    EntityCounts result;
    for (const auto &entry : tables) {
        // Named apart: clang before 16 cannot capture a structured binding in a lambda.
        const char *table = describe(entry.first).table;
        int EntityCounts::*member = entry.second;
        const bool ok
            = forEachRow(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)),
                         [&](const SqlRow &q) { result.*member = int(q.integer(0)); });
        if (!ok) {
            m_lastError = readFailure();
            return false;
        }
    }
    tx.commit();
    *counts = result;
    return true;
}

namespace {

// Every row of a top-level kind, in the kind's order, with its reference lists.
template<typename T>
bool readAll(Database &db, QList<T> *list)
{
    const KindDescription &kind = describe(Described<T>::kind);
    QList<std::pair<QStringList T::*, ByOwner<QString>>> links;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.type == ValueType::ReferenceList)
            links.append({std::get<QStringList T::*>(field.member), readLinks(db, field.d.link)});
    }
    const QString order = Described<T>::kind == EntityKind::Review
                              ? QStringLiteral("x.time, x.uid")
                              : QStringLiteral("x.position, x.uid");
    return forEachRow(db,
                      QStringLiteral("SELECT %1 FROM %2 x ORDER BY %3")
                          .arg(columnsOf<T>("x"_L1), QLatin1String(kind.table), order),
                      [&](const SqlRow &q) {
                          T entity;
                          readRow(q, &entity);
                          for (auto &[member, byOwner] : links)
                              entity.*member = takeOwned(byOwner, entity.uid);
                          list->append(std::move(entity));
                      });
}

// Every row of an owned kind within one scenario, grouped by owner, each group in position
// order, with its reference lists.
template<typename T>
bool readOwned(Database &db, const QString &scenarioUid, SharedUids *shared, ByOwner<T> *byOwner)
{
    const KindDescription &kind = describe(Described<T>::kind);
    const ScenarioScope scope = scenarioScope(kind.kind);
    QList<std::pair<QStringList T::*, ByOwner<QString>>> links;
    bool ok = true;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.type != ValueType::ReferenceList)
            continue;
        ByOwner<QString> targets;
        const LinkTable &link = field.d.link;
        ok = ok
             && forEachRow(
                 db,
                 QStringLiteral("SELECT l.%1, l.%2 FROM %3 JOIN %4 l ON l.%1 = x.uid WHERE %5 "
                                "ORDER BY l.%1, l.position")
                     .arg(QLatin1String(link.ownerColumn), QLatin1String(link.targetColumn),
                          scope.from, QLatin1String(link.table), scope.where),
                 [&](const SqlRow &q) {
                     QString target = q.text(1);
                     const auto it = shared->constFind(target);
                     targets[q.text(0)].append(
                         it != shared->cend() ? *it : *shared->insert(target, target));
                 },
                 {scenarioUid});
        links.append({std::get<QStringList T::*>(field.member), std::move(targets)});
    }
    return ok
           && forEachRow(
               db,
               QStringLiteral("SELECT %1, x.%2 FROM %3 WHERE %4 ORDER BY x.%2, x.position, x.uid")
                   .arg(columnsOf<T>("x"_L1), QLatin1String(kind.parentColumn), scope.from,
                        scope.where),
               [&](const SqlRow &q) {
                   T entity;
                   const int parentColumn = readRow(q, &entity, shared);
                   for (auto &[member, targets] : links)
                       entity.*member = takeOwned(targets, entity.uid);
                   (*byOwner)[q.text(parentColumn)].append(std::move(entity));
               },
               {scenarioUid});
}

} // namespace

bool ProjectStore::loadRegisters(Project *project)
{
    Transaction tx(m_db, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    Project p;
    if (!loadInfo(&p.info))
        return false;
    const bool ok
        = readAll(m_db, &p.lifeDomains) && readAll(m_db, &p.assets)
          && readAll(m_db, &p.legalSources) && readAll(m_db, &p.professionals)
          && readAll(m_db, &p.themes) && readAll(m_db, &p.glossary) && readAll(m_db, &p.scenarios)
          && readAll(m_db, &p.reviews)
          && forEachRow(m_db,
                        QStringLiteral("SELECT id, time, author, entity_uid, field, "
                                       "summary FROM change_log ORDER BY id"),
                        [&](const SqlRow &q) {
                            p.changeLog.append({q.integer(0), dateTimeAt(q, 1), textAt(q, 2),
                                                textAt(q, 3), textAt(q, 4), textAt(q, 5)});
                        });
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    tx.commit();
    *project = std::move(p);
    return true;
}

bool ProjectStore::forEachScenario(const std::function<bool(Scenario &&)> &visit)
{
    Transaction tx(m_db, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    QList<Scenario> stubs;
    // The scenarios' own rows first (readAll reads nothing they own), then each one's content.
    bool ok = readAll(m_db, &stubs);
    const auto forget = qScopeGuard([this] { m_sharedUids.clear(); });
    for (Scenario &stub : stubs) {
        // Out of the list: what the visitor does not keep is freed before the next is read.
        Scenario scenario = std::exchange(stub, Scenario());
        if (!ok || !(ok = loadScenarioContent(&scenario)))
            break;
        if (!visit(std::move(scenario))) {
            tx.commit();
            return true;
        }
    }
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    tx.commit();
    return true;
}

// Everything a scenario owns: its persons and segments, their dilemmas, options and legal
// references, and the link lists, each in its position order. The uids that refer to a register
// entry or a person repeat thousands of times: one shared copy each (m_sharedUids).
bool ProjectStore::loadScenarioContent(Scenario *scenario)
{
    ByOwner<Option> options;
    ByOwner<LegalReference> references;
    ByOwner<Dilemma> dilemmas;
    ByOwner<Segment> segments;
    ByOwner<Person> persons;
    const QString &uid = scenario->uid;
    if (!readOwned(m_db, uid, &m_sharedUids, &options)
        || !readOwned(m_db, uid, &m_sharedUids, &references)
        || !readOwned(m_db, uid, &m_sharedUids, &dilemmas)
        || !readOwned(m_db, uid, &m_sharedUids, &segments)
        || !readOwned(m_db, uid, &m_sharedUids, &persons))
        return false;
    // Children into their owners, from the leaves up.
    for (QList<Dilemma> &list : dilemmas) {
        for (Dilemma &d : list) {
            d.options = takeOwned(options, d.uid);
            d.legalReferences = takeOwned(references, d.uid);
        }
    }
    QList<Segment> ownSegments = takeOwned(segments, uid);
    for (Segment &s : ownSegments)
        s.dilemmas = takeOwned(dilemmas, s.uid);
    scenario->segments = std::move(ownSegments);
    scenario->persons = takeOwned(persons, uid);
    return true;
}

bool ProjectStore::load(Project *project)
{
    // One read transaction: everything below is one committed state, whatever other processes
    // (the editor, another kdtool) commit while it is read.
    Transaction tx(m_db, Transaction::Kind::Read);
    if (!tx.isActive()) {
        m_lastError = readFailure();
        return false;
    }
    Project p;
    if (!loadRegisters(&p))
        return false;
    p.scenarios.clear();
    if (!forEachScenario([&](Scenario &&s) {
            p.scenarios.append(std::move(s));
            return true;
        }))
        return false;
    tx.commit();
    *project = std::move(p);
    return true;
}

bool ProjectStore::facts(ProjectFacts *facts)
{
    Transaction tx(m_db, Transaction::Kind::Read);
    ProjectFacts result;
    // The entity tables, as ProjectFacts::of() counts them (not reviews, not the change log).
    QStringList selects;
    for (EntityKind kind : describedKinds()) {
        if (kind != EntityKind::Review)
            selects.append(QStringLiteral("SELECT uid FROM ")
                           + QLatin1String(describe(kind).table));
    }
    const auto counted = [this](const QString &sql, QHash<QString, int> *into) {
        return forEachRow(m_db, sql,
                          [into](const SqlRow &q) { into->insert(q.text(0), int(q.integer(1))); });
    };
    const bool ok
        = tx.isActive()
          && counted(QStringLiteral("SELECT uid, count(*) FROM (%1) WHERE uid <> '' "
                                    "GROUP BY uid HAVING count(*) > 1")
                         .arg(selects.join(QStringLiteral(" UNION ALL "))),
                     &result.repeatedUids)
          && counted(QStringLiteral("SELECT key, count(*) FROM scenario WHERE key <> '' "
                                    "GROUP BY key HAVING count(*) > 1"),
                     &result.repeatedScenarioKeys)
          && counted(QStringLiteral("SELECT key, count(*) FROM dilemma WHERE key <> '' "
                                    "GROUP BY key HAVING count(*) > 1"),
                     &result.repeatedDilemmaKeys)
          && counted(QStringLiteral("SELECT professional_uid, count(*) FROM dilemma "
                                    "WHERE professional_uid <> '' GROUP BY professional_uid"),
                     &result.professionalUses)
          && counted(QStringLiteral("SELECT legal_source_uid, count(*) FROM legal_reference "
                                    "WHERE legal_source_uid <> '' GROUP BY legal_source_uid"),
                     &result.sourceCitations)
          && counted(QStringLiteral("SELECT theme_uid, count(*) FROM dilemma_theme "
                                    "WHERE theme_uid <> '' GROUP BY theme_uid"),
                     &result.themeUses)
          && counted(QStringLiteral("SELECT cover_asset_uid, count(*) FROM scenario "
                                    "WHERE cover_asset_uid <> '' GROUP BY cover_asset_uid"),
                     &result.coverUses);
    if (!ok) {
        m_lastError = readFailure();
        return false;
    }
    tx.commit();
    *facts = std::move(result);
    return true;
}

ReadSnapshot::ReadSnapshot(ProjectStore &store)
    : m_transaction(std::make_unique<Transaction>(store.m_db, Transaction::Kind::Read))
{}

ReadSnapshot::~ReadSnapshot()
{
    if (m_transaction->isActive())
        m_transaction->commit();
}

bool ReadSnapshot::isValid() const
{
    return m_transaction->isActive();
}

WriteBatch::WriteBatch(ProjectStore &store)
    : m_transaction(std::make_unique<Transaction>(store.m_db, Transaction::Kind::Write))
{}

WriteBatch::~WriteBatch() = default;

bool WriteBatch::isActive() const
{
    return m_transaction->isActive();
}

bool WriteBatch::commit()
{
    return m_transaction->commit();
}

} // namespace kd
