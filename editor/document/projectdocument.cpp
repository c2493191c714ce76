#include "projectdocument.h"

namespace kd {

namespace detail {

Scenario *findScenario(Project &project, const QString &uid)
{
    for (Scenario &s : project.scenarios)
        if (s.uid == uid)
            return &s;
    return nullptr;
}

Segment *findSegment(Project &project, const QString &uid)
{
    for (Scenario &s : project.scenarios)
        for (Segment &g : s.segments)
            if (g.uid == uid)
                return &g;
    return nullptr;
}

Dilemma *findDilemma(Project &project, const QString &uid)
{
    for (Scenario &s : project.scenarios)
        for (Segment &g : s.segments)
            for (Dilemma &d : g.dilemmas)
                if (d.uid == uid)
                    return &d;
    return nullptr;
}

} // namespace detail

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{}

ProjectDocument::~ProjectDocument()
{
    // Commands refer to the document: drop them before the document goes.
    m_undoStack->clear();
}

bool ProjectDocument::open(const QString &path, ProjectStore::OpenMode mode, StoreError *error)
{
    return adopt(ProjectStore::open(path, mode, error), error);
}

bool ProjectDocument::create(const QString &path, const ProjectInfo &info, StoreError *error)
{
    return adopt(ProjectStore::create(path, info, error), error);
}

bool ProjectDocument::adopt(std::unique_ptr<ProjectStore> store, StoreError *error)
{
    if (!store)
        return false;
    Project project;
    if (!store->load(&project)) {
        if (error)
            *error = store->lastError();
        return false;
    }
    m_undoStack->clear();
    m_store = std::move(store);
    m_project = std::move(project);
    emit projectChanged();
    return true;
}

void ProjectDocument::close()
{
    m_undoStack->clear();
    m_store.reset();
    m_project = Project();
    emit projectChanged();
}

bool ProjectDocument::checkWritable()
{
    if (!m_store)
        return failWrite(tr("No project is open."));
    if (m_store->isReadOnly())
        return failWrite(tr("The project is open read-only."));
    return true;
}

bool ProjectDocument::failWrite(const QString &message)
{
    m_lastError = message;
    emit writeFailed(message);
    return false;
}

std::optional<EntityKind> ProjectDocument::kindOf(const QString &uid) const
{
    if (uid == m_project.info.uid)
        return EntityKind::Project;
    if (find<Dilemma>(uid))
        return EntityKind::Dilemma;
    if (find<Option>(uid))
        return EntityKind::Option;
    if (find<LegalReference>(uid))
        return EntityKind::LegalReference;
    if (find<Segment>(uid))
        return EntityKind::Segment;
    if (find<Person>(uid))
        return EntityKind::Person;
    if (find<Scenario>(uid))
        return EntityKind::Scenario;
    if (find<Professional>(uid))
        return EntityKind::Professional;
    if (find<LegalSource>(uid))
        return EntityKind::LegalSource;
    if (find<Theme>(uid))
        return EntityKind::Theme;
    if (find<GlossaryTerm>(uid))
        return EntityKind::GlossaryTerm;
    if (find<LifeDomain>(uid))
        return EntityKind::LifeDomain;
    if (find<Asset>(uid))
        return EntityKind::Asset;
    return std::nullopt;
}

bool ProjectDocument::updateInfo(const ProjectInfo &info, const QString &field)
{
    if (!checkWritable())
        return false;
    if (!m_store->saveInfo(info))
        return failWrite(m_store->lastError().message);
    m_project.info = info;
    emit entityChanged(EntityKind::Project, info.uid, field);
    return true;
}

} // namespace kd
