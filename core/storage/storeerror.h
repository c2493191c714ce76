#pragma once

#include <QString>

namespace kd {

// What went wrong opening or writing a project (a file or a server project). The message is a
// complete sentence fragment naming the problem ("not a Kiezen & Delen project"); callers prefix
// the file name.
struct StoreError
{
    enum class Code {
        None,
        NotFound,     // no such file, or a directory
        NotAProject,  // not SQLite, or another application's database
        Damaged,      // SQLite says the file is corrupt
        NewerVersion, // written by a newer version of the program
        Locked,       // another process has it open for writing
        Busy,         // another process is writing to it right now and held it too long
        ReadOnly,     // an edit on a project opened read-only
        Io,           // cannot read, write, copy or rename
        Sql,          // a statement failed (a constraint, a full disk)
        Unreachable,  // a server project's server cannot be reached, or the connection is lost
        LoginRefused, // the server refused the login (no such role, a wrong or missing password)
        Refused,      // the server refused an edit the login may not make (its roles, four eyes)
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

} // namespace kd
