#pragma once

#include "testprojects.h"

#include "model/description.h"

#include <type_traits>
#include <variant>

// A project whose every plain-text and Markdown field tries to become markup or script:
// <script>, event handlers (onerror=, onload=), javascript: and data: links, raw HTML, and
// quotes that would end an attribute, and "%1" that a careless QString::arg() would fill in.
// Each payload sets window.__kdPwned, so a browser can tell
// whether any of it ran. For the site's tests (tst_site, tests/browser). Its asset keeps its
// name and safe SVG, so that the site shows it with the hostile alt text.
namespace kd::testing {

inline const QString &hostileText()
{
    static const QString text = QStringLiteral(
        "<script>window.__kdPwned=1</script>\"'><img src=x onerror=\"window.__kdPwned=1\">"
        " javascript:window.__kdPwned=1 data:text/html,<script>window.__kdPwned=1</script>"
        " kdmark%1 %2 %L3");
    return text;
}

inline const QString &hostileMarkdown()
{
    static const QString text
        = hostileText()
          + QStringLiteral(
              "\n\n[klik](javascript:window.__kdPwned=1) [data](data:text/html;base64,"
              "PHNjcmlwdD53aW5kb3cuX19rZFB3bmVkPTE8L3NjcmlwdD4=) [spatie]( javascript:x) "
              "![plaatje](https://example.org/x.png) <a href=\"javascript:window.__kdPwned=1\">a"
              "</a> <svg onload=window.__kdPwned=1></svg> <iframe src=\"data:text/html,x\">"
              "\n\n# <script>window.__kdPwned=1</script>\n\n"
              "<div onmouseover=\"window.__kdPwned=1\">blok</div>\n\n"
              "[goed](https://wetten.overheid.nl/) &lt;script&gt; &#60;script&#62; `<b>`");
    return text;
}

template<typename T>
void poison(T &entity)
{
    for (const Field<T> &field : Described<T>::fields()) {
        const bool text = field.d.type == ValueType::Text;
        if (!text && field.d.type != ValueType::Markdown)
            continue;
        const QString name = QString::fromLatin1(field.d.name);
        if (name == QLatin1String("key"))
            continue;
        std::visit(
            [&](auto member) {
                using Value = std::decay_t<decltype(entity.*member)>;
                if constexpr (std::is_same_v<Value, QString>) {
                    if (name == QLatin1String("url"))
                        entity.*member = QStringLiteral("javascript:window.__kdPwned=1");
                    else
                        entity.*member = text ? hostileText() : hostileMarkdown();
                }
            },
            field.member);
    }
}

inline Project hostileProject()
{
    Project p = fullProject();
    poison(p.info);
    for (LifeDomain &d : p.lifeDomains)
        poison(d);
    for (LegalSource &s : p.legalSources)
        poison(s);
    for (Professional &x : p.professionals)
        poison(x);
    for (Theme &t : p.themes)
        poison(t);
    for (GlossaryTerm &g : p.glossary)
        poison(g);
    // An asset's name and media type must stay what they are for the site to show it; its alt
    // text is the text the site prints.
    for (Asset &a : p.assets)
        a.altText = hostileText();
    for (Scenario &s : p.scenarios) {
        poison(s);
        for (Person &person : s.persons)
            poison(person);
        for (Segment &segment : s.segments) {
            poison(segment);
            for (Dilemma &dilemma : segment.dilemmas) {
                poison(dilemma);
                for (Option &option : dilemma.options)
                    poison(option);
                for (LegalReference &reference : dilemma.legalReferences)
                    poison(reference);
            }
        }
    }
    return p;
}

} // namespace kd::testing
