#pragma once

#include "package/packageerror.h"
#include "package/packagemanifest.h"
#include "sitehtml.h"

#include "model/project.h"

#include <QDir>
#include <QList>
#include <QString>

namespace kd {

// The static site of a package (format html, schema/FORMAT.md "The site"): an index of the
// cases; per case its family and life wheel (inline SVG drawn with WheelGeometry, each moment a
// link); per moment a page with its narrative and its dilemmas, each with its question,
// situation, considerations, options (a <details> each: choosing one shows its feedback and
// assessment), solution direction and legal references linked to the cited article; the
// glossary; a page per professional. Plain HTML and two small files of the site's own (style.css,
// site.js): no server, no build step, nothing fetched from elsewhere, a Content-Security-Policy
// that forbids inline script. Every text is escaped (SiteHtml).
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

    // The file name a key gets on the site: the key when it is a URL slug, else "n" and the
    // 1-based place.
    static QString slug(const QString &key, int position);
    // Whether a manifest's path names a file a site may hold: site/, up to three folders of
    // slugs, and a slug with .html, .css or .js.
    static bool isSitePath(const QString &path);

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

    bool write(const Page &page, PackageError *error);
    bool writeFile(const QString &path, const QByteArray &bytes, PackageError *error);
    QString render(const QString &markdown, const QString &pagePath, int headingShift = 2);
    QString casePage(const Scenario &scenario, const QString &dir, const QString &pagePath);
    QString momentPage(const Scenario &scenario, const Segment &segment, const QString &pagePath);
    QString dilemmaArticle(const Dilemma &dilemma, const QString &pagePath);
    static QString dilemmaAnchor(const Dilemma &dilemma);
    QString legalReferences(const Dilemma &dilemma) const;
    QString professionalLink(const QString &uid, const QString &pagePath) const;
    QString wheel(const Scenario &scenario, const QString &pagePath) const;

    const Project &m_registers;
    QDir m_site;
    QList<SiteHtml::Term> m_terms;
    QList<CaseEntry> m_cases;
    QList<PackageManifest::Entry> m_entries;
};

} // namespace kd
