#include "appsettings.h"

#include "storage/serverlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace kd {
namespace {

const QString authorKey = QStringLiteral("author");
const QString languageKey = QStringLiteral("language");
const QString reviewerKeyKey = QStringLiteral("reviewerKey");
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString recentServersKey = QStringLiteral("recentServers");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");

QString loginName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QDir::home().dirName() : user;
}

} // namespace

QString AppSettings::authorName()
{
    const QString name = QSettings().value(authorKey).toString().trimmed();
    return name.isEmpty() ? loginName() : name;
}

void AppSettings::setAuthorName(const QString &name)
{
    QSettings().setValue(authorKey, name.trimmed());
}

QString AppSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(languageKey, code);
}

QString AppSettings::effectiveLanguage()
{
    const QString chosen = language();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString AppSettings::reviewerKeyPath()
{
    return QSettings().value(reviewerKeyKey).toString();
}

void AppSettings::setReviewerKeyPath(const QString &path)
{
    if (path.isEmpty())
        QSettings().remove(reviewerKeyKey);
    else
        QSettings().setValue(reviewerKeyKey, QFileInfo(path).absoluteFilePath());
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
}

QStringList AppSettings::recentServers()
{
    QStringList servers = QSettings().value(recentServersKey).toStringList();
    // A hand-edited settings file is not trusted to hold only addresses without a password.
    QString error;
    servers.removeIf([&](const QString &uri) { return !ServerLocation::parse(uri, &error); });
    return servers;
}

void AppSettings::addRecentServer(const QString &uri)
{
    QString error;
    if (!ServerLocation::parse(uri, &error))
        return;
    QStringList servers = recentServers();
    servers.removeAll(uri);
    servers.prepend(uri);
    while (servers.size() > maxRecentServers)
        servers.removeLast();
    QSettings().setValue(recentServersKey, servers);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(geometryKey, geometry);
    settings.setValue(stateKey, state);
}

} // namespace kd
