#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace kd {

// Where a server project is: a PostgreSQL connection URI as libpq reads it,
// postgresql://[user@][host][:port][/dbname][?param=value&...] (also postgres://), with the
// host a name, an address ([::1]) or a Unix-socket folder (percent-encoded, or as the host=
// parameter: postgresql://anna@/kd?host=/run/postgresql). A password is never taken from it:
// libpq reads PGPASSWORD or ~/.pgpass, and the editor asks in its login dialog.
struct ServerLocation
{
    QString uri; // as the user gave it
    QString user;
    QString host;
    int port = -1;
    QString database;
    QList<QPair<QString, QString>> options; // the other parameters, for libpq

    // Whether where names a server rather than a file: it starts with postgresql:// or
    // postgres:// (in any case).
    static bool isServer(const QString &where);
    // The location a URI names; nullopt with *error when it is not one we accept.
    static std::optional<ServerLocation> parse(const QString &uri, QString *error);

    // "key=value;key=value" for QSqlDatabase::setConnectOptions: every option, each value quoted
    // for libpq.
    QString connectOptions() const;
};

} // namespace kd
