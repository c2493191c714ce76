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
    // Added in schema version 7, after position so that the braced lists of earlier code keep
    // their meaning (the {} lets them leave these out without a warning).
    // The version of the text that was checked: for a statute the date of the version in force
    // that was read, for a code or guideline its edition.
    QDate versionDate{};
    // Where the provision sits in a Dutch statute (BWB), as Juriconnect names the parts; each
    // as the law numbers it ("7", "5.2", "7:457"), empty where the law has no such part. For EU
    // law only the article.
    QString boek{};
    QString titeldeel{};
    QString hoofdstuk{};
    QString afdeling{};
    QString paragraaf{};
    QString artikel{};

    bool operator==(const LegalSource &) const = default;
};

} // namespace kd
