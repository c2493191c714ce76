#include "reviewwords.h"

#include "entitylabels.h"
#include "projectdocument.h"

#include "review/approvaltrust.h"
#include "review/lawchanges.h"
#include "review/reviewledger.h"
#include "review/reviewthreads.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

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
    // Who put it where it is, when that is not an approval: the submission or the request.
    const QList<Review> history = ledger.historyOf(uid);
    if (!history.isEmpty()) {
        const Review &last = history.constLast();
        if (last.state == ReviewState::InReview)
            text += u' '
                    + QCoreApplication::translate("kd::ReviewDock", "Submitted by %1 on %2.")
                          .arg(ledger.trust().nameOf(last), shortDate(last.time));
        else if (last.state == ReviewState::ChangesRequested)
            text
                += u' '
                   + QCoreApplication::translate("kd::ReviewDock", "Changes requested by %1 on %2.")
                         .arg(ledger.trust().nameOf(last), shortDate(last.time));
    }
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
        // The law it leans on (rule law-changed).
        if (const Dilemma *dilemma = document.find<Dilemma>(uid)) {
            QStringList titles;
            for (const LegalSource *source :
                 LawChanges(document.project(), ledger.trust()).changedSinceApproval(*dilemma))
                titles << source->shortTitle;
            if (!titles.isEmpty())
                text += u' '
                        + QCoreApplication::translate(
                              "kd::ReviewDock", "Law changed since the approval: %1. Check the "
                                                "dilemma against it and approve it again.")
                              .arg(QLocale().createSeparatedList(titles));
        }
    }
    const QList<ReviewThread> threads = ReviewThreads::of(uid, document.project().reviewNotes);
    const auto open = std::count_if(threads.cbegin(), threads.cend(),
                                    [](const ReviewThread &t) { return !t.resolved(); });
    if (open > 0)
        text += u' '
                + QCoreApplication::translate("kd::ReviewDock",
                                              "%n open question(s) in the Review dock.", nullptr,
                                              int(open));
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
