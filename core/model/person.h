#pragma once

#include <QString>

#include <optional>

namespace kd {

// A member of the family (or someone close to it) in a scenario.
struct Person
{
    QString uid;
    QString name;
    QString role; // role in the family: "moeder", "zoon"
    std::optional<int> age;
    QString description; // Markdown
    int position = 0;

    bool operator==(const Person &) const = default;
};

} // namespace kd
