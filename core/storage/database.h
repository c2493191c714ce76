#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "storebackend.h"

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace kd {

// One row of Database::forEachRow(): its columns read straight from SQLite (UTF-8 into QString,
// no QVariant on the way), valid only during the callback.
class SqlRow final : public StoreRow
{
public:
    explicit SqlRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {}

    bool isNull(int column) const override;
    QString text(int column) const override;
    qint64 integer(int column) const override;
    QByteArray blob(int column) const override;

private:
    sqlite3_stmt *m_statement;
};

// One SQLite connection, and the only class that touches the sqlite3 handle (SqliteBackend's,
// and the store tests' own look into a file). It caches prepared
// statements, runs multi-statement scripts, and counts nested transactions so that only the
// outermost one begins and commits (see Transaction).
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens an existing file (readOnly) or opens/creates one (read-write).
    bool open(const QString &path, bool readOnly);
    void close();
    bool isOpen() const;

    // Binds values in order and runs the statement; false with lastError() on failure.
    // affected, when given, receives how many rows it changed.
    bool exec(const QString &sql, const QVariantList &values = {}, int *affected = nullptr);
    // Runs a script of several statements (a schema, a migration).
    bool execScript(const QByteArray &sql);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Runs a query and hands each row to read, without Qt SQL's per-value QVariant: the way to
    // read a whole project quickly. False with lastError() when the query fails.
    bool forEachRow(const QString &sql, const QVariantList &values,
                    const std::function<void(const StoreRow &)> &read);

    // write: BEGIN IMMEDIATE (the write lock now); otherwise BEGIN (a read snapshot).
    bool beginTransaction(bool write = true);
    bool commitTransaction();
    void rollbackTransaction();
    int transactionDepth() const { return m_depth; }

    QString lastError() const { return m_lastError; }
    void setLastError(const QString &message)
    {
        m_lastError = message;
        m_lastCorrupt = false;
        m_lastBusy = false;
    }
    // True when the last failure was another connection's lock (SQLITE_BUSY) outlasting the
    // busy timeout: the file is fine, only busy.
    bool lastErrorIsBusy() const { return m_lastBusy; }
    // Whether a transaction is open on the connection (SQLite's own view, not the depth count).
    bool inTransaction() const;
    // True when the last failure was SQLite's "not a database" or "malformed" (damaged file).
    bool lastErrorIsCorruption() const { return m_lastCorrupt; }

private:
    // A prepared statement for this SQL text, reused across calls.
    // Null (the error set) when SQLite cannot prepare it.
    QSqlQuery *prepare(const QString &sql);
    bool exec(QSqlQuery *query, const QVariantList &values);
    sqlite3 *handle() const;
    void setError(const QString &message, int nativeCode);
    void takeError(const QSqlError &error);
    void rollbackKeepingError();

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, sqlite3_stmt *> m_rawStatements; // forEachRow()'s
    QString m_lastError;
    bool m_lastCorrupt = false;
    bool m_lastBusy = false;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace kd
