#include "presencelabel.h"

#include "rolewords.h"

#include "document/projectdocument.h"

#include <QDate>

namespace kd {

namespace {

const QString kdtool = QStringLiteral("kdtool");

QString sinceText(const QDateTime &since)
{
    const QDateTime local = since.toLocalTime();
    return local.date() == QDate::currentDate()
               ? local.toString(QStringLiteral("HH:mm"))
               : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

PresenceLabel::PresenceLabel(ProjectDocument *document, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("presenceLabel"));
    connect(document, &ProjectDocument::othersChanged, this, &PresenceLabel::showOthers);
    connect(document, &ProjectDocument::projectChanged, this, &PresenceLabel::showOthers);
    showOthers();
}

void PresenceLabel::showOthers()
{
    const QList<StoreSession> others
        = m_document->isServer() ? m_document->others() : QList<StoreSession>();
    setText(presenceText(others));
    setToolTip(presenceToolTip(others));
    setVisible(!others.isEmpty());
}

QString PresenceLabel::presenceText(const QList<StoreSession> &others)
{
    // One entry per login, in the server's order; the tool is named when it is all they have.
    QStringList logins;
    QHash<QString, QStringList> roles;
    QHash<QString, bool> onlyTool;
    for (const StoreSession &session : others) {
        if (!logins.contains(session.login)) {
            logins.append(session.login);
            onlyTool.insert(session.login, true);
        }
        for (const QString &role : session.roles) {
            if (!roles[session.login].contains(role))
                roles[session.login].append(role);
        }
        if (session.program != kdtool)
            onlyTool[session.login] = false;
    }
    if (logins.isEmpty())
        return {};
    QStringList entries;
    for (const QString &login : std::as_const(logins)) {
        QString entry = login;
        const QStringList words = RoleWords::words(roles.value(login));
        if (!words.isEmpty())
            entry += QStringLiteral(" (%1)").arg(words.join(QStringLiteral(", ")));
        if (onlyTool.value(login))
            entry += QStringLiteral(" (%1)").arg(kdtool);
        entries.append(entry);
    }
    return tr("Also here: %1").arg(entries.join(QStringLiteral(", ")));
}

QString PresenceLabel::presenceToolTip(const QList<StoreSession> &others)
{
    QStringList lines;
    for (const StoreSession &session : others) {
        lines.append(session.since.isValid()
                         ? tr("%1 in %2, since %3")
                               .arg(session.login, session.program, sinceText(session.since))
                         : tr("%1 in %2").arg(session.login, session.program));
    }
    return lines.join(u'\n');
}

} // namespace kd
