#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kd {

// File > Open Server Project: where a server project is, as fields (host or socket folder,
// port, database, user) or as one postgresql:// address pasted whole, the two kept in step, with
// the recent server projects to pick from. The address it gives is what ServerLocation::parse
// reads back to the same fields; one with a password is refused with a visible message (the
// password is asked for at login, and never kept in an address).
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectionDialog(const QStringList &recentServers, QWidget *parent = nullptr);

    // The address the fields describe: postgresql://[user@][host][:port]/database, a socket
    // folder as the host= parameter, each part percent-encoded where it must be.
    static QString uriFor(const QString &user, const QString &host, int port,
                          const QString &database,
                          const QList<QPair<QString, QString>> &options = {});

    // The address to open; empty while it is not one that can be opened.
    QString uri() const;
    // Why the address cannot be opened; empty when it can.
    QString problem() const;

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *recentBox() const { return m_recent; }

private:
    void fieldsEdited();
    void addressEdited();
    void showRecent(int index);
    void check();

    QComboBox *m_recent;
    QLineEdit *m_address;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    // Parameters of a pasted address that have no field (sslmode=...), kept when fields change.
    QList<QPair<QString, QString>> m_options;
    bool m_updating = false;
};

} // namespace kd
