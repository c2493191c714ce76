#pragma once

#include <QByteArray>
#include <QString>

namespace kd {

// A binary file kept inside the project: an icon, a cover picture.
struct Asset
{
    QString uid;
    QString key;
    QString name;      // file name as shown and exported, e.g. "huisarts.svg"
    QString mediaType; // "image/svg+xml"
    QByteArray data;
    int position = 0;
    // Added in schema version 9 (last, so that existing brace-initialisers keep their meaning):
    // what the picture shows, in words, for whoever cannot see it; the site's alt text.
    QString altText;

    bool operator==(const Asset &) const = default;
};

} // namespace kd
