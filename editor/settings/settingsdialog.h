#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kd {

class ReviewerKeyring;

// Edit > Preferences: the author name for the change log, the UI language, and the reviewer
// key that signs approvals (made here, or a key file chosen; its public key exported for
// whoever manages a project). Key actions take effect at once: a key made is a file written.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(ReviewerKeyring *keyring, QWidget *parent = nullptr);

    void accept() override;
    // What the Reviewer key section shows (tests).
    QString keyDescription() const;

private:
    QWidget *createKeySection();
    void showKey();
    void createKey();
    void chooseKeyFile();
    void exportPublicKey();

    ReviewerKeyring *m_keyring;
    QLineEdit *m_author;
    QComboBox *m_language;
    QLabel *m_key;
    QPushButton *m_export;
};

} // namespace kd
