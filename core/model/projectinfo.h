#pragma once

#include <QString>

namespace kd {

// The project's own description: what the package's front matter shows.
struct ProjectInfo
{
    QString uid;
    QString title;
    QString description; // Markdown
    QString publisher;
    QString language = QStringLiteral("nl");

    bool operator==(const ProjectInfo &) const = default;
};

} // namespace kd
