#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace kd {

// Edit > Preferences: the author name for the change log and the UI language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QLineEdit *m_author;
    QComboBox *m_language;
};

} // namespace kd
