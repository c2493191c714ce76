#pragma once

#include "approvaltrust.h"

#include "model/project.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kd {

// "Law changed since approval": which legal sources a dilemma cites have changed since the
// dilemma was approved. Nothing about the law is stored with a dilemma's approval; the sources'
// own signed approvals say what they were. The version of a source a dilemma's approval leaned on
// is the one its latest approval at or before that moment recorded; when the source had no
// approval yet, the one its first approval after recorded (so approving a dilemma a moment
// before its new source is no change). A source whose content differs from that version changed,
// unless the change log says its last edit came before the dilemma's approval: then the reviewer
// approved the dilemma with the source as it is now. Only approvals whose signature verifies with
// a trusted key are read, so a record nobody signed cannot hide a change; a change log that says
// nothing of the source leaves the signed versions to decide. A source never approved has no
// known version: its own not-approved finding stands for it.
class LawChanges
{
public:
    // registers: the project's legal sources and review records (its scenarios may be absent);
    // both must outlive this, as must trust.
    LawChanges(const Project &registers, const ApprovalTrust &trust);

    // The time of the dilemma's approval that counts (its latest record is an approval the
    // trust accepts); none otherwise. Its law is judged against this moment.
    std::optional<QDateTime> countingApproval(const QString &dilemmaUid) const;
    // The sources dilemma cites (each once, in the order of its references) that changed since
    // approvedAt.
    QList<const LegalSource *> changedSince(const Dilemma &dilemma,
                                            const QDateTime &approvedAt) const;
    // The same for the dilemma's own counting approval; empty when it has none.
    QList<const LegalSource *> changedSinceApproval(const Dilemma &dilemma) const;

private:
    struct Approval
    {
        QDateTime time;
        QString hash;
    };
    bool changed(const LegalSource &source, const QDateTime &approvedAt) const;

    QHash<QString, const LegalSource *> m_sources;
    QHash<QString, QList<Approval>> m_approvals;   // per source uid, verified, oldest first
    QHash<QString, QDateTime> m_lastEdit;          // per source uid, from the change log
    QHash<QString, const Review *> m_latest;       // per entity uid, its latest record
    QHash<QString, bool> m_counts;                 // per entity uid: its latest record counts
    mutable QHash<QString, QString> m_currentHash; // per source uid, hashed when first asked
};

} // namespace kd
