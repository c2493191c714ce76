#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace kd {

// One SQLite connection, and the only class that touches the sqlite3 handle. It caches prepared
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

    // A prepared statement for this SQL text, reused across calls.
    QSqlQuery &prepare(const QString &sql);
    // Binds values in order and runs the statement; false with lastError() on failure.
    bool exec(QSqlQuery &query, const QVariantList &values = {});
    bool exec(const QString &sql, const QVariantList &values = {});
    // Runs a script of several statements (a schema, a migration).
    bool execScript(const QByteArray &sql);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql);

    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();
    int transactionDepth() const { return m_depth; }

    QString lastError() const { return m_lastError; }
    void setLastError(const QString &message)
    {
        m_lastError = message;
        m_lastCorrupt = false;
    }
    // True when the last failure was SQLite's "not a database" or "malformed" (damaged file).
    bool lastErrorIsCorruption() const { return m_lastCorrupt; }

private:
    sqlite3 *handle() const;
    void setError(const QString &message, int nativeCode);

    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    QString m_lastError;
    bool m_lastCorrupt = false;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace kd
