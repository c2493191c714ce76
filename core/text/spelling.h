#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class Hunspell;

namespace kd {

struct Project;

// Dutch spelling, checked with Hunspell and the system's Dutch dictionary (hunspell-nl). One
// Speller is shared by every thread of the process (dutch()): Hunspell is not thread-safe, so
// its calls are serialised, and each thread caches the answers it got, because a project's millions
// of words come from a vocabulary of a few thousand. Nothing else includes Hunspell's header.
//
// Without the dictionary the Speller is not valid: error() says which file is missing, every
// word counts as correct and there are no suggestions, so callers need not check.
class Speller
{
public:
    ~Speller();
    Speller(const Speller &) = delete;
    Speller &operator=(const Speller &) = delete;

    // The Dutch dictionary (nl.aff, nl.dic), loaded once per process at the first call: from
    // the directory in the environment variable KD_HUNSPELL_DIR when it is set, else from
    // /usr/share/hunspell.
    static std::shared_ptr<const Speller> dutch();
    // A new Speller read from where dutch() would read it now (not cached: tests).
    static std::shared_ptr<const Speller> fromEnvironment();
    // A new Speller of the dictionary name.aff and name.dic in directory.
    static std::shared_ptr<const Speller> fromDirectory(const QString &directory,
                                                        const QString &name = QStringLiteral("nl"));

    bool isValid() const { return m_hunspell != nullptr; }
    // Why the Speller is not valid (translated); empty when it is.
    QString error() const { return m_error; }

    // Whether the dictionary knows the word; thread-safe. A word with a capital first letter
    // that is correct in lower case is correct (a sentence starts with it). Not checked (always
    // correct): words with a digit, abbreviations in capitals of up to five letters ("AVG",
    // "WGBO"), single letters, words in a script other than Latin, and the citation words "art"
    // and "lid".
    bool isCorrect(QStringView word) const;
    // At most max words the dictionary proposes instead, best first; thread-safe.
    QStringList suggestions(const QString &word, int max = 5) const;

private:
    Speller() = default;
    bool lookUp(const QString &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    bool m_latin1 = false; // the dictionary's encoding: UTF-8 or ISO 8859-1
    QString m_error;
    mutable QMutex m_hunspellLock;
    // Tells this Speller's answers in a thread's cache from those of an earlier one.
    const quint64 m_id = nextId();
    static quint64 nextId();
};

// A word of a text to check, as its place in the text (so an editor can underline it).
struct SpellWord
{
    qsizetype position = 0;
    qsizetype length = 0;

    bool operator==(const SpellWord &) const = default;
};

// The words a project accepts whatever the dictionary says: its own dictionary (one word a
// line), the terms of its glossary, the names of the persons of its scenarios, the titles of
// its professionals and the short titles of its legal sources. An accepted word in lower case
// matches in any case ("ggz" accepts "GGZ" and "Ggz"); one with a capital matches exactly.
class AcceptedWords
{
public:
    static AcceptedWords of(const Project &project);

    // Accepts every word of a text (a hyphenated word both whole and in its parts).
    void add(QStringView text);
    bool contains(QStringView word) const;
    bool isEmpty() const { return m_exact.isEmpty() && m_anyCase.isEmpty(); }

    bool operator==(const AcceptedWords &) const = default;

private:
    void addWord(QStringView word);

    QSet<QString> m_exact;
    QSet<QString> m_anyCase; // lower case
};

// What of a text is checked for spelling. Words are runs of letters; a hyphen or an apostrophe
// between letters keeps one word ("zorg-en-veiligheidshuis", "auto's"). Not words: web and
// e-mail addresses (http://, https://, www., anything with an @), keys and identifiers (a
// token with an underscore, a digit, a dot, colon or slash between letters, or a capital after
// a small letter: "camelCase"), and so numbers and citations ("7:457", "5.1"), single letters.
// In Markdown also code spans, link and image destinations, autolinks, entities ("&amp;") and
// the syntax characters.
class Spelling
{
public:
    // The words of text to check; a hyphenated word is one.
    static QList<SpellWord> words(QStringView text, bool markdown);
    // The words of text the speller does not know and the project does not accept. A hyphenated
    // word the speller does not know whole is checked in its parts, and only the parts not
    // known are given. An abbreviation the dictionary knows with its full stop ("bijv.") is
    // known. Nothing when the speller is not valid.
    static QList<SpellWord> misspelt(const Speller &speller, QStringView text, bool markdown,
                                     const AcceptedWords &accepted);
};

} // namespace kd
