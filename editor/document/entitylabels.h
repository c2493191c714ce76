#pragma once

#include "model/entitykind.h"
#include "model/enums.h"
#include "model/project.h"

#include <QHash>
#include <QString>

namespace kd {

class ProjectDocument;

// How the editor names entities: the field that serves as an entity's label (edited by renaming
// it in the tree), the label itself, the translated name of each kind and of each review state.
namespace EntityLabels {

// The model field shown as the label of an entity of this kind ("title", "question", ...).
QString labelField(EntityKind kind);
// The label of the entity with this uid, or an empty string.
QString label(const ProjectDocument &document, EntityKind kind, const QString &uid);
// The labels of every reviewable entity (dilemmas and legal sources) by uid, found in one pass:
// for lists of many entities, where label() (a search per call) would take quadratic time.
QHash<QString, QString> reviewableLabels(const Project &project);
QString kindName(EntityKind kind);       // "dilemma"
QString kindNamePlural(EntityKind kind); // "Dilemmas"
// A review state in words ("changes requested"), as the review dock and the undo texts show it;
// toName() gives the stable name the files and the change log keep ("changes-requested").
QString reviewStateName(ReviewState state);

} // namespace EntityLabels
} // namespace kd
