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
    // By hand, not with a regular expression: validation checks every uid of a project, and a
    // match cost more than the rest of an entity's structural checks.
    if (uid.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = uid[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

bool isValidColour(const QString &colour)
{
    if (colour.size() != 7 || colour[0] != u'#')
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        const char16_t c = colour[i].unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

bool isValidKey(const QString &key)
{
    // Anchored at the very end: "$" alone would also accept a key with a final line break.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(-[a-z0-9]+)*")));
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
