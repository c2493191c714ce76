#include "serverconnectiondialog.h"

#include "storage/serverlocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace kd {
namespace {

QString encoded(const QString &part, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}

} // namespace

ServerConnectionDialog::ServerConnectionDialog(const QStringList &recentServers, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Server Project"));
    setObjectName(QStringLiteral("serverConnectionDialog"));
    m_message->setObjectName(QStringLiteral("serverConnectionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_recent->addItems(recentServers);
    m_recent->setPlaceholderText(recentServers.isEmpty() ? tr("No recent server projects")
                                                         : tr("Choose a recent server project"));
    m_recent->setCurrentIndex(-1);
    m_recent->setEnabled(!recentServers.isEmpty());
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_address->setToolTip(tr("Paste a whole postgresql:// address here, or fill in the fields "
                             "below. A password is asked for when the server wants one; it is "
                             "never part of the address."));
    m_host->setPlaceholderText(tr("server name, or socket folder such as /run/postgresql"));
    m_port->setPlaceholderText(tr("5432 if empty"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_user->setPlaceholderText(tr("your login if empty"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_recent, &QComboBox::activated, this, &ServerConnectionDialog::showRecent);
    connect(m_address, &QLineEdit::textChanged, this, &ServerConnectionDialog::addressEdited);
    for (QLineEdit *field : {m_host, m_port, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ServerConnectionDialog::fieldsEdited);
    resize(560, sizeHint().height());
    // The last server project opened is the likeliest one.
    if (!recentServers.isEmpty()) {
        m_recent->setCurrentIndex(0);
        showRecent(0);
    }
    check();
}

QString ServerConnectionDialog::uriFor(const QString &user, const QString &host, int port,
                                       const QString &database,
                                       const QList<QPair<QString, QString>> &options)
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += encoded(user) + u'@';
    // A socket folder has no place in the authority: it goes in the query, where libpq and
    // ServerLocation read host= (and the port beside it).
    const bool socketFolder = host.startsWith(u'/');
    QList<QPair<QString, QString>> query;
    if (socketFolder) {
        query.append({QStringLiteral("host"), host});
        if (port > 0)
            query.append({QStringLiteral("port"), QString::number(port)});
    } else {
        uri += host.contains(u':') ? u'[' + host + u']' : encoded(host);
        if (port > 0)
            uri += u':' + QString::number(port);
    }
    uri += u'/' + encoded(database);
    query.append(options);
    QStringList pairs;
    for (const auto &[key, value] : query)
        pairs.append(encoded(key) + u'=' + encoded(value, "/"));
    if (!pairs.isEmpty())
        uri += u'?' + pairs.join(u'&');
    return uri;
}

QString ServerConnectionDialog::uri() const
{
    return problem().isEmpty() ? m_address->text().trimmed() : QString();
}

QString ServerConnectionDialog::problem() const
{
    const QString address = m_address->text().trimmed();
    if (address.isEmpty())
        return tr("Give the server project's address, or its host and database.");
    QString error;
    if (!ServerLocation::parse(address, &error))
        return error;
    return {};
}

void ServerConnectionDialog::fieldsEdited()
{
    if (m_updating)
        return;
    bool ok = false;
    const int port = m_port->text().toInt(&ok);
    m_updating = true;
    m_address->setText(uriFor(m_user->text().trimmed(), m_host->text().trimmed(), ok ? port : -1,
                              m_database->text().trimmed(), m_options));
    m_updating = false;
    check();
}

void ServerConnectionDialog::addressEdited()
{
    if (m_updating)
        return;
    QString error;
    if (const std::optional<ServerLocation> location
        = ServerLocation::parse(m_address->text().trimmed(), &error)) {
        m_updating = true;
        m_host->setText(location->host);
        m_port->setText(location->port > 0 ? QString::number(location->port) : QString());
        m_database->setText(location->database);
        m_user->setText(location->user);
        m_options = location->options;
        m_updating = false;
    }
    check();
}

void ServerConnectionDialog::showRecent(int index)
{
    if (index >= 0)
        m_address->setText(m_recent->itemText(index));
}

void ServerConnectionDialog::check()
{
    const QString why = problem();
    if (why.isEmpty() || m_address->text().trimmed().isEmpty())
        m_message->setText(why);
    else
        m_message->setText(tr("This address cannot be opened: %1").arg(why));
    m_message->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(why.isEmpty());
}

} // namespace kd
