#include "schemamigrator.h"

#include "searchindex.h"

#include "storebackend.h"

#include <QDir>
#include <QFile>

namespace kd {
namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList migrationFiles()
{
    // Sorted by name, so 0001-... runs before 0002-...
    return QDir(QStringLiteral(":/schema/migrations"))
        .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

} // namespace

int SchemaMigrator::currentVersion()
{
    return int(migrationFiles().size());
}

QByteArray SchemaMigrator::currentSchema()
{
    const QByteArray tables = readResource(QStringLiteral(":/schema/project.sql"));
    return tables.isEmpty() ? tables : tables + '\n' + SearchIndex::schema();
}

bool SchemaMigrator::migrate(StoreBackend &db, int fromVersion)
{
    const QStringList files = migrationFiles();
    for (int version = fromVersion; version < files.size(); ++version) {
        const QByteArray script
            = readResource(QStringLiteral(":/schema/migrations/") + files.at(version));
        if (script.isEmpty() || !db.execScript(script))
            return false;
    }
    // A migration that adds a searched column leaves the triggers to the description.
    return SearchIndex::update(db)
           && db.execScript(QByteArrayLiteral("PRAGMA user_version = ")
                            + QByteArray::number(int(files.size())));
}

} // namespace kd
