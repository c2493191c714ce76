#pragma once

#include <QString>

namespace kd {

struct LegalReference;
struct LegalSource;

// Citations to the exact provision and its version (DOMAIN.md, "Links on wetten.overheid.nl").
// A Dutch statute is cited with Juriconnect's JCI 1.3 (jci1.3:c:BWBR...&artikel=...), which
// wetten.overheid.nl opens at that article in the version of the given date; EU law by its
// CELEX number on EUR-Lex, at the article's anchor; a professional code or guideline by its URL
// and edition. Everything here is derived from the source's and the reference's fields.
namespace Citation {

enum class SourceKind {
    Statute, // a BWB id: a Dutch law or regulation on wetten.overheid.nl
    EuLaw,   // a CELEX number
    Other,   // no identifier: a professional code, a guideline
};
SourceKind kindOf(const LegalSource &source);

// The forms validation checks.
bool isBwbId(const QString &text);     // BWBR and 7 digits
bool isCelex(const QString &text);     // sector, year, type, number (32016R0679)
bool isArticle(const QString &text);   // 272, 7:457, 5.2.6, 7.3.11, 448a, 1:240
bool isPart(const QString &text);      // a boek, titeldeel, ... number: 7, 5.2, 7A, II
bool isLid(const QString &text);       // a number: 1, 2, 12
bool isOnderdeel(const QString &text); // a, b, aa, 1, 1°

// The JCI of the source's article, narrowed to the reference's lid and onderdeel when given,
// in the version of the source's version date when set (z and g); empty unless the source is a
// statute whose article is given and well formed.
QString jci(const LegalSource &source, const LegalReference *reference = nullptr);
// The address that opens the cited text: the JCI on wetten.overheid.nl; for a statute cited as
// a whole with a version date, the law in that version there (https://wetten.overheid.nl/
// BWBR.../YYYY-MM-DD); EUR-Lex at the article for EU law with an article; else the source's own
// URL.
QString link(const LegalSource &source, const LegalReference *reference = nullptr);
// The citation in words: "art. 7:457 lid 3", "art. 6 lid 1 onder a", "art. 7.3.11 lid 4";
// empty when the source gives no article.
QString words(const LegalSource &source, const LegalReference *reference = nullptr);

} // namespace Citation
} // namespace kd
