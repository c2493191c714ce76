#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace kd {

struct EditConflict;

// Asks the user what to do when an edit would overwrite a field that someone else changed on
// the server meanwhile (ProjectDocument's conflict resolver): who changed what and when, their
// value beside the user's, and Keep Theirs (the default, also Escape and closing the window) or
// Use Mine. Nothing is written here; the answer goes back to the document.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);

    // Shows the dialog modally; true when the user chose to write their value over the other's.
    static bool useMine(const EditConflict &conflict, QWidget *parent);
    // "eva changed Question of Moet Sara het vertellen? at 14:02 while you were editing it."
    static QString describe(const EditConflict &conflict);

    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *useMineButton() const { return m_useMine; }
    QPlainTextEdit *theirsEdit() const { return m_theirs; }
    QPlainTextEdit *mineEdit() const { return m_mine; }

private:
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_mine;
    QPushButton *m_keepTheirs;
    QPushButton *m_useMine;
};

} // namespace kd
