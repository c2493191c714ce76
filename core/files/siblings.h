#pragma once

#include <QString>
#include <QStringList>

namespace kd {

// How the program puts a file or folder in place without ever leaving a half-written one, or
// none at all, under the name a user chose (docs/reliability.md). Everything is first written
// into a hidden temporary sibling of the target, ".NAME.TAG-PID-RANDOM", in the same folder (so
// that renames stay on one file system); it then takes the target's name in one rename.
//
// The process id in the name tells whose a temporary is: one left behind by a process that no
// longer runs (killed, or on a machine that lost power) is stale, and the next run on the same
// target removes it; a live process's temporary is never touched.
namespace Siblings {

// A new temporary sibling name for target with the given tag ("partial", "tmp"): nothing is
// created. target must be an absolute path.
QString temporaryPath(const QString &target, const QString &tag);

// Removes the temporaries of target with the given tags whose process is gone (files and
// folders alike, never following a symbolic link). Returns the paths it removed.
QStringList removeStale(const QString &target, const QStringList &tags);

// Moves from to the absent path to, atomically; fails with EEXIST (and changes nothing) when
// something already has that name, whoever made it meanwhile. error gets a sentence fragment.
bool moveExclusive(const QString &from, const QString &to, QString *error);

// Swaps from and to atomically (both must exist): the target name is never empty. Afterwards
// from holds what to held.
bool exchange(const QString &from, const QString &to, QString *error);

// Replaces the file to by from in one rename (to may exist).
bool replace(const QString &from, const QString &to, QString *error);

// Removes a file, or a folder with everything in it, without following symbolic links (a link
// is removed, never what it points to). True when nothing is left at path.
bool removeTree(const QString &path);

// Forces a file, or a folder's entries, to disk.
bool sync(const QString &path);

// The words for an errno value, as the program says them ("the disk is full").
QString describeErrno(int error);

} // namespace Siblings
} // namespace kd
