#include "contenthash.h"

#include "crypto/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kd::ContentHash {
namespace {

// A JSON array keeps the member order fixed, unlike a QJsonObject (which sorts by name and would
// silently change the form if a field were renamed). Absent text, an absent date and empty text
// are all "". Fields added to a kind later are the exception: they go by name in one trailing
// object, sorted by name, present only when one of them is not empty (FieldFlag::LaterInForm).
QJsonValue formValue(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}
QJsonValue formValue(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString(QLatin1String(""));
}
QJsonValue formValue(const QStringList &value)
{
    return QJsonArray::fromStringList(value);
}
template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
QJsonValue formValue(E value)
{
    return toName(value);
}
bool isEmptyForm(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().isEmpty() : value.toString().isEmpty();
}

// The entity's reviewed fields, in the description's order. Fields added later (LaterInForm) are
// not appended: they are returned by name, the empty ones left out, for the caller to append as
// one object at the end of the form or record when it is not empty.
template<typename T>
QJsonObject appendFields(QJsonArray *form, const T &entity)
{
    QJsonObject later;
    for (const Field<T> &field : Described<T>::fields()) {
        if (!field.d.has(FieldFlag::Reviewed))
            continue;
        std::visit(
            [&](auto member) {
                if constexpr (requires { formValue(entity.*member); }) {
                    const QJsonValue value = formValue(entity.*member);
                    if (!field.d.has(FieldFlag::LaterInForm))
                        form->append(value);
                    else if (!isEmptyForm(value))
                        later.insert(QLatin1String(field.d.name), value);
                } else { // bytes, numbers, times: no reviewed field has them (tst_description)
                    qFatal("ContentHash: the reviewed field %s has no canonical form",
                           field.d.name);
                }
            },
            field.member);
    }
    return later;
}

void appendLater(QJsonArray *form, const QJsonObject &later)
{
    if (!later.isEmpty())
        form->append(later);
}

template<typename T>
QJsonArray records(const QList<T> &list)
{
    QJsonArray array;
    for (const T &entity : list) {
        QJsonArray record;
        appendLater(&record, appendFields(&record, entity));
        array.append(record);
    }
    return array;
}

QByteArray serialise(const QJsonArray &form)
{
    return QJsonDocument(form).toJson(QJsonDocument::Compact);
}

} // namespace

QString tagOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Dilemma:
        return QStringLiteral("dilemma/1");
    case EntityKind::LegalSource:
        return QStringLiteral("legal-source/1");
    default:
        return {};
    }
}

QList<const FieldDescription *> reviewedFields(EntityKind kind)
{
    QList<const FieldDescription *> fields;
    for (const FieldDescription &field : describe(kind).fields) {
        if (field.has(FieldFlag::Reviewed))
            fields.append(&field);
    }
    return fields;
}

QList<FormPart> formOf(EntityKind kind)
{
    QList<FormPart> parts;
    for (const FieldDescription *field : reviewedFields(kind))
        if (!field->has(FieldFlag::LaterInForm))
            parts.append({field});
    if (kind == EntityKind::Dilemma) {
        parts.append({nullptr, EntityKind::Option});
        parts.append({nullptr, EntityKind::LegalReference});
    }
    for (const FieldDescription *field : reviewedFields(kind))
        if (field->has(FieldFlag::LaterInForm))
            parts.append({field});
    return parts;
}

QByteArray canonical(const Dilemma &d)
{
    QJsonArray form{tagOf(EntityKind::Dilemma)};
    const QJsonObject later = appendFields(&form, d);
    form.append(records(d.options));
    form.append(records(d.legalReferences));
    appendLater(&form, later);
    return serialise(form);
}

QByteArray canonical(const LegalSource &s)
{
    QJsonArray form{tagOf(EntityKind::LegalSource)};
    appendLater(&form, appendFields(&form, s));
    return serialise(form);
}

QString of(const Dilemma &dilemma)
{
    return Sha256::hex(canonical(dilemma));
}

QString of(const LegalSource &source)
{
    return Sha256::hex(canonical(source));
}

} // namespace kd::ContentHash
