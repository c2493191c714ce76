#pragma once

#include <QByteArray>
#include <QStringList>

#include <utility>

namespace kd {

// Finds where a member of a JSON document is, so that errors found after parsing (a wrong type,
// an unknown member) can name a line and column like syntax errors do. QJsonDocument keeps no
// positions, so this scans the text again, following the path. The document must be one
// QJsonDocument accepted.
namespace JsonLocator {

// The byte offset of the value at path (JSON pointer segments: member names, array indexes),
// or of the deepest enclosing value that exists when the path does not.
qsizetype offsetOf(const QByteArray &json, const QStringList &path);

// The 1-based line and column (in characters) of a byte offset in text.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);

} // namespace JsonLocator
} // namespace kd
