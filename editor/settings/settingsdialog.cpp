#include "settingsdialog.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace kd {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(AppSettings::authorName(), this))
    , m_language(new QComboBox(this))
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
    layout->addWidget(buttons);
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
