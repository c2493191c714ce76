#include "reviewthreads.h"

#include "model/identifiers.h"

#include <QCoreApplication>

#include <algorithm>

namespace kd {

bool ReviewThread::resolved() const
{
    return !replies.isEmpty() && replies.constLast().kind == ReviewNoteKind::Resolution;
}

std::optional<ReviewNote> ReviewThread::resolution() const
{
    if (!resolved())
        return std::nullopt;
    return replies.constLast();
}

namespace ReviewThreads {
namespace {

void sortByTime(QList<ReviewNote> *notes)
{
    std::stable_sort(notes->begin(), notes->end(),
                     [](const ReviewNote &a, const ReviewNote &b) { return a.time < b.time; });
}

bool isReviewable(const Project &project, const QString &uid)
{
    if (std::any_of(project.legalSources.cbegin(), project.legalSources.cend(),
                    [&](const LegalSource &s) { return s.uid == uid; }))
        return true;
    for (const Scenario &scenario : project.scenarios) {
        for (const Segment &segment : scenario.segments) {
            for (const Dilemma &d : segment.dilemmas) {
                if (d.uid == uid)
                    return true;
            }
        }
    }
    return false;
}

const ReviewNote *questionNamed(const QList<ReviewNote> &notes, const QString &uid)
{
    const auto it = std::find_if(notes.cbegin(), notes.cend(), [&](const ReviewNote &n) {
        return n.uid == uid && n.kind == ReviewNoteKind::Question;
    });
    return it == notes.cend() ? nullptr : &*it;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kd::ReviewThreads", text);
}

} // namespace

QList<ReviewThread> of(const QString &entityUid, const QList<ReviewNote> &notes)
{
    // Questions first, then replies: a reply of the same millisecond as its question may come
    // before it in the list.
    QList<ReviewNote> own;
    for (const ReviewNote &n : notes) {
        if (n.entityUid == entityUid)
            own.append(n);
    }
    sortByTime(&own);
    QList<ReviewThread> threads;
    for (const ReviewNote &n : std::as_const(own)) {
        if (n.kind == ReviewNoteKind::Question)
            threads.append({n, {}});
    }
    for (const ReviewNote &n : std::as_const(own)) {
        if (n.kind == ReviewNoteKind::Question)
            continue;
        const auto thread
            = std::find_if(threads.begin(), threads.end(),
                           [&](const ReviewThread &t) { return t.question.uid == n.threadUid; });
        if (thread != threads.end())
            thread->replies.append(n);
    }
    return threads;
}

QString refusal(const Project &project, const ReviewNote &note)
{
    if (!isReviewable(project, note.entityUid))
        return tr("review notes are about a dilemma or legal source; %1 is neither")
            .arg(note.entityUid);
    const bool needsText = note.kind != ReviewNoteKind::Resolution;
    if (needsText && note.text.trimmed().isEmpty())
        return tr("a question or answer needs text");
    if (note.kind == ReviewNoteKind::Question) {
        if (!note.threadUid.isEmpty())
            return tr("a question opens a thread of its own; it cannot be in thread %1")
                .arg(note.threadUid);
        return {};
    }
    const ReviewNote *question = questionNamed(project.reviewNotes, note.threadUid);
    if (!question)
        return tr("there is no review thread %1").arg(note.threadUid);
    if (question->entityUid != note.entityUid)
        return tr("review thread %1 is about another item").arg(note.threadUid);
    const QList<ReviewThread> threads = of(note.entityUid, project.reviewNotes);
    const auto thread = std::find_if(threads.cbegin(), threads.cend(), [&](const ReviewThread &t) {
        return t.question.uid == note.threadUid;
    });
    if (thread != threads.cend() && thread->resolved())
        return note.kind == ReviewNoteKind::Answer
                   ? tr("the thread is resolved; ask a new question to take it up again")
                   : tr("the thread is resolved already");
    return {};
}

ReviewNote make(const QString &entityUid, const QString &threadUid, ReviewNoteKind kind,
                const QString &author, const QString &text)
{
    // QDateTime keeps milliseconds, as the store does: the note made is the note loaded back.
    return {Identifiers::createUid(),        entityUid, threadUid, kind, author,
            QDateTime::currentDateTimeUtc(), text};
}

} // namespace ReviewThreads
} // namespace kd
