#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace kd {

// One comment in a review thread on a dilemma or legal source: a reviewer asks (Question), an
// editor or reviewer answers, either resolves. Like review records, notes are appended and
// never edited; undo withdraws the note just added. ReviewThreads groups them into threads.
struct ReviewNote
{
    QString uid;
    QString entityUid; // the dilemma or legal source
    QString threadUid; // the uid of the Question that opened the thread; empty for a Question
    ReviewNoteKind kind = ReviewNoteKind::Question;
    QString author;
    QDateTime time; // UTC
    QString text;   // required for a Question and an Answer; may be empty for a Resolution

    bool operator==(const ReviewNote &) const = default;
};

} // namespace kd
