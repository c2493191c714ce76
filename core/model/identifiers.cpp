#include "identifiers.h"

#include <QRegularExpression>
#include <QUuid>

namespace kd::Identifiers {

QString createUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidUid(const QString &uid)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(uid).hasMatch();
}

bool isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(key).hasMatch();
}

QString keyFromText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    key.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !key.isEmpty())
                key += u'-';
            pendingDash = false;
            key += c;
        } else {
            pendingDash = true;
        }
    }
    return key;
}

} // namespace kd::Identifiers
