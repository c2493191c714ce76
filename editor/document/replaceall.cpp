#include "replaceall.h"

#include "model/description.h"
#include "projectdocument.h"

#include "forms/fieldtable.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kd::ReplaceAll {
namespace {

// Every entity of the project, as (kind, uid), the project itself first.
QList<std::pair<EntityKind, QString>> everyEntity(const Project &p)
{
    QList<std::pair<EntityKind, QString>> all{{EntityKind::Project, p.info.uid}};
    auto add = [&](EntityKind kind, const auto &list) {
        for (const auto &e : list)
            all.append({kind, e.uid});
    };
    add(EntityKind::LifeDomain, p.lifeDomains);
    add(EntityKind::Professional, p.professionals);
    add(EntityKind::LegalSource, p.legalSources);
    add(EntityKind::Theme, p.themes);
    add(EntityKind::GlossaryTerm, p.glossary);
    add(EntityKind::Asset, p.assets);
    for (const Scenario &s : p.scenarios) {
        all.append({EntityKind::Scenario, s.uid});
        add(EntityKind::Person, s.persons);
        for (const Segment &g : s.segments) {
            all.append({EntityKind::Segment, g.uid});
            for (const Dilemma &d : g.dilemmas) {
                all.append({EntityKind::Dilemma, d.uid});
                add(EntityKind::Option, d.options);
                add(EntityKind::LegalReference, d.legalReferences);
            }
        }
    }
    return all;
}

} // namespace

int run(ProjectDocument *document, const QString &find, const QString &replacement,
        Qt::CaseSensitivity sensitivity)
{
    if (find.isEmpty() || !document->isOpen() || document->isReadOnly())
        return 0;
    // Collect first: the commands change the model the loop would walk.
    QList<QUndoCommand *> commands;
    for (const auto &[kind, uid] : everyEntity(document->project())) {
        for (const FieldSpec &spec : FieldTable::fields(kind)) {
            if ((spec.type != FieldType::Line && spec.type != FieldType::Markdown)
                || spec.name == QLatin1String("key"))
                continue;
            const std::optional<QVariant> value = spec.read(*document, uid);
            if (!value)
                continue;
            const QString text = value->toString();
            if (!text.contains(find, sensitivity))
                continue;
            QString changed = text;
            changed.replace(find, replacement, sensitivity);
            if (QUndoCommand *command = spec.change(document, uid, changed))
                commands.append(command);
        }
    }
    if (commands.isEmpty())
        return 0;
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(
        QCoreApplication::translate("kd::ReplaceAll", "Replace \u201c%1\u201d with \u201c%2\u201d")
            .arg(find, replacement));
    for (QUndoCommand *command : std::as_const(commands))
        stack->push(command);
    stack->endMacro();
    return int(commands.size());
}

} // namespace kd::ReplaceAll
