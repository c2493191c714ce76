#pragma once

#include <QLabel>

namespace kd {

class ProjectDocument;

// The status bar's warning that a server project's connection is lost: hidden while the server
// answers, shown at once, in white on red, when the document says the connection is gone
// (edits are refused until it is back, and the document reconnects by itself).
class ConnectionLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionLabel(ProjectDocument *document, QWidget *parent = nullptr);

private:
    void follow();

    ProjectDocument *m_document;
};

} // namespace kd
