#pragma once

#include "model/project.h"
#include "review/contenthash.h"
#include "testkeys.h"

namespace kd::testing {

// The project with a current approval of every dilemma and legal source, later than any review
// it already has, signed with the test reviewer key, which the project trusts, so that `kdtool
// export` without --draft accepts it.
inline Project approveAll(Project p, const ReviewerKey &key = testReviewerKey())
{
    trust(p, key);
    const QString reviewer = key.name();
    int n = 0;
    const auto approve = [&](const QString &entity, const QString &hash) {
        p.reviews.append({QStringLiteral("00000000-0000-4000-8000-%1")
                              .arg(QString::number(900 + n++), 12, QLatin1Char('0')),
                          entity, ReviewState::Approved, reviewer,
                          QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC),
                          QStringLiteral("Akkoord."), hash});
        ApprovalSignature::sign(&p.reviews.last(), key);
    };
    for (const Scenario &s : p.scenarios)
        for (const Segment &g : s.segments)
            for (const Dilemma &d : g.dilemmas)
                approve(d.uid, ContentHash::of(d));
    for (const LegalSource &s : p.legalSources)
        approve(s.uid, ContentHash::of(s));
    return p;
}

} // namespace kd::testing
