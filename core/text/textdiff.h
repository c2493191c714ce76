#pragma once

#include <QList>
#include <QString>

namespace kd {

// One run of a text diff: a stretch of text both versions share, or one that only the old
// version (deleted) or only the new one (inserted) has.
struct DiffRun
{
    enum class Kind { Equal, Deleted, Inserted };
    Kind kind = Kind::Equal;
    QString text;

    bool operator==(const DiffRun &) const = default;
};

// A word-level diff of two texts, for showing a reviewer what changed in a long field. Multi-line
// text is compared line by line first and word by word inside the lines that changed, so a long
// Markdown field stays cheap and a change stays within its paragraph. Words, runs of white space
// and single punctuation marks are the tokens; the runs concatenate to the old text (equal and
// deleted) and to the new text (equal and inserted). Within a change, deleted runs come before
// inserted ones, and a lone space between two changed words is folded into the change so the
// result reads as "old words" -> "new words".
namespace TextDiff {

QList<DiffRun> compare(const QString &before, const QString &after);

} // namespace TextDiff
} // namespace kd
