#include "connectionlabel.h"

#include "document/projectdocument.h"

namespace kd {

ConnectionLabel::ConnectionLabel(ProjectDocument *document, QWidget *parent)
    : QLabel(tr("Connection to the server lost: edits are refused until it is back. "
                "Reconnecting…"),
             parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("connectionLabel"));
    // Not the palette's colours: a theme must not make this look like any other status line.
    setStyleSheet(QStringLiteral("QLabel { background-color: #b71c1c; color: white; "
                                 "font-weight: bold; padding: 2px 8px; border-radius: 3px; }"));
    setToolTip(tr("The editor checks the server every few seconds and reconnects by itself; "
                  "what was saved before is safe on the server."));
    connect(document, &ProjectDocument::connectionChanged, this, &ConnectionLabel::follow);
    connect(document, &ProjectDocument::projectChanged, this, &ConnectionLabel::follow);
    follow();
}

void ConnectionLabel::follow()
{
    setVisible(m_document->isOpen() && !m_document->isConnected());
}

} // namespace kd
