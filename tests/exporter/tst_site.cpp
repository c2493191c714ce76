// The static site of a package (format html): its pages, their links, the manifest, the same
// bytes twice, and content that tries to become markup or script.
#include "hostileproject.h"
#include "packagefiles.h"
#include "programrun.h"
#include "testkeys.h"
#include "testprojects.h"

#include "crypto/reviewerkey.h"
#include "crypto/sha256.h"
#include "package/packagereader.h"
#include "package/packagewriter.h"
#include "site/sitehtml.h"
#include "site/sitewriter.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;
using kd::testing::filesUnder;
using kd::testing::fullProject;
using kd::testing::hostileProject;

namespace {

QStringList matches(const QString &pattern, const QString &text, int group = 1)
{
    QStringList found;
    QRegularExpressionMatchIterator it = QRegularExpression(pattern).globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(group));
    return found;
}

const char policy[] = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                      "'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri "
                      "'none'; form-action 'none'\">";

// The site's own pictures on a page: <img> of a file in site/assets/ with an alt text that is
// not empty; the alt texts.
QStringList ownPictures(const QString &page)
{
    return matches(QStringLiteral("<img src=\"(?:\\.\\./)*assets/[a-z0-9-]+\\.(?:png|jpg|gif|webp|"
                                  "svg)\" alt=\"([^\"]+)\">"),
                   page);
}

} // namespace

class tst_Site : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    int m_runs = 0;

    QString exportHtml(const Project &project, PackageError *error = nullptr)
    {
        ExportOptions options;
        options.outDir = m_temp.filePath(QStringLiteral("run%1/pkg").arg(++m_runs));
        options.html = true;
        options.asOf = QDate(2026, 6, 1);
        PackageError ignored;
        return PackageWriter::write(project, options, error ? error : &ignored) ? options.outDir
                                                                                : QString();
    }

    // Writes the site of `project` into a new folder directly, as PackageWriter feeds it but
    // without the validation that stops the export of unsafe content; the folder, or an empty
    // string (and the reason in *message).
    QString writeSite(const Project &project, QList<PackageManifest::Entry> *entries,
                      QString *message)
    {
        const QString dir = m_temp.filePath(QStringLiteral("direct%1").arg(++m_runs));
        PackageError error;
        SiteWriter site(project, dir);
        bool written = QDir().mkpath(dir) && site.begin(&error);
        for (const Scenario &scenario : project.scenarios)
            written = written && site.scenario(scenario, &error);
        written = written && site.finish(entries, &error);
        *message = error.message;
        return written ? dir : QString();
    }

private slots:
    void pagesOfTheSite()
    {
        const Project project = fullProject();
        const QString dir = exportHtml(project);
        QVERIFY(!dir.isEmpty());
        const auto files = filesUnder(dir + QStringLiteral("/site"));
        const Scenario &s = project.scenarios.first();
        const Segment &segment = s.segments.first();
        const QString caseDir = QStringLiteral("cases/") + s.key + u'/';
        for (const QString &expected :
             QStringList{QStringLiteral("index.html"), QStringLiteral("glossary.html"),
                         QStringLiteral("professionals/index.html"),
                         QStringLiteral("professionals/") + project.professionals.first().key
                             + QStringLiteral(".html"),
                         caseDir + QStringLiteral("index.html"),
                         caseDir + segment.key + QStringLiteral(".html"),
                         QStringLiteral("style.css"), QStringLiteral("site.js")}) {
            QVERIFY2(files.contains(expected), qPrintable(expected));
        }
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")))
                continue;
            const QString page = QString::fromUtf8(it.value());
            QVERIFY2(page.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"nl\">")),
                     qPrintable(it.key()));
            QVERIFY2(page.contains(QLatin1String(policy)), qPrintable(it.key()));
            QCOMPARE(page.count(QLatin1String("<h1")), 1);
            QVERIFY(page.contains(QLatin1String("<a class=\"skip-link\" href=\"#main\">")));
            QVERIFY(page.contains(QLatin1String("<main id=\"main\">")));
            // The one script is the site's own file; no inline style either.
            const QStringList scripts = matches(QStringLiteral("<script([^>]*)>"), page);
            QCOMPARE(scripts.size(), 1);
            QVERIFY2(scripts.first().endsWith(QLatin1String("site.js\" defer")),
                     qPrintable(scripts.first()));
            QVERIFY2(!page.contains(QLatin1String(" style=")), qPrintable(it.key()));
        }
        // Nothing is fetched from elsewhere: no remote stylesheet or script, and the only
        // images are the site's own pictures, each with its alt text.
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString page = QString::fromUtf8(it.value());
            QVERIFY(!page.contains(QLatin1String("<link rel=\"stylesheet\" href=\"http")));
            QCOMPARE(page.count(QLatin1String("<img")), ownPictures(page).size());
        }
    }

    void caseHasItsWheel()
    {
        const Project project = fullProject();
        const QString dir = exportHtml(project);
        const Scenario &s = project.scenarios.first();
        const QString caseFile
            = dir + QStringLiteral("/site/cases/") + s.key + QStringLiteral("/index.html");
        QFile file(caseFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(QLatin1String("<figure class=\"wheel\"><svg")));
        const QStringList moments = matches(
            QStringLiteral("<a class=\"moment\" href=\"([^\"]+)\" aria-label=\"([^\"]+)\""), page);
        QCOMPARE(moments.size(), s.segments.size());
        for (qsizetype i = 0; i < moments.size(); ++i) {
            QCOMPARE(moments.at(i), s.segments.at(i).key + QStringLiteral(".html"));
            QVERIFY(QFileInfo::exists(QFileInfo(caseFile).dir().filePath(moments.at(i))));
        }
        // The text alternative lists the same moments.
        QVERIFY(page.contains(QLatin1String("<ol class=\"moments\">")));
    }

    void everyInternalLinkResolves()
    {
        const QString dir = exportHtml(fullProject()) + QStringLiteral("/site");
        const auto files = filesUnder(dir);
        int checked = 0;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")))
                continue;
            const QString page = QString::fromUtf8(it.value());
            for (const QString &href : matches(QStringLiteral("(?:href|src)=\"([^\"]+)\""), page)) {
                if (href.startsWith(QLatin1String("https://"))
                    || href.startsWith(QLatin1String("mailto:")))
                    continue;
                const QString file = href.section(u'#', 0, 0);
                const QString fragment = href.section(u'#', 1);
                const QString target
                    = file.isEmpty() ? it.key()
                                     : QDir::cleanPath(QFileInfo(it.key()).path() + u'/' + file);
                QVERIFY2(files.contains(target),
                         qPrintable(it.key() + QStringLiteral(" links to ") + href));
                if (!fragment.isEmpty()) {
                    QVERIFY2(files.value(target).contains(
                                 QStringLiteral("id=\"%1\"").arg(fragment).toUtf8()),
                             qPrintable(it.key() + QStringLiteral(" links to ") + href));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }

    void optionsRevealTheirFeedback()
    {
        const Project project = fullProject();
        const QString dir = exportHtml(project);
        const Scenario &s = project.scenarios.first();
        const Segment &segment = s.segments.first();
        const Dilemma &d = segment.dilemmas.first();
        // A moment's page holds its dilemmas, each an article with its question as h2.
        QFile file(dir + QStringLiteral("/site/cases/%1/%2.html").arg(s.key, segment.key));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        qsizetype options = 0;
        for (const Dilemma &dilemma : segment.dilemmas) {
            options += dilemma.options.size();
            QVERIFY(page.contains(
                QStringLiteral("<article class=\"dilemma\" id=\"dilemma-%1\"").arg(dilemma.key)));
        }
        QVERIFY(page.contains(QStringLiteral("<h2 id=\"dilemma-%1-q\">").arg(d.key)));
        QCOMPARE(page.count(QLatin1String("<details class=\"option\"><summary>")), options);
        QCOMPARE(page.count(QLatin1String("<div class=\"feedback\">")), options);
        QVERIFY(page.contains(QLatin1String("<h3>Oplossingsrichting</h3>")));
    }

    void manifestListsTheSiteAndImportReadsIt()
    {
        const QString dir = exportHtml(fullProject());
        QFile manifestFile(dir + QStringLiteral("/manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonArray listed
            = QJsonDocument::fromJson(manifestFile.readAll()).object().value("files").toArray();
        const auto site = filesUnder(dir + QStringLiteral("/site"));
        int found = 0;
        for (const QJsonValue entry : listed) {
            const QString path = entry[QLatin1String("path")].toString();
            if (!path.startsWith(QLatin1String("site/")))
                continue;
            const QByteArray bytes = site.value(path.mid(5));
            QCOMPARE(entry[QLatin1String("sha256")].toString(), Sha256::hex(bytes));
            QCOMPARE(entry[QLatin1String("size")].toInteger(), bytes.size());
            ++found;
        }
        QCOMPARE(found, site.size());
        Project back;
        PackageError error;
        QVERIFY2(PackageReader::read(dir, &back, &error), qPrintable(error.message));
    }

    void verifyChecksTheSite()
    {
        ExportOptions options;
        options.outDir = m_temp.filePath(QStringLiteral("signed"));
        options.html = true;
        options.asOf = QDate(2026, 6, 1);
        options.signingKey = &kd::testing::testReviewerKey();
        PackageError error;
        QVERIFY2(PackageWriter::write(fullProject(), options, &error), qPrintable(error.message));
        const PublicKey key = kd::testing::testReviewerKey().publicPart();
        QVERIFY2(PackageReader::verify(options.outDir, key, &error), qPrintable(error.message));
        QFile page(options.outDir + QStringLiteral("/site/glossary.html"));
        QVERIFY(page.open(QIODevice::Append));
        page.write("<script>alert(1)</script>");
        page.close();
        QVERIFY(!PackageReader::verify(options.outDir, key, &error));
        QVERIFY2(error.message.contains(QLatin1String("bytes")), qPrintable(error.message));
    }

    void aManifestNamingAPathOutsideTheSiteIsRefused()
    {
        const QString dir = exportHtml(fullProject());
        QFile manifest(dir + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QByteArray bytes = manifest.readAll();
        manifest.close();
        QVERIFY(bytes.contains("\"site/index.html\""));
        bytes.replace("\"site/index.html\"", "\"site/../../evil.html\"");
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(bytes);
        manifest.close();
        Project back;
        PackageError error;
        QVERIFY(!PackageReader::read(dir, &back, &error));
        QVERIFY2(error.message.contains(QLatin1String("site/../../evil.html")),
                 qPrintable(error.message));
    }

    void sameProjectSameBytes()
    {
        const auto a = filesUnder(exportHtml(fullProject()));
        const auto b = filesUnder(exportHtml(fullProject()));
        QVERIFY(a.contains(QStringLiteral("site/index.html")));
        QCOMPARE(a, b);
        // Without html, no site.
        ExportOptions options;
        options.outDir = m_temp.filePath(QStringLiteral("plain"));
        options.asOf = QDate(2026, 6, 1);
        PackageError error;
        QVERIFY(PackageWriter::write(fullProject(), options, &error));
        QVERIFY(!QFileInfo::exists(options.outDir + QStringLiteral("/site")));
    }

    // The editor's preview: for every entity, the page that shows it is byte for byte the page
    // the export writes, at the entity's place; a link followed there leads back to it.
    void previewPageIsTheExportedPage()
    {
        const Project project = fullProject();
        const auto files = filesUnder(exportHtml(project) + QStringLiteral("/site"));
        struct Expected
        {
            QString uid;
            QString path;
            QString fragment;
            QString shown; // the entity the page leads back to
        };
        QList<Expected> expected{
            {project.info.uid, QStringLiteral("index.html"), {}, project.info.uid}};
        for (const LegalSource &source : project.legalSources)
            expected.append({source.uid, QStringLiteral("index.html"), {}, project.info.uid});
        for (const GlossaryTerm &term : project.glossary) {
            expected.append({term.uid, QStringLiteral("glossary.html"),
                             QStringLiteral("term-") + term.key, term.uid});
        }
        for (const Professional &professional : project.professionals) {
            expected.append({professional.uid,
                             QStringLiteral("professionals/%1.html").arg(professional.key),
                             {},
                             professional.uid});
        }
        for (const Scenario &scenario : project.scenarios) {
            const QString dir = QStringLiteral("cases/") + scenario.key + u'/';
            expected.append({scenario.uid, dir + QStringLiteral("index.html"), {}, scenario.uid});
            for (const Person &person : scenario.persons)
                expected.append({person.uid, dir + QStringLiteral("index.html"), {}, scenario.uid});
            for (const Segment &segment : scenario.segments) {
                const QString page = dir + segment.key + QStringLiteral(".html");
                expected.append({segment.uid, page, {}, segment.uid});
                for (const Dilemma &dilemma : segment.dilemmas) {
                    const QString anchor = QStringLiteral("dilemma-") + dilemma.key;
                    expected.append({dilemma.uid, page, anchor, dilemma.uid});
                    for (const Option &option : dilemma.options)
                        expected.append({option.uid, page, anchor, dilemma.uid});
                    for (const LegalReference &reference : dilemma.legalReferences)
                        expected.append({reference.uid, page, anchor, dilemma.uid});
                }
            }
        }
        QVERIFY(expected.size() > 10);
        for (const Expected &e : std::as_const(expected)) {
            const SiteWriter::RenderedPage page = SiteWriter::page(project, e.uid);
            QCOMPARE(page.path, e.path);
            QCOMPARE(page.fragment, e.fragment);
            QVERIFY2(files.contains(page.path), qPrintable(page.path));
            QCOMPARE(page.html.toUtf8(), files.value(page.path));
            if (!e.fragment.isEmpty())
                QVERIFY(page.html.contains(QStringLiteral(" id=\"%1\"").arg(e.fragment)));
            QCOMPARE(SiteWriter::entityAt(project, page.path, page.fragment), e.shown);
        }
        // Pages that show no one entity, and paths that are no page.
        for (const QString &path :
             {QStringLiteral("professionals/index.html"), QStringLiteral("glossary.html"),
              QStringLiteral("style.css"), QStringLiteral("cases/nope/index.html"), QString()})
            QCOMPARE(SiteWriter::entityAt(project, path, QString()), QString());
        // Every page of the site is there by its path too.
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key().endsWith(QLatin1String(".html")))
                QCOMPARE(SiteWriter::pageAt(project, it.key()).html.toUtf8(), it.value());
        }
        QVERIFY(
            SiteWriter::pageAt(project, QStringLiteral("cases/nope/index.html")).html.isEmpty());
    }

    // A moment or professional keyed "index" would be its folder's index page: it gets its
    // place instead, and every link still leads to it.
    void keyIndexIsNotTheIndexPage()
    {
        Project project = fullProject();
        project.scenarios.first().segments.first().key = QStringLiteral("index");
        project.professionals.first().key = QStringLiteral("index");
        const QString dir = exportHtml(project);
        QVERIFY(!dir.isEmpty());
        const auto files = filesUnder(dir + QStringLiteral("/site"));
        const QString caseDir = QStringLiteral("cases/") + project.scenarios.first().key;
        const QString moment = QStringLiteral("%1/n%2.html")
                                   .arg(caseDir)
                                   .arg(project.scenarios.first().segments.first().position + 1);
        QVERIFY2(files.contains(moment), qPrintable(files.keys().join(u' ')));
        QVERIFY(files.value(caseDir + QStringLiteral("/index.html"))
                    .contains("<figure class=\"wheel\">"));
        QVERIFY(files.value(QStringLiteral("professionals/index.html"))
                    .contains("<ul class=\"professionals\">"));
        const QString professional = QStringLiteral("professionals/n%1.html")
                                         .arg(project.professionals.first().position + 1);
        QVERIFY(files.contains(professional));
        QCOMPARE(SiteWriter::entityAt(project, moment, QString()),
                 project.scenarios.first().segments.first().uid);
        QCOMPARE(SiteWriter::entityAt(project, professional, QString()),
                 project.professionals.first().uid);
    }

    // A case's cover and a professional's icon are on the site with the alt text the author
    // wrote; an asset without one, or one that is not a safe image, is not.
    void picturesHaveTheirAltText()
    {
        const Project project = fullProject();
        const Asset &asset = project.assets.first();
        QCOMPARE(project.scenarios.first().coverAssetUid, asset.uid);
        QCOMPARE(project.professionals.first().iconAssetUid, asset.uid);
        const QString dir = exportHtml(project);
        QVERIFY(!dir.isEmpty());
        const auto files = filesUnder(dir + QStringLiteral("/site"));
        const QString file = QStringLiteral("assets/icoon-huisarts.svg");
        QCOMPARE(files.value(file), asset.data);
        const QString img = QStringLiteral("<img src=\"%1%2\" alt=\"%3\">");
        const QString casePage = QStringLiteral("cases/") + project.scenarios.first().key
                                 + QStringLiteral("/index.html");
        QVERIFY(files.value(casePage).contains(
            QStringLiteral("<p class=\"cover\">%1</p>")
                .arg(img.arg(QStringLiteral("../../"), file, asset.altText))
                .toUtf8()));
        const QString professionalPage = QStringLiteral("professionals/")
                                         + project.professionals.first().key
                                         + QStringLiteral(".html");
        QVERIFY(files.value(professionalPage)
                    .contains(QStringLiteral("<p class=\"icon\">%1</p>")
                                  .arg(img.arg(QStringLiteral("../"), file, asset.altText))
                                  .toUtf8()));
        // The picture is one file, however many pages show it.
        int assetFiles = 0;
        for (const QString &path : files.keys())
            assetFiles += path.startsWith(QLatin1String("assets/")) ? 1 : 0;
        QCOMPARE(assetFiles, 1);
    }

    void picturesTheSiteLeavesOut_data()
    {
        QTest::addColumn<QString>("altText");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QByteArray>("data");
        const QByteArray svg = fullProject().assets.first().data;
        QTest::newRow("no alt text") << QString() << "image/svg+xml" << svg;
        QTest::newRow("blank alt text") << "  "
                                        << "image/svg+xml" << svg;
        QTest::newRow("html said to be svg")
            << "Plaatje"
            << "image/svg+xml" << QByteArray("<html><script>x()</script></html>");
        QTest::newRow("unsafe svg")
            << "Plaatje"
            << "image/svg+xml"
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>");
        QTest::newRow("png that is html")
            << "Plaatje"
            << "image/png" << QByteArray("<html><script>x()</script></html>");
        QTest::newRow("a page") << "Plaatje"
                                << "text/html" << QByteArray("<p>hoi</p>");
    }

    void picturesTheSiteLeavesOut()
    {
        QFETCH(QString, altText);
        QFETCH(QString, mediaType);
        QFETCH(QByteArray, data);
        Project project = fullProject();
        project.assets.first().altText = altText;
        project.assets.first().mediaType = mediaType;
        project.assets.first().data = data;
        QVERIFY(SiteWriter::pictures(project).isEmpty());
        // Written directly: validation would stop the export of the unsafe ones.
        QList<PackageManifest::Entry> entries;
        QString message;
        const QString dir = writeSite(project, &entries, &message);
        QVERIFY2(!dir.isEmpty(), qPrintable(message));
        const auto files = filesUnder(dir + QStringLiteral("/site"));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY2(!it.key().startsWith(QLatin1String("assets")), qPrintable(it.key()));
            QVERIFY2(!it.value().contains("<img"), qPrintable(it.key()));
        }
    }

    // Pictures are named by their keys, like pages; two assets with one key (a validation
    // error) still get a file each, and an asset no page shows gets none.
    void pictureNames()
    {
        Project project = fullProject();
        Asset second = project.assets.first();
        second.uid = kd::testing::uid(21);
        second.position = 1;
        second.altText = QStringLiteral("Tweede");
        project.assets.append(second);
        Asset unused = second;
        unused.uid = kd::testing::uid(22);
        unused.key = QStringLiteral("Niet Gebruikt");
        unused.position = 2;
        project.assets.append(unused);
        project.professionals.first().iconAssetUid = second.uid;
        const auto pictures = SiteWriter::pictures(project);
        QCOMPARE(pictures.value(kd::testing::uid(20)).path,
                 QStringLiteral("assets/icoon-huisarts.svg"));
        QCOMPARE(pictures.value(kd::testing::uid(21)).path,
                 QStringLiteral("assets/icoon-huisarts-2.svg"));
        QCOMPARE(pictures.value(kd::testing::uid(22)).path, QStringLiteral("assets/n3.svg"));
        QList<PackageManifest::Entry> entries;
        QString message;
        QVERIFY2(!writeSite(project, &entries, &message).isEmpty(), qPrintable(message));
        QStringList written;
        for (const PackageManifest::Entry &entry : std::as_const(entries)) {
            if (entry.path.startsWith(QLatin1String("site/assets/")))
                written.append(entry.path);
        }
        QCOMPARE(written, (QStringList{QStringLiteral("site/assets/icoon-huisarts-2.svg"),
                                       QStringLiteral("site/assets/icoon-huisarts.svg")}));
    }

    void hostileContentIsInert()
    {
        const Project project = hostileProject();
        QList<PackageManifest::Entry> entries;
        QString message;
        const QString dir = writeSite(project, &entries, &message);
        QVERIFY2(!dir.isEmpty(), qPrintable(message));
        const auto files = filesUnder(dir + QStringLiteral("/site"));
        QVERIFY(files.size() >= 7);
        int pages = 0;
        qsizetype pictures = 0;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")))
                continue;
            ++pages;
            const QString page = QString::fromUtf8(it.value());
            const QString where = it.key();
            // The payloads are there, as text.
            QVERIFY2(page.contains(QLatin1String("&lt;script&gt;window.__kdPwned=1")),
                     qPrintable(where));
            // Text is never a template: "%1" stays "%1".
            QVERIFY2(page.count(QLatin1String("kdmark%1 %2 %L3"))
                         == page.count(QLatin1String("kdmark")),
                     qPrintable(where));
            QVERIFY2(!page.contains(QLatin1String("<h%")), qPrintable(where));
            QCOMPARE(matches(QStringLiteral("<script([^>]*)>"), page).size(), 1);
            for (const char *markup : {"<svg onload", "<iframe", "<div onmouseover"})
                QVERIFY2(!page.contains(QLatin1String(markup)), qPrintable(where + u' ' + markup));
            // The one image is the asset's, its hostile alt text escaped.
            QCOMPARE(page.count(QLatin1String("<img")), ownPictures(page).size());
            pictures += ownPictures(page).size();
            for (const QString &alt : ownPictures(page))
                QVERIFY2(alt.startsWith(QLatin1String("&lt;script&gt;window.__kdPwned=1")),
                         qPrintable(where + u' ' + alt));
            // No tag carries an event handler; no link leads anywhere but https: and mailto:.
            // (Attribute values are taken out first: the payloads are in aria-labels as text.)
            QString tags = page;
            tags.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"")));
            QVERIFY2(!tags.contains(QRegularExpression(QStringLiteral("<[^>]*\\son[a-z]+\\s*="),
                                                       QRegularExpression::CaseInsensitiveOption)),
                     qPrintable(where));
            for (const QString &href : matches(QStringLiteral("href=\"([^\"]*)\""), page)) {
                const QString lower = href.trimmed().toLower();
                QVERIFY2(!lower.contains(QLatin1String("javascript:"))
                             && !lower.startsWith(QLatin1String("data:")),
                         qPrintable(where + QStringLiteral(": ") + href));
            }
        }
        QVERIFY(pages >= 5);
        QCOMPARE(pictures, 2); // the cover and the icon
    }

    void markdownRenderer_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("text and emphasis")
            << "Een **sterke** en _zachte_ zin."
            << "<p>Een <strong>sterke</strong> en <em>zachte</em> zin.</p>\n";
        QTest::newRow("raw html is text") << "<b onclick=x>vet</b>"
                                          << "<p>&lt;b onclick=x&gt;vet&lt;/b&gt;</p>\n";
        QTest::newRow("https link")
            << "[wet](https://wetten.overheid.nl/?a=1&b=2)"
            << "<p><a href=\"https://wetten.overheid.nl/?a=1&amp;b=2\">wet</a></p>\n";
        QTest::newRow("mailto link") << "[mail](mailto:info@example.org)"
                                     << "<p><a href=\"mailto:info@example.org\">mail</a></p>\n";
        QTest::newRow("javascript link is text") << "[klik](javascript:alert(1))"
                                                 << "<p>klik</p>\n";
        QTest::newRow("relative link is text") << "[daar](../index.html)"
                                               << "<p>daar</p>\n";
        QTest::newRow("image is its description") << "![een plaatje](https://example.org/x.png)"
                                                  << "<p>een plaatje</p>\n";
        QTest::newRow("headings start at h3") << "# Kop\n\n## Sub"
                                              << "<h3>Kop</h3>\n<h4>Sub</h4>\n";
        QTest::newRow("lists") << "- een\n- twee"
                               << "<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n";
        QTest::newRow("ordered from 3")
            << "3. drie\n4. vier"
            << "<ol start=\"3\">\n<li>drie</li>\n<li>vier</li>\n</ol>\n";
        QTest::newRow("entities") << "&lt;script&gt; &#60; &amp;"
                                  << "<p>&lt;script&gt; &lt; &amp;</p>\n";
        QTest::newRow("code") << "`<b>`"
                              << "<p><code>&lt;b&gt;</code></p>\n";
        QTest::newRow("quotes") << "\"a\" 'b'"
                                << "<p>&quot;a&quot; &#39;b&#39;</p>\n";
    }

    void markdownRenderer()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        SiteHtml::MarkdownRenderer renderer({});
        QCOMPARE(renderer.render(markdown, QStringLiteral("glossary.html")), html);
    }

    void glossaryTermsAreLinkedOnce()
    {
        const QList<SiteHtml::Term> terms{
            {QStringLiteral("meldcode"), QStringLiteral("term-meldcode")},
            {QStringLiteral("Veilig Thuis"), QStringLiteral("term-vt")}};
        SiteHtml::MarkdownRenderer renderer(terms);
        const QString text
            = QStringLiteral("De Meldcode en veilig thuis; de meldcode weer, de KNMG-meldcode, "
                             "[meldcode in een link](https://x.nl) en meldcodes.");
        // A second text links its terms again: one renderer serves a whole site.
        QVERIFY(renderer.render(QStringLiteral("meldcode"), QStringLiteral("glossary.html"))
                    .contains(QLatin1String("glossary.html#term-meldcode")));
        QCOMPARE(renderer.render(text, QStringLiteral("../glossary.html")),
                 QStringLiteral("<p>De <a class=\"term\" href=\"../glossary.html#term-meldcode\">"
                                "Meldcode</a> en <a class=\"term\" "
                                "href=\"../glossary.html#term-vt\">veilig thuis</a>; de meldcode "
                                "weer, de KNMG-meldcode, <a href=\"https://x.nl\">meldcode in een "
                                "link</a> en meldcodes.</p>\n"));
    }

    void glossaryTermsWhereverTheyStand_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        const auto term = [](QStringView anchor, QStringView text) {
            return QStringLiteral("<a class=\"term\" href=\"glossary.html#term-%1\">%2</a>")
                .arg(anchor, text);
        };
        const QString meldcode = term(u"meldcode", u"meldcode");
        QTest::newRow("at the end") << QStringLiteral("Lees de meldcode")
                                    << QStringLiteral("<p>Lees de %1</p>\n").arg(meldcode);
        QTest::newRow("at the start")
            << QStringLiteral("MELDCODE eerst")
            << QStringLiteral("<p>%1 eerst</p>\n").arg(term(u"meldcode", u"MELDCODE"));
        QTest::newRow("the text is shorter than the term") << "meld"
                                                           << "<p>meld</p>\n";
        QTest::newRow("a word that starts like it") << "meldcodes meld"
                                                    << "<p>meldcodes meld</p>\n";
        // md4c hands over the text in pieces around an entity: still linked once.
        QTest::newRow("across pieces")
            << QStringLiteral("de meldcode &amp; de meldcode")
            << QStringLiteral("<p>de %1 &amp; de meldcode</p>\n").arg(meldcode);
        // A letter whose lower case has two characters (İ lowers to i and a dot above) does not
        // stop the rest of the text from being searched.
        QTest::newRow("a name with İ")
            << QStringLiteral("Buurman İlhan kent de meldcode")
            << QStringLiteral("<p>Buurman İlhan kent de %1</p>\n").arg(meldcode);
        QTest::newRow("capital accented")
            << QStringLiteral("ÉÉN LOKET en meldcode")
            << QStringLiteral("<p>%1 en %2</p>\n").arg(term(u"loket", u"ÉÉN LOKET"), meldcode);
        QTest::newRow("a term with an ampersand")
            << QStringLiteral("Zorg & Veiligheid")
            << QStringLiteral("<p>%1</p>\n").arg(term(u"zv", u"Zorg &amp; Veiligheid"));
    }

    void glossaryTermsWhereverTheyStand()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        SiteHtml::MarkdownRenderer renderer(
            {{QStringLiteral("meldcode"), QStringLiteral("term-meldcode")},
             {QStringLiteral("één loket"), QStringLiteral("term-loket")},
             {QStringLiteral("zorg & veiligheid"), QStringLiteral("term-zv")}});
        QCOMPARE(renderer.render(markdown, QStringLiteral("glossary.html")), html);
    }

    void escapeReplacesTheFive_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << QStringLiteral("Gewone tekst zonder tekens, maar lang genoeg.");
        QTest::newRow("empty") << QString();
        // Each of the five before, at and after the places where the scan takes its steps of
        // eight characters, and at the end.
        for (const int at : {0, 1, 7, 8, 9, 15, 16, 17, 44}) {
            for (const char16_t c : {u'&', u'<', u'>', u'"', u'\''}) {
                QString text = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH");
                text.insert(at, QChar(c));
                QTest::addRow("%c at %d", char(c), at) << text;
            }
        }
        QTest::newRow("all in a row") << QStringLiteral("&<>\"'&<>\"'&<>\"'");
        QTest::newRow("beyond latin")
            << QStringLiteral("één & ‘twee’ < drie — \U0001F600 > vier \u0026\uFF06");
    }

    void escapeReplacesTheFive()
    {
        QFETCH(QString, text);
        // What each character becomes, one at a time.
        QString expected;
        for (const QChar c : std::as_const(text)) {
            switch (c.unicode()) {
            case u'&':
                expected += QLatin1String("&amp;");
                break;
            case u'<':
                expected += QLatin1String("&lt;");
                break;
            case u'>':
                expected += QLatin1String("&gt;");
                break;
            case u'"':
                expected += QLatin1String("&quot;");
                break;
            case u'\'':
                expected += QLatin1String("&#39;");
                break;
            default:
                expected += c;
            }
        }
        QCOMPARE(SiteHtml::escape(text), expected);
        QString appended = QStringLiteral("vooraf ");
        SiteHtml::appendEscaped(appended, text);
        QCOMPARE(appended, QStringLiteral("vooraf ") + expected);
    }

    void escapeKeepsPlainTextUncopied()
    {
        // Most texts need no escaping: the site's texts pass through without a copy.
        const QString text = QStringLiteral("Een tekst zonder bijzondere tekens, zoals de meeste.");
        QCOMPARE(SiteHtml::escape(text).constData(), text.constData());
    }

    void sitePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("index") << "site/index.html" << true;
        QTest::newRow("moment") << "site/cases/familie-koster/een-moment.html" << true;
        QTest::newRow("style") << "site/style.css" << true;
        QTest::newRow("up") << "site/../evil.html" << false;
        QTest::newRow("absolute") << "/site/index.html" << false;
        QTest::newRow("too deep") << "site/a/b/c/d/e.html" << false;
        QTest::newRow("other extension") << "site/x.svg" << false;
        QTest::newRow("picture") << "site/assets/icoon-huisarts.svg" << true;
        QTest::newRow("picture png") << "site/assets/omslag-2.png" << true;
        QTest::newRow("picture jpg") << "site/assets/n3.jpg" << true;
        QTest::newRow("program in assets") << "site/assets/x.exe" << false;
        QTest::newRow("picture deeper") << "site/assets/a/x.png" << false;
        QTest::newRow("picture up") << "site/assets/../x.png" << false;
        QTest::newRow("picture jpeg") << "site/assets/x.jpeg" << false;
        QTest::newRow("capitals") << "site/Index.html" << false;
        QTest::newRow("outside") << "index.html" << false;
    }

    void sitePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(SiteWriter::isSitePath(path), safe);
    }

    void kdtoolWritesTheSite()
    {
        const QString project = m_temp.filePath(QStringLiteral("cli.kdproj"));
        QVERIFY(QFile::copy(QStringLiteral(KD_SAMPLES_DIR "/familie-koster.kdproj"), project));
        const QString out = m_temp.filePath(QStringLiteral("cli-out"));
        const auto run
            = kd::testing::runProgram(QStringLiteral(KD_BIN_DIR "/kdtool"),
                                      {QStringLiteral("export"), project, QStringLiteral("--out"),
                                       out, QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/site/index.html")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/site/cases/familie-koster/index.html")));
        QVERIFY(QFileInfo::exists(
            out + QStringLiteral("/site/cases/familie-koster/erik-verliest-zijn-werk.html")));
        const auto bad = kd::testing::runProgram(
            QStringLiteral(KD_BIN_DIR "/kdtool"),
            {QStringLiteral("export"), project, QStringLiteral("--out"), out + QStringLiteral("2"),
             QStringLiteral("--format"), QStringLiteral("htm")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("unknown format 'htm'; use xml, json, html")),
                 qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("2")));
    }
};

QTEST_GUILESS_MAIN(tst_Site)
#include "tst_site.moc"
