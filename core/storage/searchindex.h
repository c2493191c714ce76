#pragma once

#include "model/entitykind.h"

#include <QByteArray>
#include <QStringList>

namespace kd {

class StoreBackend;

// The full-text index's triggers (schema/project.sql, search_index), generated from the content
// model's description: for every kind with searched fields (FieldFlag::Searched), one trigger
// each on insert, update of a searched column, and delete of a row, writing one index row per
// non-empty searched field under the model's field name. Nothing else spells them out, so a
// field marked searched is indexed by every new file and, through the migration that adds its
// column, by every migrated one.
namespace SearchIndex {

// The kind's three CREATE TRIGGER statements (without the final semicolon, as SQLite keeps
// them); empty for a kind with nothing searched.
QStringList triggers(EntityKind kind);
// Every kind's triggers as a script, for a new file's schema.
QByteArray schema();
// The same index on a server project (schema/server/project.sql): one trigger function per kind
// with searched fields, the rows written to search_index, whose tsvector PostgreSQL keeps.
QByteArray serverSchema();
// serverSchema() in place of the triggers a server project has: run after its migrations, so
// that searched columns they add are indexed from then on (such columns start empty).
QByteArray serverRefresh();
// Makes the file's triggers the generated ones, and re-indexes the rows of each kind whose
// triggers changed. Called inside the migration's transaction; false with db.lastError().
bool update(StoreBackend &db);

} // namespace SearchIndex
} // namespace kd
