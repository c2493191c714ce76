#pragma once

#include <QByteArray>
#include <QString>

namespace kd {

// What an asset's bytes really are, whatever its media type says: a browser that is told
// image/png but gets HTML may run it, and an SVG is a document that can carry script. So the
// bytes of an asset of a supported type must be what the type says (by their signature), and
// an SVG must keep to a safe subset: no script, no event attributes, no references outside the
// file (only "#fragment" links), no DOCTYPE or processing instructions, no foreign content.
// Such an SVG is refused, not cleaned: a package carries exactly the bytes that were reviewed.
// Used by validation (asset-content-mismatch, unsafe-svg) and by import, which refuses both.
namespace AssetContent {

// The supported media type the bytes have (image/png, image/jpeg, image/gif, image/webp,
// image/svg+xml), or an empty string.
QString sniff(const QByteArray &bytes);

// Why an SVG is not safe to publish, in a sentence fragment; empty when it is safe.
QString svgProblem(const QByteArray &bytes);

enum class Problem { None, Mismatch, UnsafeSvg };
// Checks bytes against their declared media type (one of the supported ones; others are left
// to the unsupported-media-type rule). *detail gets the words for a problem.
Problem check(const QString &mediaType, const QByteArray &bytes, QString *detail);

} // namespace AssetContent
} // namespace kd
