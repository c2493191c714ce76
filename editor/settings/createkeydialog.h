#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kd {

// Preferences > Reviewer key > Create key: the name the key carries and an optional
// passphrase, typed twice. OK is enabled once there is a name and the two passphrases agree.
class CreateKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateKeyDialog(const QString &name, QWidget *parent = nullptr);

    QString name() const;
    QString passphrase() const;

private:
    void check();

    QLineEdit *m_name;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace kd
