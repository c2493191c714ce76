#pragma once

#include <QDate>
#include <QString>

namespace kd {

// A law, regulation or code that dilemmas cite: "AVG", "Wmo 2015 art. 5.2.6". The identifier is a
// BWB id (BWBR0035362) or a CELEX number (32016R0679). Dates are null when unknown or open.
struct LegalSource
{
    QString uid;
    QString key;
    QString shortTitle;
    QString fullTitle;
    QString pinpoint; // article, lid
    QString identifier;
    QString url;
    QDate validFrom;
    QDate validUntil;
    QDate reviewBy;
    QString summary; // Markdown
    int position = 0;

    bool operator==(const LegalSource &) const = default;
};

} // namespace kd
