#include "projectsummary.h"

#include <QTextStream>

namespace kd {

QJsonObject ProjectSummary::countsToJson(const EntityCounts &counts)
{
    QJsonObject object;
    for (const auto &[name, count] : counts.named())
        object.insert(name, count);
    return object;
}

QJsonObject ProjectSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("title"), info.title},
        {QStringLiteral("publisher"), info.publisher},
        {QStringLiteral("language"), info.language},
        {QStringLiteral("formatVersion"), formatVersion},
        {QStringLiteral("counts"), countsToJson(counts)},
    };
}

QString ProjectSummary::toText() const
{
    QString text;
    QTextStream out(&text);
    out << "Title:          " << info.title << '\n';
    if (!info.publisher.isEmpty())
        out << "Publisher:      " << info.publisher << '\n';
    out << "Language:       " << info.language << '\n';
    out << "Format version: " << formatVersion << '\n';
    for (const auto &[name, count] : counts.named())
        out << "  " << qSetFieldWidth(16) << Qt::left << name << qSetFieldWidth(0) << count << '\n';
    return text;
}

} // namespace kd
