#pragma once

#include "text/readability.h"
#include "text/spelling.h"

#include <QObject>

#include <memory>

namespace kd {

class ProjectDocument;

// Spell checking in one open document's editors: the Dutch speller (Speller::dutch(), read at
// the first use) and the words the project accepts (AcceptedWords), rebuilt when the project's
// dictionary, glossary terms, persons' names, professionals' titles or legal sources' short
// titles change. Highlighters follow acceptedWordsChanged(). Without the dictionary nothing is
// misspelt (isEnabled() is false) and nobody is told: the editor simply does not underline.
class SpellCheck : public QObject
{
    Q_OBJECT

public:
    explicit SpellCheck(ProjectDocument *document);

    bool isEnabled() const;
    // The readability limits of the project (its settings, else the defaults): the forms
    // measure their texts against them as validation does.
    Readability::Limits readabilityLimits() const;
    const Speller &speller() const;
    const AcceptedWords &acceptedWords() const { return m_accepted; }
    // The words of text (Markdown or not) to underline.
    QList<SpellWord> misspelt(QStringView text, bool markdown) const;
    // Whether the word is neither known nor accepted.
    bool isMisspelt(const QString &word) const;
    QStringList suggestions(const QString &word) const;
    // Adds the word to the project's dictionary: one undo step on the document.
    void accept(const QString &word);

signals:
    void acceptedWordsChanged();

private:
    void rebuild();

    ProjectDocument *m_document;
    mutable std::shared_ptr<const Speller> m_speller;
    AcceptedWords m_accepted;
};

} // namespace kd
