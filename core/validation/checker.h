#pragma once

#include "issue.h"
#include "ruleid.h"
#include "validationindex.h"
#include "validator.h"

#include "model/project.h"
#include "review/approvaltrust.h"
#include "review/lawchanges.h"
#include "text/plainlanguage.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace kd {

// One validation run: walks the project, runs every rule on the entities in scope (the whole
// project, or one entity with what it owns) and collects the issues, unsorted. Private to
// core/validation; Validator is the public face.
class Checker
{
public:
    Checker(const Project &project, const ValidationOptions &options, const ValidationIndex &index);

    // targetUid empty or the project's uid: everything. Otherwise only the issues located on
    // that entity and its children; none when no entity has that uid.
    QList<Issue> run(const QString &targetUid);

    // The same, in parts, for a project read one scenario at a time (ValidationRun): the
    // project and its registers (the project's scenarios are only counted, for their
    // positions), then each scenario with everything in it. The issues collect until taken.
    void checkRegisters(const QString &targetUid = {});
    void checkScenario(const Scenario &scenario) { walkScenario(scenario, true); }
    QList<Issue> takeIssues() { return std::move(m_issues); }

private:
    struct Location
    {
        EntityKind kind;
        QString uid;
        QString path;
    };

    void report(RuleId rule, const Location &at, const QString &field, const QString &message);

    void checkProject();
    void checkRegister(const LifeDomain &domain);
    void checkRegister(const Professional &professional);
    void checkRegister(const LegalSource &source);
    void checkRegister(const Theme &theme);
    void checkRegister(const GlossaryTerm &term);
    void checkRegister(const Asset &asset);
    void walkScenario(const Scenario &scenario, bool active);
    void checkScenario(const Scenario &scenario, const Location &at);
    void checkPerson(const Person &person, const Location &at);
    void walkSegment(const Segment &segment, const Location &at, const QSet<QString> &persons,
                     const QHash<QString, int> &segmentKeys, bool active);
    void checkSegment(const Segment &segment, const Location &at, const QSet<QString> &persons,
                      const QHash<QString, int> &segmentKeys);
    void walkDilemma(const Dilemma &dilemma, const Location &at, bool active);
    void checkDilemma(const Dilemma &dilemma, const Location &at);
    void checkOption(const Option &option, const Location &at);
    void checkLegalReference(const LegalReference &reference, const Location &at);

    // Shared checks.
    void checkUid(const Location &at);
    // Reports every field the description flags Required (FieldFlag::Required) that is empty in
    // entity: text with nothing but white space, no bytes. The per-kind checks look further only
    // at fields that have content.
    template<typename T>
    void checkRequired(const Location &at, const T &entity);
    // The key's own checks; an empty key is checkRequired's.
    void checkKey(const Location &at, const QString &key, int uses);
    void checkText(const Location &at, const QString &field, const QString &value,
                   bool markdown = false);
    // The plain-language rules: spelling and jargon.
    void checkWords(const Location &at, const QString &field, const QString &value, bool markdown);
    void checkMarkdown(const Location &at, const QString &field, const QString &value);
    // The plain-language rule hard-to-read, for formatted prose, against the project's limits.
    void checkReadability(const Location &at, const QString &field, const QString &value);
    // missingText and duplicateText: untranslated messages (QT_TRANSLATE_NOOP in "kd::Checker")
    // with the quoted uid as %1, translated only when an issue is reported.
    void checkReferenceList(const Location &at, const QString &field, const QStringList &uids,
                            bool (ValidationIndex::*exists)(const QString &) const,
                            const char *missingText, const char *duplicateText);
    void checkDuplicates(const Location &at, const QString &field, const QStringList &uids,
                         const char *duplicateText);
    template<typename List>
    void checkPositions(const Location &at, const QString &field, const List &items);
    void checkCitation(const Location &at, const QString &field, const QString &sourceUid);
    void checkCitationParts(const Location &at, const LegalSource &source);
    void checkCitationParts(const Location &at, const LegalReference &reference,
                            const LegalSource &source);
    template<typename Entity>
    void checkReview(const Location &at, const Entity &entity);
    void indexReviews();

    const Project &m_project;
    const ValidationOptions &m_options;
    const ValidationIndex &m_index;
    QString m_target;
    std::array<QList<std::pair<QString, int>>, 16> m_limits;
    QList<Issue> m_issues;
    PlainLanguage m_plain;
    std::shared_ptr<const Speller> m_speller;
    AcceptedWords m_scenarioNames; // the words of the current scenario's persons' names

    // Per reviewable uid: the latest review record and the latest approval among its records.
    struct ReviewIndexEntry
    {
        const Review *latest = nullptr;
        const Review *approval = nullptr;
    };
    QHash<QString, ReviewIndexEntry> m_reviews;
    bool m_reviewsIndexed = false;
    std::optional<ApprovalTrust> m_trust; // made with the review index
    std::optional<LawChanges> m_law;      // likewise
};

} // namespace kd
