#pragma once

#include "model/entitykind.h"
#include "model/project.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

class ProjectDocument;

// Find and replace across the text fields of the project (plain and formatted text; keys are
// left alone, since a key is an address, not prose) as one undoable step. Text is found as the
// search finds it: case and diacritics do not matter ("een" finds "Eén"; Unicode canonical
// decomposition with the combining marks dropped) and a match begins where a word begins. What
// is replaced is the matching span of the field's own text; the rest, with its diacritics, stays.
namespace ReplaceAll {

// A part of the project: all of it (kind Project), or a scenario or a dilemma with all it holds.
struct Scope
{
    EntityKind kind = EntityKind::Project;
    QString uid;
};

struct Options
{
    bool wholeWords = false; // a match must also end where a word ends
    Scope scope;
};

// One field that a replacement changes, and its text after the change.
struct Change
{
    EntityKind kind = EntityKind::Project;
    QString uid;
    QString field;
    QString text;
};

// A run of characters in a text: where it starts and how many UTF-16 units it covers.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// Where find occurs in text, first to last, not overlapping. Whitespace in find matches any
// run of whitespace.
QList<Span> occurrences(const QString &text, const QString &find, bool wholeWords);
// text with every occurrence of find replaced by replacement, as written.
QString replaced(const QString &text, const QString &find, const QString &replacement,
                 bool wholeWords);

// The entities that scope covers, as uids (the scenario or dilemma itself included).
QSet<QString> uidsIn(const Project &project, const Scope &scope);
// The scenario (kind Scenario) or dilemma (kind Dilemma) that holds the entity with this uid,
// or that it is; nullopt when there is none.
std::optional<Scope> holderOf(const Project &project, EntityKind kind, const QString &uid);

// The changes replacing would make, without making them (a dry run).
QList<Change> plan(const ProjectDocument &document, const QString &find, const QString &replacement,
                   const Options &options = {});
// The change replacing in one field would make; nullopt when the field does not hold find, is
// not a text field, or is a key.
std::optional<Change> planField(const ProjectDocument &document, EntityKind kind,
                                const QString &uid, const QString &field, const QString &find,
                                const QString &replacement, bool wholeWords);
// The approved dilemmas and legal sources (approval counting now) whose reviewed content the
// changes would change: the approvals that would need a review again. Uids, in project order.
QStringList approvalsMadeStale(const ProjectDocument &document, const QList<Change> &changes);
// Makes the changes as one macro on the document's undo stack, named for find and replacement;
// returns how many fields changed.
int apply(ProjectDocument *document, const QList<Change> &changes, const QString &find,
          const QString &replacement);

// plan() and apply(): returns how many fields changed.
int run(ProjectDocument *document, const QString &find, const QString &replacement,
        const Options &options = {});

} // namespace ReplaceAll
} // namespace kd
