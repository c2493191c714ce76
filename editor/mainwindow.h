#pragma once

#include "storage/storeerror.h"

#include <QMainWindow>

namespace kd {

class ProjectDocument;
class ProjectTree;

// The editor's main window: menus, the project tree, and the opening rules as the user meets
// them (a dialog for a file that cannot be opened, read-only for a file open elsewhere).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project, asking the user what to do when it is locked. False when not opened.
    bool openProject(const QString &path);
    ProjectDocument *document() const { return m_document; }

private:
    void newProject();
    void chooseAndOpen();
    void closeProject();
    void updateFromDocument();
    void showOpenError(const QString &path, const StoreError &error);

    ProjectDocument *m_document;
    ProjectTree *m_tree;
};

} // namespace kd
