#include "readability.h"

#include "wordscan.h"

#include <algorithm>

namespace kd {
namespace {

using WordScan::lowerOf;

bool isVowel(char16_t lower)
{
    switch (lower) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
    case 0xe0: // à
    case 0xe1: // á
    case 0xe2: // â
    case 0xe8: // è
    case 0xe9: // é
    case 0xea: // ê
    case 0xeb: // ë
    case 0xec: // ì
    case 0xed: // í
    case 0xee: // î
    case 0xef: // ï
    case 0xf2: // ò
    case 0xf3: // ó
    case 0xf4: // ô
    case 0xf6: // ö
    case 0xf9: // ù
    case 0xfa: // ú
    case 0xfb: // û
    case 0xfc: // ü
        return true;
    default:
        return false;
    }
}

// A vowel with a diaeresis begins a syllable of its own ("ideeën", "geïnd", "coördinator").
bool hasDiaeresis(char16_t lower)
{
    switch (lower) {
    case 0xe4: // ä
    case 0xeb: // ë
    case 0xef: // ï
    case 0xf6: // ö
    case 0xfc: // ü
        return true;
    default:
        return false;
    }
}

int syllablesOf(QStringView word)
{
    int groups = 0;
    bool inGroup = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = lowerOf(word.at(i));
        // "ij" is one vowel sound: the j continues a group the i began.
        const bool diaeresis = hasDiaeresis(c);
        const bool vowel
            = diaeresis || isVowel(c) || (c == u'j' && i > 0 && lowerOf(word.at(i - 1)) == u'i');
        if (vowel && (!inGroup || diaeresis))
            ++groups;
        inGroup = vowel;
    }
    return std::max(groups, 1);
}

} // namespace

double Readability::wordsPerSentence() const
{
    return sentences > 0 ? double(words) / sentences : 0;
}

double Readability::readingEase() const
{
    if (words == 0)
        return 0;
    return 206.835 - 0.93 * wordsPerSentence() - 77.0 * double(syllables) / words;
}

Readability::Problems Readability::problems(const Limits &limits) const
{
    Problems found;
    // The score and the average of a short text say little; a single sentence is judged by the
    // sentence limit. Judged as shown: the ease rounded to a whole number, the average to one
    // decimal.
    const bool judged = words >= limits.minimumWords;
    if (judged && qRound(readingEase()) < limits.minimumEase)
        found |= Problem::LowEase;
    if (judged && qRound(wordsPerSentence() * 10) > limits.maximumAverage * 10)
        found |= Problem::LongAverage;
    if (longestSentence > limits.maximumSentence)
        found |= Problem::LongSentence;
    return found;
}

Readability::Problems Readability::problems() const
{
    return problems(Limits());
}

Readability Readability::measure(QStringView text, bool markdown)
{
    Readability result;
    int sentenceWords = 0;
    const auto endSentence = [&] {
        if (sentenceWords == 0)
            return;
        ++result.sentences;
        result.longestSentence = std::max(result.longestSentence, sentenceWords);
        sentenceWords = 0;
    };
    qsizetype i = 0;
    while (i < text.size()) {
        if (markdown) {
            const qsizetype after = WordScan::skipMarkdown(text, i);
            if (after != i) {
                i = after;
                continue;
            }
        }
        const QChar c = text.at(i);
        if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < text.size()
                   && (text.at(end).isLetter()
                       || (WordScan::isWordJoiner(text.at(end)) && end + 1 < text.size()
                           && text.at(end + 1).isLetter())))
                ++end;
            // A word joined by hyphens is one word of all its syllables.
            const QStringView word = text.mid(i, end - i);
            const int syllables = syllablesOf(word);
            ++result.words;
            ++sentenceWords;
            result.syllables += syllables;
            if (syllables > 4)
                ++result.longWords;
            i = end;
            continue;
        }
        if (c == u'\n') {
            if (!markdown || WordScan::startsBlock(text, i + 1))
                endSentence();
        } else if (c == u'.' || c == u'!' || c == u'?') {
            // The end of a sentence: the mark, white space, then not a lower-case letter or a
            // digit ("art. 7:457", "bijv. de school" go on).
            qsizetype next = i + 1;
            while (next < text.size()
                   && (text.at(next) == u'*' || text.at(next) == u'_' || text.at(next) == u'"'
                       || text.at(next) == u')'))
                ++next;
            if (next >= text.size()) {
                endSentence();
            } else if (text.at(next).isSpace()) {
                qsizetype word = next;
                while (word < text.size() && text.at(word) == u' ')
                    ++word;
                if (word >= text.size() || !(text.at(word).isLower() || text.at(word).isDigit()))
                    endSentence();
            }
        }
        ++i;
    }
    endSentence();
    return result;
}

} // namespace kd
