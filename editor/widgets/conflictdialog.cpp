#include "conflictdialog.h"

#include "document/projectdocument.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kd {

namespace {

QPlainTextEdit *valueBox(const QString &text, const QString &name, QWidget *parent)
{
    auto *box = new QPlainTextEdit(text, parent);
    box->setObjectName(name);
    box->setReadOnly(true);
    box->setMinimumWidth(260);
    return box;
}

} // namespace

ConflictDialog::ConflictDialog(const EditConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_theirs(valueBox(conflict.theirs, QStringLiteral("theirVersion"), this))
    , m_mine(valueBox(conflict.mine, QStringLiteral("yourVersion"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this"));
    auto *message = new QLabel(describe(conflict), this);
    message->setObjectName(QStringLiteral("conflictMessage"));
    message->setWordWrap(true);
    auto *question = new QLabel(tr("Keep their version, or write yours over it? Undo takes "
                                   "yours back to theirs."),
                                this);
    question->setWordWrap(true);

    auto *theirsLabel = new QLabel(tr("&Their version"), this);
    theirsLabel->setBuddy(m_theirs);
    auto *mineLabel = new QLabel(tr("&Your version"), this);
    mineLabel->setBuddy(m_mine);
    auto *values = new QGridLayout;
    values->addWidget(theirsLabel, 0, 0);
    values->addWidget(mineLabel, 0, 1);
    values->addWidget(m_theirs, 1, 0);
    values->addWidget(m_mine, 1, 1);

    // Keeping theirs loses nothing that is on the server: it is what Enter and Escape do.
    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::RejectRole);
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_useMine = buttons->addButton(tr("&Use Mine"), QDialogButtonBox::AcceptRole);
    m_useMine->setObjectName(QStringLiteral("useMineButton"));
    m_useMine->setAutoDefault(false);
    m_keepTheirs->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addLayout(values, 1);
    layout->addWidget(question);
    layout->addWidget(buttons);
    m_keepTheirs->setFocus();
}

bool ConflictDialog::useMine(const EditConflict &conflict, QWidget *parent)
{
    ConflictDialog dialog(conflict, parent);
    return dialog.exec() == QDialog::Accepted;
}

QString ConflictDialog::describe(const EditConflict &conflict)
{
    const QString who = conflict.author.isEmpty() ? tr("Someone else") : conflict.author;
    const QString what = conflict.entityName.isEmpty()
                             ? conflict.fieldLabel
                             : tr("%1 of “%2”").arg(conflict.fieldLabel, conflict.entityName);
    if (!conflict.time.isValid())
        return tr("%1 changed %2 while you were editing it.").arg(who, what);
    return tr("%1 changed %2 at %3 while you were editing it.")
        .arg(who, what, conflict.time.toLocalTime().toString(QStringLiteral("HH:mm")));
}

} // namespace kd
