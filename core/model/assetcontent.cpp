#include "assetcontent.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace kd::AssetContent {
namespace {

const QString svgNamespace = QStringLiteral("http://www.w3.org/2000/svg");

bool isXmlStart(const QByteArray &bytes)
{
    // An SVG is XML text: a byte order mark, white space, a declaration, a comment or the root.
    QByteArray start = bytes.left(512);
    if (start.startsWith("\xef\xbb\xbf"))
        start.remove(0, 3);
    start = start.trimmed();
    return start.startsWith('<');
}

// Whether a value (of href, of a url() in a style) points outside the file: anything but a
// "#fragment" does.
bool isExternal(QStringView target)
{
    target = target.trimmed();
    if (target.startsWith(u'\'') || target.startsWith(u'"'))
        target = target.mid(1);
    return !target.startsWith(u'#');
}

// The style (attribute or <style> element) problems: url() to elsewhere, @import, script.
QString styleProblem(const QString &style)
{
    static const QRegularExpression url(QStringLiteral("url\\s*\\(\\s*([^)]*)\\)"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (auto it = url.globalMatch(style); it.hasNext();) {
        if (isExternal(it.next().capturedView(1)))
            return QCoreApplication::translate("kd::AssetContent",
                                               "a style refers to something outside the file");
    }
    const QString lower = style.toLower();
    if (lower.contains(QLatin1String("@import")) || lower.contains(QLatin1String("expression("))
        || lower.contains(QLatin1String("behavior")))
        return QCoreApplication::translate("kd::AssetContent", "a style imports or runs something");
    return {};
}

// javascript: (or vbscript:, data:) hidden in a value, with white space or control characters
// between its letters as browsers allow.
bool hasScriptScheme(const QString &value)
{
    QString compact;
    for (const QChar c : value) {
        if (!c.isSpace() && c.unicode() >= 0x20)
            compact += c.toLower();
    }
    return compact.contains(QLatin1String("javascript:"))
           || compact.contains(QLatin1String("vbscript:"));
}

QString elementProblem(const QXmlStreamReader &xml)
{
    const QString name = xml.name().toString();
    if (xml.namespaceUri() != svgNamespace)
        return QCoreApplication::translate("kd::AssetContent",
                                           "the element <%1> is not SVG (foreign content)")
            .arg(name);
    static const QStringList forbidden{QStringLiteral("script"),  QStringLiteral("foreignobject"),
                                       QStringLiteral("iframe"),  QStringLiteral("embed"),
                                       QStringLiteral("object"),  QStringLiteral("handler"),
                                       QStringLiteral("listener")};
    if (forbidden.contains(name.toLower()))
        return QCoreApplication::translate("kd::AssetContent", "it contains a <%1> element")
            .arg(name);
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        const QString attributeName = attribute.name().toString().toLower();
        const QString value = attribute.value().toString();
        if (attributeName.startsWith(QLatin1String("on")))
            return QCoreApplication::translate("kd::AssetContent",
                                               "the event attribute %1 runs script")
                .arg(attribute.qualifiedName().toString());
        if ((attributeName == QLatin1String("href") || attributeName == QLatin1String("src"))
            && isExternal(value))
            return QCoreApplication::translate(
                       "kd::AssetContent",
                       "%1=\"%2\" refers to something outside the file (only #fragment links are "
                       "allowed)")
                .arg(attribute.qualifiedName().toString(), value.left(60));
        if (attributeName == QLatin1String("attributename")
            && (value.toLower().contains(QLatin1String("href"))
                || value.toLower().startsWith(QLatin1String("on"))))
            return QCoreApplication::translate("kd::AssetContent",
                                               "an animation changes the attribute %1")
                .arg(value);
        if (hasScriptScheme(value))
            return QCoreApplication::translate("kd::AssetContent",
                                               "the attribute %1 holds a script address")
                .arg(attribute.qualifiedName().toString());
        if (attributeName == QLatin1String("style")) {
            const QString problem = styleProblem(value);
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

} // namespace

QString sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (isXmlStart(bytes)) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                return xml.name() == QLatin1String("svg") && xml.namespaceUri() == svgNamespace
                           ? QStringLiteral("image/svg+xml")
                           : QString();
        }
    }
    return {};
}

QString svgProblem(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    // Entities come only from a DTD, which is refused; Qt's own limit stays as a second wall.
    xml.setEntityExpansionLimit(0);
    bool rootSeen = false;
    int depth = 0; // of nested <svg> elements
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return QCoreApplication::translate("kd::AssetContent",
                                               "it has a DOCTYPE (no DTDs, no entities)");
        case QXmlStreamReader::ProcessingInstruction:
            return QCoreApplication::translate("kd::AssetContent",
                                               "it has a processing instruction (<?%1?>)")
                .arg(xml.processingInstructionTarget());
        case QXmlStreamReader::EntityReference:
            return QCoreApplication::translate("kd::AssetContent", "it uses an entity");
        case QXmlStreamReader::StartElement: {
            if (!rootSeen
                && (xml.name() != QLatin1String("svg") || xml.namespaceUri() != svgNamespace))
                return QCoreApplication::translate("kd::AssetContent", "it is not an SVG document");
            rootSeen = true;
            if (xml.name() == QLatin1String("svg"))
                ++depth;
            const QString problem = elementProblem(xml);
            if (!problem.isEmpty())
                return problem;
            if (xml.name().compare(QLatin1String("style"), Qt::CaseInsensitive) == 0) {
                const QString style = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString problem = styleProblem(style);
                if (!problem.isEmpty())
                    return problem;
                if (hasScriptScheme(style))
                    return QCoreApplication::translate("kd::AssetContent",
                                                       "a style holds a script address");
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            // Nothing after the root is ever shown: a browser stops there.
            if (xml.name() == QLatin1String("svg") && xml.namespaceUri() == svgNamespace
                && --depth == 0)
                return {};
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return QCoreApplication::translate("kd::AssetContent", "it is not well-formed XML: %1")
            .arg(xml.errorString());
    if (!rootSeen)
        return QCoreApplication::translate("kd::AssetContent", "it is not an SVG document");
    return {};
}

Problem check(const QString &mediaType, const QByteArray &bytes, QString *detail)
{
    static const QStringList supported
        = {QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/gif"),
           QStringLiteral("image/webp"), QStringLiteral("image/svg+xml")};
    if (!supported.contains(mediaType) || bytes.isEmpty())
        return Problem::None;
    const QString actual = sniff(bytes);
    if (actual != mediaType) {
        *detail = actual.isEmpty()
                      ? QCoreApplication::translate("kd::AssetContent",
                                                    "the bytes are not %1 (nor any image type "
                                                    "the website shows)")
                            .arg(mediaType)
                      : QCoreApplication::translate("kd::AssetContent", "the bytes are %1, not %2")
                            .arg(actual, mediaType);
        return Problem::Mismatch;
    }
    if (mediaType == QLatin1String("image/svg+xml")) {
        *detail = svgProblem(bytes);
        if (!detail->isEmpty())
            return Problem::UnsafeSvg;
    }
    return Problem::None;
}

} // namespace kd::AssetContent
