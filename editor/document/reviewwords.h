#pragma once

#include <QDateTime>
#include <QString>

namespace kd {

class ProjectDocument;

// The review state of a dilemma or legal source in words, as the Review dock and the item's form
// banner show it: "State: approved. Last approved by R. Eviewer on 1-3-26 10:00. The approval
// counts." Empty for an entity that is not reviewed (or no longer exists).
namespace ReviewWords {

QString status(const ProjectDocument &document, const QString &uid);
// How the state stands for the export gate: the approval counts (true), or it does not (false:
// draft, in review, changes requested, stale or an approval that does not count).
bool counts(const ProjectDocument &document, const QString &uid);
// A time as the review texts show it.
QString shortDate(const QDateTime &time);

} // namespace ReviewWords
} // namespace kd
