#pragma once

#include <QFlags>
#include <QString>
#include <QStringView>

namespace kd {

// How readable a Dutch text is, measured in one pass without allocating (validation runs it on
// every prose field of a large project). docs/rules.md, "Plain-language limits", explains them.
//
// Words are runs of letters (a hyphen or apostrophe inside a word keeps it one word:
// "zorg-en-veiligheidshuis", "auto's"); numbers and citations ("7:457") are not words. A sentence
// ends at '.', '!' or '?' followed by white space and then not by a lower-case letter or a digit
// (so "art. 7:457" and "bijv. de school" do not end one), at the end of a line (in Markdown only
// at the end of a block: a paragraph, a list item, a heading, a quote; a line break inside a
// paragraph is a space) and at the end of the text. Syllables are counted as groups of vowels
// (a, e, i, o, u, y and "ij"), a vowel with a diaeresis starting a new one ("ideeën": i-dee-en):
// a close approximation for Dutch. In Markdown the syntax is not read as words: link and image
// destinations, autolinks and code spans are skipped.
struct Readability
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    int longWords = 0;       // of more than four syllables
    int longestSentence = 0; // in words

    // Flesch–Douma reading ease (W. H. Douma, 1960, the Dutch adaptation of Flesch's 1948
    // formula): 206.835 - 0.93 * words per sentence - 77 * syllables per word. Higher is easier:
    // 60 to 70 reads fairly easily, below 30 is very hard. 0 words: 0.
    double readingEase() const;
    double wordsPerSentence() const;

    // Where plain language (B1) ends, by default: below this reading ease or above this average
    // sentence length (both judged only on texts of minimumWords or more, as they say little of a
    // short text), or with a sentence longer than this. docs/rules.md gives the sources.
    struct Limits
    {
        int minimumEase = 50;
        int minimumWords = 30;
        int maximumAverage = 20;
        int maximumSentence = 30;
    };
    enum class Problem { None = 0x0, LowEase = 0x1, LongAverage = 0x2, LongSentence = 0x4 };
    Q_DECLARE_FLAGS(Problems, Problem)
    Problems problems(const Limits &limits) const;
    Problems problems() const; // with the default limits

    static Readability measure(QStringView text, bool markdown);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(Readability::Problems)

} // namespace kd
