#pragma once

#include <QByteArray>
#include <QString>

namespace kd {

class StoreBackend;

// The schema's history: the current schema for new files, and the steps that bring an older file
// up to date. Migration N (schema/migrations/000N-*.sql) takes a file from version N-1 to N.
class SchemaMigrator
{
public:
    static int currentVersion();
    static QByteArray currentSchema();
    // Runs every step from fromVersion to the current version and sets user_version, inside the
    // caller's transaction. False with db.lastError() when a step fails.
    static bool migrate(StoreBackend &db, int fromVersion);
};

} // namespace kd
