#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kd {

class ProjectDocument;
class ReviewerKeyring;
struct PublicKey;

// Project > Trusted Reviewers: the reviewers whose signed approvals the project counts (name,
// key, who added them and when), adding one from a public key file or the user's own key, and
// removing one after saying how many approvals stop counting. Each change is an undo command
// (AddTrustedReviewer, RemoveTrustedReviewer); the list follows the document, so Undo outside
// the dialog shows here too.
class TrustedReviewersDialog : public QDialog
{
    Q_OBJECT

public:
    TrustedReviewersDialog(ProjectDocument *document, ReviewerKeyring *keyring,
                           QWidget *parent = nullptr);

    // The steps behind the buttons, without their file and question dialogs (tests): trusts key
    // under name (the key's own name when empty), or removes the reviewer; false with *reason
    // when refused.
    bool addKey(const PublicKey &key, const QString &name, QString *reason);
    bool removeReviewer(const QString &uid, QString *reason);
    // The rows shown: name, key, added by, added at.
    QList<QStringList> rows() const;

private:
    void refresh();
    void updateButtons();
    void addFromFile();
    void addMine();
    void askNameAndAdd(const PublicKey &key);
    void removeSelected();

    ProjectDocument *m_document;
    ReviewerKeyring *m_keyring;
    QTreeWidget *m_list;
    QPushButton *m_addFile;
    QPushButton *m_addMine;
    QPushButton *m_remove;
};

} // namespace kd
