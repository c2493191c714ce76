#include "plainlanguage.h"

#include "model/project.h"

#include <QSet>

namespace kd {

PlainLanguage PlainLanguage::of(const Project &project)
{
    PlainLanguage plain;
    plain.m_limits = limitsOf(project.info);
    plain.m_accepted = AcceptedWords::of(project);
    // A term the glossary explains is not jargon: the website links it to its definition.
    QSet<QString> explained;
    for (const GlossaryTerm &entry : project.glossary)
        explained.insert(entry.term.trimmed().toLower());
    for (const JargonTerm &jargon : parseJargon(project.info.jargon)) {
        if (explained.contains(jargon.term.toLower()))
            continue;
        QStringList words;
        for (const SpellWord &word : Spelling::words(jargon.term, false))
            words.append(jargon.term.mid(word.position, word.length).toLower());
        if (words.isEmpty())
            continue;
        plain.m_termsByFirst[words.constFirst()].append(int(plain.m_jargon.size()));
        plain.m_termWords.append(words);
        plain.m_jargon.append(jargon);
    }
    return plain;
}

Readability::Limits PlainLanguage::limitsOf(const ProjectInfo &info)
{
    Readability::Limits limits;
    limits.minimumEase = info.minimumReadingEase.value_or(limits.minimumEase);
    limits.maximumAverage = info.maximumAverageSentence.value_or(limits.maximumAverage);
    limits.maximumSentence = info.maximumSentence.value_or(limits.maximumSentence);
    return limits;
}

QList<JargonTerm> PlainLanguage::parseJargon(const QString &list)
{
    QList<JargonTerm> terms;
    for (QStringView line : QStringView(list).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QStringView term = (equals < 0 ? line : line.left(equals)).trimmed();
        if (term.isEmpty())
            continue;
        terms.append(
            {term.toString(), equals < 0 ? QString() : line.mid(equals + 1).trimmed().toString()});
    }
    return terms;
}

QList<JargonUse> PlainLanguage::jargonIn(QStringView text, bool markdown) const
{
    QList<JargonUse> uses;
    if (m_jargon.isEmpty())
        return uses;
    const QList<SpellWord> words = Spelling::words(text, markdown);
    const auto wordAt = [&](qsizetype i) {
        return text.mid(words.at(i).position, words.at(i).length);
    };
    QString lower; // reused: most words are no term, and need no allocation of their own
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = wordAt(i);
        lower.resize(word.size());
        for (qsizetype k = 0; k < word.size(); ++k)
            lower[k] = word.at(k).toLower();
        const auto candidates = m_termsByFirst.constFind(lower);
        if (candidates == m_termsByFirst.cend())
            continue;
        for (const int term : *candidates) {
            const QStringList &termWords = m_termWords.at(term);
            if (i + termWords.size() > words.size())
                continue;
            bool matches = true;
            for (qsizetype k = 1; k < termWords.size() && matches; ++k)
                matches = wordAt(i + k).compare(termWords.at(k), Qt::CaseInsensitive) == 0;
            if (!matches)
                continue;
            const SpellWord &last = words.at(i + termWords.size() - 1);
            uses.append(
                {words.at(i).position, last.position + last.length - words.at(i).position, term});
            i += termWords.size() - 1;
            break;
        }
    }
    return uses;
}

} // namespace kd
