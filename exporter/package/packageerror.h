#pragma once

#include "validation/issue.h"

#include <QList>
#include <QString>

namespace kd {

// What went wrong writing or reading a package. The kind tells the caller whose problem it is:
// the content (refused export, invalid or hostile package: kdtool exits 1), the file system or
// the arguments (kdtool exits 2), or the user who cancelled.
struct PackageError
{
    enum class Kind { None, Content, Io, Cancelled };

    Kind kind = Kind::None;
    QString file;        // the file or directory the problem is in
    int line = 0;        // 1-based, 0 when unknown
    int column = 0;      // 1-based, 0 when unknown
    QString message;     // what is wrong, without the location
    QList<Issue> issues; // validation errors that refused an export

    bool isError() const { return kind != Kind::None; }
    // "file:line:column", "file:line" or "file": where the problem is, as compilers print it.
    QString where() const;
    // "line:column: message", "line: message" or just the message: the part after the file name.
    QString located() const;
    // "where: message", or the message alone when nothing says where: the one line a user reads.
    QString described() const;

    static PackageError content(const QString &file, const QString &message, int line = 0,
                                int column = 0);
    static PackageError io(const QString &file, const QString &message);
};

} // namespace kd
