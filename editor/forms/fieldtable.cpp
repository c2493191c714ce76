#include "fieldtable.h"

#include "enumlabels.h"

#include "commands/changeproperty.h"
#include "document/projectdocument.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

#include <array>

namespace kd {
namespace {

// How a model value travels through the form as a QVariant (see FieldSpec).
template<typename V>
struct Codec
{
    static QVariant encode(const V &value) { return QVariant::fromValue(value); }
    static V decode(const QVariant &value) { return value.value<V>(); }
};

template<>
struct Codec<std::optional<int>>
{
    static QVariant encode(const std::optional<int> &value)
    {
        return value ? QVariant(*value) : QVariant();
    }
    static std::optional<int> decode(const QVariant &value)
    {
        bool ok = false;
        const int number = value.toInt(&ok);
        return value.isValid() && ok ? std::optional<int>(number) : std::nullopt;
    }
};

template<>
struct Codec<SecrecyRegime>
{
    static QVariant encode(SecrecyRegime value) { return toName(value); }
    static SecrecyRegime decode(const QVariant &value)
    {
        return secrecyRegimeFromName(value.toString()).value_or(SecrecyRegime::Confidentiality);
    }
};

template<>
struct Codec<Assessment>
{
    static QVariant encode(Assessment value) { return toName(value); }
    static Assessment decode(const QVariant &value)
    {
        return assessmentFromName(value.toString()).value_or(Assessment::Acceptable);
    }
};

template<typename T>
const T *entityOf(const ProjectDocument &document, const QString &uid)
{
    if constexpr (std::is_same_v<T, ProjectInfo>)
        return &document.project().info;
    else
        return document.find<T>(uid);
}

template<typename T>
constexpr EntityKind kindOf()
{
    if constexpr (std::is_same_v<T, ProjectInfo>)
        return EntityKind::Project;
    else
        return EntityTraits<T>::kind;
}

// One table row from a member pointer: the accessors are typed, the row is not.
template<typename T, typename V>
FieldSpec field(V T::*member, const char *name, const char *label, FieldType type,
                EntityKind referenceKind = EntityKind::Project)
{
    FieldSpec spec;
    spec.kind = kindOf<T>();
    spec.name = QLatin1String(name);
    spec.labelSource = label;
    spec.type = type;
    spec.referenceKind = referenceKind;
    spec.read
        = [member](const ProjectDocument &document, const QString &uid) -> std::optional<QVariant> {
        const T *entity = entityOf<T>(document, uid);
        if (!entity)
            return std::nullopt;
        return Codec<V>::encode(entity->*member);
    };
    spec.change = [member, name, label](ProjectDocument *document, const QString &uid,
                                        const QVariant &value) -> QUndoCommand * {
        FieldSpec labelled;
        labelled.labelSource = label;
        return new ChangeProperty<T, V>(document, uid, member, QLatin1String(name),
                                        labelled.label(), Codec<V>::decode(value));
    };
    return spec;
}

FieldSpec enumeration(FieldSpec spec, QList<std::pair<QString, QString>> (*choices)())
{
    spec.choices = choices;
    return spec;
}

#define KD_LABEL(text) QT_TRANSLATE_NOOP("kd::FieldTable", text)

QList<FieldSpec> buildFields(EntityKind kind)
{
    using T = FieldType;
    using K = EntityKind;
    switch (kind) {
    case K::Project:
        return {
            field(&ProjectInfo::title, "title", KD_LABEL("&Title"), T::Line),
            field(&ProjectInfo::description, "description", KD_LABEL("&Description"), T::Markdown),
            field(&ProjectInfo::publisher, "publisher", KD_LABEL("&Publisher"), T::Line),
            field(&ProjectInfo::language, "language", KD_LABEL("&Language"), T::Line),
        };
    case K::LifeDomain:
        return {
            field(&LifeDomain::key, "key", KD_LABEL("&Key"), T::Line),
            field(&LifeDomain::label, "label", KD_LABEL("&Label"), T::Line),
            field(&LifeDomain::colour, "colour", KD_LABEL("&Colour"), T::Colour),
        };
    case K::Professional:
        return {
            field(&Professional::key, "key", KD_LABEL("&Key"), T::Line),
            field(&Professional::title, "title", KD_LABEL("&Title"), T::Line),
            field(&Professional::description, "description", KD_LABEL("&Description"), T::Markdown),
            enumeration(field(&Professional::secrecy, "secrecy", KD_LABEL("&Secrecy regime"),
                              T::Enumeration),
                        &EnumLabels::secrecyRegimes),
            field(&Professional::defaultLegalSourceUids, "defaultLegalSourceUids",
                  KD_LABEL("Default le&gal sources"), T::ReferenceList, K::LegalSource),
            field(&Professional::iconAssetUid, "iconAssetUid", KD_LABEL("&Icon"), T::Reference,
                  K::Asset),
        };
    case K::LegalSource:
        return {
            field(&LegalSource::key, "key", KD_LABEL("&Key"), T::Line),
            field(&LegalSource::shortTitle, "shortTitle", KD_LABEL("&Short title"), T::Line),
            field(&LegalSource::fullTitle, "fullTitle", KD_LABEL("&Full title"), T::Line),
            field(&LegalSource::pinpoint, "pinpoint", KD_LABEL("&Pinpoint"), T::Line),
            field(&LegalSource::identifier, "identifier", KD_LABEL("I&dentifier"), T::Line),
            field(&LegalSource::url, "url", KD_LABEL("&URL"), T::Line),
            field(&LegalSource::validFrom, "validFrom", KD_LABEL("Valid f&rom"), T::Date),
            field(&LegalSource::validUntil, "validUntil", KD_LABEL("Valid u&ntil"), T::Date),
            field(&LegalSource::reviewBy, "reviewBy", KD_LABEL("Re&view by"), T::Date),
            field(&LegalSource::summary, "summary", KD_LABEL("Su&mmary"), T::Markdown),
        };
    case K::Theme:
        return {
            field(&Theme::key, "key", KD_LABEL("&Key"), T::Line),
            field(&Theme::label, "label", KD_LABEL("&Label"), T::Line),
            field(&Theme::description, "description", KD_LABEL("&Description"), T::Markdown),
        };
    case K::GlossaryTerm:
        return {
            field(&GlossaryTerm::key, "key", KD_LABEL("&Key"), T::Line),
            field(&GlossaryTerm::term, "term", KD_LABEL("&Term"), T::Line),
            field(&GlossaryTerm::definition, "definition", KD_LABEL("&Definition"), T::Markdown),
        };
    case K::Asset:
        return {
            field(&Asset::key, "key", KD_LABEL("&Key"), T::Line),
            field(&Asset::name, "name", KD_LABEL("&Name"), T::Line),
            field(&Asset::mediaType, "mediaType", KD_LABEL("&Media type"), T::Line),
            field(&Asset::data, "data", KD_LABEL("&File"), T::AssetData),
        };
    case K::Scenario:
        return {
            field(&Scenario::key, "key", KD_LABEL("&Key"), T::Line),
            field(&Scenario::title, "title", KD_LABEL("&Title"), T::Line),
            field(&Scenario::summary, "summary", KD_LABEL("&Summary"), T::Markdown),
            field(&Scenario::calamityBasis, "calamityBasis", KD_LABEL("C&alamity basis"), T::Line),
            field(&Scenario::coverAssetUid, "coverAssetUid", KD_LABEL("C&over picture"),
                  T::Reference, K::Asset),
        };
    case K::Person:
        return {
            field(&Person::name, "name", KD_LABEL("&Name"), T::Line),
            field(&Person::role, "role", KD_LABEL("&Role in the family"), T::Line),
            field(&Person::age, "age", KD_LABEL("&Age"), T::OptionalInteger),
            field(&Person::description, "description", KD_LABEL("&Description"), T::Markdown),
        };
    case K::Segment:
        return {
            field(&Segment::key, "key", KD_LABEL("&Key"), T::Line),
            field(&Segment::title, "title", KD_LABEL("&Title"), T::Line),
            field(&Segment::periodLabel, "periodLabel", KD_LABEL("&Period"), T::Line),
            field(&Segment::narrative, "narrative", KD_LABEL("&Narrative"), T::Markdown),
            field(&Segment::lifeDomainUids, "lifeDomainUids", KD_LABEL("&Life domains"),
                  T::ReferenceList, K::LifeDomain),
            field(&Segment::personUids, "personUids", KD_LABEL("P&ersons involved"),
                  T::ReferenceList, K::Person),
        };
    case K::Dilemma:
        return {
            field(&Dilemma::key, "key", KD_LABEL("&Key"), T::Line),
            field(&Dilemma::professionalUid, "professionalUid", KD_LABEL("&Professional"),
                  T::Reference, K::Professional),
            field(&Dilemma::question, "question", KD_LABEL("&Question"), T::Line),
            field(&Dilemma::situation, "situation", KD_LABEL("&Situation"), T::Markdown),
            field(&Dilemma::considerations, "considerations", KD_LABEL("&Considerations"),
                  T::Markdown),
            field(&Dilemma::solutionDirection, "solutionDirection", KD_LABEL("Solution &direction"),
                  T::Markdown),
            field(&Dilemma::themeUids, "themeUids", KD_LABEL("&Themes"), T::ReferenceList,
                  K::Theme),
        };
    case K::Option:
        return {
            field(&Option::label, "label", KD_LABEL("&Label"), T::Line),
            enumeration(
                field(&Option::assessment, "assessment", KD_LABEL("&Assessment"), T::Enumeration),
                &EnumLabels::assessments),
            field(&Option::feedback, "feedback", KD_LABEL("&Feedback"), T::Markdown),
        };
    case K::LegalReference:
        return {
            field(&LegalReference::legalSourceUid, "legalSourceUid", KD_LABEL("Legal &source"),
                  T::Reference, K::LegalSource),
            field(&LegalReference::pinpoint, "pinpoint", KD_LABEL("Pi&npoint"), T::Line),
            field(&LegalReference::note, "note", KD_LABEL("N&ote"), T::Line),
        };
    case K::Review:
        break;
    }
    return {};
}

#undef KD_LABEL

constexpr int kindCount = int(EntityKind::Review) + 1;

} // namespace

const QList<FieldSpec> &FieldTable::fields(EntityKind kind)
{
    static const std::array<QList<FieldSpec>, kindCount> table = [] {
        std::array<QList<FieldSpec>, kindCount> all;
        for (int i = 0; i < kindCount; ++i)
            all[i] = buildFields(EntityKind(i));
        return all;
    }();
    return table[int(kind)];
}

const FieldSpec *FieldTable::field(EntityKind kind, const QString &name)
{
    for (const FieldSpec &spec : fields(kind)) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace kd
