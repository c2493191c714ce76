#include "trustedreviewersdialog.h"

#include "commands/addtrustedreviewer.h"
#include "commands/removetrustedreviewer.h"
#include "crypto/reviewerkey.h"
#include "document/projectdocument.h"
#include "review/approvaltrust.h"
#include "settings/reviewerkeyring.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kd {

TrustedReviewersDialog::TrustedReviewersDialog(ProjectDocument *document, ReviewerKeyring *keyring,
                                               QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_keyring(keyring)
    , m_list(new QTreeWidget(this))
    , m_addFile(new QPushButton(tr("Add from &Public Key File..."), this))
    , m_addMine(new QPushButton(tr("Add &My Key"), this))
    , m_remove(new QPushButton(tr("&Remove..."), this))
{
    setWindowTitle(tr("Trusted Reviewers"));
    auto *intro = new QLabel(tr("Only approvals signed with the key of a reviewer listed here "
                                "count for export. Adding or removing a reviewer is recorded in "
                                "the change log, and can be undone."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("trustedReviewers"));
    m_list->setHeaderLabels({tr("Name"), tr("Key"), tr("Added by"), tr("Added at")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addFile);
    actions->addWidget(m_addMine);
    actions->addWidget(m_remove);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(760, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addFile, &QPushButton::clicked, this, &TrustedReviewersDialog::addFromFile);
    connect(m_addMine, &QPushButton::clicked, this, &TrustedReviewersDialog::addMine);
    connect(m_remove, &QPushButton::clicked, this, &TrustedReviewersDialog::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &TrustedReviewersDialog::updateButtons);
    connect(document, &ProjectDocument::trustedReviewersChanged, this,
            &TrustedReviewersDialog::refresh);
    connect(document, &ProjectDocument::projectChanged, this, &TrustedReviewersDialog::refresh);
    refresh();
}

void TrustedReviewersDialog::refresh()
{
    m_list->clear();
    for (const TrustedReviewer &t : m_document->project().trustedReviewers) {
        auto *item = new QTreeWidgetItem(
            m_list, {t.name, shortFingerprint(t.fingerprint), t.addedBy,
                     QLocale().toString(t.addedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, t.uid);
        item->setToolTip(1, t.fingerprint);
    }
    updateButtons();
}

void TrustedReviewersDialog::updateButtons()
{
    const bool writable = m_document->isOpen() && !m_document->isReadOnly();
    m_addFile->setEnabled(writable);
    m_addMine->setEnabled(writable);
    m_remove->setEnabled(writable && m_list->currentItem() && m_list->currentItem()->isSelected());
}

QList<QStringList> TrustedReviewersDialog::rows() const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        rows.append({item->text(0), item->text(1), item->text(2), item->text(3)});
    }
    return rows;
}

bool TrustedReviewersDialog::addKey(const PublicKey &key, const QString &name, QString *reason)
{
    auto command = AddTrustedReviewer::make(m_document, key, name, reason);
    if (!command)
        return false;
    m_document->undoStack()->push(command.release());
    // A failed write is told by the document (writeFailed); the list shows what is true.
    return TrustedReviewers::find(m_document->project(), key.fingerprint()) != nullptr;
}

bool TrustedReviewersDialog::removeReviewer(const QString &uid, QString *reason)
{
    const QList<TrustedReviewer> &list = m_document->project().trustedReviewers;
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&](const TrustedReviewer &t) { return t.uid == uid; });
    if (it == list.cend()) {
        *reason = tr("That reviewer is no longer in the list.");
        return false;
    }
    const int before = int(list.size());
    m_document->undoStack()->push(new RemoveTrustedReviewer(m_document, *it));
    return m_document->project().trustedReviewers.size() < before;
}

void TrustedReviewersDialog::addFromFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Add Trusted Reviewer"), QDir::homePath(),
                                       tr("Public keys (*.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<PublicKey> key = PublicKey::read(path, &error);
    if (!key) {
        QMessageBox::warning(this, tr("Add Trusted Reviewer"),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    askNameAndAdd(*key);
}

void TrustedReviewersDialog::addMine()
{
    QString error;
    const std::optional<PublicKey> key = m_keyring->publicKey(&error);
    if (!key) {
        QMessageBox::information(this, tr("Add My Key"),
                                 tr("You have no reviewer key yet. Create one in Edit > "
                                    "Preferences > Reviewer key, then add it here."));
        return;
    }
    askNameAndAdd(*key);
}

void TrustedReviewersDialog::askNameAndAdd(const PublicKey &key)
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Add Trusted Reviewer"),
                                tr("The name to show for approvals signed with the key %1:")
                                    .arg(shortFingerprint(key.fingerprint())),
                                QLineEdit::Normal, key.name, &ok);
    if (!ok)
        return;
    QString reason;
    if (!addKey(key, name, &reason) && !reason.isEmpty())
        QMessageBox::warning(this, tr("Add Trusted Reviewer"),
                             tr("The reviewer was not added: %1.").arg(reason));
}

void TrustedReviewersDialog::removeSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString uid = item->data(0, Qt::UserRole).toString();
    const TrustedReviewer *reviewer = nullptr;
    for (const TrustedReviewer &t : m_document->project().trustedReviewers) {
        if (t.uid == uid)
            reviewer = &t;
    }
    if (!reviewer)
        return;
    const int counting
        = RemoveTrustedReviewer::countingApprovals(m_document->project(), reviewer->fingerprint);
    const QString question
        = tr("Remove %1 (key %2) from the trusted reviewers?")
              .arg(reviewer->name, shortFingerprint(reviewer->fingerprint))
          + u'\n' + u'\n'
          + (counting == 0 ? tr("No approval that counts now is signed with this key.")
                           : tr("%n approval(s) signed with this key will stop counting, and the "
                                "items will need a new approval before export.",
                                nullptr, counting));
    if (QMessageBox::question(this, tr("Remove Trusted Reviewer"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString reason;
    if (!removeReviewer(uid, &reason) && !reason.isEmpty())
        QMessageBox::warning(this, tr("Remove Trusted Reviewer"), reason);
}

} // namespace kd
