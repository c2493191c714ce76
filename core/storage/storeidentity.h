#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kd {

// Who is working on a store, as the store knows it. A project file knows no one (its change log
// takes the name each person set in the program); a server project knows the login the server
// checked and the group roles (kd_editor, kd_reviewer, kd_publisher, kd_admin) it is a member of.
struct StoreIdentity
{
    QString login;
    QStringList roles;
    bool checkedByServer = false;

    bool hasRole(const char *role) const { return roles.contains(QLatin1String(role)); }
};

// Another session that has the same server project open: who, with which roles, in which
// program ("kd-editor", "kdtool"), since when.
struct StoreSession
{
    QString login;
    QStringList roles;
    QString program;
    QDateTime since;
};

} // namespace kd
