#include "fieldeditorfactory.h"

#include "editors/assetdataeditor.h"
#include "editors/coloureditor.h"
#include "editors/dateeditor.h"
#include "editors/enumerationeditor.h"
#include "editors/lineeditor.h"
#include "editors/markdowneditor.h"
#include "editors/optionalintegereditor.h"
#include "editors/referenceeditor.h"
#include "editors/referencelisteditor.h"
#include "fieldspec.h"

namespace kd {

FieldEditor *FieldEditorFactory::create(const FieldSpec &spec, ProjectDocument *document,
                                        const QString &ownerUid, QWidget *parent)
{
    switch (spec.type) {
    case FieldType::Line:
        return new LineEditor(parent);
    case FieldType::Markdown:
        return new MarkdownEditor(parent);
    case FieldType::Date:
        return new DateEditor(parent);
    case FieldType::OptionalInteger:
        return new OptionalIntegerEditor(parent);
    case FieldType::Enumeration:
        return new EnumerationEditor(
            spec.choices ? spec.choices() : QList<std::pair<QString, QString>>(), parent);
    case FieldType::Colour:
        return new ColourEditor(parent);
    case FieldType::Reference:
        return new ReferenceEditor(document, spec.referenceKind, ownerUid, parent);
    case FieldType::ReferenceList:
        return new ReferenceListEditor(document, spec.referenceKind, ownerUid, parent);
    case FieldType::AssetData:
        return new AssetDataEditor(parent);
    }
    return new LineEditor(parent);
}

} // namespace kd
