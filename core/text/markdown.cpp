#include "markdown.h"

#include <md4c-html.h>
#include <md4c.h>

namespace kd::Markdown {
namespace {

QString fromAttribute(const MD_ATTRIBUTE &attribute)
{
    return QString::fromUtf8(attribute.text, attribute.size);
}

int enterBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}

int leaveBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto *result = static_cast<Inspection *>(userdata);
    if (type == MD_SPAN_A)
        result->links.append(fromAttribute(static_cast<MD_SPAN_A_DETAIL *>(detail)->href));
    else if (type == MD_SPAN_IMG)
        result->links.append(fromAttribute(static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src));
    return 0;
}

int leaveSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *result = static_cast<Inspection *>(userdata);
    if (type == MD_TEXT_HTML)
        result->rawHtml.append(QString::fromUtf8(text, size));
    return 0;
}

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, size);
}

} // namespace

Inspection inspect(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    Inspection result;
    MD_PARSER parser{};
    parser.abi_version = 0;
    // Parse with HTML recognised, so that raw HTML can be found and reported.
    parser.flags = 0;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    // Raw HTML blocks arrive as MD_TEXT_HTML text inside an MD_BLOCK_HTML block.
    result.parsed = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &result) == 0;
    return result;
}

QString toHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    html.reserve(utf8.size() + utf8.size() / 4 + 16);
    md_html(utf8.constData(), MD_SIZE(utf8.size()), appendOutput, &html, MD_FLAG_NOHTML, 0);
    return QString::fromUtf8(html);
}

} // namespace kd::Markdown
