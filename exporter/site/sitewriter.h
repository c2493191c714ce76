#pragma once

#include "package/packageerror.h"
#include "package/packagemanifest.h"
#include "sitehtml.h"

#include "model/project.h"

#include <QDir>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace kd {

// The static site of a package (format html, schema/FORMAT.md "The site"): an index of the
// cases; per case its family and life wheel (inline SVG drawn with WheelGeometry, each moment a
// link); per moment a page with its narrative and its dilemmas, each with its question,
// situation, considerations, options (a <details> each: choosing one shows its feedback and
// assessment), solution direction and legal references linked to the cited article; the
// glossary; a page per professional, with their icon; a case's cover. Plain HTML and two small
// files of the site's own (style.css, site.js): no server, no build step, nothing fetched from
// elsewhere, a Content-Security-Policy that forbids inline script. Every text is escaped
// (SiteHtml).
//
// PackageWriter feeds it the registers first, then each scenario as it streams past, so that
// no more than one scenario is held; finish() writes the pages that list everything. Same
// project, same bytes.
class SiteWriter
{
public:
    // packageDir: the package being written; the site goes into packageDir/site.
    SiteWriter(const Project &registers, const QString &packageDir);

    bool begin(PackageError *error);
    bool scenario(const Scenario &scenario, PackageError *error);
    // Writes the index, glossary, professionals, style.css and site.js, and syncs the files;
    // appends every file of the site, with its hash, to entries.
    bool finish(QList<PackageManifest::Entry> *entries, PackageError *error);

    // One page of the site in memory, for the editor's preview: byte for byte the page the
    // export writes.
    struct RenderedPage
    {
        QString path;     // inside site/, '/'-separated
        QString fragment; // where on the page the entity is ("dilemma-KEY"), or empty
        QString html;
    };
    // The page that shows the entity `uid` of `project`: a scenario's or person's case page, a
    // segment's moment page, the moment page at a dilemma (for an option or legal reference,
    // its dilemma), the glossary at a term, a professional's page; the index for anything
    // else.
    static RenderedPage page(const Project &project, const QString &uid);
    // The other way: the uid of the entity a site path (and fragment) shows, for a link
    // followed in the preview; empty when the path shows none.
    static QString entityAt(const Project &project, const QString &path, const QString &fragment);
    // The page at a site path, for a link followed in the preview that shows no one entity (the
    // glossary, the professionals); empty html when the site has no such page.
    static RenderedPage pageAt(const Project &project, const QString &path);

    // The file name a key gets on the site: the key when it is a URL slug, else "n" and the
    // 1-based place.
    static QString slug(const QString &key, int position);
    // Whether a manifest's path names a file a site may hold: site/, up to three folders of
    // slugs, and a slug with .html, .css or .js; or a picture: site/assets/, a slug and the
    // extension of a supported image type.
    static bool isSitePath(const QString &path);

    // The pictures the site may show: assets of a supported image type whose bytes are what
    // the type says (an SVG of the safe subset, AssetContent) and that have alt text. An asset
    // without alt text is left off the site (the missing-alt-text rule warns of it).
    struct Picture
    {
        QString path; // inside site/: "assets/", the asset's key as a slug, the type's extension
        QString altText;
        QByteArray data;
    };
    // uid -> picture, for every asset of `project` the site may show.
    static QHash<QString, Picture> pictures(const Project &project);

private:
    struct Page
    {
        QString path;                              // inside site/, '/'-separated
        QString title;                             // for <title> and the one <h1>
        QString body;                              // inside <main>, after the <h1>
        QList<std::pair<QString, QString>> crumbs; // (href relative to site/, text)
    };
    struct CaseEntry
    {
        QString path;
        QString title;
        QString summary; // rendered
    };

    // The pages, built in memory; write() turns one into its file.
    Page casePage(const Scenario &scenario);
    Page momentPage(const Scenario &scenario, qsizetype index);
    Page indexPage();
    Page glossaryPage();
    Page professionalsPage();
    Page professionalPage(const Professional &professional);
    QString html(const Page &page) const;
    void addCase(const Scenario &scenario);

    bool write(const Page &page, PackageError *error);
    bool writeFile(const QString &path, const QByteArray &bytes, PackageError *error);
    bool makeFolder(const QString &dir, PackageError *error);
    QString render(const QString &markdown, const QString &pagePath, int headingShift = 2);
    QString momentBody(const Scenario &scenario, const Segment &segment, const QString &pagePath);
    QString dilemmaArticle(const Dilemma &dilemma, const QString &pagePath);
    static QString caseDir(const Scenario &scenario);
    static QString momentFile(const Segment &segment);
    static QString pageName(const QString &key, int position);
    static QString dilemmaAnchor(const Dilemma &dilemma);
    static QString professionalPath(const Professional &professional);
    QString legalReferences(const Dilemma &dilemma) const;
    QString professionalLink(const QString &uid, const QString &pagePath) const;
    QString wheel(const Scenario &scenario) const;
    QString picture(const QString &assetUid, const QString &pagePath, const QString &cssClass);

    const Project &m_registers;
    QDir m_site;
    SiteHtml::MarkdownRenderer m_renderer;
    QList<CaseEntry> m_cases;
    QHash<QString, Picture> m_pictures; // uid -> the picture, of every asset the site may show
    QSet<QString> m_shown;              // the uids of those a page shows: finish() writes them
    QList<PackageManifest::Entry> m_entries;
};

} // namespace kd
