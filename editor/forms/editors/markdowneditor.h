#pragma once

#include "forms/fieldeditor.h"

#include <QTimer>

class QLabel;

namespace kd {

class MarkdownEdit;
class SpellCheck;
struct SpellWord;

// A formatted field. Commits on focus-out and after a pause in typing, and only when the user
// changed the document: re-saving normalised Markdown of an untouched field would be a
// spurious edit. Below the text, how readable it is (Readability, the Flesch–Douma score and
// sentence lengths), said as a problem when it is past the plain-language (B1) limits; it
// follows the typing after a short pause.
class MarkdownEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    bool hasPendingEdit() const override;
    void commitPending() override;

    MarkdownEdit *markdownEdit() const { return m_edit; }
    QLabel *readabilityLabel() const { return m_readability; }

    // Underlines misspelt words, with suggestions in the context menu.
    void setSpellCheck(SpellCheck *check);
    // Puts replacement in place of the text at word (positions in the document), as if typed,
    // and commits it.
    void replaceWord(const SpellWord &word, const QString &replacement);

protected:
    void display(const QVariant &value) override;
    void addMenuActions(QMenu *menu, QObject *watched, const QPoint &globalPos) override;

private:
    void showReadability(const QString &markdown);

    MarkdownEdit *m_edit;
    QLabel *m_readability;
    QTimer m_idle;
    QTimer m_measure;
};

} // namespace kd
