#pragma once

#include <QString>

#include <optional>

namespace kd {

// The project's own description: what the package's front matter shows.
struct ProjectInfo
{
    QString uid;
    QString title;
    QString description; // Markdown
    QString publisher;
    QString language = QStringLiteral("nl");
    // Added in schema version 8: the project's words (docs/rules.md, "spelling", "jargon" and
    // "Plain-language limits"). The dictionary holds one word a line; the jargon list one term a
    // line with its plain alternative after '=' ("derhalve = daarom"). An unset limit is the
    // default of Readability::Limits.
    QString dictionary{};
    QString jargon{};
    std::optional<int> minimumReadingEase{};
    std::optional<int> maximumAverageSentence{};
    std::optional<int> maximumSentence{};

    bool operator==(const ProjectInfo &) const = default;
};

} // namespace kd
