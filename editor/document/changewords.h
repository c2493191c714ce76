#pragma once

#include "model/entitykind.h"

#include <QString>

namespace kd {

class ProjectDocument;
struct ChangeLogEntry;

// A change log entry in words, in the UI's language: the change log keeps a fixed English
// summary ("changed question", "added option <uid>") for files and tools; people read
// "Vraag gewijzigd" and "Optie “Eerst overleggen” toegevoegd". Entities are named by their
// titles, fields by their labels; an entry the words do not know is shown as it was logged.
namespace ChangeWords {

// The field column: the label of the field changed ("Vraag", "Optie: Feedback"); empty for an
// entry about the entity as a whole.
QString field(EntityKind kind, const ChangeLogEntry &entry);
// The summary column.
QString summary(const ProjectDocument &document, EntityKind kind, const ChangeLogEntry &entry);

} // namespace ChangeWords
} // namespace kd
