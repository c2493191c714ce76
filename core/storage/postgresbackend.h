#pragma once

#include "serverlocation.h"
#include "storebackend.h"
#include "storeerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace kd {

// A server project: one PostgreSQL database that `kdtool server init` prepared
// (schema/server/project.sql; docs/team.md). The server decides who did what: the login is the
// identity, the group roles kd_editor, kd_reviewer, kd_publisher and kd_admin what it may do,
// and triggers refuse the rest, whatever a client sends. Statements go through Qt's QPSQL
// driver on one connection of this object's own.
class PostgresBackend final : public StoreBackend
{
public:
    // How the server project must be to open it.
    enum class Expect {
        Project, // a project has been uploaded to it
        Any,     // prepared by server init, with or without a project (push, new)
        Nothing, // nothing checked but the connection (server init itself)
    };

    // Connects to the database location names, with password when given (else libpq's
    // PGPASSWORD or ~/.pgpass), and checks that it is a server project of this version. Null
    // with error set (Unreachable, LoginRefused, NotAProject, NewerVersion, NotFound) otherwise.
    static std::unique_ptr<PostgresBackend> open(const ServerLocation &location, StoreOpenMode mode,
                                                 const QString &password, Expect expect,
                                                 StoreError *error);

    ~PostgresBackend() override;

    QString location() const override { return m_location.uri; }
    bool isReadOnly() const override { return m_readOnly; }
    StoreIdentity identity() const override { return m_identity; }

    bool exec(const QString &sql, const QVariantList &values = {},
              int *affected = nullptr) override;
    bool execScript(const QByteArray &sql) override;
    QVariant scalar(const QString &sql, const QVariantList &values = {}) override;
    bool forEachRow(const QString &sql, const QVariantList &values,
                    const std::function<void(const StoreRow &)> &read) override;

    bool beginTransaction(bool write) override;
    bool commitTransaction() override;
    void rollbackTransaction() override;

    QString lastError() const override { return m_lastError; }
    void setLastError(const QString &message) override;
    bool lastErrorIsBusy() const override { return m_lastBusy; }
    bool lastErrorIsCorruption() const override { return m_lastCorrupt; }
    bool lastErrorIsRefusal() const override { return m_lastRefused; }

    bool search(const QString &query, int limit, QList<SearchHit> *hits) override;
    bool beginBulk() override { return true; }
    bool endBulk() override { return true; }

    bool watch(const std::function<void()> &changed) override;
    bool ping() override;
    bool sessions(QList<StoreSession> *sessions) override;

    // The schema version the server project has; 0 when it has none (not prepared).
    int serverSchemaVersion();

private:
    PostgresBackend() = default;
    bool connect(const ServerLocation &location, const QString &password, StoreError *error);
    bool check(StoreOpenMode mode, Expect expect, StoreError *error);
    QSqlQuery *prepared(const QString &sql, const QVariantList &values);
    bool run(QSqlQuery &query);
    void takeError(const class QSqlError &error);

    ServerLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    bool m_readOnly = false;
    StoreIdentity m_identity;
    int m_depth = 0;
    bool m_failed = false;
    QString m_lastError;
    bool m_lastBusy = false;
    bool m_lastCorrupt = false;
    bool m_lastRefused = false;
};

} // namespace kd
