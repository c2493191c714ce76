#pragma once

#include "enums.h"

#include <QString>
#include <QStringList>

namespace kd {

// A kind of professional who meets dilemmas (huisarts, wijkagent, ...), with the secrecy regime
// that binds them and the legal sources that usually apply.
struct Professional
{
    QString uid;
    QString key;
    QString title;
    QString description; // Markdown
    SecrecyRegime secrecy = SecrecyRegime::Confidentiality;
    QStringList defaultLegalSourceUids; // ordered
    QString iconAssetUid;               // null when none
    int position = 0;

    bool operator==(const Professional &) const = default;
};

} // namespace kd
