#include "projectdocument.h"

namespace kd {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{}

ProjectDocument::~ProjectDocument() = default;

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
    m_store = std::move(store);
    m_project = std::move(project);
    emit projectChanged();
    return true;
}

void ProjectDocument::close()
{
    m_store.reset();
    m_project = Project();
    emit projectChanged();
}

} // namespace kd
