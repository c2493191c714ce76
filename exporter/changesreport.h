#pragma once

#include "package/packageerror.h"
#include "review/releasediff.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kd {

// What changed between two releases (ReleaseDiff), written for people: `kdtool diff` prints it
// as text, JSON or an HTML page, and `kdtool export --since` puts the JSON into the package as
// changes.json (schema/changes.schema.json, described in schema/FORMAT.md). All three are
// deterministic: the same two releases give the same bytes.
struct ChangesReport
{
    // One side of the comparison as the report names it.
    struct Release
    {
        QString title;       // the project's title
        QString language;    // of its content ("nl"), for the HTML page
        QString contentHash; // a package's manifest contentHash; empty for a project
    };
    Release before;
    Release after;
    QList<EntityChange> changes;

    // How many entities were added, removed, moved and changed.
    int count(EntityChange::Kind kind) const;

    QByteArray json() const;
    // Lines for a terminal: a summary, then one paragraph per entity; a prose field's words as
    // [-deleted-]{+inserted+}.
    QString text() const;
    // A whole page that needs nothing else: every content text escaped, deletions in <del> and
    // insertions in <ins>.
    QByteArray html() const;

    // "moment", "legal source": the word for a kind in the report's English.
    static QString kindWord(EntityKind kind);

    // Reads a package as a release to compare: a package directory (from its package.json when
    // it has one, the quicker read; both documents hold the same content and the other is
    // checked against the manifest all the same) or one of its documents, read and checked as
    // import reads it. False with *error.
    static bool readPackage(const QString &path, Project *project, Release *release,
                            PackageError *error);
    static Release releaseOf(const Project &project);
};

} // namespace kd
