#pragma once

namespace kd {

// Every validation rule, by an identifier the compiler checks. The stable kebab-case spelling,
// severity and texts of each live in RuleRegistry; checks emit issues by RuleId so that nothing
// can report a rule the registry (and docs/rules.md) does not know.
enum class RuleId {
    // structure
    RequiredField,
    InvalidUid,
    DuplicateUid,
    InvalidKey,
    DuplicateKey,
    DanglingReference,
    DuplicateReference,
    NonContiguousPositions,
    // content
    TooFewOptions,
    MissingFeedback,
    MissingSolutionDirection,
    MissingLegalReference,
    UndescribedProfessional,
    MissingPerson,
    MissingSegment,
    MissingLifeDomain,
    InvalidAge,
    // text
    RawHtml,
    UnsafeLink,
    PlaceholderText,
    TooLong,
    InvalidCharacter,
    Spelling,
    Jargon,
    HardToRead,
    // law
    InvalidLegalIdentifier,
    InvalidLegalUrl,
    InvalidCitation,
    UnclearCitation,
    InvalidDateRange,
    LegalSourceExpired,
    LegalSourceReviewDue,
    // registers and assets
    InvalidColour,
    UnsafeAssetName,
    UnsupportedMediaType,
    AssetContentMismatch,
    UnsafeSvg,
    DuplicateAssetName,
    UnusedProfessional,
    UnusedLegalSource,
    UnusedTheme,
    UnusedAsset,
    MissingAltText,
    // review
    NotApproved,
    ApprovalStale,
    LawChanged,
};

} // namespace kd
