#include "sitewriter.h"

#include "sitewheel.h"

#include "dutchwords.h"

#include "crypto/sha256.h"
#include "legal/citation.h"
#include "model/enums.h"
#include "wheel/wheelgeometry.h"
#include "wheel/wheelinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

namespace kd {
namespace {

using SiteHtml::escape;

// The site speaks Dutch, as its content does; these are its own words.
const QString kGlossaryPage = QStringLiteral("glossary.html");
const QString kProfessionalsPage = QStringLiteral("professionals/index.html");

// Forbids inline script and everything from elsewhere; the site's own CSS and JavaScript only.
const char kPolicy[] = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
                       "base-uri 'none'; form-action 'none'";

// The way from the page at `from` to `to`, both inside site/.
QString relative(const QString &from, const QString &to)
{
    return QStringLiteral("../").repeated(from.count(u'/')) + to;
}

QString headed(int level, const QString &heading, const QString &content, const QString &cssClass)
{
    if (content.trimmed().isEmpty())
        return {};
    const QString classAttribute
        = cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass);
    // One arg() call: a "%1" in the content must stay as it is.
    const QString h = QString::number(level);
    return QStringLiteral("<section%1>\n<h%2>%3</h%2>\n%4</section>\n")
        .arg(classAttribute, h, escape(heading), content);
}

QString section(const QString &heading, const QString &content, const QString &cssClass = {})
{
    return headed(2, heading, content, cssClass);
}

QString subsection(const QString &heading, const QString &content, const QString &cssClass = {})
{
    return headed(3, heading, content, cssClass);
}

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escape(href), escape(text));
}

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/site/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SiteWriter::SiteWriter(const Project &registers, const QString &packageDir)
    : m_registers(registers)
    , m_site(QDir(packageDir).filePath(QStringLiteral("site")))
{
    for (const GlossaryTerm &term : registers.glossary) {
        m_terms.append({term.term, QStringLiteral("term-") + slug(term.key, term.position)});
    }
}

QString SiteWriter::slug(const QString &key, int position)
{
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slugPattern.match(key).hasMatch() ? key : QStringLiteral("n%1").arg(position + 1);
}

bool SiteWriter::isSitePath(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^site/([a-z0-9]+(-[a-z0-9]+)*/){0,3}[a-z0-9]+(-[a-z0-9]+)*\\.(html|css|js)$"));
    return pattern.match(path).hasMatch();
}

bool SiteWriter::begin(PackageError *error)
{
    // cases/ comes with the first case: a package lists no empty folder.
    for (const QString &dir : {QString(), QStringLiteral("professionals")}) {
        if (!QDir().mkpath(m_site.filePath(dir))) {
            *error = PackageError::io(
                m_site.filePath(dir),
                QCoreApplication::translate("kd::SiteWriter", "cannot create the folder"));
            return false;
        }
    }
    return true;
}

QString SiteWriter::render(const QString &markdown, const QString &pagePath, int headingShift)
{
    SiteHtml::MarkdownRenderer renderer(m_terms, relative(pagePath, kGlossaryPage));
    return renderer.render(markdown, headingShift);
}

bool SiteWriter::writeFile(const QString &path, const QByteArray &bytes, PackageError *error)
{
    QFile file(m_site.filePath(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size()
        || !file.flush()) {
        *error = PackageError::io(file.fileName(),
                                  QCoreApplication::translate("kd::SiteWriter", "cannot write: %1")
                                      .arg(file.errorString()));
        return false;
    }
    file.close();
    m_entries.append({QStringLiteral("site/") + path, Sha256::hex(bytes), bytes.size()});
    return true;
}

bool SiteWriter::write(const Page &page, PackageError *error)
{
    const QString root = relative(page.path, QString());
    QString crumbs;
    if (!page.crumbs.isEmpty()) {
        crumbs = QStringLiteral("<nav class=\"crumbs\" aria-label=\"Kruimelpad\"><ol>");
        for (const auto &[href, text] : page.crumbs)
            crumbs += QLatin1String("<li>") + link(relative(page.path, href), text)
                      + QLatin1String("</li>");
        crumbs += QStringLiteral("<li aria-current=\"page\">%1</li></ol></nav>\n")
                      .arg(escape(page.title));
    }
    const QString projectTitle = escape(m_registers.info.title);
    const QString html
        = QStringLiteral(
              "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"
              "<title>%2 · %3</title>\n<link rel=\"stylesheet\" href=\"%4style.css\">\n"
              "<script src=\"%4site.js\" defer></script>\n</head>\n<body>\n"
              "<a class=\"skip-link\" href=\"#main\">Naar de inhoud</a>\n"
              "<header class=\"site\"><p class=\"name\"><a href=\"%4index.html\">%3</a></p>\n"
              "<nav aria-label=\"Hoofdmenu\"><ul><li><a href=\"%4index.html\">Casussen</a></li>"
              "<li><a href=\"%4%5\">Begrippen</a></li><li><a href=\"%4%6\">Professionals</a>"
              "</li></ul></nav></header>\n%7<main id=\"main\">\n<h1>%2</h1>\n%8</main>\n"
              "<footer class=\"site\"><p>%9</p></footer>\n</body>\n</html>\n")
              .arg(QLatin1String(kPolicy), escape(page.title), projectTitle, root, kGlossaryPage,
                   kProfessionalsPage, crumbs, page.body, escape(m_registers.info.publisher));
    return writeFile(page.path, html.toUtf8(), error);
}

bool SiteWriter::scenario(const Scenario &scenario, PackageError *error)
{
    const QString dir = QStringLiteral("cases/") + slug(scenario.key, scenario.position);
    if (!QDir().mkpath(m_site.filePath(dir))) {
        *error = PackageError::io(
            m_site.filePath(dir),
            QCoreApplication::translate("kd::SiteWriter", "cannot create the folder"));
        return false;
    }
    const QString casePath = dir + QStringLiteral("/index.html");
    const QList<std::pair<QString, QString>> caseCrumbs
        = {{QStringLiteral("index.html"), QStringLiteral("Casussen")}};
    if (!write({casePath, scenario.title, casePage(scenario, dir, casePath), caseCrumbs}, error))
        return false;
    m_cases.append(
        {casePath, scenario.title, render(scenario.summary, QStringLiteral("index.html"))});
    // A moment's page holds its dilemmas: one file a moment keeps a large site quick to write.
    const auto fileOf = [](const Segment &segment) -> QString {
        return slug(segment.key, segment.position) + QStringLiteral(".html");
    };
    for (qsizetype i = 0; i < scenario.segments.size(); ++i) {
        const Segment &segment = scenario.segments.at(i);
        const QString momentPath = dir + u'/' + fileOf(segment);
        auto crumbs = caseCrumbs;
        crumbs.append({casePath, scenario.title});
        // Walking the wheel: the moment before and after this one.
        QString walk;
        if (i > 0) {
            walk += QStringLiteral("<li class=\"previous\">Vorig moment: %1</li>")
                        .arg(link(fileOf(scenario.segments.at(i - 1)),
                                  scenario.segments.at(i - 1).title));
        }
        if (i + 1 < scenario.segments.size()) {
            walk += QStringLiteral("<li class=\"next\">Volgend moment: %1</li>")
                        .arg(link(fileOf(scenario.segments.at(i + 1)),
                                  scenario.segments.at(i + 1).title));
        }
        QString body = momentPage(scenario, segment, momentPath);
        if (!walk.isEmpty())
            body
                += QStringLiteral("<nav class=\"walk\" aria-label=\"Momenten\"><ul>%1</ul></nav>\n")
                       .arg(walk);
        if (!write({momentPath, segment.title, body, crumbs}, error))
            return false;
    }
    return true;
}

QString SiteWriter::casePage(const Scenario &scenario, const QString &dir, const QString &pagePath)
{
    Q_UNUSED(dir);
    QString body = render(scenario.summary, pagePath);
    QString moments;
    for (const Segment &segment : scenario.segments) {
        QString text = segment.title;
        if (!segment.periodLabel.isEmpty())
            text += QStringLiteral(" (%1)").arg(segment.periodLabel);
        moments += QLatin1String("<li>")
                   + link(slug(segment.key, segment.position) + QStringLiteral(".html"), text)
                   + QLatin1String("</li>\n");
    }
    QString wheelSection = wheel(scenario, pagePath);
    if (!moments.isEmpty())
        wheelSection += QStringLiteral("<h3>De momenten</h3>\n<ol class=\"moments\">\n%1</ol>\n")
                            .arg(moments);
    body
        += section(QStringLiteral("Het levenswiel"), wheelSection, QStringLiteral("wheel-section"));
    QString persons;
    for (const Person &person : scenario.persons) {
        QString heading = escape(person.name);
        if (!person.role.isEmpty())
            heading += QStringLiteral(", %1").arg(escape(person.role));
        if (person.age)
            heading += QStringLiteral(" (%1 jaar)").arg(*person.age);
        persons += QStringLiteral("<li><p class=\"person\">%1</p>\n%2</li>\n")
                       .arg(heading, render(person.description, pagePath));
    }
    if (!persons.isEmpty())
        body += section(QStringLiteral("Het gezin"),
                        QStringLiteral("<ul class=\"persons\">\n%1</ul>\n").arg(persons));
    return body;
}

QString SiteWriter::wheel(const Scenario &scenario, const QString &pagePath) const
{
    Q_UNUSED(pagePath);
    const WheelInput input = WheelInput::fromScenario(m_registers, scenario);
    const WheelGeometry geometry = WheelGeometry::compute(input, QSizeF(640, 640));
    QList<SiteWheel::Moment> moments;
    for (const Segment &segment : scenario.segments) {
        QString label
            = QStringLiteral("Moment %1: %2").arg(segment.position + 1).arg(segment.title);
        if (!segment.periodLabel.isEmpty())
            label += QStringLiteral(" (%1)").arg(segment.periodLabel);
        moments.append({slug(segment.key, segment.position) + QStringLiteral(".html"), label});
    }
    QString legend;
    for (const WheelInput::Domain &domain : input.domains) {
        // A presentation attribute, not a style: the policy allows no inline style.
        legend += QStringLiteral("<li><svg class=\"swatch\" viewBox=\"0 0 16 16\" "
                                 "aria-hidden=\"true\"><rect width=\"16\" height=\"16\" "
                                 "rx=\"3\" fill=\"%1\"/></svg>%2</li>")
                      .arg(domain.colour.name(), escape(domain.label));
    }
    for (const WheelInput::Professional &professional : input.professionals) {
        legend += QStringLiteral("<li><svg class=\"badge\" viewBox=\"0 0 24 24\" "
                                 "aria-hidden=\"true\"><circle cx=\"12\" cy=\"12\" r=\"12\" "
                                 "fill=\"%1\"/><text x=\"12\" y=\"16\" font-size=\"11\">%2"
                                 "</text></svg>%3</li>")
                      .arg(professional.colour.name(), escape(professional.abbreviation),
                           escape(professional.title));
    }
    return QStringLiteral("<figure class=\"wheel\">%1<figcaption>Het levenswiel van %2: kies een "
                          "moment om het te openen.</figcaption></figure>\n"
                          "<ul class=\"legend\" aria-label=\"Legenda\">%3</ul>\n")
        .arg(SiteWheel::svg(geometry, moments, QStringLiteral("Levenswiel: ") + scenario.title),
             escape(scenario.title), legend);
}

QString SiteWriter::momentPage(const Scenario &scenario, const Segment &segment,
                               const QString &pagePath)
{
    QString body;
    if (!segment.periodLabel.isEmpty())
        body += QStringLiteral("<p class=\"period\">%1</p>\n").arg(escape(segment.periodLabel));
    body += render(segment.narrative, pagePath);
    QStringList who;
    for (const Person &person : scenario.persons) {
        if (segment.personUids.contains(person.uid))
            who.append(escape(person.name));
    }
    QStringList domains;
    for (const LifeDomain &domain : m_registers.lifeDomains) {
        if (segment.lifeDomainUids.contains(domain.uid))
            domains.append(escape(domain.label));
    }
    QString facts;
    if (!who.isEmpty())
        facts
            += QStringLiteral("<dt>Betrokken</dt><dd>%1</dd>").arg(who.join(QStringLiteral(", ")));
    if (!domains.isEmpty())
        facts += QStringLiteral("<dt>Levensgebieden</dt><dd>%1</dd>")
                     .arg(domains.join(QStringLiteral(", ")));
    if (!facts.isEmpty())
        body += QStringLiteral("<dl class=\"facts\">%1</dl>\n").arg(facts);
    if (segment.dilemmas.size() > 1) {
        QString list;
        for (const Dilemma &dilemma : segment.dilemmas) {
            list += QStringLiteral("<li>%1</li>\n")
                        .arg(link(QStringLiteral("#") + dilemmaAnchor(dilemma), dilemma.question));
        }
        body += QStringLiteral("<nav class=\"dilemmas\" aria-label=\"Dilemma's\"><ul>\n%1"
                               "</ul></nav>\n")
                    .arg(list);
    }
    for (const Dilemma &dilemma : segment.dilemmas)
        body += dilemmaArticle(dilemma, pagePath);
    return body;
}

QString SiteWriter::dilemmaAnchor(const Dilemma &dilemma)
{
    return QStringLiteral("dilemma-") + slug(dilemma.key, dilemma.position);
}

QString SiteWriter::professionalLink(const QString &uid, const QString &pagePath) const
{
    for (const Professional &professional : m_registers.professionals) {
        if (professional.uid == uid) {
            return link(relative(pagePath, QStringLiteral("professionals/")
                                               + slug(professional.key, professional.position)
                                               + QStringLiteral(".html")),
                        professional.title);
        }
    }
    return {};
}

// A dilemma on its moment's page: the question as an h2, its parts as h3.
QString SiteWriter::dilemmaArticle(const Dilemma &dilemma, const QString &pagePath)
{
    const QString anchor = dilemmaAnchor(dilemma);
    QString body = QStringLiteral("<article class=\"dilemma\" id=\"%1\" aria-labelledby=\"%1-q\">\n"
                                  "<h2 id=\"%1-q\">%2</h2>\n")
                       .arg(anchor, escape(dilemma.question));
    const QString who = professionalLink(dilemma.professionalUid, pagePath);
    if (!who.isEmpty())
        body += QStringLiteral("<p class=\"who\">U bent: %1</p>\n").arg(who);
    const auto part
        = [&](const QString &heading, const QString &content, const QString &cssClass = QString()) {
              return subsection(heading, content, cssClass);
          };
    body += part(QStringLiteral("De situatie"), render(dilemma.situation, pagePath, 3));
    body += part(QStringLiteral("Afwegingen"), render(dilemma.considerations, pagePath, 3));
    QString options;
    for (const Option &option : dilemma.options) {
        options
            += QStringLiteral("<details class=\"option\"><summary>%1</summary>\n"
                              "<div class=\"feedback\"><p class=\"assessment %2\">%3</p>\n"
                              "%4</div></details>\n")
                   .arg(escape(option.label), toName(option.assessment),
                        DutchWords::of(option.assessment), render(option.feedback, pagePath, 3));
    }
    if (!options.isEmpty())
        options.prepend(QStringLiteral("<p class=\"hint\">Kies een antwoord om de terugkoppeling "
                                       "te lezen.</p>\n"));
    body += part(QStringLiteral("Wat doet u?"), options, QStringLiteral("options"));
    body += part(QStringLiteral("Oplossingsrichting"),
                 render(dilemma.solutionDirection, pagePath, 3), QStringLiteral("solution"));
    body += part(QStringLiteral("Wet en regels"), legalReferences(dilemma), QStringLiteral("law"));
    QStringList themes;
    for (const Theme &theme : m_registers.themes) {
        if (dilemma.themeUids.contains(theme.uid))
            themes.append(QStringLiteral("<li>%1</li>").arg(escape(theme.label)));
    }
    if (!themes.isEmpty())
        body += part(QStringLiteral("Thema's"),
                     QStringLiteral("<ul class=\"themes\">%1</ul>\n").arg(themes.join(QString())));
    return body + QLatin1String("</article>\n");
}

QString SiteWriter::legalReferences(const Dilemma &dilemma) const
{
    QString items;
    for (const LegalReference &reference : dilemma.legalReferences) {
        const LegalSource *source = nullptr;
        for (const LegalSource &candidate : m_registers.legalSources) {
            if (candidate.uid == reference.legalSourceUid)
                source = &candidate;
        }
        if (!source)
            continue;
        // The short title often names the article already ("BW, art. 7:457"): then only the
        // reference's lid and onderdeel are added.
        QString text = source->shortTitle;
        const QString article = Citation::words(*source);
        const QString words = Citation::words(*source, &reference);
        if (!article.isEmpty() && text.contains(article)) {
            const QString narrower = words.mid(article.size()).trimmed();
            if (words.startsWith(article) && !narrower.isEmpty())
                text += QStringLiteral(", ") + narrower;
        } else if (!words.isEmpty()) {
            text += QStringLiteral(", ") + words;
        }
        const QString href = Citation::link(*source, &reference);
        QString item = SiteHtml::isSafeLink(href) ? link(href, text) : escape(text);
        if (!source->fullTitle.isEmpty() && source->fullTitle != source->shortTitle)
            item += QStringLiteral(" <span class=\"full\">(%1)</span>")
                        .arg(escape(source->fullTitle));
        if (!reference.note.isEmpty())
            item
                += QStringLiteral("<br><span class=\"note\">%1</span>").arg(escape(reference.note));
        items += QStringLiteral("<li>%1</li>\n").arg(item);
    }
    return items.isEmpty() ? QString() : QStringLiteral("<ul>\n%1</ul>\n").arg(items);
}

bool SiteWriter::finish(QList<PackageManifest::Entry> *entries, PackageError *error)
{
    QString cases;
    for (const CaseEntry &entry : std::as_const(m_cases)) {
        cases += QStringLiteral("<li>%1\n%2</li>\n")
                     .arg(link(entry.path, entry.title), entry.summary);
    }
    QString index = render(m_registers.info.description, QStringLiteral("index.html"));
    index
        += section(QStringLiteral("Casussen"),
                   cases.isEmpty() ? QStringLiteral("<p>Dit pakket heeft nog geen casussen.</p>\n")
                                   : QStringLiteral("<ul class=\"cases\">\n%1</ul>\n").arg(cases));
    if (!write({QStringLiteral("index.html"), m_registers.info.title, index, {}}, error))
        return false;

    const QList<std::pair<QString, QString>> home
        = {{QStringLiteral("index.html"), QStringLiteral("Casussen")}};
    QString terms;
    for (const GlossaryTerm &term : m_registers.glossary) {
        terms += QStringLiteral("<dt id=\"term-%1\">%2</dt>\n<dd>%3</dd>\n")
                     .arg(slug(term.key, term.position), escape(term.term),
                          render(term.definition, kGlossaryPage));
    }
    if (!write({kGlossaryPage, QStringLiteral("Begrippen"),
                terms.isEmpty() ? QStringLiteral("<p>Dit pakket heeft geen begrippen.</p>\n")
                                : QStringLiteral("<dl class=\"glossary\">\n%1</dl>\n").arg(terms),
                home},
               error))
        return false;

    QString list;
    for (const Professional &professional : m_registers.professionals) {
        const QString path = QStringLiteral("professionals/")
                             + slug(professional.key, professional.position)
                             + QStringLiteral(".html");
        list += QStringLiteral("<li>%1</li>\n")
                    .arg(link(relative(kProfessionalsPage, path), professional.title));
        QString body = QStringLiteral("<p class=\"secrecy\">%1</p>\n")
                           .arg(escape(DutchWords::of(professional.secrecy)));
        body += render(professional.description, path);
        QString sources;
        for (const QString &uid : professional.defaultLegalSourceUids) {
            for (const LegalSource &source : m_registers.legalSources) {
                if (source.uid != uid)
                    continue;
                const QString href = Citation::link(source);
                sources += QStringLiteral("<li>%1</li>\n")
                               .arg(SiteHtml::isSafeLink(href) ? link(href, source.shortTitle)
                                                               : escape(source.shortTitle));
            }
        }
        if (!sources.isEmpty())
            body += section(QStringLiteral("Wet en regels"),
                            QStringLiteral("<ul>\n%1</ul>\n").arg(sources), QStringLiteral("law"));
        auto crumbs = home;
        crumbs.append({kProfessionalsPage, QStringLiteral("Professionals")});
        if (!write({path, professional.title, body, crumbs}, error))
            return false;
    }
    if (!write({kProfessionalsPage, QStringLiteral("Professionals"),
                list.isEmpty()
                    ? QStringLiteral("<p>Dit pakket beschrijft geen professionals.</p>\n")
                    : QStringLiteral("<ul class=\"professionals\">\n%1</ul>\n").arg(list),
                home},
               error))
        return false;

    for (const QString &name : {QStringLiteral("style.css"), QStringLiteral("site.js")}) {
        if (!writeFile(name, resource(name), error))
            return false;
    }
    // One sync for the whole site, before the package is moved into place.
    const int fd = ::open(QFile::encodeName(m_site.path()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const PackageManifest::Entry &a, const PackageManifest::Entry &b) {
                  return a.path < b.path;
              });
    entries->append(m_entries);
    return true;
}

} // namespace kd
