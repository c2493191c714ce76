#include "reviewledger.h"

#include "contenthash.h"

#include <QCoreApplication>
#include <QHash>

namespace kd {

ReviewLedger::ReviewLedger(const Project &project)
    : m_project(project)
{}

QList<Review> ReviewLedger::historyOf(const QString &uid) const
{
    QList<Review> history;
    for (const Review &r : m_project.reviews)
        if (r.entityUid == uid)
            history.append(r);
    std::stable_sort(history.begin(), history.end(),
                     [](const Review &a, const Review &b) { return a.time < b.time; });
    return history;
}

template<typename Entity>
ReviewStatus ReviewLedger::status(const Entity &entity, EntityKind kind,
                                  const QList<Review> &history, HashMode mode)
{
    ReviewStatus s;
    s.entityUid = entity.uid;
    s.kind = kind;
    if (!history.isEmpty())
        s.state = history.constLast().state;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->state == ReviewState::Approved) {
            s.lastApproval = *it;
            break;
        }
    }
    // Hashing is most of the cost; without an approval nothing needs the hash.
    if (mode == HashMode::Always || s.lastApproval)
        s.currentHash = ContentHash::of(entity);
    s.stale = s.state == ReviewState::Approved && s.lastApproval
              && s.lastApproval->contentHash != s.currentHash;
    return s;
}

QHash<QString, QList<Review>> ReviewLedger::histories(const QList<Review> &reviews)
{
    QHash<QString, QList<Review>> histories;
    for (const Review &r : reviews)
        histories[r.entityUid].append(r);
    for (QList<Review> &history : histories) {
        std::stable_sort(history.begin(), history.end(),
                         [](const Review &a, const Review &b) { return a.time < b.time; });
    }
    return histories;
}

ReviewStatus ReviewLedger::statusOf(const Dilemma &dilemma, const QList<Review> &history)
{
    return status(dilemma, EntityKind::Dilemma, history, HashMode::WhenApproved);
}

ReviewStatus ReviewLedger::statusOf(const LegalSource &source, const QList<Review> &history)
{
    return status(source, EntityKind::LegalSource, history, HashMode::WhenApproved);
}

QList<ReviewStatus> ReviewLedger::all() const
{
    // Counted first: at 100,000 dilemmas the list's growth by doubling cost tens of MB.
    qsizetype count = m_project.legalSources.size();
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            count += segment.dilemmas.size();
    QList<ReviewStatus> result;
    result.reserve(count);
    forEachStatus([&result](const ReviewStatus &status) { result.append(status); });
    return result;
}

void ReviewLedger::forEachStatus(const std::function<void(const ReviewStatus &)> &visit) const
{
    // Each entity's records, oldest first, found in one pass (historyOf() searches them all).
    const QHash<QString, QList<Review>> histories = ReviewLedger::histories(m_project.reviews);
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &d : segment.dilemmas)
                visit(
                    status(d, EntityKind::Dilemma, histories.value(d.uid), HashMode::WhenApproved));
    for (const LegalSource &s : m_project.legalSources)
        visit(status(s, EntityKind::LegalSource, histories.value(s.uid), HashMode::WhenApproved));
}

std::optional<ReviewStatus> ReviewLedger::statusOf(const QString &uid) const
{
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &d : segment.dilemmas)
                if (d.uid == uid)
                    return status(d, EntityKind::Dilemma, historyOf(uid), HashMode::Always);
    for (const LegalSource &s : m_project.legalSources)
        if (s.uid == uid)
            return status(s, EntityKind::LegalSource, historyOf(uid), HashMode::Always);
    return std::nullopt;
}

std::optional<QByteArray> ReviewLedger::contentOf(const QString &uid) const
{
    for (const Scenario &scenario : m_project.scenarios)
        for (const Segment &segment : scenario.segments)
            for (const Dilemma &d : segment.dilemmas)
                if (d.uid == uid)
                    return ContentHash::canonical(d);
    for (const LegalSource &s : m_project.legalSources)
        if (s.uid == uid)
            return ContentHash::canonical(s);
    return std::nullopt;
}

QString ReviewLedger::lastEditor(const QString &uid) const
{
    // The change log records edits of options and legal references under their dilemma. Review
    // actions are logged under the entity too (field "review"), but they change no content: a
    // reviewer who asked for changes may still approve once someone else made them.
    for (auto it = m_project.changeLog.crbegin(); it != m_project.changeLog.crend(); ++it)
        if (it->entityUid == uid && it->field != QLatin1String("review"))
            return it->author;
    return {};
}

bool ReviewLedger::mayApprove(const QString &uid, const QString &reviewer, QString *reason) const
{
    if (reviewer.trimmed().isEmpty()) {
        if (reason)
            *reason = QCoreApplication::translate("kd::ReviewLedger",
                                                  "An approval needs the reviewer's name.");
        return false;
    }
    const QString editor = lastEditor(uid);
    if (!editor.isEmpty() && editor.compare(reviewer.trimmed(), Qt::CaseInsensitive) == 0) {
        if (reason)
            *reason = QCoreApplication::translate(
                          "kd::ReviewLedger",
                          "%1 made the last change, so someone else must approve it (four eyes).")
                          .arg(editor);
        return false;
    }
    return true;
}

} // namespace kd
