#pragma once

#include <QString>

namespace kd {

class ProjectDocument;

// Find and replace across every text field of the project (plain and formatted text; keys are
// left alone, since a key is an address, not prose) as one undoable step.
namespace ReplaceAll {

// Replaces every occurrence of `find` in every text field; returns how many fields changed.
// The whole replacement is one macro on the document's undo stack.
int run(ProjectDocument *document, const QString &find, const QString &replacement,
        Qt::CaseSensitivity sensitivity = Qt::CaseInsensitive);

} // namespace ReplaceAll
} // namespace kd
