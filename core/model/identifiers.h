#pragma once

#include <QString>

namespace kd {

// Uids and keys: the two ways content is named. A uid (a UUID without braces, lower case) is
// created once and never changes, through edits, export and import. A key is the URL slug the
// website shows; it follows the pattern [a-z0-9]+(-[a-z0-9]+)* and is unique within its scope.
namespace Identifiers {

QString createUid();
bool isValidUid(const QString &uid);

bool isValidKey(const QString &key);
// A life domain's colour: #rrggbb, hexadecimal digits in either case.
bool isValidColour(const QString &colour);
// Turns a title into a key: lower case, diacritics dropped, runs of anything else become '-'.
QString keyFromText(const QString &text);

} // namespace Identifiers
} // namespace kd
