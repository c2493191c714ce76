#include "fieldspec.h"

#include "document/entitylabels.h"

namespace kd {

QString FieldSpec::label() const
{
    // Drop the accelerator marker but keep a literal "&&" as "&".
    const QString text = labelWithMnemonic();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

QString FieldSpec::text(const ProjectDocument &document, const QVariant &value) const
{
    if (type == FieldType::Enumeration && choices) {
        for (const auto &[name, choice] : choices()) {
            if (name == value.toString())
                return choice;
        }
    }
    if (type == FieldType::Reference || type == FieldType::ReferenceList) {
        QStringList names;
        for (const QString &uid : value.toStringList())
            names.append(EntityLabels::label(document, referenceKind, uid));
        return names.join(QLatin1String(", "));
    }
    return value.toString();
}

} // namespace kd
