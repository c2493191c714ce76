#pragma once

#include "readability.h"
#include "spelling.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace kd {

struct Project;
struct ProjectInfo;

// A word of official Dutch with the everyday word to write instead ("derhalve" → "daarom").
struct JargonTerm
{
    QString term;        // one or more words, as the list gives them
    QString alternative; // empty when the list gives none

    bool operator==(const JargonTerm &) const = default;
};

// A use of a jargon term in a text: where it is and which term.
struct JargonUse
{
    qsizetype position = 0;
    qsizetype length = 0;
    int term = 0; // index into PlainLanguage::jargon()
};

// What the plain-language rules (docs/rules.md: "spelling", "jargon", "Plain-language limits")
// and the forms measure a project's texts against: its readability limits, its jargon list less the
// terms its glossary explains, and the words it accepts whatever the dictionary says.
class PlainLanguage
{
public:
    static PlainLanguage of(const Project &project);

    // The project's limits; an unset one is Readability::Limits' default.
    static Readability::Limits limitsOf(const ProjectInfo &info);
    // The jargon list of ProjectInfo::jargon: one term a line, its alternative after '='.
    // Blank lines and lines starting with '#' are skipped; terms compare in lower case.
    static QList<JargonTerm> parseJargon(const QString &list);

    const Readability::Limits &limits() const { return m_limits; }
    const QList<JargonTerm> &jargon() const { return m_jargon; }
    const AcceptedWords &acceptedWords() const { return m_accepted; }

    // The jargon terms used in a text, whole words only, in any case, in order.
    QList<JargonUse> jargonIn(QStringView text, bool markdown) const;

private:
    Readability::Limits m_limits;
    QList<JargonTerm> m_jargon;
    QList<QStringList> m_termWords;            // per term, its words in lower case
    QHash<QString, QList<int>> m_termsByFirst; // lower-case first word -> terms
    AcceptedWords m_accepted;
};

} // namespace kd
