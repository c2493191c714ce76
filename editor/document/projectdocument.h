#pragma once

#include "model/project.h"
#include "storage/projectstore.h"

#include <QObject>

#include <memory>

namespace kd {

// The open project in the editor: the store that keeps the file and the model loaded from it.
// Views read the model and listen for projectChanged(); later, every edit goes through here as an
// undo command.
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    // Opens and loads a project; on failure the document is unchanged and error says why.
    bool open(const QString &path, ProjectStore::OpenMode mode, StoreError *error);
    bool create(const QString &path, const ProjectInfo &info, StoreError *error);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    bool isReadOnly() const { return m_store && m_store->isReadOnly(); }
    QString path() const { return m_store ? m_store->path() : QString(); }
    const Project &project() const { return m_project; }

signals:
    void projectChanged();

private:
    bool adopt(std::unique_ptr<ProjectStore> store, StoreError *error);

    std::unique_ptr<ProjectStore> m_store;
    Project m_project;
};

} // namespace kd
