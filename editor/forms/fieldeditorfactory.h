#pragma once

#include <QString>

class QWidget;

namespace kd {

class FieldEditor;
class ProjectDocument;
struct FieldSpec;

// Picks the editor widget for a field from its FieldType.
class FieldEditorFactory
{
public:
    // ownerUid is the entity the field belongs to: reference pickers scope their candidates by
    // it (a segment lists the persons of its own scenario).
    static FieldEditor *create(const FieldSpec &spec, ProjectDocument *document,
                               const QString &ownerUid, QWidget *parent = nullptr);
};

} // namespace kd
