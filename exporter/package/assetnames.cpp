#include "assetnames.h"

#include <QRegularExpression>
#include <QSet>

namespace kd::AssetNames {
namespace {

constexpr int MaxLength = 100;

bool isSafeChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'_' || c == u'.' || c == u'-';
}

} // namespace

QString safeName(const QString &name)
{
    // Only the last path component counts; diacritics are dropped rather than replaced, so that
    // "Ayşe.png" stays readable as "Ayse.png".
    const QString base = name.section(QRegularExpression(QStringLiteral("[/\\\\]")), -1);
    const QString decomposed = base.normalized(QString::NormalizationForm_KD);
    QString safe;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar next = isSafeChar(c) ? c : QChar(u'-');
        if (next == u'-' && safe.endsWith(u'-'))
            continue;
        safe += next;
    }
    while (!safe.isEmpty() && (safe.front() == u'.' || safe.front() == u'-'))
        safe.remove(0, 1);
    if (safe.isEmpty())
        safe = QStringLiteral("asset");
    if (safe.size() > MaxLength) {
        const qsizetype dot = safe.lastIndexOf(u'.');
        const QString extension = dot > 0 && safe.size() - dot <= 10 ? safe.mid(dot) : QString();
        safe = safe.left(MaxLength - extension.size()) + extension;
    }
    return safe;
}

QStringList assign(const QList<Asset> &assets)
{
    QStringList paths;
    QSet<QString> taken;
    for (const Asset &asset : assets) {
        const QString safe = safeName(asset.name);
        QString candidate = safe;
        for (int n = 2; taken.contains(candidate.toLower()); ++n) {
            const QString suffix = QStringLiteral("-%1").arg(n);
            const qsizetype dot = safe.lastIndexOf(u'.');
            QString stem = dot > 0 ? safe.left(dot) : safe;
            const QString extension = dot > 0 ? safe.mid(dot) : QString();
            stem.truncate(MaxLength - extension.size() - suffix.size());
            candidate = stem + suffix + extension;
        }
        taken.insert(candidate.toLower());
        paths.append(QStringLiteral("assets/") + candidate);
    }
    return paths;
}

bool isSafePath(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^assets/[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,99}$"));
    return pattern.match(path).hasMatch();
}

} // namespace kd::AssetNames
