#pragma once

#include "model/project.h"
#include "model/reviewnote.h"

#include <QList>
#include <QString>

#include <optional>

namespace kd {

// One thread of review notes on a dilemma or legal source: the question that opened it and the
// answers and resolutions in it, oldest first.
struct ReviewThread
{
    ReviewNote question;
    QList<ReviewNote> replies; // answers and resolutions, oldest first

    // Whether the thread is closed: its last reply is a resolution. Nothing is added to a
    // resolved thread (ReviewThreads::refusal); a new question opens a new one.
    bool resolved() const;
    // The resolution that closed the thread; nullopt while it is open.
    std::optional<ReviewNote> resolution() const;
};

// The review threads of a project, read from its append-only notes (Project::reviewNotes), and
// the rules for adding one: what the editor's review dock, `kdtool review` and the package
// reader share. Notes are not content: they never touch a content hash or the review state.
namespace ReviewThreads {

// The entity's threads, oldest first, each with its replies oldest first (by time; notes of
// the same time in list order). A reply whose question is not among the notes is left out.
QList<ReviewThread> of(const QString &entityUid, const QList<ReviewNote> &notes);

// Why the note may not be added to the project; empty when it may. Refused: an entity that is
// not a dilemma or legal source of the project; a question that names a thread; an answer or
// resolution whose thread is unknown, belongs to another entity, or is resolved already; a
// question or answer without text.
QString refusal(const Project &project, const ReviewNote &note);

// A new note with a new uid, written now (UTC, to the millisecond); threadUid empty for a
// question.
ReviewNote make(const QString &entityUid, const QString &threadUid, ReviewNoteKind kind,
                const QString &author, const QString &text);

} // namespace ReviewThreads
} // namespace kd
