#include "spelling.h"

#include "model/project.h"
#include "wordscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <hunspell/hunspell.hxx>

#include <atomic>
#include <string>
#include <unordered_map>

namespace kd {
namespace {

// Characters that join the two sides into one token (a key, an address, a citation, a
// decimal) when they stand between letters or digits.
bool isInnerTokenCharacter(QChar c)
{
    return c == u'_' || c == u'.' || c == u':' || c == u'/' || c == u'@';
}

bool startsWithNoCase(QStringView text, qsizetype i, QLatin1String prefix)
{
    return text.size() - i >= prefix.size()
           && text.mid(i, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool startsAddress(QStringView text, qsizetype i)
{
    return startsWithNoCase(text, i, QLatin1String("http://"))
           || startsWithNoCase(text, i, QLatin1String("https://"))
           || startsWithNoCase(text, i, QLatin1String("www."))
           || startsWithNoCase(text, i, QLatin1String("mailto:"));
}

qsizetype nextSpace(QStringView text, qsizetype i)
{
    while (i < text.size() && !text.at(i).isSpace())
        ++i;
    return i;
}

// The index after a Markdown entity ("&amp;", "&#160;") starting at i, or i.
qsizetype skipEntity(QStringView text, qsizetype i)
{
    if (text.at(i) != u'&')
        return i;
    qsizetype end = i + 1;
    while (end < text.size() && end - i < 32
           && (text.at(end).isLetterOrNumber() || text.at(end) == u'#'))
        ++end;
    return end < text.size() && end > i + 1 && text.at(end) == u';' ? end + 1 : i;
}

// Whether a token (letters, digits and what isInnerTokenCharacter joins) is a word: not a key,
// an identifier, an address or a number.
bool isWordToken(QStringView token)
{
    QChar previous;
    for (const QChar c : token) {
        if (c.isDigit() || isInnerTokenCharacter(c) || (c.isUpper() && previous.isLower()))
            return false;
        previous = c;
    }
    return true;
}

// Calls visit(position, length) for every word of text to check (Spelling::words() says what
// one is), in order, without allocating.
template<typename Visit>
void forEachWord(QStringView text, bool markdown, Visit &&visit)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (markdown) {
            qsizetype after = WordScan::skipMarkdown(text, i);
            if (after == i)
                after = skipEntity(text, i);
            if (after != i) {
                i = after;
                continue;
            }
        }
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        if (startsAddress(text, i)) {
            i = nextSpace(text, i);
            continue;
        }
        // The token: letters and digits, joined by what may stand between them.
        qsizetype end = i + 1;
        while (end < text.size()) {
            const QChar d = text.at(end);
            const bool joins = (WordScan::isWordJoiner(d) || isInnerTokenCharacter(d))
                               && end + 1 < text.size() && text.at(end + 1).isLetterOrNumber();
            if (!d.isLetterOrNumber() && !joins)
                break;
            ++end;
        }
        // An e-mail address whose name began before a character that is no token's.
        if (end < text.size() && text.at(end) == u'@') {
            i = nextSpace(text, end);
            continue;
        }
        const QStringView token = text.mid(i, end - i);
        if (isWordToken(token) && token.size() > 1)
            visit(i, end - i);
        i = end;
    }
}

// Calls visit(position, length) for each part of a hyphenated word at position.
template<typename Visit>
void forEachPart(QStringView text, qsizetype position, qsizetype length, Visit &&visit)
{
    qsizetype start = position;
    const qsizetype end = position + length;
    for (qsizetype i = position; i <= end; ++i) {
        if (i == end || text.at(i) == u'-') {
            if (i > start)
                visit(start, i - start);
            start = i + 1;
        }
    }
}

bool isShortAbbreviation(QStringView word)
{
    if (word.size() > 5)
        return false;
    for (const QChar c : word) {
        if (!c.isUpper())
            return false;
    }
    return true;
}

bool isNeverChecked(QStringView word)
{
    if (word.size() < 2 || isShortAbbreviation(word))
        return true;
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
        // A word in another script (a name in Arabic or Hebrew) is not Dutch to check.
        if (c.unicode() >= 0x250 && c.isLetter() && c.script() != QChar::Script_Latin)
            return true;
    }
    // The words of a citation: "art. 7:457 lid 2".
    return word == u"art" || word == u"lid";
}

QString missingFile(const QString &path)
{
    return QCoreApplication::translate(
               "kd::Speller",
               "The Dutch dictionary for spell checking is missing: there is no %1. Install the "
               "package hunspell-nl, or set KD_HUNSPELL_DIR to the folder that holds nl.aff "
               "and nl.dic.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

// --- Speller -------------------------------------------------------------------------------

Speller::~Speller() = default;

quint64 Speller::nextId()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

std::shared_ptr<const Speller> Speller::dutch()
{
    // A function's static is initialised once, thread-safely, at the first call.
    static const std::shared_ptr<const Speller> speller = fromEnvironment();
    return speller;
}

std::shared_ptr<const Speller> Speller::fromEnvironment()
{
    const QString directory = qEnvironmentVariable("KD_HUNSPELL_DIR");
    return fromDirectory(directory.isEmpty() ? QStringLiteral("/usr/share/hunspell") : directory);
}

std::shared_ptr<const Speller> Speller::fromDirectory(const QString &directory, const QString &name)
{
    std::shared_ptr<Speller> speller(new Speller);
    const QDir dir(directory);
    const QString aff = dir.filePath(name + QLatin1String(".aff"));
    const QString dic = dir.filePath(name + QLatin1String(".dic"));
    for (const QString &path : {aff, dic}) {
        if (!QFileInfo(path).isFile()) {
            speller->m_error = missingFile(path);
            return speller;
        }
    }
    speller->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                     QFile::encodeName(dic).constData());
    const std::string encoding = speller->m_hunspell->get_dict_encoding();
    speller->m_latin1 = encoding == "ISO8859-1" || encoding == "ISO-8859-1";
    return speller;
}

bool Speller::isCorrect(QStringView word) const
{
    if (!m_hunspell || isNeverChecked(word))
        return true;
    // Each thread keeps the answers it got: a word seen before costs a lookup by its view, with
    // no lock and no allocation; only a new word waits for Hunspell.
    struct Answers
    {
        struct Hash
        {
            using is_transparent = void;
            size_t operator()(QStringView w) const { return qHash(w); }
        };
        struct Equal
        {
            using is_transparent = void;
            bool operator()(QStringView a, QStringView b) const { return a == b; }
        };
        quint64 speller = 0;
        std::unordered_map<QString, bool, Hash, Equal> correct;
    };
    thread_local Answers answers;
    if (answers.speller != m_id) {
        answers.correct.clear();
        answers.speller = m_id;
    }
    if (const auto it = answers.correct.find(word); it != answers.correct.end())
        return it->second;
    QString key = word.toString();
    key.replace(QChar(0x2019), u'\''); // the typographic apostrophe: "auto’s"
    bool correct = lookUp(key);
    if (!correct && key.at(0).isUpper()) {
        QString lower = key;
        lower[0] = lower.at(0).toLower();
        correct = lookUp(lower) || lookUp(key.toLower());
        // "Eén" starts a sentence with "één" (the Taalunie's spelling of a capital there).
        if (!correct && lower.startsWith(QStringLiteral("e\u00e9")))
            correct = lookUp(QChar(0xe9) + lower.mid(1));
    }
    answers.correct.emplace(word.toString(), correct);
    return correct;
}

bool Speller::lookUp(const QString &word) const
{
    const QByteArray bytes = m_latin1 ? word.toLatin1() : word.toUtf8();
    const QMutexLocker locker(&m_hunspellLock);
    return m_hunspell->spell(std::string(bytes.constData(), size_t(bytes.size())));
}

QStringList Speller::suggestions(const QString &word, int max) const
{
    if (!m_hunspell || word.isEmpty() || max <= 0)
        return {};
    const QByteArray bytes = m_latin1 ? word.toLatin1() : word.toUtf8();
    std::vector<std::string> suggested;
    {
        const QMutexLocker locker(&m_hunspellLock);
        suggested = m_hunspell->suggest(std::string(bytes.constData(), size_t(bytes.size())));
    }
    QStringList result;
    for (const std::string &s : suggested) {
        if (result.size() >= max)
            break;
        result << (m_latin1 ? QString::fromLatin1(s.data(), qsizetype(s.size()))
                            : QString::fromUtf8(s.data(), qsizetype(s.size())));
    }
    return result;
}

// --- AcceptedWords -------------------------------------------------------------------------

AcceptedWords AcceptedWords::of(const Project &project)
{
    AcceptedWords accepted;
    accepted.add(project.info.dictionary);
    for (const GlossaryTerm &term : project.glossary)
        accepted.add(term.term);
    for (const Scenario &scenario : project.scenarios) {
        for (const Person &person : scenario.persons)
            accepted.add(person.name);
    }
    for (const Professional &professional : project.professionals)
        accepted.add(professional.title);
    for (const LegalSource &source : project.legalSources)
        accepted.add(source.shortTitle);
    return accepted;
}

void AcceptedWords::add(QStringView text)
{
    forEachWord(text, false, [&](qsizetype position, qsizetype length) {
        addWord(text.mid(position, length));
        if (text.mid(position, length).contains(u'-')) {
            forEachPart(text, position, length, [&](qsizetype part, qsizetype partLength) {
                addWord(text.mid(part, partLength));
            });
        }
    });
}

void AcceptedWords::addWord(QStringView word)
{
    const QString lower = word.toString().toLower();
    if (lower == word)
        m_anyCase.insert(lower);
    else
        m_exact.insert(word.toString());
}

bool AcceptedWords::contains(QStringView word) const
{
    if (isEmpty())
        return false;
    const QString key = word.toString();
    return m_exact.contains(key) || m_anyCase.contains(key.toLower());
}

// --- Spelling ------------------------------------------------------------------------------

QList<SpellWord> Spelling::words(QStringView text, bool markdown)
{
    QList<SpellWord> words;
    forEachWord(text, markdown, [&](qsizetype position, qsizetype length) {
        words.append({position, length});
    });
    return words;
}

QList<SpellWord> Spelling::misspelt(const Speller &speller, QStringView text, bool markdown,
                                    const AcceptedWords &accepted)
{
    QList<SpellWord> found;
    if (!speller.isValid())
        return found;
    const auto known = [&](qsizetype position, qsizetype length) {
        const QStringView word = text.mid(position, length);
        if (speller.isCorrect(word) || accepted.contains(word))
            return true;
        // An abbreviation the dictionary knows with its full stop: "bijv.", "art.".
        const qsizetype end = position + length;
        return end < text.size() && text.at(end) == u'.'
               && speller.isCorrect(text.mid(position, length + 1));
    };
    forEachWord(text, markdown, [&](qsizetype position, qsizetype length) {
        if (known(position, length))
            return;
        if (!text.mid(position, length).contains(u'-')) {
            found.append({position, length});
            return;
        }
        forEachPart(text, position, length, [&](qsizetype part, qsizetype partLength) {
            if (!known(part, partLength))
                found.append({part, partLength});
        });
    });
    return found;
}

} // namespace kd
