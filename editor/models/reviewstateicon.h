#pragma once

#include <QIcon>
#include <QString>

namespace kd {

struct ReviewStatus;

// How the project tree marks a dilemma's or legal source's review state: one small icon per
// state, told apart by shape as well as colour (a ring, a dot, an exclamation mark, a tick, a
// triangle), with the state in words for its tooltip.
namespace ReviewStateIcon {

enum class Look {
    Draft,            // never submitted, or withdrawn: a grey ring
    InReview,         // submitted, waiting for a reviewer: a blue dot
    ChangesRequested, // the reviewer asked for changes: an orange exclamation mark
    Approved,         // approved, current, and the approval counts: a green tick
    ReviewAgain,      // approved once, but stale or not counting: an amber triangle
};

Look lookOf(const ReviewStatus &status);
QIcon icon(Look look);
// The state as the tooltip says it: "In review", ...
QString words(Look look);

} // namespace ReviewStateIcon
} // namespace kd
