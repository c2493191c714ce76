#pragma once

#include "storebackend.h"

#include <QDate>
#include <QDateTime>
#include <QList>
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

QString textAt(const StoreRow &row, int column);
QDate dateAt(const StoreRow &row, int column);
QDateTime dateTimeAt(const StoreRow &row, int column);
std::optional<int> integerAt(const StoreRow &row, int column);
inline int intAt(const StoreRow &row, int column)
{
    return int(row.integer(column));
}

QString insertStatement(const char *table, const Row &row);
// "UPDATE table SET ... WHERE uid = ?": the row's uid column is bound last.
QString updateStatement(const char *table, const Row &row);
QVariantList insertValues(const Row &row);
QVariantList updateValues(const Row &row);

} // namespace kd::RowMapping

#include "model/description.h"

namespace kd::RowMapping {

// --- described rows ---------------------------------------------------------------------------
// A model value and its row, driven by the kind's description (model/description.h): the
// columns are the described fields that have one, in the description's order.

inline QVariant bound(ValueType type, const QString &value)
{
    return type == ValueType::Uid ? QVariant(value) : text(value);
}
inline QVariant bound(ValueType, const QDate &value)
{
    return date(value);
}
inline QVariant bound(ValueType, const QDateTime &value)
{
    return dateTime(value);
}
inline QVariant bound(ValueType, int value)
{
    return value;
}
inline QVariant bound(ValueType, std::optional<int> value)
{
    return integer(value);
}
inline QVariant bound(ValueType, const QByteArray &value)
{
    return value.isNull() ? QByteArray("") : value;
}
inline QVariant bound(ValueType, const QStringList &)
{
    return {}; // a link table's rows, not a column
}
template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
QVariant bound(ValueType, E value)
{
    return toName(value);
}

// Uids that repeat across many rows (references to the registers) are kept as one shared copy.
using SharedUids = QHash<QString, QString>;

inline void assign(const StoreRow &row, int column, ValueType type, QString *value,
                   SharedUids *shared)
{
    *value = textAt(row, column);
    if (shared && type == ValueType::Reference && !value->isNull()) {
        const auto it = shared->constFind(*value);
        *value = it != shared->cend() ? *it : *shared->insert(*value, *value);
    }
}
inline void assign(const StoreRow &row, int column, ValueType, QDate *value, SharedUids *)
{
    *value = dateAt(row, column);
}
inline void assign(const StoreRow &row, int column, ValueType, QDateTime *value, SharedUids *)
{
    *value = dateTimeAt(row, column);
}
inline void assign(const StoreRow &row, int column, ValueType, int *value, SharedUids *)
{
    *value = intAt(row, column);
}
inline void assign(const StoreRow &row, int column, ValueType, std::optional<int> *value,
                   SharedUids *)
{
    *value = integerAt(row, column);
}
inline void assign(const StoreRow &row, int column, ValueType, QByteArray *value, SharedUids *)
{
    *value = row.blob(column);
}
inline void assign(const StoreRow &, int, ValueType, QStringList *, SharedUids *) {}
template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
void assign(const StoreRow &row, int column, ValueType, E *value, SharedUids *)
{
    fromName(textAt(row, column), value); // an unknown name keeps the model's default
}

// The entity's row; owned kinds name their parent too.
template<typename T>
Row rowOf(const T &entity, const QString *parentUid = nullptr)
{
    Row row;
    for (const Field<T> &field : Described<T>::fields()) {
        if (!field.d.column)
            continue;
        std::visit(
            [&](auto member) {
                row.append({field.d.column, bound(field.d.type, entity.*member)});
            },
            field.member);
    }
    if (parentUid)
        row.append({describe(Described<T>::kind).parentColumn, *parentUid});
    return row;
}

// "x.uid, x.key, ...": the columns rowOf() writes, for a SELECT that readRow() reads.
template<typename T>
QString columnsOf(QLatin1StringView alias)
{
    QStringList columns;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.column)
            columns.append(alias + u'.' + QLatin1StringView(field.d.column));
    }
    return columns.join(QLatin1String(", "));
}

// Reads the columns of columnsOf() from the start of row; returns how many it read.
template<typename T>
int readRow(const StoreRow &row, T *entity, SharedUids *shared = nullptr)
{
    int column = 0;
    for (const Field<T> &field : Described<T>::fields()) {
        if (!field.d.column)
            continue;
        std::visit(
            [&](auto member) { assign(row, column, field.d.type, &(entity->*member), shared); },
            field.member);
        ++column;
    }
    return column;
}

} // namespace kd::RowMapping
