#include "serverproject.h"

#include "postgresbackend.h"
#include "projectstore.h"
#include "schemamigrator.h"
#include "searchindex.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace kd::ServerProject {
namespace {

std::unique_ptr<PostgresBackend> connect(const QString &uri, PostgresBackend::Expect expect,
                                         const QString &password, StoreError *error)
{
    QString problem;
    const std::optional<ServerLocation> location = ServerLocation::parse(uri, &problem);
    if (!location) {
        *error = {StoreError::Code::NotFound, problem};
        return nullptr;
    }
    return PostgresBackend::open(*location, StoreOpenMode::ReadWrite, password, expect, error);
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool failWith(StoreError *error, StoreError::Code code, const QString &message)
{
    *error = {code, message};
    return false;
}

// The tables of a project, each before the tables its rows refer to or belong to.
const char *const contentTables[] = {
    "review_note",     "review",         "trusted_reviewer",
    "legal_reference", "dilemma_option", "dilemma_theme",
    "dilemma",         "segment_person", "segment_life_domain",
    "segment",         "person",         "scenario",
    "glossary_term",   "theme",          "professional_legal_source",
    "professional",    "legal_source",   "asset",
    "life_domain",     "project",
};

// The steps from version to the current one: schema/server/migrations/000N-*.sql takes a
// server project to version N.
bool migrate(StoreBackend &db, int version, StoreError *error)
{
    const QDir folder(QStringLiteral(":/schema/server/migrations"));
    for (int next = version + 1; next <= SchemaMigrator::currentVersion(); ++next) {
        const QStringList files
            = folder.entryList({QStringLiteral("%1-*.sql").arg(next, 4, 10, QLatin1Char('0'))});
        const QByteArray script
            = files.isEmpty() ? QByteArray() : resource(folder.filePath(files.first()));
        if (script.isEmpty())
            return failWith(error, StoreError::Code::NewerVersion,
                            QCoreApplication::translate(
                                "kd::ServerProject",
                                "this version cannot upgrade a server project from version %1")
                                .arg(next - 1));
        if (!db.execScript(script))
            return failWith(error, StoreError::Code::Sql, db.lastError());
    }
    if (!db.execScript(SearchIndex::serverRefresh()))
        return failWith(error, StoreError::Code::Sql, db.lastError());
    return true;
}

} // namespace

bool init(const QString &uri, QString *done, StoreError *error)
{
    auto db = connect(uri, PostgresBackend::Expect::Nothing, {}, error);
    if (!db)
        return false;
    const int current = SchemaMigrator::currentVersion();
    const int version = db->serverSchemaVersion();
    if (version == current) {
        *done = QCoreApplication::translate(
                    "kd::ServerProject",
                    "already a server project of schema version %1; nothing to do")
                    .arg(current);
        return true;
    }
    if (version > current)
        return failWith(error, StoreError::Code::NewerVersion,
                        QCoreApplication::translate(
                            "kd::ServerProject",
                            "made by a newer version of Kiezen & Delen Studio (server schema "
                            "version %1)")
                            .arg(version));
    if (version == 0
        && db->scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                     "'public'"))
                   .toLongLong()
               > 0)
        return failWith(error, StoreError::Code::NotAProject,
                        QCoreApplication::translate(
                            "kd::ServerProject",
                            "the database already holds other tables; prepare an empty one"));
    Transaction tx(*db);
    bool ok = tx.isActive();
    if (ok && version == 0) {
        const QByteArray schema = resource(QStringLiteral(":/schema/server/project.sql"));
        ok = !schema.isEmpty() && db->execScript(schema + '\n' + SearchIndex::serverSchema());
    } else if (ok && !migrate(*db, version, error)) {
        return false;
    }
    ok = ok
         && db->exec(QStringLiteral("INSERT INTO kd_schema (id, version) VALUES (1, ?) "
                                    "ON CONFLICT (id) DO UPDATE SET version = excluded.version"),
                     {current})
         && tx.commit();
    if (!ok)
        return failWith(error, StoreError::Code::Sql, db->lastError());
    *done = version == 0
                ? QCoreApplication::translate("kd::ServerProject",
                                              "prepared as a server project (schema version %1)")
                      .arg(current)
                : QCoreApplication::translate("kd::ServerProject",
                                              "upgraded from schema version %1 to %2")
                      .arg(version)
                      .arg(current);
    return true;
}

bool upload(const QString &uri, const Project &project, bool replace, StoreError *error,
            const QString &password)
{
    auto db = connect(uri, PostgresBackend::Expect::Any, password, error);
    if (!db)
        return false;
    if (!db->identity().hasRole("kd_admin"))
        return failWith(error, StoreError::Code::Refused,
                        QCoreApplication::translate(
                            "kd::ServerProject",
                            "only members of kd_admin upload a whole project; %1 is not one")
                            .arg(db->identity().login));
    ProjectStore store(std::move(db));
    WriteBatch batch(store);
    StoreBackend &backend = store.backend();
    const qint64 held = backend.scalar(QStringLiteral("SELECT count(*) FROM project")).toLongLong();
    if (held > 0 && !replace)
        return failWith(error, StoreError::Code::Refused,
                        QCoreApplication::translate(
                            "kd::ServerProject",
                            "the server project already holds a project; kdtool push --force "
                            "replaces it (its change log is kept)"));
    bool ok = batch.isActive();
    for (const char *table : contentTables) {
        if (ok && held > 0)
            ok = backend.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    }
    if (!ok || !store.writeContent(project) || !batch.commit()) {
        *error = store.lastError().isError()
                     ? store.lastError()
                     : StoreError{StoreError::Code::Sql, backend.lastError()};
        return false;
    }
    // The planner's statistics for the new rows now, not when autovacuum comes round: without
    // them, reading a project of 10,000 dilemmas took ten times as long.
    // Only the project's tables: ANALYZE of the whole database warns about every catalog the
    // uploader does not own.
    QStringList tables;
    backend.forEachRow(QStringLiteral("SELECT quote_ident(tablename) FROM pg_tables WHERE "
                                      "schemaname = 'public' AND tableowner = 'kd_admin'"),
                       {}, [&](const StoreRow &row) { tables.append(row.text(0)); });
    if (!tables.isEmpty())
        backend.exec(QStringLiteral("ANALYZE ") + tables.join(QLatin1String(", ")));
    return true;
}

} // namespace kd::ServerProject
