#include "ruleregistry.h"

#include <QHash>

namespace kd {
namespace {

using Severity = Issue::Severity;

struct Entry
{
    RuleId rule;
    const char *id;
    Severity severity;
    const char *summary;
    const char *fix;
};

// Keep in RuleId order; docs/rules.md repeats every id, severity, summary and fix text.
constexpr Entry entries[] = {
    {RuleId::RequiredField, "required-field", Severity::Error,
     "A field the website needs is empty (or only white space).",
     "Fill in the field named in the message."},
    {RuleId::InvalidUid, "invalid-uid", Severity::Error,
     "An entity's uid is empty or not a lower-case UUID.",
     "Uids are made by the program; re-create the entity or repair the file with the tool "
     "that wrote it."},
    {RuleId::DuplicateUid, "duplicate-uid", Severity::Error, "Two or more entities share one uid.",
     "Give every entity its own uid; re-create the copied entity."},
    {RuleId::InvalidKey, "invalid-key", Severity::Error,
     "A key is not a URL slug: lower-case letters and digits in words joined by single hyphens.",
     "Rewrite the key, e.g. 'toestemming-ouders'."},
    {RuleId::DuplicateKey, "duplicate-key", Severity::Error,
     "A key is used twice within its scope (its kind; moments: within their scenario).",
     "Rename one of the entities' keys."},
    {RuleId::DanglingReference, "dangling-reference", Severity::Error,
     "A reference names an entity that does not exist (professional, legal source, theme, "
     "person, life domain, asset).",
     "Choose an existing entity or remove the reference."},
    {RuleId::DuplicateReference, "duplicate-reference", Severity::Warning,
     "A list of references names the same entity twice.", "Remove the second mention."},
    {RuleId::NonContiguousPositions, "non-contiguous-positions", Severity::Error,
     "An ordered list is not numbered 0, 1, 2, ... without gaps or repeats.",
     "Move an item in the list (any reorder renumbers it) or repair the file."},
    {RuleId::TooFewOptions, "too-few-options", Severity::Error,
     "A dilemma has fewer than two options.", "Add options until the dilemma has at least two."},
    {RuleId::MissingFeedback, "missing-feedback", Severity::Error, "An option has no feedback.",
     "Write the feedback the website shows after this choice."},
    {RuleId::MissingSolutionDirection, "missing-solution-direction", Severity::Error,
     "A dilemma has no solution direction (oplossingsrichting).",
     "Write the solution direction of the dilemma."},
    {RuleId::MissingLegalReference, "missing-legal-reference", Severity::Error,
     "A dilemma cites no legal source.",
     "Add at least one legal reference that backs the solution direction."},
    {RuleId::UndescribedProfessional, "undescribed-professional", Severity::Error,
     "A professional that dilemmas use has no description.",
     "Describe the professional: their role and the secrecy that binds them."},
    {RuleId::MissingPerson, "missing-person", Severity::Error, "A scenario has no persons.",
     "Add the members of the family to the scenario."},
    {RuleId::MissingSegment, "missing-segment", Severity::Error,
     "A scenario has no moments (of the wheel).", "Add at least one moment."},
    {RuleId::MissingLifeDomain, "missing-life-domain", Severity::Error,
     "A moment belongs to no life domain.",
     "Choose the life domains (zorg, schulden, ...) the moment touches."},
    {RuleId::InvalidAge, "invalid-age", Severity::Error, "A person's age is negative or above 120.",
     "Correct the age or leave it empty."},
    {RuleId::RawHtml, "raw-html", Severity::Error,
     "A formatted (Markdown) field contains raw HTML.",
     "Use Markdown instead of HTML; to show an angle bracket as text, put a backslash "
     "before it."},
    {RuleId::UnsafeLink, "unsafe-link", Severity::Error,
     "A link or image in a formatted field is not an https: or mailto: address.",
     "Link to an https:// address (or mailto:); relative and http: links are not allowed."},
    {RuleId::PlaceholderText, "placeholder-text", Severity::Warning,
     "A text field holds placeholder text: TODO, FIXME, lorem ipsum, xxx or ???.",
     "Replace the placeholder with the real text."},
    {RuleId::TooLong, "too-long", Severity::Error,
     "A field is longer than the website can show (see the length table).",
     "Shorten the text to the limit in the message."},
    {RuleId::InvalidCharacter, "invalid-character", Severity::Error,
     "A text field holds a control character or a broken surrogate that packages cannot carry.",
     "Retype the text around the position in the message; pasted text often brings these."},
    {RuleId::Spelling, "spelling", Severity::Info,
     "A text field holds words the Dutch dictionary does not know.",
     "Correct the spelling (the form underlines the words and suggests others), or add a "
     "correct word to the project dictionary."},
    {RuleId::Jargon, "jargon", Severity::Info, "A text uses a word of the project's jargon list.",
     "Write the plain alternative the message gives, or explain the term in the glossary."},
    {RuleId::HardToRead, "hard-to-read", Severity::Warning,
     "A formatted text is harder to read than plain language (B1) allows: its reading ease is "
     "too low, its sentences are too long on average, or one sentence is too long.",
     "Split long sentences and use shorter words; the line under the field shows the measures. "
     "The limits are settings of the project."},
    {RuleId::InvalidLegalIdentifier, "invalid-legal-identifier", Severity::Error,
     "A legal source's identifier is neither a BWB id (BWBR and 7 digits) nor a CELEX number.",
     "Use the BWB id from wetten.overheid.nl (BWBR0005290) or the CELEX number from EUR-Lex "
     "(32016R0679); leave it empty for a professional code."},
    {RuleId::InvalidLegalUrl, "invalid-legal-url", Severity::Error,
     "A legal source's URL is not a valid https:// address.",
     "Use the https address of the text, e.g. https://wetten.overheid.nl/BWBR0005290."},
    {RuleId::InvalidCitation, "invalid-citation", Severity::Error,
     "A legal source's article or part (boek, titeldeel, hoofdstuk, afdeling, paragraaf), or a "
     "legal reference's lid or onderdeel, is not written the way the law numbers it.",
     "Write the article as the law numbers it (272, 7:457, 5.2.6), each part as a number "
     "(7, 5.2), the lid as a number (2) and the onderdeel as a letter or number (a, 1°); a lid "
     "needs the source's article."},
    {RuleId::UnclearCitation, "unclear-citation", Severity::Warning,
     "A legal reference names no lid (or no onderdeel) of an article that other references cite "
     "by lid (or onderdeel), so it may mean any of them.",
     "Add the lid (and onderdeel) this reference means, as the other references to the source "
     "do."},
    {RuleId::InvalidDateRange, "invalid-date-range", Severity::Error,
     "A legal source is valid until a date before it is valid from.", "Correct either date."},
    {RuleId::LegalSourceExpired, "legal-source-expired", Severity::Error,
     "A dilemma or professional cites a legal source whose valid-until date lies before the "
     "as-of date.",
     "Cite the source that replaced it, or correct the valid-until date."},
    {RuleId::LegalSourceReviewDue, "legal-source-review-due", Severity::Warning,
     "A cited legal source is past its review-by date on the as-of date.",
     "Check the source against the current law and set a new review-by date."},
    {RuleId::InvalidColour, "invalid-colour", Severity::Error,
     "A life domain's colour is not of the form #rrggbb.", "Write the colour as #rrggbb."},
    {RuleId::UnsafeAssetName, "unsafe-asset-name", Severity::Error,
     "An asset's file name holds a path separator, a character Windows refuses, a control "
     "character, or starts with a dot.",
     "Rename the asset to a plain file name such as 'huisarts.svg'."},
    {RuleId::UnsupportedMediaType, "unsupported-media-type", Severity::Error,
     "An asset's media type is not one the website shows (PNG, JPEG, GIF, WebP, SVG).",
     "Convert the file to one of these image types."},
    {RuleId::AssetContentMismatch, "asset-content-mismatch", Severity::Error,
     "An asset's bytes are not of the media type it declares (a file called PNG that is HTML).",
     "Replace the file with a real image of the declared type, or correct the media type."},
    {RuleId::UnsafeSvg, "unsafe-svg", Severity::Error,
     "An SVG asset holds script, an event attribute, a reference outside the file, a DOCTYPE or "
     "foreign content.",
     "Export the drawing again as plain SVG (shapes, text, styles, #fragment links only)."},
    {RuleId::DuplicateAssetName, "duplicate-asset-name", Severity::Error,
     "Two assets have the same file name (ignoring case), so an export would overwrite one.",
     "Rename one of them."},
    {RuleId::UnusedProfessional, "unused-professional", Severity::Info,
     "No dilemma uses the professional.", "Use it in a dilemma or delete it."},
    {RuleId::UnusedLegalSource, "unused-legal-source", Severity::Info,
     "No dilemma and no professional cites the legal source.", "Cite it or delete it."},
    {RuleId::UnusedTheme, "unused-theme", Severity::Info, "No dilemma is tagged with the theme.",
     "Tag dilemmas with it or delete it."},
    {RuleId::UnusedAsset, "unused-asset", Severity::Info,
     "No professional icon and no scenario cover uses the asset.", "Use it or delete it."},
    {RuleId::MissingAltText, "missing-alt-text", Severity::Warning,
     "An asset that the site shows (a scenario's cover, a professional's icon) has no alt text, "
     "so the site leaves the picture out.",
     "Write in the asset's Alt text what the picture shows, for a reader who cannot see it."},
    // Errors as the export gate judges them; while editing the checker reports them as warnings.
    {RuleId::NotApproved, "not-approved", Severity::Error,
     "A dilemma or legal source has no approval that counts: its latest review is not an "
     "approval, it was never reviewed, or its approval is not signed, is signed with a key the "
     "project does not trust, has a signature that does not verify, or is by its last editor.",
     "Have a trusted reviewer other than its last editor approve it, or export with --draft."},
    {RuleId::ApprovalStale, "approval-stale", Severity::Error,
     "A dilemma or legal source was approved, but its content changed since (the content hash "
     "differs from the approved one).",
     "Have the changed content approved again, or export with --draft."},
    {RuleId::LawChanged, "law-changed", Severity::Error,
     "A dilemma was approved, but a legal source it cites changed since: the source differs from "
     "the version its own approval recorded when the dilemma was approved.",
     "Check the dilemma against the changed source and approve it again, or export with "
     "--draft."},
};

QList<Rule> buildRules()
{
    QList<Rule> rules;
    rules.reserve(std::size(entries));
    for (const Entry &e : entries) {
        Q_ASSERT(int(e.rule) == rules.size());
        rules.append({e.rule, QString::fromLatin1(e.id), e.severity, QString::fromUtf8(e.summary),
                      QString::fromUtf8(e.fix)});
    }
    return rules;
}

} // namespace

const QList<Rule> &RuleRegistry::all()
{
    static const QList<Rule> rules = buildRules();
    return rules;
}

const Rule &RuleRegistry::rule(RuleId id)
{
    return all().at(int(id));
}

const Rule *RuleRegistry::find(const QString &id)
{
    for (const Rule &rule : all()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

} // namespace kd
