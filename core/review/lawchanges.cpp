#include "lawchanges.h"

#include "contenthash.h"

#include <algorithm>

namespace kd {

LawChanges::LawChanges(const Project &registers, const ApprovalTrust &trust)
{
    for (const LegalSource &s : registers.legalSources)
        m_sources.insert(s.uid, &s);
    // The latest record by time, ties by list order, as ReviewLedger and the checker read it.
    for (const Review &r : registers.reviews) {
        const Review *&latest = m_latest[r.entityUid];
        if (!latest || !(r.time < latest->time))
            latest = &r;
        if (r.state == ReviewState::Approved && m_sources.contains(r.entityUid)
            && trust.verifies(r))
            m_approvals[r.entityUid].append({r.time, r.contentHash});
    }
    // Edits of content; "review" entries are review records and notes.
    for (const ChangeLogEntry &e : registers.changeLog) {
        if (e.field == QLatin1String("review") || !m_sources.contains(e.entityUid))
            continue;
        QDateTime &last = m_lastEdit[e.entityUid];
        if (!last.isValid() || last < e.time)
            last = e.time;
    }
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it)
        m_counts.insert(it.key(), it.value()->state == ReviewState::Approved
                                      && trust.check(*it.value()) == ApprovalVerdict::Counts);
    for (QList<Approval> &list : m_approvals)
        std::stable_sort(list.begin(), list.end(),
                         [](const Approval &a, const Approval &b) { return a.time < b.time; });
}

std::optional<QDateTime> LawChanges::countingApproval(const QString &dilemmaUid) const
{
    if (!m_counts.value(dilemmaUid))
        return std::nullopt;
    return m_latest.value(dilemmaUid)->time;
}

bool LawChanges::changed(const LegalSource &source, const QDateTime &approvedAt) const
{
    const auto found = m_approvals.constFind(source.uid);
    if (found == m_approvals.cend())
        return false;
    const QList<Approval> &approvals = *found;
    // The first approval after approvedAt; the one before it, if any, is the latest at or
    // before approvedAt.
    const auto after
        = std::upper_bound(approvals.cbegin(), approvals.cend(), approvedAt,
                           [](const QDateTime &time, const Approval &a) { return time < a.time; });
    const Approval &baseline = after == approvals.cbegin() ? *after : *std::prev(after);
    const QDateTime lastEdit = m_lastEdit.value(source.uid);
    if (lastEdit.isValid() && !(approvedAt < lastEdit))
        return false; // approved with the source as it is now
    auto hash = m_currentHash.constFind(source.uid);
    if (hash == m_currentHash.cend())
        hash = m_currentHash.insert(source.uid, ContentHash::of(source));
    return baseline.hash != *hash;
}

QList<const LegalSource *> LawChanges::changedSince(const Dilemma &dilemma,
                                                    const QDateTime &approvedAt) const
{
    QList<const LegalSource *> list;
    for (const LegalReference &r : dilemma.legalReferences) {
        const LegalSource *source = m_sources.value(r.legalSourceUid);
        if (source && !list.contains(source) && changed(*source, approvedAt))
            list.append(source);
    }
    return list;
}

QList<const LegalSource *> LawChanges::changedSinceApproval(const Dilemma &dilemma) const
{
    const auto approvedAt = countingApproval(dilemma.uid);
    return approvedAt ? changedSince(dilemma, *approvedAt) : QList<const LegalSource *>{};
}

} // namespace kd
