#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kd {

// The editor's preferences, kept with QSettings: who is editing (the author the change log
// records), the UI language, the reviewer key file (its path only, never a passphrase),
// recently opened projects (files, and server projects by their address, never with a password),
// and the window's geometry and dock layout.
class AppSettings
{
public:
    // The author name; the login name until the user sets one.
    static QString authorName();
    static void setAuthorName(const QString &name);

    // "" follows the system language; otherwise a language code ("en", "nl").
    static QString language();
    static void setLanguage(const QString &code);
    // The language the UI should use now: the setting, or the system's when it is Dutch.
    static QString effectiveLanguage();

    // The reviewer key file chosen in the preferences; empty when none was chosen (the editor
    // then uses the only key in ReviewerKey::defaultDirectory(), see ReviewerKeyring).
    static QString reviewerKeyPath();
    static void setReviewerKeyPath(const QString &path);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static constexpr int maxRecentFiles = 8;
    // Server projects by their postgresql:// address, newest first. An address that is not one
    // (ServerLocation::parse), such as one with a password in it, is never stored.
    static QStringList recentServers();
    static void addRecentServer(const QString &uri);
    static constexpr int maxRecentServers = 8;

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
};

} // namespace kd
