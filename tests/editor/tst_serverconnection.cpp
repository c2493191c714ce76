#include "document/projectdocument.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/serverlocation.h"
#include "widgets/serverconnectiondialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace kd;

namespace {

// What closeNextModal() saw: the message box's text, or the password prompt's.
QString lastBoxText;
bool sawPasswordPrompt = false;

// Closes the next modal window: a message box with OK, a password prompt with Cancel (a server
// that asks for a password must not leave the test waiting).
void closeNextModal()
{
    lastBoxText.clear();
    sawPasswordPrompt = false;
    QTimer::singleShot(50, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            lastBoxText = box->text();
            box->button(QMessageBox::Ok)->click();
            return;
        }
        if (auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            sawPasswordPrompt = true;
            lastBoxText = prompt->labelText();
            prompt->reject();
            return;
        }
        closeNextModal(); // not shown yet: look again
    });
}

QPushButton *openButton(const ServerConnectionDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
}

QLabel *messageLabel(const ServerConnectionDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("serverConnectionMessage"));
}

} // namespace

class tst_ServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fieldsMakeAnAddressThatReadsBack_data();
    void fieldsMakeAnAddressThatReadsBack();
    void pastedAddressFillsTheFields();
    void addressWithPasswordIsRefused_data();
    void addressWithPasswordIsRefused();
    void recentServersWithoutPasswordsAndCapped();
    void titleNamesDatabaseAndHost();
    void rolesInWords();
    void unreachableServerShowsError();
};

void tst_ServerConnection::initTestCase()
{
    // ctest gives the test its own XDG_CONFIG_HOME; the names keep a manual run apart too.
    QCoreApplication::setOrganizationName(QStringLiteral("kd-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serverconnection"));
}

void tst_ServerConnection::init()
{
    QSettings().clear();
}

void tst_ServerConnection::fieldsMakeAnAddressThatReadsBack_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("uri");

    QTest::newRow("name and port") << "anna"
                                   << "db.example.org"
                                   << "5433"
                                   << "kd"
                                   << "postgresql://anna@db.example.org:5433/kd";
    QTest::newRow("socket folder") << "anna"
                                   << "/run/postgresql"
                                   << ""
                                   << "kd"
                                   << "postgresql://anna@/kd?host=/run/postgresql";
    QTest::newRow("socket folder and port")
        << ""
        << "/tmp/pg sock"
        << "5433"
        << "kd projects"
        << "postgresql:///kd%20projects?host=/tmp/pg%20sock&port=5433";
    QTest::newRow("IPv6 and odd names") << "a@b"
                                        << "::1"
                                        << "5432"
                                        << "k/d"
                                        << "postgresql://a%40b@[::1]:5432/k%2Fd";
    QTest::newRow("defaults") << ""
                              << ""
                              << ""
                              << "kd"
                              << "postgresql:///kd";
}

void tst_ServerConnection::fieldsMakeAnAddressThatReadsBack()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, uri);

    ServerConnectionDialog dialog({});
    dialog.userEdit()->setText(user);
    dialog.hostEdit()->setText(host);
    dialog.portEdit()->setText(port);
    dialog.databaseEdit()->setText(database);
    QCOMPARE(dialog.addressEdit()->text(), uri);
    QCOMPARE(dialog.uri(), uri);
    QVERIFY(openButton(dialog)->isEnabled());

    QString error;
    const std::optional<ServerLocation> location = ServerLocation::parse(dialog.uri(), &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->user, user);
    QCOMPARE(location->host, host);
    QCOMPARE(location->port, port.isEmpty() ? -1 : port.toInt());
    QCOMPARE(location->database, database);
    QVERIFY(location->options.isEmpty());
}

void tst_ServerConnection::pastedAddressFillsTheFields()
{
    ServerConnectionDialog dialog({});
    dialog.addressEdit()->setText(
        QStringLiteral("postgresql://bob@server.lan:6543/proj?sslmode=require"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("bob"));
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("server.lan"));
    QCOMPARE(dialog.portEdit()->text(), QStringLiteral("6543"));
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("proj"));
    // A field edited afterwards keeps the parameters that have no field.
    dialog.databaseEdit()->setText(QStringLiteral("other"));
    QCOMPARE(dialog.uri(),
             QStringLiteral("postgresql://bob@server.lan:6543/other?sslmode=require"));

    // Nothing to open without a database.
    dialog.databaseEdit()->clear();
    QVERIFY(dialog.uri().isEmpty());
    QVERIFY(!openButton(dialog)->isEnabled());
}

void tst_ServerConnection::addressWithPasswordIsRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("in the user part") << "postgresql://anna:geheim@db.example.org/kd";
    QTest::newRow("as a parameter") << "postgresql://anna@db.example.org/kd?password=geheim";
}

void tst_ServerConnection::addressWithPasswordIsRefused()
{
    QFETCH(QString, address);
    ServerConnectionDialog dialog({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.addressEdit()->setText(address);
    QVERIFY(dialog.uri().isEmpty());
    QVERIFY(!openButton(dialog)->isEnabled());
    QLabel *message = messageLabel(dialog);
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("password")), qPrintable(message->text()));
    // The password went nowhere: not into the fields.
    QVERIFY(!dialog.userEdit()->text().contains(QStringLiteral("geheim")));

    // Settings refuse it too, and so does the recent list read back.
    AppSettings::addRecentServer(address);
    QVERIFY(AppSettings::recentServers().isEmpty());
    QSettings().setValue(QStringLiteral("recentServers"), QStringList{address});
    QVERIFY(AppSettings::recentServers().isEmpty());
}

void tst_ServerConnection::recentServersWithoutPasswordsAndCapped()
{
    for (int i = 0; i < 10; ++i)
        AppSettings::addRecentServer(
            QStringLiteral("postgresql://anna@db%1.example.org/kd").arg(i));
    AppSettings::addRecentServer(QStringLiteral("postgresql://anna:geheim@db.example.org/kd"));
    AppSettings::addRecentServer(QStringLiteral("postgresql://anna@db5.example.org/kd"));
    const QStringList servers = AppSettings::recentServers();
    QCOMPARE(servers.size(), AppSettings::maxRecentServers);
    QCOMPARE(servers.first(), QStringLiteral("postgresql://anna@db5.example.org/kd"));
    QCOMPARE(servers.at(1), QStringLiteral("postgresql://anna@db9.example.org/kd"));
    QCOMPARE(servers.count(QStringLiteral("postgresql://anna@db5.example.org/kd")), 1);
    for (const QString &uri : servers)
        QVERIFY2(!uri.contains(QStringLiteral("geheim")), qPrintable(uri));
    // Nothing a password could hide in was written anywhere in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toStringList().join(u' ').contains(QStringLiteral("geheim")));
    // Recent files are unaffected: an address is not a file.
    QVERIFY(AppSettings::recentFiles().isEmpty());

    // The dialog offers them, and picking one fills in the address and the fields.
    ServerConnectionDialog dialog(servers);
    QCOMPARE(dialog.recentBox()->count(), servers.size());
    dialog.recentBox()->setCurrentIndex(2);
    emit dialog.recentBox()->activated(2);
    QCOMPARE(dialog.uri(), servers.at(2));
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db8.example.org"));

    // File > Open Recent lists them.
    MainWindow window;
    QMenu *recent = nullptr;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == MainWindow::tr("Open &Recent"))
            recent = menu;
    }
    QVERIFY(recent);
    QStringList shown;
    for (const QAction *action : recent->actions())
        shown.append(action->text());
    for (const QString &uri : servers)
        QVERIFY2(shown.contains(uri), qPrintable(uri));
}

void tst_ServerConnection::titleNamesDatabaseAndHost()
{
    QCOMPARE(MainWindow::locationName(QStringLiteral("postgresql://x@db.example.org:5433/kd")),
             QStringLiteral("kd on db.example.org:5433"));
    QCOMPARE(MainWindow::locationName(QStringLiteral("postgresql://x@/kd?host=/nonexistent")),
             QStringLiteral("kd on /nonexistent"));
    QCOMPARE(MainWindow::locationName(QStringLiteral("postgresql:///kd")),
             QStringLiteral("kd on this computer"));
    QCOMPARE(MainWindow::locationName(QStringLiteral("/home/anna/gezin.kdproj")),
             QStringLiteral("gezin.kdproj"));
}

void tst_ServerConnection::rolesInWords()
{
    StoreIdentity identity{
        QStringLiteral("anna"), {QStringLiteral("kd_reviewer"), QStringLiteral("kd_editor")}, true};
    QCOMPARE(MainWindow::identityText(identity),
             QStringLiteral("Signed in as anna (editor, reviewer)"));
    identity.roles = {QStringLiteral("kd_admin"), QStringLiteral("kd_publisher")};
    QCOMPARE(MainWindow::identityText(identity),
             QStringLiteral("Signed in as anna (publisher, administrator)"));
    identity.roles.clear();
    QVERIFY(MainWindow::identityText(identity).startsWith(QStringLiteral("Signed in as anna")));

    // A file project's author is the Preferences name, and the window says it is not checked.
    ProjectDocument document;
    document.setAuthor(QStringLiteral("Anna Jansen"));
    QCOMPARE(document.author(), QStringLiteral("Anna Jansen"));
    QVERIFY(!document.isServer());
}

void tst_ServerConnection::unreachableServerShowsError()
{
    const QString uri = QStringLiteral("postgresql://x@/kd?host=/nonexistent");
    MainWindow window;
    window.show();
    closeNextModal();
    QVERIFY(!window.openProject(uri));
    QVERIFY2(!sawPasswordPrompt, qPrintable(lastBoxText));
    QVERIFY2(lastBoxText.contains(uri), qPrintable(lastBoxText));
    QVERIFY(!window.document()->isOpen());
    QVERIFY(!window.windowTitle().contains(QStringLiteral("nonexistent")));
    // Only what opened is remembered.
    QVERIFY(AppSettings::recentServers().isEmpty());
}

QTEST_MAIN(tst_ServerConnection)
#include "tst_serverconnection.moc"
