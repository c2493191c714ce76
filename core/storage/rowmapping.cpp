#include "rowmapping.h"

#include <QStringList>

namespace kd::RowMapping {
namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

bool isUid(const Column &column)
{
    return qstrcmp(column.name, "uid") == 0;
}

} // namespace

QVariant text(const QString &value)
{
    return value.isNull() ? nullText() : QVariant(value);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : nullText();
}

QVariant dateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : nullText();
}

QVariant integer(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QString textAt(const StoreRow &row, int column)
{
    return row.text(column);
}

QDate dateAt(const StoreRow &row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}

QDateTime dateTimeAt(const StoreRow &row, int column)
{
    if (row.isNull(column))
        return {};
    return QDateTime::fromString(row.text(column), Qt::ISODateWithMs).toUTC();
}

std::optional<int> integerAt(const StoreRow &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return int(row.integer(column));
}

QString insertStatement(const char *table, const Row &row)
{
    QStringList names;
    QStringList marks;
    for (const Column &column : row) {
        names.append(QLatin1String(column.name));
        marks.append(QStringLiteral("?"));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(QLatin1String(table), names.join(u", "), marks.join(u", "));
}

QString updateStatement(const char *table, const Row &row)
{
    QStringList assignments;
    for (const Column &column : row) {
        if (!isUid(column))
            assignments.append(QLatin1String(column.name) + QStringLiteral(" = ?"));
    }
    return QStringLiteral("UPDATE %1 SET %2 WHERE uid = ?")
        .arg(QLatin1String(table), assignments.join(u", "));
}

QVariantList insertValues(const Row &row)
{
    QVariantList values;
    values.reserve(row.size());
    for (const Column &column : row)
        values.append(column.value);
    return values;
}

QVariantList updateValues(const Row &row)
{
    QVariantList values;
    values.reserve(row.size());
    QVariant uid;
    for (const Column &column : row) {
        if (isUid(column))
            uid = column.value;
        else
            values.append(column.value);
    }
    values.append(uid);
    return values;
}

} // namespace kd::RowMapping
