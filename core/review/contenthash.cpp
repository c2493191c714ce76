#include "contenthash.h"

#include "crypto/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kd::ContentHash {
namespace {

// A JSON array keeps the member order fixed, unlike a QJsonObject (which sorts by name and would
// silently change the form if a field were renamed).
QJsonValue text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString(QLatin1String(""));
}

QByteArray serialise(const QJsonArray &form)
{
    return QJsonDocument(form).toJson(QJsonDocument::Compact);
}

QString sha256(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}

} // namespace

QByteArray canonical(const Dilemma &d)
{
    QJsonArray options;
    for (const Option &o : d.options)
        options.append(QJsonArray{text(o.label), text(o.feedback), toName(o.assessment)});
    QJsonArray references;
    for (const LegalReference &r : d.legalReferences)
        references.append(QJsonArray{text(r.legalSourceUid), text(r.pinpoint), text(r.note)});
    return serialise({QStringLiteral("dilemma/1"), text(d.key), text(d.professionalUid),
                      text(d.question), text(d.situation), text(d.considerations),
                      text(d.solutionDirection), QJsonArray::fromStringList(d.themeUids), options,
                      references});
}

QByteArray canonical(const LegalSource &s)
{
    return serialise({QStringLiteral("legal-source/1"), text(s.key), text(s.shortTitle),
                      text(s.fullTitle), text(s.pinpoint), text(s.identifier), text(s.url),
                      date(s.validFrom), date(s.validUntil), date(s.reviewBy), text(s.summary)});
}

QString of(const Dilemma &dilemma)
{
    return sha256(canonical(dilemma));
}

QString of(const LegalSource &source)
{
    return sha256(canonical(source));
}

} // namespace kd::ContentHash
