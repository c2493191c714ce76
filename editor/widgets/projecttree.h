#pragma once

#include <QTreeWidget>

namespace kd {

struct Project;

// The project's contents as a tree: scenarios > segments > dilemmas, then the shared registers
// (professionals, legal sources, themes, glossary, life domains, assets).
class ProjectTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProjectTree(QWidget *parent = nullptr);

    void setProject(const Project *project);
};

} // namespace kd
