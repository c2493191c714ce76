#include "projecttree.h"

#include "model/project.h"

#include <QHeaderView>

namespace kd {
namespace {

QString orUntitled(const QString &text)
{
    return text.isEmpty() ? ProjectTree::tr("(untitled)") : text;
}

template<typename T, typename Label>
void addGroup(QTreeWidget *tree, const QString &title, const QList<T> &items, Label label)
{
    auto *group = new QTreeWidgetItem(tree, {title, QString::number(items.size())});
    for (const T &item : items)
        new QTreeWidgetItem(group, {orUntitled(label(item))});
}

} // namespace

ProjectTree::ProjectTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Content"), tr("Count")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void ProjectTree::setProject(const Project *project)
{
    clear();
    if (!project)
        return;
    auto *scenarios = new QTreeWidgetItem(this, {tr("Scenarios"),
                                                 QString::number(project->scenarios.size())});
    for (const Scenario &scenario : project->scenarios) {
        auto *scenarioItem = new QTreeWidgetItem(scenarios, {orUntitled(scenario.title)});
        for (const Segment &segment : scenario.segments) {
            auto *segmentItem = new QTreeWidgetItem(
                scenarioItem, {QStringLiteral("%1. %2").arg(segment.position + 1)
                                   .arg(orUntitled(segment.title))});
            for (const Dilemma &dilemma : segment.dilemmas)
                new QTreeWidgetItem(segmentItem, {orUntitled(dilemma.question)});
        }
    }
    addGroup(this, tr("Professionals"), project->professionals,
             [](const Professional &p) { return p.title; });
    addGroup(this, tr("Legal sources"), project->legalSources,
             [](const LegalSource &s) { return s.shortTitle; });
    addGroup(this, tr("Themes"), project->themes, [](const Theme &t) { return t.label; });
    addGroup(this, tr("Glossary"), project->glossary, [](const GlossaryTerm &g) { return g.term; });
    addGroup(this, tr("Life domains"), project->lifeDomains,
             [](const LifeDomain &d) { return d.label; });
    addGroup(this, tr("Assets"), project->assets, [](const Asset &a) { return a.name; });
    expandToDepth(1);
}

} // namespace kd
