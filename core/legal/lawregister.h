#pragma once

#include "citation.h"

#include "model/entitykind.h"
#include "model/project.h"
#include "review/approvaltrust.h"
#include "review/lawchanges.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kd {

// The law register: every legal source with the version that was checked, its dates, where it
// stands on a day, and what cites it. One reading for `kdtool legal` and the editor. The
// scenarios are added one at a time, so a project of any size is never in memory whole.
class LawRegister
{
public:
    // A review-by date this many days ahead, or fewer, is "review-soon".
    static constexpr int SoonDays = 30;

    enum class Status {
        Current,       // in force, not due for review within SoonDays
        ReviewSoon,    // its review-by date is within SoonDays
        ReviewDue,     // its review-by date has passed (rule legal-source-review-due)
        NotYetInForce, // valid from a later day
        Expired,       // valid until an earlier day (rule legal-source-expired)
    };

    struct Citing
    {
        EntityKind kind = EntityKind::Dilemma; // a dilemma, or a professional's default source
        QString uid;
        QString path;  // key path, as validation names it
        QString title; // the dilemma's question, the professional's title
    };

    struct Entry
    {
        QString uid;
        QString key;
        QString path;
        QString title;
        QString identifier;
        Citation::SourceKind kind = Citation::SourceKind::Other;
        QString citation; // the JCI; empty when there is none (Citation::jci)
        QString link;     // Citation::link
        QDate versionDate;
        QDate validFrom;
        QDate validUntil;
        QDate reviewBy;
        Status status = Status::Current;
        std::optional<int> daysToReview; // negative when past; none without a review-by date
        QList<Citing> citedBy;           // dilemmas in project order, then professionals
        // The approved dilemmas citing it whose approval the source changed since (rule
        // law-changed), in project order.
        QList<Citing> changedSinceApproval;
    };

    // registers: the project without its scenarios (they may be absent), with its review
    // records and trusted reviewers; it must outlive this.
    LawRegister(const Project &registers, const QDate &asOf);

    void addScenario(const Scenario &scenario);
    // The sources in the project's order.
    QList<Entry> entries() const;

    static QString toName(Status status);
    static QString toName(Citation::SourceKind kind);

private:
    const Project &m_registers;
    QDate m_asOf;
    QHash<QString, QList<Citing>> m_dilemmas; // by legal source uid
    QHash<QString, QList<Citing>> m_changed;  // likewise, the dilemmas the source changed under
    ApprovalTrust m_trust;
    LawChanges m_law;
};

} // namespace kd
