#include "fieldeditorfactory.h"

#include "editors/assetdataeditor.h"
#include "editors/coloureditor.h"
#include "editors/dateeditor.h"
#include "editors/enumerationeditor.h"
#include "editors/lineeditor.h"
#include "editors/lineseditor.h"
#include "editors/markdowneditor.h"
#include "editors/optionalintegereditor.h"
#include "editors/referenceeditor.h"
#include "editors/referencelisteditor.h"
#include "fieldspec.h"

#include "document/projectdocument.h"
#include "document/spellcheck.h"
#include "model/description.h"

namespace kd {

FieldEditor *FieldEditorFactory::create(const FieldSpec &spec, ProjectDocument *document,
                                        const QString &ownerUid, QWidget *parent)
{
    // Fields of words are spell checked; keys, addresses, identifiers are not.
    const FieldDescription *description = describe(spec.kind).field(spec.name);
    SpellCheck *spelling = document && description && description->isSpellChecked()
                               ? document->spellCheck()
                               : nullptr;
    switch (spec.type) {
    case FieldType::Line: {
        auto *editor = new LineEditor(parent);
        if (spelling)
            editor->setSpellCheck(spelling);
        return editor;
    }
    case FieldType::Markdown: {
        auto *editor = new MarkdownEditor(parent);
        if (spelling)
            editor->setSpellCheck(spelling);
        return editor;
    }
    case FieldType::Lines:
        return new LinesEditor(parent);
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
