#include "searchindex.h"

#include "storebackend.h"

#include "model/description.h"

namespace kd::SearchIndex {
namespace {

struct Searched
{
    QString name;   // the model's field name, as the index records it
    QString column; // the table's column
};

QList<Searched> searchedOf(EntityKind kind)
{
    QList<Searched> fields;
    for (const FieldDescription &field : describe(kind).fields) {
        if (field.has(FieldFlag::Searched))
            fields.append({QLatin1String(field.name), QLatin1String(field.column)});
    }
    return fields;
}

// "SELECT new.uid, 'dilemma', field, text FROM (...) WHERE text ...": the index rows of the
// row `row` ("new" in a trigger).
QString indexRows(EntityKind kind, const QList<Searched> &fields)
{
    QString select = QStringLiteral("    INSERT INTO search_index (uid, kind, field, text)\n"
                                    "        SELECT new.uid, '%1', field, text FROM (\n")
                         .arg(toName(kind));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        select += i == 0 ? QStringLiteral("        SELECT '%1' AS field, new.%2 AS text")
                               .arg(fields.at(i).name, fields.at(i).column)
                         : QStringLiteral("\n        UNION ALL SELECT '%1', new.%2")
                               .arg(fields.at(i).name, fields.at(i).column);
    }
    return select + QStringLiteral(")\n        WHERE text IS NOT NULL AND text <> '';\n");
}

QString triggerName(EntityKind kind, const char *event)
{
    return QLatin1String(describe(kind).table) + QStringLiteral("_search_") + QLatin1String(event);
}

} // namespace

QStringList triggers(EntityKind kind)
{
    const QList<Searched> fields = searchedOf(kind);
    if (fields.isEmpty())
        return {};
    const QString table = QLatin1String(describe(kind).table);
    QStringList columns;
    for (const Searched &field : fields)
        columns.append(field.column);
    const QString rows = indexRows(kind, fields);
    return {
        QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2\nBEGIN\n%3END")
            .arg(triggerName(kind, "insert"), table, rows),
        QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3\nBEGIN\n"
                       "    DELETE FROM search_index WHERE uid = old.uid;\n%4END")
            .arg(triggerName(kind, "update"), columns.join(QLatin1String(", ")), table, rows),
        QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2\nBEGIN\n"
                       "    DELETE FROM search_index WHERE uid = old.uid;\nEND")
            .arg(triggerName(kind, "delete"), table),
    };
}

QByteArray schema()
{
    QByteArray script;
    for (EntityKind kind : describedKinds()) {
        for (const QString &trigger : triggers(kind))
            script += trigger.toUtf8() + ";\n";
    }
    return script;
}

QByteArray serverSchema()
{
    QByteArray script;
    for (EntityKind kind : describedKinds()) {
        const QList<Searched> fields = searchedOf(kind);
        if (fields.isEmpty())
            continue;
        const QString table = QLatin1String(describe(kind).table);
        QStringList values;
        QStringList columns;
        for (const Searched &field : fields) {
            values.append(QStringLiteral("('%1', NEW.%2)").arg(field.name, field.column));
            columns.append(field.column);
        }
        const QString function = QStringLiteral("kd_search_") + table;
        script += QStringLiteral(
                      "CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER\n"
                      "    SET search_path = public, pg_temp AS $$\n"
                      "BEGIN\n"
                      "    IF TG_OP <> 'INSERT' THEN\n"
                      "        DELETE FROM search_index WHERE uid = OLD.uid;\n"
                      "    END IF;\n"
                      "    IF TG_OP <> 'DELETE' THEN\n"
                      "        INSERT INTO search_index (uid, kind, field, text)\n"
                      "            SELECT NEW.uid, '%2', f, t FROM (VALUES %3) AS v (f, t)\n"
                      "            WHERE t IS NOT NULL AND t <> '';\n"
                      "    END IF;\n"
                      "    RETURN NULL;\n"
                      "END\n"
                      "$$;\n"
                      "ALTER FUNCTION %1() OWNER TO kd_admin;\n"
                      "CREATE TRIGGER %4_search AFTER INSERT OR UPDATE OF %5 OR DELETE ON %4\n"
                      "    FOR EACH ROW EXECUTE FUNCTION %1();\n")
                      .arg(function, toName(kind), values.join(QLatin1String(", ")), table,
                           columns.join(QLatin1String(", ")))
                      .toUtf8();
    }
    return script;
}

QByteArray serverRefresh()
{
    QByteArray script;
    for (EntityKind kind : describedKinds()) {
        if (searchedOf(kind).isEmpty())
            continue;
        const QString table = QLatin1String(describe(kind).table);
        script += QStringLiteral("DROP TRIGGER IF EXISTS %1_search ON %1;\n"
                                 "DROP FUNCTION IF EXISTS kd_search_%1();\n")
                      .arg(table)
                      .toUtf8();
    }
    return script + serverSchema();
}

bool update(StoreBackend &db)
{
    for (EntityKind kind : describedKinds()) {
        const QStringList wanted = triggers(kind);
        if (wanted.isEmpty())
            continue;
        QStringList present;
        for (const char *event : {"insert", "update", "delete"}) {
            present.append(db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE "
                                                    "type = 'trigger' AND name = '%1'")
                                         .arg(triggerName(kind, event)))
                               .toString());
        }
        if (present == wanted)
            continue;
        for (const char *event : {"insert", "update", "delete"}) {
            if (!db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(triggerName(kind, event))))
                return false;
        }
        for (const QString &trigger : wanted) {
            if (!db.exec(trigger))
                return false;
        }
        // The kind's rows as the new triggers would have indexed them.
        const QList<Searched> fields = searchedOf(kind);
        QStringList selects;
        for (const Searched &field : fields)
            selects.append(QStringLiteral("SELECT uid, '%1' AS field, %2 AS text FROM %3")
                               .arg(field.name, field.column, QLatin1String(describe(kind).table)));
        if (!db.exec(QStringLiteral("DELETE FROM search_index WHERE kind = ?"), {toName(kind)})
            || !db.exec(QStringLiteral("INSERT INTO search_index (uid, kind, field, text) "
                                       "SELECT uid, ?, field, text FROM (%1) "
                                       "WHERE text IS NOT NULL AND text <> ''")
                            .arg(selects.join(QLatin1String(" UNION ALL "))),
                        {toName(kind)}))
            return false;
    }
    return true;
}

} // namespace kd::SearchIndex
