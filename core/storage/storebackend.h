#pragma once

#include "storeerror.h"
#include "storeidentity.h"

#include "model/entitykind.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace kd {

// How a project is opened. Inspect is ReadOnly for a glance at the project (its info and
// counts, `kdtool info`): the store's identity, version and schema are checked, but not all of
// its content, so damage shows only when something reads it, as the same "damaged" error.
enum class StoreOpenMode { ReadWrite, ReadOnly, Inspect };

// One field that matches a full-text search.
struct SearchHit
{
    EntityKind kind = EntityKind::Project;
    QString uid;
    QString field;   // the model's field name: "solutionDirection"
    QString snippet; // context around the match; matches between U+0002 and U+0003
};

// One row of a query's result, valid only during the callback that receives it.
class StoreRow
{
public:
    virtual bool isNull(int column) const = 0;
    // A null QString for NULL; an empty one (not null) for ''.
    virtual QString text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;

protected:
    ~StoreRow() = default;
};

// Where ProjectStore's rows live (docs/architecture.md, "Storage"). ProjectStore speaks portable
// SQL through this interface: statements with values bound in order to `?`, rows handed to a
// callback, and nested transactions; everything a kind of store does its own way (how it is
// opened, checked and upgraded, its full-text search, the bulk load of a new project) is the
// backend's. SqliteBackend is the project file, PostgresBackend a server project; nothing outside
// core/storage holds a backend.
class StoreBackend
{
public:
    virtual ~StoreBackend() = default;

    // Where the project is, as the user named it: a file's absolute path.
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    // The copy made before an older project was upgraded on open; empty otherwise.
    virtual QString migrationBackupPath() const { return {}; }
    // Who is working on it, when the store can tell (a server project).
    virtual StoreIdentity identity() const { return {}; }

    // --- statements: false with lastError() on failure ---
    // Runs one statement; affected, when given, receives how many rows it changed.
    virtual bool exec(const QString &sql, const QVariantList &values = {}, int *affected = nullptr)
        = 0;
    // Runs a script of several statements (a schema, a migration).
    virtual bool execScript(const QByteArray &sql) = 0;
    // The first column of the first row, or an invalid QVariant.
    virtual QVariant scalar(const QString &sql, const QVariantList &values = {}) = 0;
    // Runs a query and hands each row to read.
    virtual bool forEachRow(const QString &sql, const QVariantList &values,
                            const std::function<void(const StoreRow &)> &read)
        = 0;

    // --- transactions (use Transaction): only the outermost begins and commits; a rolled-back
    // inner one makes the outer commit fail. write: the write lock now; otherwise one
    // committed state for every read until the end. ---
    virtual bool beginTransaction(bool write) = 0;
    virtual bool commitTransaction() = 0;
    virtual void rollbackTransaction() = 0;

    // --- the last failure ---
    virtual QString lastError() const = 0;
    virtual void setLastError(const QString &message) = 0;
    // Another writer held its lock longer than the wait: the store is fine, only busy.
    virtual bool lastErrorIsBusy() const = 0;
    // The store says its content is damaged.
    virtual bool lastErrorIsCorruption() const = 0;
    // The store refused the write: the login may not do it (a server's roles and rules).
    virtual bool lastErrorIsRefusal() const { return false; }
    // The last failure of a read as the user should hear it: damage, a busy writer, or I/O.
    StoreError readFailure() const;

    // --- what each kind of store does its own way ---
    // Full-text search over the searched fields (FieldFlag::Searched), best first. Every word
    // of the query must occur, as a word or the start of one; case and diacritics do not
    // matter. No word in the query: no hits, no error.
    virtual bool search(const QString &query, int limit, QList<SearchHit> *hits) = 0;
    // Around the writing of a whole new project (NewProjectFile), inside its transaction: the
    // store may defer its checks and indexing to endBulk().
    virtual bool beginBulk() = 0;
    virtual bool endBulk() = 0;

    // --- working together: only a server project has anyone else ---
    // Calls changed (on this thread, from the event loop) after another session committed a
    // change to the project. False when the store cannot tell (a file).
    virtual bool watch(const std::function<void()> &changed)
    {
        Q_UNUSED(changed);
        return false;
    }
    // Whether the store still answers (a server's connection is up); a file always does.
    virtual bool ping() { return true; }
    // The other sessions that have the project open; none for a file.
    virtual bool sessions(QList<StoreSession> *sessions)
    {
        sessions->clear();
        return true;
    }
};

} // namespace kd
