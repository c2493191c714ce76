#include "serverlocation.h"

#include <QCoreApplication>
#include <QUrl>

namespace kd {
namespace {

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// libpq's conninfo quoting: 'value' with \ and ' escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return u'\'' + escaped + u'\'';
}

bool parsePort(const QString &text, int *port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *port = value;
    return true;
}

// "[user@]host[:port]" into the location; false with *error.
bool parseAuthority(const QString &authority, ServerLocation *location, QString *error)
{
    QString hostPort = authority;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(u':')) {
            *error = QCoreApplication::translate(
                "kd::ServerLocation",
                "a password in the address is not accepted; give it in PGPASSWORD, in "
                "~/.pgpass or in the editor's login dialog");
            return false;
        }
        location->user = decoded(userInfo);
        hostPort = authority.mid(at + 1);
    }
    QString portText;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0) {
            *error = QCoreApplication::translate("kd::ServerLocation",
                                                 "the address has an unclosed '[' in its host");
            return false;
        }
        location->host = hostPort.mid(1, close - 1);
        portText = hostPort.mid(close + 1);
        if (!portText.isEmpty() && !portText.startsWith(u':')) {
            *error = QCoreApplication::translate(
                "kd::ServerLocation",
                "the address has something after its host that is not a port");
            return false;
        }
        portText = portText.mid(1);
    } else {
        const qsizetype colon = hostPort.lastIndexOf(u':');
        location->host = decoded(colon >= 0 ? hostPort.left(colon) : hostPort);
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }
    if (!portText.isEmpty() && !parsePort(portText, &location->port)) {
        *error = QCoreApplication::translate("kd::ServerLocation", "'%1' is not a port number")
                     .arg(portText);
        return false;
    }
    return true;
}

// "a=b&c=d": host, port, user and dbname set the location; password is refused; the rest
// are libpq's options.
bool parseQuery(const QString &query, ServerLocation *location, QString *error)
{
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = decoded(equals < 0 ? pair : pair.left(equals)).trimmed();
        const QString value = equals < 0 ? QString() : decoded(pair.mid(equals + 1));
        if (key == QLatin1String("password") || key == QLatin1String("passfile")) {
            *error = QCoreApplication::translate(
                "kd::ServerLocation",
                "a password in the address is not accepted; give it in PGPASSWORD, in "
                "~/.pgpass or in the editor's login dialog");
            return false;
        }
        if (key.isEmpty() || value.contains(u';')) {
            *error
                = QCoreApplication::translate(
                      "kd::ServerLocation", "the address has a parameter that cannot be read: '%1'")
                      .arg(pair);
            return false;
        }
        if (key == QLatin1String("host"))
            location->host = value;
        else if (key == QLatin1String("user"))
            location->user = value;
        else if (key == QLatin1String("dbname"))
            location->database = value;
        else if (key == QLatin1String("port")) {
            if (!parsePort(value, &location->port)) {
                *error
                    = QCoreApplication::translate("kd::ServerLocation", "'%1' is not a port number")
                          .arg(value);
                return false;
            }
        } else
            location->options.append({key, value});
    }
    return true;
}

} // namespace

bool ServerLocation::isServer(const QString &where)
{
    return where.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || where.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerLocation> ServerLocation::parse(const QString &uri, QString *error)
{
    if (!isServer(uri)) {
        *error = QCoreApplication::translate("kd::ServerLocation",
                                             "a server address starts with postgresql://");
        return std::nullopt;
    }
    ServerLocation location;
    location.uri = uri;
    QString rest = uri.mid(uri.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = slash >= 0 ? rest.left(slash) : rest;
    if (slash >= 0)
        location.database = decoded(rest.mid(slash + 1));
    if (!parseAuthority(authority, &location, error) || !parseQuery(query, &location, error))
        return std::nullopt;
    if (location.database.isEmpty()) {
        *error = QCoreApplication::translate(
            "kd::ServerLocation", "the address names no database: postgresql://host/DATABASE");
        return std::nullopt;
    }
    return location;
}

QString ServerLocation::connectOptions() const
{
    QStringList parts;
    QStringList given;
    for (const auto &[key, value] : options) {
        parts.append(key + u'=' + quoted(value));
        given.append(key);
    }
    // An unreachable server is said so in seconds, not after the system's TCP timeout: when
    // connecting, and when a network between goes silent during a session (TCP keepalives, and
    // unacknowledged data given up after 10 s). libpq ignores these on a Unix socket.
    static const std::pair<const char *, const char *> defaults[] = {
        {"connect_timeout", "10"},    {"keepalives", "1"},       {"keepalives_idle", "5"},
        {"keepalives_interval", "2"}, {"keepalives_count", "3"}, {"tcp_user_timeout", "10000"},
    };
    for (const auto &[key, value] : defaults) {
        if (!given.contains(QLatin1String(key)))
            parts.append(QLatin1String(key) + u'=' + QLatin1String(value));
    }
    return parts.join(u';');
}

} // namespace kd
