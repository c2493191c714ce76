// kd-fuzz-markdown: any text through the project's Markdown (core/text/markdown.h), as validation
// inspects a field and the package writers render it. Raw HTML is off, so no rendering may
// ever contain a <script element, whatever the text.
#include "fuzzsupport.h"

#include "text/markdown.h"

#include <cstdio>
#include <cstdlib>

namespace {

// The one call into the program.
QString renderMarkdown(const QString &markdown)
{
    kd::Markdown::inspect(markdown);
    return kd::Markdown::toHtml(markdown);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    kd::fuzz::ensureApplication();
    const QString html = renderMarkdown(QString::fromUtf8(kd::fuzz::bytesOf(data, size)));
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive)) {
        fprintf(stderr, "raw HTML came through: %s\n", qPrintable(html));
        abort();
    }
    return 0;
}
