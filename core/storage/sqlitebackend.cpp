#include "sqlitebackend.h"

#include "rowmapping.h"
#include "schemamigrator.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kd {

namespace {

using Code = StoreError::Code;

constexpr char sqliteMagic[] = "SQLite format 3";

// Messages are English, the source language, and translated here under ProjectStore's context:
// the editor installs the Dutch translator, kdtool installs none, so its output and the tests
// that read it stay English.
void setError(StoreError *error, StoreError::Code code, const QString &message)
{
    if (error)
        *error = StoreError{code, message};
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
                        {}, [&](const StoreRow &row) { tables.append(row.text(0)); });
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

// A file that is there, readable, and an SQLite database at all (its header), before SQLite
// opens it.
bool checkHeader(const QFileInfo &info, StoreError *error)
{
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

// --- opening ------------------------------------------------------------------------------------

SqliteBackend::~SqliteBackend()
{
    m_db.close();
    if (m_lock)
        m_lock->unlock();
}

std::unique_ptr<SqliteBackend> SqliteBackend::open(const QString &path, StoreOpenMode mode,
                                                   StoreError *error)
{
    std::unique_ptr<SqliteBackend> backend(new SqliteBackend);
    if (!backend->openFile(path, mode, error))
        return nullptr;
    return backend;
}

std::unique_ptr<SqliteBackend> SqliteBackend::createNew(const QString &path, QString *failure)
{
    std::unique_ptr<SqliteBackend> backend(new SqliteBackend);
    backend->m_path = path;
    Database &db = backend->m_db;
    // Nobody else sees the temporary file and a failure deletes it, so its journal can stay in
    // memory (rollbacks still work) and it needs no sync per commit: it is synced once, before
    // the rename. Opening it later sets DELETE and FULL again (neither setting is kept in the
    // file). The staging tables of a large import go to a temporary file, not to memory.
    if (!db.open(path, false)
        || !db.execScript(
            QByteArrayLiteral("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = "
                              "OFF; PRAGMA temp_store = FILE; PRAGMA foreign_keys "
                              "= ON;")
            + SchemaMigrator::currentSchema() + QByteArrayLiteral("\nPRAGMA application_id = ")
            + QByteArray::number(ApplicationId) + QByteArrayLiteral(";\nPRAGMA user_version = ")
            + QByteArray::number(SchemaMigrator::currentVersion()) + ';')) {
        *failure = db.lastError();
        return nullptr;
    }
    return backend;
}

bool SqliteBackend::takeWriteLock(StoreError *error)
{
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

bool SqliteBackend::checkFile(StoreOpenMode mode, int *fileVersion, StoreError *error)
{
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
    if (version > SchemaMigrator::currentVersion()) {
        setError(error, Code::NewerVersion,
                 QCoreApplication::translate(
                     "kd::ProjectStore", "was written by a newer version of Kiezen & Delen Studio "
                                         "(file version %1, this program reads up to version %2)")
                     .arg(version)
                     .arg(SchemaMigrator::currentVersion()));
        return false;
    }
    const QVariant check
        = mode == StoreOpenMode::Inspect ? lengthCheck(m_db, m_path) : quickCheck(m_db, m_readOnly);
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

bool SqliteBackend::migrateFrom(int version, StoreError *error)
{
    if (m_readOnly) {
        setError(error, Code::ReadOnly,
                 QCoreApplication::translate("kd::ProjectStore",
                                             "is file version %1 and must be upgraded to "
                                             "version %2, which needs it opened for writing")
                     .arg(version)
                     .arg(SchemaMigrator::currentVersion()));
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
    Transaction tx(*this);
    const bool migrated = tx.isActive() && SchemaMigrator::migrate(*this, version)
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

bool SqliteBackend::openFile(const QString &path, StoreOpenMode mode, StoreError *error)
{
    const QFileInfo info(path);
    if (!checkHeader(info, error))
        return false;
    m_path = info.absoluteFilePath();
    m_readOnly = mode != StoreOpenMode::ReadWrite;
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
    return version >= SchemaMigrator::currentVersion() || migrateFrom(version, error);
}

bool SqliteBackend::beginBulk()
{
    // Row by row, each insert would make the full-text index flush its pending terms (FTS5
    // syncs at every statement savepoint), several times slower than the rows themselves. So
    // the indexed tables get TEMP tables of the same names, which unqualified names resolve to:
    // every insert lands there, unindexed, and endBulk() moves each table into the file with
    // one INSERT ... SELECT, in which the search triggers index all its rows at once. Foreign
    // keys are checked at commit, when every table is in place.
    m_staged.clear();
    const bool prepared
        = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))
          && m_db.forEachRow(
              QStringLiteral("SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' "
                             "AND name LIKE '%!_search!_insert' ESCAPE '!' "
                             "AND tbl_name <> 'project' ORDER BY rowid"),
              {}, [&](const StoreRow &row) { m_staged.append(row.text(0)); });
    if (!prepared)
        return false;
    for (const QString &table : std::as_const(m_staged)) {
        if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE \"%1\" AS SELECT * FROM main.\"%1\" "
                                      "WHERE 0")
                           .arg(table)))
            return false;
    }
    return true;
}

bool SqliteBackend::endBulk()
{
    // Parents before children (the schema's order), each table in its position order.
    for (const QString &table : std::as_const(m_staged)) {
        if (!m_db.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM temp.\"%1\" "
                                      "ORDER BY rowid")
                           .arg(table))
            || !m_db.exec(QStringLiteral("DROP TABLE temp.\"%1\"").arg(table)))
            return false;
    }
    return true;
}

// --- searching ----------------------------------------------------------------------------------

bool SqliteBackend::search(const QString &query, int limit, QList<SearchHit> *hits)
{
    hits->clear();
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return true;
    return m_db.forEachRow(
        QStringLiteral("SELECT uid, kind, field, snippet(search_index, 3, char(2), char(3), "
                       "'\u2026', 12) FROM search_index WHERE search_index MATCH ? "
                       "ORDER BY rank LIMIT %1")
            .arg(qMax(1, limit)),
        {match}, [&](const StoreRow &q) {
            hits->append(
                {entityKindFromName(RowMapping::textAt(q, 1)).value_or(EntityKind::Project),
                 RowMapping::textAt(q, 0), RowMapping::textAt(q, 2), RowMapping::textAt(q, 3)});
        });
}

} // namespace kd
