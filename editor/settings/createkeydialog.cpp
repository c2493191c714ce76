#include "createkeydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kd {

CreateKeyDialog::CreateKeyDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create Reviewer Key"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setWordWrap(true);
    auto *intro = new QLabel(tr("Your reviewer key signs your approvals. It stays on this "
                                "computer, readable only by you; a passphrase protects it "
                                "further, and is asked once each time the editor starts."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Passphrase (optional):"), m_passphrase);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_passphrase, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &CreateKeyDialog::check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    check();
}

QString CreateKeyDialog::name() const
{
    return m_name->text().trimmed();
}

QString CreateKeyDialog::passphrase() const
{
    return m_passphrase->text();
}

void CreateKeyDialog::check()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("The key needs your name.");
    else if (m_passphrase->text() != m_repeat->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace kd
