#include "reviewwords.h"

#include "entitylabels.h"
#include "projectdocument.h"

#include "review/approvaltrust.h"
#include "review/reviewledger.h"

#include <QCoreApplication>
#include <QLocale>

// The words are the Review dock's context, where they were first said: one translation.
namespace kd {

QString ReviewWords::shortDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString ReviewWords::status(const ProjectDocument &document, const QString &uid)
{
    if (!document.isOpen() || uid.isEmpty())
        return {};
    const ReviewLedger ledger(document.project());
    const std::optional<ReviewStatus> status = ledger.statusOf(uid);
    if (!status)
        return {};
    QString text = QCoreApplication::translate("kd::ReviewDock", "State: %1.")
                       .arg(EntityLabels::reviewStateName(status->state));
    if (status->lastApproval) {
        const Review &approval = *status->lastApproval;
        text += u' '
                + QCoreApplication::translate("kd::ReviewDock", "Last approved by %1 on %2.")
                      .arg(ledger.trust().nameOf(approval), shortDate(approval.time));
    }
    if (status->state == ReviewState::Approved) {
        if (status->verdict != ApprovalVerdict::Counts)
            text += u' '
                    + QCoreApplication::translate("kd::ReviewDock",
                                                  "The approval does not count: %1.")
                          .arg(ApprovalTrust::reason(status->verdict));
        else if (status->stale)
            text += u' '
                    + QCoreApplication::translate(
                        "kd::ReviewDock", "The approval is stale: the content changed since.");
        else
            text += u' ' + QCoreApplication::translate("kd::ReviewDock", "The approval counts.");
    }
    return text;
}

bool ReviewWords::counts(const ProjectDocument &document, const QString &uid)
{
    if (!document.isOpen())
        return false;
    const std::optional<ReviewStatus> status = ReviewLedger(document.project()).statusOf(uid);
    return status && status->isApprovedAndCurrent();
}

} // namespace kd
