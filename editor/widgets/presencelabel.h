#pragma once

#include "storage/storeidentity.h"

#include <QLabel>

namespace kd {

class ProjectDocument;

// The status bar's "Also here: eva (editor), rob (reviewer)" on a server project: who else has
// it open (ProjectDocument::others()), each login once with its roles, "(kdtool)" for a login
// that is there only through the command-line tool; the tooltip lists every session with its
// program and since when. Hidden when nobody else is there and for a project file.
class PresenceLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PresenceLabel(ProjectDocument *document, QWidget *parent = nullptr);

    // The line and the tooltip for these sessions; empty for none.
    static QString presenceText(const QList<StoreSession> &others);
    static QString presenceToolTip(const QList<StoreSession> &others);

private:
    void showOthers();

    ProjectDocument *m_document;
};

} // namespace kd
