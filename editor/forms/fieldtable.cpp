#include "fieldtable.h"

#include "enumlabels.h"

#include "commands/changeproperty.h"
#include "document/projectdocument.h"
#include "model/description.h"

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

// How the form edits a described value type.
FieldType formTypeOf(ValueType type)
{
    switch (type) {
    case ValueType::Markdown:
        return FieldType::Markdown;
    case ValueType::Lines:
        return FieldType::Lines;
    case ValueType::Date:
        return FieldType::Date;
    case ValueType::OptionalInteger:
        return FieldType::OptionalInteger;
    case ValueType::Enumeration:
        return FieldType::Enumeration;
    case ValueType::Colour:
        return FieldType::Colour;
    case ValueType::Reference:
        return FieldType::Reference;
    case ValueType::ReferenceList:
        return FieldType::ReferenceList;
    case ValueType::Bytes:
        return FieldType::AssetData;
    case ValueType::Text:
    case ValueType::Uid:
    case ValueType::Position:
    case ValueType::DateTime:
        break;
    }
    return FieldType::Line;
}

// The translated choices of an enumeration member.
template<typename V>
QList<std::pair<QString, QString>> (*choicesOf())()
{
    if constexpr (std::is_same_v<V, SecrecyRegime>)
        return &EnumLabels::secrecyRegimes;
    else if constexpr (std::is_same_v<V, Assessment>)
        return &EnumLabels::assessments;
    else
        return nullptr;
}

// One form field from a described field: the accessors are typed, the spec is not.
template<typename T, typename V>
FieldSpec specOf(const FieldDescription &d, V T::*member)
{
    FieldSpec spec;
    spec.kind = Described<T>::kind;
    spec.name = QLatin1String(d.name);
    spec.labelSource = d.label;
    spec.type = formTypeOf(d.type);
    spec.referenceKind = d.refersTo;
    if (auto choices = choicesOf<V>())
        spec.choices = choices;
    spec.read
        = [member](const ProjectDocument &document, const QString &uid) -> std::optional<QVariant> {
        const T *entity = entityOf<T>(document, uid);
        if (!entity)
            return std::nullopt;
        return Codec<V>::encode(entity->*member);
    };
    // A conflict shows the values as the form does (a choice's label, the names referred to).
    spec.change = [member, d, shown = spec](ProjectDocument *document, const QString &uid,
                                            const QVariant &value) -> QUndoCommand * {
        auto *command = new ChangeProperty<T, V>(document, uid, member, QLatin1String(d.name),
                                                 d.labelText(), Codec<V>::decode(value));
        command->setValueText(
            [shown, document](const V &v) { return shown.text(*document, Codec<V>::encode(v)); });
        return command;
    };
    return spec;
}

// The form's fields of a kind: its described fields marked Edited, in the description's order.
template<typename T>
QList<FieldSpec> specsOf()
{
    QList<FieldSpec> specs;
    for (const Field<T> &field : Described<T>::fields()) {
        if (field.d.has(FieldFlag::Edited))
            std::visit([&](auto member) { specs.append(specOf(field.d, member)); }, field.member);
    }
    // A field placed after another in the form (FieldDescription::formAfter).
    for (const Field<T> &field : Described<T>::fields()) {
        if (!field.d.formAfter || !field.d.has(FieldFlag::Edited))
            continue;
        const auto named = [&specs](const char *name) {
            return std::find_if(
                       specs.cbegin(), specs.cend(),
                       [name](const FieldSpec &spec) { return spec.name == QLatin1String(name); })
                   - specs.cbegin();
        };
        const qsizetype from = named(field.d.name);
        const qsizetype after = named(field.d.formAfter);
        if (after < specs.size())
            specs.move(from, from > after ? after + 1 : after);
    }
    return specs;
}

QList<FieldSpec> buildFields(EntityKind kind)
{
    if (kind == EntityKind::Project)
        return specsOf<ProjectInfo>();
    QList<FieldSpec> specs;
    visitKind(kind, [&](auto tag) { specs = specsOf<typename decltype(tag)::Type>(); });
    return specs;
}

constexpr int kindCount = int(EntityKind::TrustedReviewer) + 1;

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
