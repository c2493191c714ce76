#include "sitewriter.h"

#include "sitewheel.h"

#include "dutchwords.h"

#include "crypto/sha256.h"
#include "legal/citation.h"
#include "model/assetcontent.h"
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

QList<SiteHtml::Term> termsOf(const Project &project)
{
    QList<SiteHtml::Term> terms;
    for (const GlossaryTerm &term : project.glossary)
        terms.append(
            {term.term, QStringLiteral("term-") + SiteWriter::slug(term.key, term.position)});
    return terms;
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
    , m_renderer(termsOf(registers))
    , m_pictures(pictures(registers))
{}

QString SiteWriter::slug(const QString &key, int position)
{
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slugPattern.match(key).hasMatch() ? key : QStringLiteral("n%1").arg(position + 1);
}

bool SiteWriter::isSitePath(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^site/(([a-z0-9]+(-[a-z0-9]+)*/){0,3}[a-z0-9]+(-[a-z0-9]+)*\\.(html|css|js)"
                       "|assets/[a-z0-9]+(-[a-z0-9]+)*\\.(png|jpg|gif|webp|svg))$"));
    return pattern.match(path).hasMatch();
}

QHash<QString, SiteWriter::Picture> SiteWriter::pictures(const Project &project)
{
    static const QHash<QString, QString> extensions{
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("image/webp"), QStringLiteral("webp")},
        {QStringLiteral("image/svg+xml"), QStringLiteral("svg")}};
    QHash<QString, Picture> shown;
    QSet<QString> names;
    for (const Asset &asset : project.assets) {
        const QString extension = extensions.value(asset.mediaType);
        QString detail;
        if (extension.isEmpty() || asset.altText.trimmed().isEmpty()
            || AssetContent::check(asset.mediaType, asset.data, &detail)
                   != AssetContent::Problem::None)
            continue;
        // Keys are unique; a project with duplicates (a validation error) still gets a name each.
        const QString stem = slug(asset.key, asset.position);
        QString name = stem;
        for (int n = 2; names.contains(name); ++n)
            name = stem + u'-' + QString::number(n);
        names.insert(name);
        shown.insert(asset.uid, {QStringLiteral("assets/") + name + u'.' + extension,
                                 asset.altText.trimmed(), asset.data});
    }
    return shown;
}

// The <img> of an asset on the page at pagePath, with its alt text; empty when the site may not
// show the asset (none set, no alt text, not a safe image).
QString SiteWriter::picture(const QString &assetUid, const QString &pagePath,
                            const QString &cssClass)
{
    const auto found = m_pictures.constFind(assetUid);
    if (assetUid.isEmpty() || found == m_pictures.cend())
        return {};
    m_shown.insert(assetUid);
    return QStringLiteral("<p class=\"%1\"><img src=\"%2\" alt=\"%3\"></p>\n")
        .arg(cssClass, escape(relative(pagePath, found->path)), escape(found->altText));
}

bool SiteWriter::makeFolder(const QString &dir, PackageError *error)
{
    if (QDir().mkpath(m_site.filePath(dir)))
        return true;
    *error = PackageError::io(
        m_site.filePath(dir),
        QCoreApplication::translate("kd::SiteWriter", "cannot create the folder"));
    return false;
}

bool SiteWriter::begin(PackageError *error)
{
    // cases/ comes with the first case: a package lists no empty folder.
    return makeFolder(QString(), error) && makeFolder(QStringLiteral("professionals"), error);
}

QString SiteWriter::render(const QString &markdown, const QString &pagePath, int headingShift)
{
    return m_renderer.render(markdown, relative(pagePath, kGlossaryPage), headingShift);
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

QString SiteWriter::html(const Page &page) const
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
    return QStringLiteral(
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
}

bool SiteWriter::write(const Page &page, PackageError *error)
{
    return writeFile(page.path, html(page).toUtf8(), error);
}

QString SiteWriter::caseDir(const Scenario &scenario)
{
    return QStringLiteral("cases/") + slug(scenario.key, scenario.position);
}

// A moment's page holds its dilemmas: one file a moment keeps a large site quick to write.
QString SiteWriter::momentFile(const Segment &segment)
{
    return pageName(segment.key, segment.position);
}

QString SiteWriter::professionalPath(const Professional &professional)
{
    return QStringLiteral("professionals/") + pageName(professional.key, professional.position);
}

// A page beside its folder's index.html: the key "index" is taken, so it too gets its place.
QString SiteWriter::pageName(const QString &key, int position)
{
    return (key == QLatin1String("index") ? slug(QString(), position) : slug(key, position))
           + QStringLiteral(".html");
}

bool SiteWriter::scenario(const Scenario &scenario, PackageError *error)
{
    if (!makeFolder(caseDir(scenario), error) || !write(casePage(scenario), error))
        return false;
    addCase(scenario);
    for (qsizetype i = 0; i < scenario.segments.size(); ++i) {
        if (!write(momentPage(scenario, i), error))
            return false;
    }
    return true;
}

void SiteWriter::addCase(const Scenario &scenario)
{
    m_cases.append({caseDir(scenario) + QStringLiteral("/index.html"), scenario.title,
                    render(scenario.summary, QStringLiteral("index.html"))});
}

SiteWriter::Page SiteWriter::momentPage(const Scenario &scenario, qsizetype index)
{
    const QString dir = caseDir(scenario);
    const Segment &segment = scenario.segments.at(index);
    const QString path = dir + u'/' + momentFile(segment);
    // Walking the wheel: the moment before and after this one.
    QString walk;
    if (index > 0) {
        const Segment &previous = scenario.segments.at(index - 1);
        walk += QStringLiteral("<li class=\"previous\">Vorig moment: %1</li>")
                    .arg(link(momentFile(previous), previous.title));
    }
    if (index + 1 < scenario.segments.size()) {
        const Segment &next = scenario.segments.at(index + 1);
        walk += QStringLiteral("<li class=\"next\">Volgend moment: %1</li>")
                    .arg(link(momentFile(next), next.title));
    }
    QString body = momentBody(scenario, segment, path);
    if (!walk.isEmpty())
        body += QStringLiteral("<nav class=\"walk\" aria-label=\"Momenten\"><ul>%1</ul></nav>\n")
                    .arg(walk);
    return {path,
            segment.title,
            body,
            {{QStringLiteral("index.html"), QStringLiteral("Casussen")},
             {dir + QStringLiteral("/index.html"), scenario.title}}};
}

SiteWriter::Page SiteWriter::casePage(const Scenario &scenario)
{
    const QString pagePath = caseDir(scenario) + QStringLiteral("/index.html");
    QString body = picture(scenario.coverAssetUid, pagePath, QStringLiteral("cover"))
                   + render(scenario.summary, pagePath);
    QString moments;
    for (const Segment &segment : scenario.segments) {
        QString text = segment.title;
        if (!segment.periodLabel.isEmpty())
            text += QStringLiteral(" (%1)").arg(segment.periodLabel);
        moments
            += QLatin1String("<li>") + link(momentFile(segment), text) + QLatin1String("</li>\n");
    }
    QString wheelSection = wheel(scenario);
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
    return {pagePath,
            scenario.title,
            body,
            {{QStringLiteral("index.html"), QStringLiteral("Casussen")}}};
}

QString SiteWriter::wheel(const Scenario &scenario) const
{
    const WheelInput input = WheelInput::fromScenario(m_registers, scenario);
    const WheelGeometry geometry = WheelGeometry::compute(input, QSizeF(640, 640));
    QList<SiteWheel::Moment> moments;
    for (const Segment &segment : scenario.segments) {
        QString label
            = QStringLiteral("Moment %1: %2").arg(segment.position + 1).arg(segment.title);
        if (!segment.periodLabel.isEmpty())
            label += QStringLiteral(" (%1)").arg(segment.periodLabel);
        moments.append({momentFile(segment), label});
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

QString SiteWriter::momentBody(const Scenario &scenario, const Segment &segment,
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
            return link(relative(pagePath, professionalPath(professional)), professional.title);
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

namespace {

const QList<std::pair<QString, QString>> &homeCrumbs()
{
    static const QList<std::pair<QString, QString>> home{
        {QStringLiteral("index.html"), QStringLiteral("Casussen")}};
    return home;
}

} // namespace

SiteWriter::Page SiteWriter::indexPage()
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
    return {QStringLiteral("index.html"), m_registers.info.title, index, {}};
}

SiteWriter::Page SiteWriter::glossaryPage()
{
    QString terms;
    for (const GlossaryTerm &term : m_registers.glossary) {
        terms += QStringLiteral("<dt id=\"term-%1\">%2</dt>\n<dd>%3</dd>\n")
                     .arg(slug(term.key, term.position), escape(term.term),
                          render(term.definition, kGlossaryPage));
    }
    return {kGlossaryPage, QStringLiteral("Begrippen"),
            terms.isEmpty() ? QStringLiteral("<p>Dit pakket heeft geen begrippen.</p>\n")
                            : QStringLiteral("<dl class=\"glossary\">\n%1</dl>\n").arg(terms),
            homeCrumbs()};
}

SiteWriter::Page SiteWriter::professionalPage(const Professional &professional)
{
    const QString path = professionalPath(professional);
    QString body = picture(professional.iconAssetUid, path, QStringLiteral("icon"))
                   + QStringLiteral("<p class=\"secrecy\">%1</p>\n")
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
    auto crumbs = homeCrumbs();
    crumbs.append({kProfessionalsPage, QStringLiteral("Professionals")});
    return {path, professional.title, body, crumbs};
}

SiteWriter::Page SiteWriter::professionalsPage()
{
    QString list;
    for (const Professional &professional : m_registers.professionals) {
        list += QStringLiteral("<li>%1</li>\n")
                    .arg(link(relative(kProfessionalsPage, professionalPath(professional)),
                              professional.title));
    }
    return {kProfessionalsPage, QStringLiteral("Professionals"),
            list.isEmpty() ? QStringLiteral("<p>Dit pakket beschrijft geen professionals.</p>\n")
                           : QStringLiteral("<ul class=\"professionals\">\n%1</ul>\n").arg(list),
            homeCrumbs()};
}

bool SiteWriter::finish(QList<PackageManifest::Entry> *entries, PackageError *error)
{
    if (!write(indexPage(), error) || !write(glossaryPage(), error))
        return false;
    for (const Professional &professional : m_registers.professionals) {
        if (!write(professionalPage(professional), error))
            return false;
    }
    if (!write(professionalsPage(), error))
        return false;
    for (const QString &name : {QStringLiteral("style.css"), QStringLiteral("site.js")}) {
        if (!writeFile(name, resource(name), error))
            return false;
    }
    if (!m_shown.isEmpty() && !makeFolder(QStringLiteral("assets"), error))
        return false;
    for (const QString &uid : std::as_const(m_shown)) {
        const Picture shown = m_pictures.value(uid);
        if (!writeFile(shown.path, shown.data, error))
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

SiteWriter::RenderedPage SiteWriter::page(const Project &project, const QString &uid)
{
    SiteWriter writer(project, QString());
    const auto rendered = [&writer](const Page &page, const QString &fragment = QString()) {
        return RenderedPage{page.path, fragment, writer.html(page)};
    };
    for (const Scenario &scenario : project.scenarios) {
        if (scenario.uid == uid)
            return rendered(writer.casePage(scenario));
        for (const Person &person : scenario.persons) {
            if (person.uid == uid)
                return rendered(writer.casePage(scenario));
        }
        for (qsizetype i = 0; i < scenario.segments.size(); ++i) {
            const Segment &segment = scenario.segments.at(i);
            if (segment.uid == uid)
                return rendered(writer.momentPage(scenario, i));
            for (const Dilemma &dilemma : segment.dilemmas) {
                const auto holds = [&uid](const auto &children) {
                    return std::any_of(children.begin(), children.end(),
                                       [&uid](const auto &child) { return child.uid == uid; });
                };
                if (dilemma.uid == uid || holds(dilemma.options) || holds(dilemma.legalReferences))
                    return rendered(writer.momentPage(scenario, i), dilemmaAnchor(dilemma));
            }
        }
    }
    for (const GlossaryTerm &term : project.glossary) {
        if (term.uid == uid)
            return rendered(writer.glossaryPage(),
                            QStringLiteral("term-") + slug(term.key, term.position));
    }
    for (const Professional &professional : project.professionals) {
        if (professional.uid == uid)
            return rendered(writer.professionalPage(professional));
    }
    for (const Scenario &scenario : project.scenarios)
        writer.addCase(scenario);
    return rendered(writer.indexPage());
}

QString SiteWriter::entityAt(const Project &project, const QString &path, const QString &fragment)
{
    if (path == QLatin1String("index.html"))
        return project.info.uid;
    for (const Scenario &scenario : project.scenarios) {
        const QString dir = caseDir(scenario) + u'/';
        if (!path.startsWith(dir))
            continue;
        if (path == dir + QLatin1String("index.html"))
            return scenario.uid;
        for (const Segment &segment : scenario.segments) {
            if (path != dir + momentFile(segment))
                continue;
            for (const Dilemma &dilemma : segment.dilemmas) {
                if (fragment == dilemmaAnchor(dilemma)
                    || fragment == dilemmaAnchor(dilemma) + QLatin1String("-q"))
                    return dilemma.uid;
            }
            return segment.uid;
        }
    }
    if (path == kGlossaryPage) {
        for (const GlossaryTerm &term : project.glossary) {
            if (fragment == QStringLiteral("term-") + slug(term.key, term.position))
                return term.uid;
        }
    }
    for (const Professional &professional : project.professionals) {
        if (path == professionalPath(professional))
            return professional.uid;
    }
    return {};
}

SiteWriter::RenderedPage SiteWriter::pageAt(const Project &project, const QString &path)
{
    SiteWriter writer(project, QString());
    if (path == kGlossaryPage)
        return {path, {}, writer.html(writer.glossaryPage())};
    if (path == kProfessionalsPage)
        return {path, {}, writer.html(writer.professionalsPage())};
    const QString uid = entityAt(project, path, QString());
    return uid.isEmpty() ? RenderedPage{path, {}, {}} : page(project, uid);
}

} // namespace kd
