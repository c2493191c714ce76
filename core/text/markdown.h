#pragma once

#include <QString>
#include <QStringList>

namespace kd {

// The project's Markdown dialect (CommonMark, raw HTML not allowed), through md4c. One parser
// for everything: validation inspects a field, the package writers render it to HTML.
namespace Markdown {

// What a formatted field holds that validation cares about.
struct Inspection
{
    bool parsed = true;  // md4c accepted the text
    QStringList rawHtml; // raw HTML blocks and inline tags, as written
    QStringList links;   // link and image destinations, in order
};

Inspection inspect(const QString &markdown);

// HTML for the field with raw HTML off (it is shown as text, escaped). Deterministic.
QString toHtml(const QString &markdown);

} // namespace Markdown
} // namespace kd
