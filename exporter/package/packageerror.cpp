#include "packageerror.h"

namespace kd {

QString PackageError::where() const
{
    if (line <= 0)
        return file;
    if (column <= 0)
        return QStringLiteral("%1:%2").arg(file).arg(line);
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString PackageError::located() const
{
    if (line <= 0)
        return message;
    if (column <= 0)
        return QStringLiteral("%1: %2").arg(line).arg(message);
    return QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message);
}

QString PackageError::described() const
{
    const QString at = where();
    return at.isEmpty() ? message : at + QStringLiteral(": ") + message;
}

PackageError PackageError::content(const QString &file, const QString &message, int line,
                                   int column)
{
    PackageError error;
    error.kind = Kind::Content;
    error.file = file;
    error.message = message;
    error.line = line;
    error.column = column;
    return error;
}

PackageError PackageError::io(const QString &file, const QString &message)
{
    PackageError error;
    error.kind = Kind::Io;
    error.file = file;
    error.message = message;
    return error;
}

} // namespace kd
