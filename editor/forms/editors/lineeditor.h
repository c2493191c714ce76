#pragma once

#include "forms/fieldeditor.h"
#include "text/spelling.h"

#include <QPointer>
#include <QTimer>

class QLineEdit;

namespace kd {

class SpellCheck;

// A single line of plain text. Commits on Enter, on focus-out and after a pause in typing.
// With a spell check (a field of words: FieldDescription::isSpellChecked) its misspelt words
// are underlined, and its context menu offers suggestions for the word under the mouse.
class LineEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit LineEditor(QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;
    bool hasPendingEdit() const override { return m_pending; }
    void commitPending() override;

    QLineEdit *lineEdit() const { return m_edit; }

    void setSpellCheck(SpellCheck *check);
    // Underlines the misspelt words now (it follows the typing after a short pause).
    void underlineMisspelt();
    // The words underlined, as positions in the text.
    const QList<SpellWord> &misspelt() const { return m_misspelt; }
    // Puts replacement in place of the text at word, as if typed, and commits it.
    void replaceWord(const SpellWord &word, const QString &replacement);

protected:
    void display(const QVariant &value) override;
    void addMenuActions(QMenu *menu, QObject *watched, const QPoint &globalPos) override;

private:
    void showFormats(const QList<SpellWord> &words);

    QPointer<SpellCheck> m_spellCheck;
    QList<SpellWord> m_misspelt;
    QTimer m_spellTimer;
    QLineEdit *m_edit;
    QTimer m_idle;
    bool m_pending = false;
};

} // namespace kd
