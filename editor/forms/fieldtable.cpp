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

QList<FieldSpec> buildFields(EntityKind kind)
{
    using T = FieldType;
    using K = EntityKind;
    switch (kind) {
    case K::Project:
        return {
            field(&ProjectInfo::title, "title", QT_TRANSLATE_NOOP("kd::FieldTable", "&Title"),
                  T::Line),
            field(&ProjectInfo::description, "description",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Description"), T::Markdown),
            field(&ProjectInfo::publisher, "publisher",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Publisher"), T::Line),
            field(&ProjectInfo::language, "language",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Language"), T::Line),
        };
    case K::LifeDomain:
        return {
            field(&LifeDomain::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&LifeDomain::label, "label", QT_TRANSLATE_NOOP("kd::FieldTable", "&Label"),
                  T::Line),
            field(&LifeDomain::colour, "colour", QT_TRANSLATE_NOOP("kd::FieldTable", "&Colour"),
                  T::Colour),
        };
    case K::Professional:
        return {
            field(&Professional::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&Professional::title, "title", QT_TRANSLATE_NOOP("kd::FieldTable", "&Title"),
                  T::Line),
            field(&Professional::description, "description",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Description"), T::Markdown),
            enumeration(field(&Professional::secrecy, "secrecy",
                              QT_TRANSLATE_NOOP("kd::FieldTable", "&Secrecy regime"),
                              T::Enumeration),
                        &EnumLabels::secrecyRegimes),
            field(&Professional::defaultLegalSourceUids, "defaultLegalSourceUids",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "Default le&gal sources"), T::ReferenceList,
                  K::LegalSource),
            field(&Professional::iconAssetUid, "iconAssetUid",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Icon"), T::Reference, K::Asset),
        };
    case K::LegalSource:
        return {
            field(&LegalSource::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&LegalSource::shortTitle, "shortTitle",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Short title"), T::Line),
            field(&LegalSource::fullTitle, "fullTitle",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Full title"), T::Line),
            field(&LegalSource::pinpoint, "pinpoint",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Pinpoint"), T::Line),
            field(&LegalSource::identifier, "identifier",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "I&dentifier"), T::Line),
            field(&LegalSource::url, "url", QT_TRANSLATE_NOOP("kd::FieldTable", "&URL"), T::Line),
            field(&LegalSource::validFrom, "validFrom",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "Valid f&rom"), T::Date),
            field(&LegalSource::validUntil, "validUntil",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "Valid u&ntil"), T::Date),
            field(&LegalSource::reviewBy, "reviewBy",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "Re&view by"), T::Date),
            field(&LegalSource::summary, "summary", QT_TRANSLATE_NOOP("kd::FieldTable", "Su&mmary"),
                  T::Markdown),
        };
    case K::Theme:
        return {
            field(&Theme::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&Theme::label, "label", QT_TRANSLATE_NOOP("kd::FieldTable", "&Label"), T::Line),
            field(&Theme::description, "description",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Description"), T::Markdown),
        };
    case K::GlossaryTerm:
        return {
            field(&GlossaryTerm::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&GlossaryTerm::term, "term", QT_TRANSLATE_NOOP("kd::FieldTable", "&Term"),
                  T::Line),
            field(&GlossaryTerm::definition, "definition",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Definition"), T::Markdown),
        };
    case K::Asset:
        return {
            field(&Asset::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&Asset::name, "name", QT_TRANSLATE_NOOP("kd::FieldTable", "&Name"), T::Line),
            field(&Asset::mediaType, "mediaType",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Media type"), T::Line),
            field(&Asset::data, "data", QT_TRANSLATE_NOOP("kd::FieldTable", "&File"), T::AssetData),
        };
    case K::Scenario:
        return {
            field(&Scenario::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&Scenario::title, "title", QT_TRANSLATE_NOOP("kd::FieldTable", "&Title"),
                  T::Line),
            field(&Scenario::summary, "summary", QT_TRANSLATE_NOOP("kd::FieldTable", "&Summary"),
                  T::Markdown),
            field(&Scenario::calamityBasis, "calamityBasis",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "C&alamity basis"), T::Line),
            field(&Scenario::coverAssetUid, "coverAssetUid",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "C&over picture"), T::Reference, K::Asset),
        };
    case K::Person:
        return {
            field(&Person::name, "name", QT_TRANSLATE_NOOP("kd::FieldTable", "&Name"), T::Line),
            field(&Person::role, "role", QT_TRANSLATE_NOOP("kd::FieldTable", "&Role in the family"),
                  T::Line),
            field(&Person::age, "age", QT_TRANSLATE_NOOP("kd::FieldTable", "&Age"),
                  T::OptionalInteger),
            field(&Person::description, "description",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Description"), T::Markdown),
        };
    case K::Segment:
        return {
            field(&Segment::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&Segment::title, "title", QT_TRANSLATE_NOOP("kd::FieldTable", "&Title"), T::Line),
            field(&Segment::periodLabel, "periodLabel",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Period"), T::Line),
            field(&Segment::narrative, "narrative",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Narrative"), T::Markdown),
            field(&Segment::lifeDomainUids, "lifeDomainUids",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Life domains"), T::ReferenceList,
                  K::LifeDomain),
            field(&Segment::personUids, "personUids",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "P&ersons involved"), T::ReferenceList,
                  K::Person),
        };
    case K::Dilemma:
        return {
            field(&Dilemma::key, "key", QT_TRANSLATE_NOOP("kd::FieldTable", "&Key"), T::Line),
            field(&Dilemma::professionalUid, "professionalUid",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Professional"), T::Reference,
                  K::Professional),
            field(&Dilemma::question, "question", QT_TRANSLATE_NOOP("kd::FieldTable", "&Question"),
                  T::Line),
            field(&Dilemma::situation, "situation",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Situation"), T::Markdown),
            field(&Dilemma::considerations, "considerations",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "&Considerations"), T::Markdown),
            field(&Dilemma::solutionDirection, "solutionDirection",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "Solution &direction"), T::Markdown),
            field(&Dilemma::themeUids, "themeUids", QT_TRANSLATE_NOOP("kd::FieldTable", "&Themes"),
                  T::ReferenceList, K::Theme),
        };
    case K::Option:
        return {
            field(&Option::label, "label", QT_TRANSLATE_NOOP("kd::FieldTable", "&Label"), T::Line),
            enumeration(field(&Option::assessment, "assessment",
                              QT_TRANSLATE_NOOP("kd::FieldTable", "&Assessment"), T::Enumeration),
                        &EnumLabels::assessments),
            field(&Option::feedback, "feedback", QT_TRANSLATE_NOOP("kd::FieldTable", "&Feedback"),
                  T::Markdown),
        };
    case K::LegalReference:
        return {
            field(&LegalReference::legalSourceUid, "legalSourceUid",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "Legal &source"), T::Reference,
                  K::LegalSource),
            field(&LegalReference::pinpoint, "pinpoint",
                  QT_TRANSLATE_NOOP("kd::FieldTable", "Pi&npoint"), T::Line),
            field(&LegalReference::note, "note", QT_TRANSLATE_NOOP("kd::FieldTable", "N&ote"),
                  T::Line),
        };
    case K::Review:
        break;
    }
    return {};
}

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
