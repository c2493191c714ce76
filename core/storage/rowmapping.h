#pragma once

#include "database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace kd::RowMapping {

// Conversions between model values and SQLite columns, private to the store. Absent values
// (null strings, null dates, empty optionals) become NULL and come back absent; an empty string
// stays an empty string.

struct Column
{
    const char *name;
    QVariant value;
};
using Row = QList<Column>;

QVariant text(const QString &value);
QVariant date(const QDate &value);
QVariant dateTime(const QDateTime &value);
QVariant integer(std::optional<int> value);

QString textAt(const SqlRow &row, int column);
QDate dateAt(const SqlRow &row, int column);
QDateTime dateTimeAt(const SqlRow &row, int column);
std::optional<int> integerAt(const SqlRow &row, int column);
inline int intAt(const SqlRow &row, int column)
{
    return int(row.integer(column));
}

QString insertStatement(const char *table, const Row &row);
// "UPDATE table SET ... WHERE uid = ?": the row's uid column is bound last.
QString updateStatement(const char *table, const Row &row);
QVariantList insertValues(const Row &row);
QVariantList updateValues(const Row &row);

} // namespace kd::RowMapping
