#include "settingsdialog.h"

#include "appsettings.h"
#include "createkeydialog.h"
#include "reviewerkeyring.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace kd {

SettingsDialog::SettingsDialog(ReviewerKeyring *keyring, QWidget *parent)
    : QDialog(parent)
    , m_keyring(keyring)
    , m_author(new QLineEdit(AppSettings::authorName(), this))
    , m_language(new QComboBox(this))
    , m_key(new QLabel(this))
    , m_export(new QPushButton(tr("&Export Public Key..."), this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));

    auto *form = new QFormLayout;
    auto *authorLabel = new QLabel(tr("&Author name:"), this);
    authorLabel->setBuddy(m_author);
    m_author->setToolTip(tr("The name the change log records for your edits."));
    form->addRow(authorLabel, m_author);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(createKeySection());
    layout->addWidget(buttons);
    showKey();
}

QWidget *SettingsDialog::createKeySection()
{
    auto *box = new QGroupBox(tr("Reviewer key"), this);
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *create = new QPushButton(tr("&Create Key..."), box);
    auto *choose = new QPushButton(tr("C&hoose Key File..."), box);
    connect(create, &QPushButton::clicked, this, &SettingsDialog::createKey);
    connect(choose, &QPushButton::clicked, this, &SettingsDialog::chooseKeyFile);
    connect(m_export, &QPushButton::clicked, this, &SettingsDialog::exportPublicKey);
    auto *row = new QHBoxLayout;
    row->addWidget(create);
    row->addWidget(choose);
    row->addWidget(m_export);
    row->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_key);
    layout->addLayout(row);
    return box;
}

QString SettingsDialog::keyDescription() const
{
    return m_key->text();
}

void SettingsDialog::showKey()
{
    const QString path = ReviewerKeyring::keyFile();
    QString error;
    const std::optional<PublicKey> key = m_keyring->publicKey(&error);
    m_export->setEnabled(key.has_value());
    if (path.isEmpty() && !key) {
        m_key->setText(tr("No reviewer key. Create one to approve and request changes, or "
                          "choose the key file you have."));
        return;
    }
    if (!key) {
        m_key->setText(
            tr("Key file: %1\nIt cannot be used: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_key->setText(
        tr("Key file: %1\nName: %2\nFingerprint: %3")
            .arg(QDir::toNativeSeparators(path), key->name, shortFingerprint(key->fingerprint())));
}

void SettingsDialog::createKey()
{
    CreateKeyDialog dialog(m_author->text().trimmed(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString keyPath;
    QString publicPath;
    QString error;
    if (!m_keyring->create(dialog.name(), dialog.passphrase(), &keyPath, &publicPath, &error)) {
        QMessageBox::warning(this, tr("Create Reviewer Key"), error);
        return;
    }
    showKey();
    QMessageBox::information(
        this, tr("Create Reviewer Key"),
        tr("Your key is saved in %1, readable only by you.\n\nIts public key is in %2. Give that "
           "file to whoever manages a project, so they can add you as a trusted reviewer "
           "(Project > Trusted Reviewers).")
            .arg(QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(publicPath)));
}

void SettingsDialog::chooseKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Reviewer Key"),
                                                      ReviewerKey::defaultDirectory(),
                                                      tr("Reviewer keys (*.key);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReviewerKeyring::publicKeyOf(path, &error)) {
        QMessageBox::warning(this, tr("Choose Reviewer Key"), error);
        return;
    }
    m_keyring->setKeyFile(path);
    showKey();
}

void SettingsDialog::exportPublicKey()
{
    QString error;
    const std::optional<PublicKey> key = m_keyring->publicKey(&error);
    if (!key)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Public Key"),
        QDir::home().filePath(key->fingerprint().left(16) + QLatin1String(".pub")),
        tr("Public keys (*.pub)"));
    if (path.isEmpty())
        return;
    if (!ReviewerKeyring::writePublicKey(*key, path, &error))
        QMessageBox::warning(this, tr("Export Public Key"), error);
}

void SettingsDialog::accept()
{
    AppSettings::setAuthorName(m_author->text());
    const QString language = m_language->currentData().toString();
    if (language != AppSettings::language()) {
        AppSettings::setLanguage(language);
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used from the next start."));
    }
    QDialog::accept();
}

} // namespace kd
