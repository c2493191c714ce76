#pragma once

#include "database.h"
#include "storebackend.h"
#include "storeerror.h"

#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace kd {

// The project file: one SQLite database (README.md, "The project file"; docs/reliability.md).
// Everything that makes it a file lives here: the header and application id that say it is
// ours, the lock file that makes one process its writer, SQLite's settings (foreign keys, the
// journal, synchronous writes), quick_check at open, the backup before an upgrade, the FTS5
// full-text index, and the TEMP staging tables of a bulk load. Statements go through Database,
// the one class that touches the sqlite3 handle.
class SqliteBackend final : public StoreBackend
{
public:
    static constexpr int ApplicationId = 0x4b645072; // "KdPr"

    // An existing project file, checked (and, opened for writing, upgraded) under the rules of
    // docs/reliability.md; null with error set when it cannot be opened.
    static std::unique_ptr<SqliteBackend> open(const QString &path, StoreOpenMode mode,
                                               StoreError *error);
    // A new, empty project file at path (a temporary that nobody else sees, NewProjectFile's):
    // the current schema, and settings for writing fast (its journal in memory, no sync before
    // the one at the end). Null with failure set when it cannot be made.
    static std::unique_ptr<SqliteBackend> createNew(const QString &path, QString *failure);

    ~SqliteBackend() override;

    QString location() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    QString migrationBackupPath() const override { return m_backupPath; }

    bool exec(const QString &sql, const QVariantList &values = {}, int *affected = nullptr) override
    {
        return m_db.exec(sql, values, affected);
    }
    bool execScript(const QByteArray &sql) override { return m_db.execScript(sql); }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) override
    {
        return m_db.scalar(sql, values);
    }
    bool forEachRow(const QString &sql, const QVariantList &values,
                    const std::function<void(const StoreRow &)> &read) override
    {
        return m_db.forEachRow(sql, values, read);
    }

    bool beginTransaction(bool write) override { return m_db.beginTransaction(write); }
    bool commitTransaction() override { return m_db.commitTransaction(); }
    void rollbackTransaction() override { m_db.rollbackTransaction(); }

    QString lastError() const override { return m_db.lastError(); }
    void setLastError(const QString &message) override { m_db.setLastError(message); }
    bool lastErrorIsBusy() const override { return m_db.lastErrorIsBusy(); }
    bool lastErrorIsCorruption() const override { return m_db.lastErrorIsCorruption(); }

    bool search(const QString &query, int limit, QList<SearchHit> *hits) override;
    bool beginBulk() override;
    bool endBulk() override;

private:
    SqliteBackend() = default;
    bool openFile(const QString &path, StoreOpenMode mode, StoreError *error);
    // The steps of openFile: the lock that makes this the one writer; the file's identity,
    // version and integrity (and the connection's settings); the upgrade of an older file.
    bool takeWriteLock(StoreError *error);
    bool checkFile(StoreOpenMode mode, int *fileVersion, StoreError *error);
    bool migrateFrom(int version, StoreError *error);

    QString m_path;
    bool m_readOnly = false;
    QString m_backupPath;
    std::unique_ptr<QLockFile> m_lock;
    Database m_db;
    QStringList m_staged; // between beginBulk() and endBulk()
};

} // namespace kd
