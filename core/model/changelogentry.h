#pragma once

#include <QDateTime>
#include <QString>

namespace kd {

// One committed edit, as the append-only change log records it.
struct ChangeLogEntry
{
    qint64 id = 0;  // assigned by the store
    QDateTime time; // UTC
    QString author;
    QString entityUid;
    QString field;
    QString summary;

    bool operator==(const ChangeLogEntry &) const = default;
};

} // namespace kd
