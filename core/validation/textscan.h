#pragma once

#include <QString>
#include <QStringView>

namespace kd {

// The character-level checks validation runs on every text field. Each is one pass over the text
// without allocating, because a large project runs them on millions of characters.
namespace TextScan {

// Unicode code points, the unit of the length limits (an emoji counts once).
qsizetype characterCount(QStringView text);

// The first placeholder in text ("TODO", "lorem ipsum", "???"), as written; empty if none.
// Words match whole and case-insensitively: "xxx" matches, "xxxl" does not.
QString findPlaceholder(QStringView text);

// The index of the first character XML 1.0 cannot carry (C0 controls other than tab, newline and
// carriage return; U+FFFE, U+FFFF; an unpaired surrogate), or -1.
qsizetype findInvalidCharacter(QStringView text);

// True when text has anything but white space.
bool hasContent(QStringView text);

// An absolute https:// address with a host.
bool isHttpsUrl(const QString &url);
// A link destination the website may show: https:// with a host, or mailto: with an address.
bool isSafeLink(const QString &destination);

} // namespace TextScan
} // namespace kd
