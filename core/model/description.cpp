#include "description.h"

#include <QCoreApplication>

namespace kd {

QString FieldDescription::labelWithMnemonic() const
{
    return label ? QCoreApplication::translate("kd::FieldTable", label) : QString();
}

QString FieldDescription::labelText() const
{
    QString text = labelWithMnemonic();
    // "&&" is a literal ampersand; a single "&" marks the accelerator.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&')
            text.remove(i, 1);
    }
    return text;
}

bool FieldDescription::isSpellChecked() const
{
    if ((type != ValueType::Text && type != ValueType::Markdown)
        || !(has(FieldFlag::Words) || has(FieldFlag::Names)))
        return false;
    for (const char *notWords : {"key", "url", "identifier", "pinpoint"}) {
        if (qstrcmp(name, notWords) == 0)
            return false;
    }
    return true;
}

const FieldDescription *KindDescription::field(const QString &name) const
{
    for (const FieldDescription &f : fields) {
        if (name == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

const FieldDescription *KindDescription::namingField() const
{
    for (const FieldDescription &f : fields) {
        if (f.has(FieldFlag::Names))
            return &f;
    }
    return nullptr;
}

namespace {

using V = ValueType;
using F = FieldFlag;
using K = EntityKind;

// The flags most fields share.
constexpr FieldFlags edited = F::Edited;
constexpr FieldFlags searched = F::Searched | F::Edited;
constexpr FieldFlags prose = F::Searched | F::Edited | F::Words;

// Every kind's own uid and position.
template<typename T>
Field<T> uidOf()
{
    return {&T::uid, {"uid", "uid", V::Uid, {}}};
}

template<typename T>
Field<T> positionOf()
{
    return {&T::position, {"position", "position", V::Position, F::Unpublished}};
}

// The key: unique within its scope, part of every key path; required, searched.
template<typename T>
Field<T> keyOf(FieldFlags extra = {})
{
    return {&T::key,
            {"key",
             "key",
             V::Text,
             searched | F::Required | extra,
             QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"),
             K::Project,
             {},
             60}};
}

} // namespace

// Each list in the order of the struct, which is also the order of the columns, of the form and
// of the canonical form that ContentHash writes: a reviewed field may be added only at the end.
// clang-format off
const QList<Field<ProjectInfo>> &Described<ProjectInfo>::fields()
{
    static const QList<Field<ProjectInfo>> table{
        {&ProjectInfo::uid, {"uid", "uid", V::Uid, {}}},
        {&ProjectInfo::title, {"title", "title", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Title"), K::Project, {}, 100}},
        {&ProjectInfo::description, {"description", "description", V::Markdown, prose,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Description")}},
        {&ProjectInfo::publisher, {"publisher", "publisher", V::Text, searched,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Publisher"), K::Project, {}, 100}},
        {&ProjectInfo::language, {"language", "language", V::Text, edited | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Language")}},
        // Added in schema version 8: the words of plain language, in a package only when set.
        {&ProjectInfo::dictionary, {"dictionary", "dictionary", V::Lines, edited | F::LaterInForm,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Project dictio&nary")}},
        {&ProjectInfo::jargon, {"jargon", "jargon", V::Lines, edited | F::LaterInForm,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Jargon")}},
        {&ProjectInfo::minimumReadingEase, {"minimumReadingEase", "minimum_reading_ease",
            V::OptionalInteger, edited | F::LaterInForm,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Minimum reading &ease")}},
        {&ProjectInfo::maximumAverageSentence, {"maximumAverageSentence",
            "maximum_average_sentence", V::OptionalInteger, edited | F::LaterInForm,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Ma&ximum average sentence")}},
        {&ProjectInfo::maximumSentence, {"maximumSentence", "maximum_sentence",
            V::OptionalInteger, edited | F::LaterInForm,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Maximum sentence len&gth")}},
    };
    return table;
}

const QList<Field<LifeDomain>> &Described<LifeDomain>::fields()
{
    static const QList<Field<LifeDomain>> table{
        uidOf<LifeDomain>(),
        keyOf<LifeDomain>(),
        {&LifeDomain::label, {"label", "label", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Label"), K::Project, {}, 40}},
        {&LifeDomain::colour, {"colour", "colour", V::Colour, edited | F::Required | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Colour")}},
        positionOf<LifeDomain>(),
    };
    return table;
}

const QList<Field<Professional>> &Described<Professional>::fields()
{
    static const QList<Field<Professional>> table{
        uidOf<Professional>(),
        keyOf<Professional>(),
        {&Professional::title, {"title", "title", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Title"), K::Project, {}, 100}},
        {&Professional::description, {"description", "description", V::Markdown, prose,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Description")}},
        {&Professional::secrecy, {"secrecy", "secrecy", V::Enumeration, edited,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Secrecy regime"), K::Project, {}, 0,
            &secrecyRegimeNames}},
        {&Professional::defaultLegalSourceUids, {"defaultLegalSourceUids", nullptr,
            V::ReferenceList, edited,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Default le&gal sources"), K::LegalSource,
            {"professional_legal_source", "professional_uid", "legal_source_uid"}}},
        {&Professional::iconAssetUid, {"iconAssetUid", "icon_asset_uid", V::Reference, edited,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Icon"), K::Asset}},
        positionOf<Professional>(),
    };
    return table;
}

const QList<Field<LegalSource>> &Described<LegalSource>::fields()
{
    constexpr FieldFlags reviewed = searched | F::Reviewed;
    constexpr FieldFlags later = F::Reviewed | F::LaterInForm;
    constexpr FieldFlags structure = searched | later;
    static const QList<Field<LegalSource>> table{
        uidOf<LegalSource>(),
        keyOf<LegalSource>(F::Reviewed),
        {&LegalSource::shortTitle, {"shortTitle", "short_title", V::Text,
            reviewed | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Short title"), K::Project, {}, 40}},
        {&LegalSource::fullTitle, {"fullTitle", "full_title", V::Text,
            reviewed | F::Required | F::Words,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Full title"), K::Project, {}, 250}},
        {&LegalSource::pinpoint, {"pinpoint", "pinpoint", V::Text, reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Pinpoint"), K::Project, {}, 100}},
        {&LegalSource::identifier, {"identifier", "identifier", V::Text, reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "I&dentifier")}},
        {&LegalSource::url, {"url", "url", V::Text, reviewed | F::Required,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&URL")}},
        {&LegalSource::validFrom, {"validFrom", "valid_from", V::Date, edited | F::Reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Valid f&rom")}},
        {&LegalSource::validUntil, {"validUntil", "valid_until", V::Date, edited | F::Reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Valid u&ntil")}},
        {&LegalSource::reviewBy, {"reviewBy", "review_by", V::Date, edited | F::Reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Re&view by")}},
        {&LegalSource::summary, {"summary", "summary", V::Markdown, prose | F::Reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Su&mmary")}},
        positionOf<LegalSource>(),
        // Added in schema version 7: the provision's structure and the version checked.
        {&LegalSource::versionDate, {"versionDate", "version_date", V::Date, edited | later,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Versi&on checked"), K::Project, {}, 0, nullptr,
            "url"}},
        {&LegalSource::boek, {"boek", "boek", V::Text, structure,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Boek"), K::Project, {}, 20, nullptr,
            "identifier"}},
        {&LegalSource::titeldeel, {"titeldeel", "titeldeel", V::Text, structure,
            QT_TRANSLATE_NOOP("kd::FieldTable", "T&iteldeel"), K::Project, {}, 20, nullptr,
            "boek"}},
        {&LegalSource::hoofdstuk, {"hoofdstuk", "hoofdstuk", V::Text, structure,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Hoofdstuk"), K::Project, {}, 20, nullptr,
            "titeldeel"}},
        {&LegalSource::afdeling, {"afdeling", "afdeling", V::Text, structure,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Afdelin&g"), K::Project, {}, 20, nullptr,
            "hoofdstuk"}},
        {&LegalSource::paragraaf, {"paragraaf", "paragraaf", V::Text, structure,
            QT_TRANSLATE_NOOP("kd::FieldTable", "P&aragraaf"), K::Project, {}, 20, nullptr,
            "afdeling"}},
        {&LegalSource::artikel, {"artikel", "artikel", V::Text, structure,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Ar&tikel"), K::Project, {}, 20, nullptr,
            "paragraaf"}},
    };
    return table;
}

const QList<Field<Theme>> &Described<Theme>::fields()
{
    static const QList<Field<Theme>> table{
        uidOf<Theme>(),
        keyOf<Theme>(),
        {&Theme::label, {"label", "label", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Label"), K::Project, {}, 60}},
        {&Theme::description, {"description", "description", V::Markdown, prose,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Description")}},
        positionOf<Theme>(),
    };
    return table;
}

const QList<Field<GlossaryTerm>> &Described<GlossaryTerm>::fields()
{
    static const QList<Field<GlossaryTerm>> table{
        uidOf<GlossaryTerm>(),
        keyOf<GlossaryTerm>(),
        {&GlossaryTerm::term, {"term", "term", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Term"), K::Project, {}, 100}},
        {&GlossaryTerm::definition, {"definition", "definition", V::Markdown,
            prose | F::Required, QT_TRANSLATE_NOOP("kd::FieldTable", "&Definition")}},
        positionOf<GlossaryTerm>(),
    };
    return table;
}

const QList<Field<Asset>> &Described<Asset>::fields()
{
    static const QList<Field<Asset>> table{
        uidOf<Asset>(),
        keyOf<Asset>(),
        {&Asset::name, {"name", "name", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Name"), K::Project, {}, 100}},
        {&Asset::mediaType, {"mediaType", "media_type", V::Text, edited | F::Required | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Media type")}},
        // Added in schema version 9: the site's alt text, in a package only when set.
        {&Asset::altText, {"altText", "alt_text", V::Text, prose | F::LaterInForm,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Alt text"), K::Project, {}, 250}},
        {&Asset::data, {"data", "data", V::Bytes, edited | F::Required | F::Unpublished,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&File")}},
        positionOf<Asset>(),
    };
    return table;
}

const QList<Field<Scenario>> &Described<Scenario>::fields()
{
    static const QList<Field<Scenario>> table{
        uidOf<Scenario>(),
        keyOf<Scenario>(),
        {&Scenario::title, {"title", "title", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Title"), K::Project, {}, 100}},
        {&Scenario::summary, {"summary", "summary", V::Markdown, prose | F::Required,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Summary")}},
        {&Scenario::calamityBasis, {"calamityBasis", "calamity_basis", V::Text, searched,
            QT_TRANSLATE_NOOP("kd::FieldTable", "C&alamity basis"), K::Project, {}, 500}},
        {&Scenario::coverAssetUid, {"coverAssetUid", "cover_asset_uid", V::Reference, edited,
            QT_TRANSLATE_NOOP("kd::FieldTable", "C&over picture"), K::Asset}},
        positionOf<Scenario>(),
    };
    return table;
}

const QList<Field<Person>> &Described<Person>::fields()
{
    static const QList<Field<Person>> table{
        uidOf<Person>(),
        {&Person::name, {"name", "name", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Name"), K::Project, {}, 80}},
        {&Person::role, {"role", "role", V::Text, searched | F::Required,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Role in the family"), K::Project, {}, 60}},
        {&Person::age, {"age", "age", V::OptionalInteger, edited,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Age")}},
        {&Person::description, {"description", "description", V::Markdown, prose,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Description")}},
        positionOf<Person>(),
    };
    return table;
}

const QList<Field<Segment>> &Described<Segment>::fields()
{
    static const QList<Field<Segment>> table{
        uidOf<Segment>(),
        keyOf<Segment>(),
        {&Segment::title, {"title", "title", V::Text, searched | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Title"), K::Project, {}, 100}},
        {&Segment::periodLabel, {"periodLabel", "period_label", V::Text, searched,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Period"), K::Project, {}, 60}},
        {&Segment::narrative, {"narrative", "narrative", V::Markdown, prose | F::Required,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Narrative")}},
        {&Segment::lifeDomainUids, {"lifeDomainUids", nullptr, V::ReferenceList, edited,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Life domains"), K::LifeDomain,
            {"segment_life_domain", "segment_uid", "life_domain_uid"}}},
        {&Segment::personUids, {"personUids", nullptr, V::ReferenceList, edited,
            QT_TRANSLATE_NOOP("kd::FieldTable", "P&ersons involved"), K::Person,
            {"segment_person", "segment_uid", "person_uid"}}},
        positionOf<Segment>(),
    };
    return table;
}

const QList<Field<Dilemma>> &Described<Dilemma>::fields()
{
    static const QList<Field<Dilemma>> table{
        uidOf<Dilemma>(),
        keyOf<Dilemma>(F::Reviewed),
        {&Dilemma::professionalUid, {"professionalUid", "professional_uid", V::Reference,
            edited | F::Reviewed | F::Required | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Professional"), K::Professional}},
        {&Dilemma::question, {"question", "question", V::Text,
            prose | F::Reviewed | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Question"), K::Project, {}, 200}},
        {&Dilemma::situation, {"situation", "situation", V::Markdown,
            prose | F::Reviewed | F::Required,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Situation")}},
        {&Dilemma::considerations, {"considerations", "considerations", V::Markdown,
            prose | F::Reviewed, QT_TRANSLATE_NOOP("kd::FieldTable", "&Considerations")}},
        {&Dilemma::solutionDirection, {"solutionDirection", "solution_direction", V::Markdown,
            prose | F::Reviewed, QT_TRANSLATE_NOOP("kd::FieldTable", "Solution &direction")}},
        {&Dilemma::themeUids, {"themeUids", nullptr, V::ReferenceList, edited | F::Reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Themes"), K::Theme,
            {"dilemma_theme", "dilemma_uid", "theme_uid"}}},
#ifdef KD_PROOF_FIELD
        // tests/proof: the one row that adds a field (docs/architecture.md, "Adding a field").
        {&Dilemma::proofNote, {"proofNote", "proof_note", V::Markdown, prose | F::Reviewed,
            "Proof &note"}},
#endif
        positionOf<Dilemma>(),
    };
    return table;
}

const QList<Field<Option>> &Described<Option>::fields()
{
    static const QList<Field<Option>> table{
        uidOf<Option>(),
        {&Option::label, {"label", "label", V::Text,
            prose | F::Reviewed | F::Required | F::Names | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Label"), K::Project, {}, 120}},
        {&Option::feedback, {"feedback", "feedback", V::Markdown, prose | F::Reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Feedback")}},
        {&Option::assessment, {"assessment", "assessment", V::Enumeration, edited | F::Reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "&Assessment"), K::Project, {}, 0,
            &assessmentNames, "label"}},
        positionOf<Option>(),
    };
    return table;
}

const QList<Field<LegalReference>> &Described<LegalReference>::fields()
{
    static const QList<Field<LegalReference>> table{
        uidOf<LegalReference>(),
        {&LegalReference::legalSourceUid, {"legalSourceUid", "legal_source_uid", V::Reference,
            edited | F::Reviewed | F::Required | F::InPackage,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Legal &source"), K::LegalSource}},
        {&LegalReference::pinpoint, {"pinpoint", "pinpoint", V::Text,
            searched | F::Reviewed | F::Names,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Pi&npoint"), K::Project, {}, 100}},
        {&LegalReference::note, {"note", "note", V::Text, prose | F::Reviewed,
            QT_TRANSLATE_NOOP("kd::FieldTable", "N&ote"), K::Project, {}, 500}},
        positionOf<LegalReference>(),
        // Added in schema version 7.
        {&LegalReference::lid, {"lid", "lid", V::Text, searched | F::Reviewed | F::LaterInForm,
            QT_TRANSLATE_NOOP("kd::FieldTable", "L&id"), K::Project, {}, 10, nullptr,
            "pinpoint"}},
        {&LegalReference::onderdeel, {"onderdeel", "onderdeel", V::Text,
            searched | F::Reviewed | F::LaterInForm,
            QT_TRANSLATE_NOOP("kd::FieldTable", "Onderd&eel"), K::Project, {}, 10, nullptr,
            "lid"}},
    };
    return table;
}

// Review records are written by the review actions, never edited as fields.
const QList<Field<Review>> &Described<Review>::fields()
{
    static const QList<Field<Review>> table{
        {&Review::uid, {"uid", "uid", V::Uid, {}}},
        {&Review::entityUid, {"entityUid", "entity_uid", V::Reference, F::InPackage}},
        {&Review::state, {"state", "state", V::Enumeration, {}, nullptr, K::Project, {}, 0,
            &reviewStateNames}},
        {&Review::reviewer, {"reviewer", "reviewer", V::Text, {}}},
        {&Review::time, {"time", "time", V::DateTime, {}}},
        {&Review::comment, {"comment", "comment", V::Text, {}}},
        {&Review::contentHash, {"contentHash", "content_hash", V::Text, {}}},
        {&Review::content, {"content", "content", V::Text, F::Unpublished}},
        {&Review::keyFingerprint, {"keyFingerprint", "key_fingerprint", V::Text, {}}},
        {&Review::signature, {"signature", "signature", V::Text, {}}},
    };
    return table;
}

// Review notes are appended by the review actions and withdrawn only by undo, like reviews.
const QList<Field<ReviewNote>> &Described<ReviewNote>::fields()
{
    static const QList<Field<ReviewNote>> table{
        {&ReviewNote::uid, {"uid", "uid", V::Uid, {}}},
        {&ReviewNote::entityUid, {"entityUid", "entity_uid", V::Reference, F::InPackage}},
        {&ReviewNote::threadUid, {"threadUid", "thread_uid", V::Reference, {}, nullptr,
            K::ReviewNote}},
        {&ReviewNote::kind, {"kind", "kind", V::Enumeration, {}, nullptr, K::Project, {}, 0,
            &reviewNoteKindNames}},
        {&ReviewNote::author, {"author", "author", V::Text, {}}},
        {&ReviewNote::time, {"time", "time", V::DateTime, {}}},
        {&ReviewNote::text, {"text", "text", V::Text, {}}},
    };
    return table;
}

// Added and removed as a whole, by an explicit action; never edited as fields.
const QList<Field<TrustedReviewer>> &Described<TrustedReviewer>::fields()
{
    static const QList<Field<TrustedReviewer>> table{
        {&TrustedReviewer::uid, {"uid", "uid", V::Uid, {}}},
        {&TrustedReviewer::name, {"name", "name", V::Text, F::Names}},
        {&TrustedReviewer::publicKey, {"publicKey", "public_key", V::Text, F::InPackage}},
        {&TrustedReviewer::fingerprint, {"fingerprint", "fingerprint", V::Text, F::InPackage}},
        {&TrustedReviewer::addedBy, {"addedBy", "added_by", V::Text, {}}},
        {&TrustedReviewer::addedAt, {"addedAt", "added_at", V::DateTime, {}}},
    };
    return table;
}
// clang-format on

namespace {

template<typename T>
QList<FieldDescription> untyped()
{
    QList<FieldDescription> list;
    for (const Field<T> &field : Described<T>::fields())
        list.append(field.d);
    return list;
}

constexpr int kindCount = int(EntityKind::TrustedReviewer) + 1;

QList<KindDescription> buildKinds()
{
    // clang-format off
    QList<KindDescription> kinds{
        // kind, table, parent, parent column, key scope, package element, list, list after
        {K::Project, "project", K::Project, nullptr, KeyScope::None,
            "project", nullptr, nullptr, untyped<ProjectInfo>()},
        {K::LifeDomain, "life_domain", K::Project, nullptr, KeyScope::Project,
            "lifeDomain", "lifeDomains", nullptr, untyped<LifeDomain>()},
        {K::Professional, "professional", K::Project, nullptr, KeyScope::Project,
            "professional", "professionals", nullptr, untyped<Professional>()},
        {K::LegalSource, "legal_source", K::Project, nullptr, KeyScope::Project,
            "legalSource", "legalSources", nullptr, untyped<LegalSource>()},
        {K::Theme, "theme", K::Project, nullptr, KeyScope::Project,
            "theme", "themes", nullptr, untyped<Theme>()},
        {K::GlossaryTerm, "glossary_term", K::Project, nullptr, KeyScope::Project,
            "glossaryTerm", "glossary", nullptr, untyped<GlossaryTerm>()},
        {K::Asset, "asset", K::Project, nullptr, KeyScope::Project,
            "asset", "assets", nullptr, untyped<Asset>()},
        {K::Scenario, "scenario", K::Project, nullptr, KeyScope::Project,
            "scenario", "scenarios", nullptr, untyped<Scenario>()},
        {K::Person, "person", K::Scenario, "scenario_uid", KeyScope::None,
            "person", "persons", "coverAssetUid", untyped<Person>()},
        {K::Segment, "segment", K::Scenario, "scenario_uid", KeyScope::Parent,
            "segment", "segments", "coverAssetUid", untyped<Segment>()},
        {K::Dilemma, "dilemma", K::Segment, "segment_uid", KeyScope::Project,
            "dilemma", "dilemmas", "personUids", untyped<Dilemma>()},
        {K::Option, "dilemma_option", K::Dilemma, "dilemma_uid", KeyScope::None,
            "option", "options", "solutionDirection", untyped<Option>()},
        {K::LegalReference, "legal_reference", K::Dilemma, "dilemma_uid", KeyScope::None,
            "legalReference", "legalReferences", "solutionDirection", untyped<LegalReference>()},
        {K::Review, "review", K::Project, nullptr, KeyScope::None,
            "review", "reviews", nullptr, untyped<Review>()},
        {K::ReviewNote, "review_note", K::Project, nullptr, KeyScope::None,
            "reviewNote", "reviewNotes", nullptr, untyped<ReviewNote>()},
        {K::TrustedReviewer, "trusted_reviewer", K::Project, nullptr, KeyScope::None,
            "trustedReviewer", "trustedReviewers", nullptr, untyped<TrustedReviewer>()},
    };
    // clang-format on
    Q_ASSERT(kinds.size() == kindCount);
    for (int i = 0; i < kindCount; ++i)
        Q_ASSERT(kinds.at(i).kind == EntityKind(i));
    return kinds;
}

const QList<KindDescription> &kinds()
{
    static const QList<KindDescription> all = buildKinds();
    return all;
}

} // namespace

const KindDescription &describe(EntityKind kind)
{
    return kinds().at(int(kind));
}

QString nameIn(const Project &project, EntityKind kind, const QString &uid)
{
    QString name;
    visitKind(kind, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (requires { Described<T>::list; }) {
            for (const T &entity : project.*Described<T>::list) {
                if (entity.uid == uid) {
                    name = nameOf(entity);
                    return;
                }
            }
        }
    });
    return name;
}

const QList<EntityKind> &describedKinds()
{
    static const QList<EntityKind> all = [] {
        QList<EntityKind> list;
        for (const KindDescription &k : kinds())
            list.append(k.kind);
        return list;
    }();
    return all;
}

} // namespace kd
