// The website preview (SitePreviewDock) in a real engine (Qt WebEngine) under the offscreen
// platform: the page of the selection, byte for byte the site's, with the site's CSS and
// script at work; a render after edits, once for a burst of them, where the reader was; links
// that select what they show; the UI's direction and font; and content that tries to run script
// running none, with nothing loaded from outside the preview's folder.
#include "hostileproject.h"
#include "testprojects.h"

#include "commands/changeproperty.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "site/sitewriter.h"
#include "storage/projectstore.h"
#include "widgets/projecttree.h"
#include "widgets/sitepreviewdock.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace kd;
using kd::testing::uid;

namespace {

// Before the application exists, as Qt WebEngine asks.
const bool sharedContexts = [] {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    return true;
}();

// fullProject() with a second moment, so that the wheel can be walked.
Project twoMoments()
{
    Project project = kd::testing::fullProject();
    Scenario &scenario = project.scenarios.first();
    Segment second = scenario.segments.first();
    second.uid = uid(900);
    second.key = QStringLiteral("tweede-moment");
    second.title = QStringLiteral("Tweede moment");
    second.position = 1;
    Dilemma &dilemma = second.dilemmas.first();
    dilemma.uid = uid(901);
    dilemma.key = QStringLiteral("tweede-dilemma");
    dilemma.question = QStringLiteral("Deelt u het tweede?");
    for (qsizetype i = 0; i < dilemma.options.size(); ++i)
        dilemma.options[i].uid = uid(910 + int(i));
    for (qsizetype i = 0; i < dilemma.legalReferences.size(); ++i)
        dilemma.legalReferences[i].uid = uid(920 + int(i));
    scenario.segments.append(second);
    return project;
}

} // namespace

class tst_SitePreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void engineStartsWhenFirstShown();
    void showsTheSelectionAsTheSiteDoes();
    void eachKindShowsItsPage();
    void rendersAgainOnceAfterABurstOfEdits();
    void linksSelectWhatTheyShow();
    void quickSelectionsShowTheLast();
    void directionAndFontOfTheUi();
    void hostileContentRunsNothing();
    void picturesShowWithTheirAltText();

private:
    // Opens `project` in a new main window and shows the preview; false when it did not load.
    bool open(const Project &project);
    bool select(const QString &uid);
    QVariant evaluate(const QString &script, quint32 world = QWebEngineScript::MainWorld) const;
    QString shownFile() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    SitePreviewDock *m_preview = nullptr;
    int m_files = 0;
};

void tst_SitePreview::init()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_SitePreview::cleanup()
{
    m_window.reset();
    m_preview = nullptr;
}

bool tst_SitePreview::open(const Project &project)
{
    const QString file = m_dir.filePath(QStringLiteral("p%1.kdproj").arg(++m_files));
    StoreError error;
    if (!ProjectStore::writeNew(file, project, false, &error))
        return false;
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->openProject(file))
        return false;
    m_preview = m_window->sitePreviewDock();
    QSignalSpy loaded(m_preview, &SitePreviewDock::pageLoaded);
    m_preview->show();
    m_preview->raise();
    return loaded.wait(30000) && loaded.last().at(0).toBool();
}

// Selects in the tree, as a user does, and waits for the preview's page.
bool tst_SitePreview::select(const QString &uid)
{
    QSignalSpy loaded(m_preview, &SitePreviewDock::pageLoaded);
    m_window->tree()->selectEntity(uid);
    return loaded.wait(20000) && loaded.last().at(0).toBool();
}

QVariant tst_SitePreview::evaluate(const QString &script, quint32 world) const
{
    QVariant result;
    bool done = false;
    m_preview->view()->page()->runJavaScript(script, world, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("(no answer)");
    return result;
}

// The file the engine shows, as it read it.
QString tst_SitePreview::shownFile() const
{
    QFile file(m_preview->view()->url().toLocalFile());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void tst_SitePreview::engineStartsWhenFirstShown()
{
    const QString file = m_dir.filePath(QStringLiteral("lazy.kdproj"));
    StoreError error;
    QVERIFY(ProjectStore::writeNew(file, kd::testing::fullProject(), false, &error));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(file));
    SitePreviewDock *preview = window.sitePreviewDock();
    // Behind the wheel's tab: no engine yet.
    QVERIFY(!preview->view());
    QAction *action = nullptr;
    for (QAction *candidate : window.findChildren<QAction *>()) {
        if (candidate->text() == MainWindow::tr("Preview on the &Website"))
            action = candidate;
    }
    QVERIFY(action);
    QSignalSpy loaded(preview, &SitePreviewDock::pageLoaded);
    action->trigger();
    QVERIFY(loaded.wait(30000));
    QVERIFY(preview->view() && preview->view()->isVisible());
    QCOMPARE(preview->shownPath(), QStringLiteral("index.html"));
    QVERIFY(preview->message().isEmpty());
}

void tst_SitePreview::showsTheSelectionAsTheSiteDoes()
{
    const Project project = twoMoments();
    QVERIFY(open(project));
    const Dilemma &dilemma = project.scenarios.first().segments.first().dilemmas.first();
    QVERIFY(select(dilemma.uid));
    const SiteWriter::RenderedPage page = SiteWriter::page(project, dilemma.uid);
    QCOMPARE(m_preview->shownPath(), page.path);
    // Byte for byte the site's page, at the dilemma.
    QCOMPARE(shownFile(), page.html);
    QCOMPARE(m_preview->view()->url().fragment(), QStringLiteral("dilemma-") + dilemma.key);
    QCOMPARE(evaluate(QStringLiteral("document.querySelector('h1').textContent")).toString(),
             project.scenarios.first().segments.first().title);
    // The site's style.css is applied, and its policy is the page's.
    QCOMPARE(
        evaluate(QStringLiteral("getComputedStyle(document.querySelector('.skip-link')).position"))
            .toString(),
        QStringLiteral("absolute"));
    QVERIFY(evaluate(QStringLiteral("document.querySelector('meta[http-equiv="
                                    "\"Content-Security-Policy\"]').content"))
                .toString()
                .contains(QLatin1String("script-src 'self'")));
    // site.js at work: opening one option closes the one open before.
    QCOMPARE(evaluate(QStringLiteral("document.querySelectorAll('article.dilemma')[0]"
                                     ".querySelectorAll('details.option').length"))
                 .toInt(),
             int(dilemma.options.size()));
    QVERIFY(dilemma.options.size() >= 2);
    QCOMPARE(evaluate(QStringLiteral(
                          "(function () { var o = document.querySelectorAll('details.option');"
                          " o[0].querySelector('summary').click();"
                          " o[1].querySelector('summary').click();"
                          " return [o[0].open, o[1].open].join(','); })()"))
                 .toString(),
             QStringLiteral("false,true"));
    // Choosing an option shows its feedback.
    QVERIFY(evaluate(QStringLiteral("document.querySelectorAll('details.option')[1]"
                                    ".querySelector('.feedback').offsetHeight > 0"))
                .toBool());
}

void tst_SitePreview::eachKindShowsItsPage()
{
    const Project project = twoMoments();
    QVERIFY(open(project));
    const Scenario &scenario = project.scenarios.first();
    QVERIFY(select(scenario.uid));
    QCOMPARE(m_preview->shownPath(), QStringLiteral("cases/%1/index.html").arg(scenario.key));
    // The wheel, a link a moment.
    QCOMPARE(evaluate(QStringLiteral("document.querySelectorAll('svg a.moment').length")).toInt(),
             int(scenario.segments.size()));
    QVERIFY(select(scenario.segments.at(1).uid));
    QCOMPARE(m_preview->shownPath(),
             QStringLiteral("cases/%1/tweede-moment.html").arg(scenario.key));
    const GlossaryTerm &term = project.glossary.first();
    QVERIFY(select(term.uid));
    QCOMPARE(m_preview->shownPath(), QStringLiteral("glossary.html"));
    QCOMPARE(m_preview->view()->url().fragment(), QStringLiteral("term-") + term.key);
    const Professional &professional = project.professionals.first();
    QVERIFY(select(professional.uid));
    QCOMPARE(m_preview->shownPath(), QStringLiteral("professionals/%1.html").arg(professional.key));
    QCOMPARE(shownFile(), SiteWriter::page(project, professional.uid).html);
}

void tst_SitePreview::rendersAgainOnceAfterABurstOfEdits()
{
    const Project project = twoMoments();
    QVERIFY(open(project));
    const Dilemma &dilemma = project.scenarios.first().segments.first().dilemmas.first();
    QVERIFY(select(dilemma.uid));
    // The reader opened the second option.
    evaluate(QStringLiteral("document.querySelectorAll('details.option')[1].open = true"));
    ProjectDocument *document = m_window->document();
    const int before = m_preview->loads();
    QSignalSpy loaded(m_preview, &SitePreviewDock::pageLoaded);
    for (const char *question : {"Een?", "Een, twee?", "Een, twee, drie?"}) {
        document->undoStack()->push(new ChangeProperty<Dilemma, QString>(
            document, dilemma.uid, &Dilemma::question, "question", "question",
            QString::fromLatin1(question)));
        QTest::qWait(SitePreviewDock::DebounceMs / 6);
    }
    QVERIFY(loaded.wait(20000));
    QTest::qWait(SitePreviewDock::DebounceMs * 2);
    // Three edits, one render.
    QCOMPARE(m_preview->loads(), before + 1);
    QCOMPARE(evaluate(QStringLiteral("document.querySelector('article.dilemma h2').textContent"))
                 .toString(),
             QStringLiteral("Een, twee, drie?"));
    // Where the reader was: the option they opened is open still.
    QTRY_COMPARE(
        evaluate(QStringLiteral("document.querySelectorAll('details.option')[1].open")).toBool(),
        true);
    // Undo is an edit too (the three were typed into one field: one step).
    document->undoStack()->undo();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(evaluate(QStringLiteral("document.querySelector('article.dilemma h2').textContent"))
                 .toString(),
             dilemma.question);
    // The page shown is the site's page of the project as it is now.
    QCOMPARE(shownFile(), SiteWriter::page(document->project(), dilemma.uid).html);
}

void tst_SitePreview::linksSelectWhatTheyShow()
{
    const Project project = twoMoments();
    QVERIFY(open(project));
    const Scenario &scenario = project.scenarios.first();
    QVERIFY(select(scenario.segments.first().uid));
    QSignalSpy activated(m_preview, &SitePreviewDock::entityActivated);
    QSignalSpy loaded(m_preview, &SitePreviewDock::pageLoaded);
    // "Volgend moment": the next moment is selected in the tree, and shown.
    evaluate(QStringLiteral("document.querySelector('nav.walk .next a').click()"));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), scenario.segments.at(1).uid);
    EntityKind kind;
    QString current;
    QVERIFY(m_window->tree()->currentEntity(&kind, &current));
    QCOMPARE(current, scenario.segments.at(1).uid);
    QCOMPARE(m_preview->shownPath(),
             QStringLiteral("cases/%1/tweede-moment.html").arg(scenario.key));
    // The glossary shows no one entity: the preview opens it, the selection stays.
    evaluate(QStringLiteral("document.querySelector('header.site nav a[href$=\"glossary.html\"]')"
                            ".click()"));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_preview->shownPath(), QStringLiteral("glossary.html"));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(shownFile(), SiteWriter::pageAt(project, QStringLiteral("glossary.html")).html);
    // A place on the same page is no new page.
    const int loads = m_preview->loads();
    evaluate(QStringLiteral("document.querySelector('a.skip-link').click()"));
    QTest::qWait(500);
    QCOMPARE(m_preview->loads(), loads);
    QCOMPARE(m_preview->shownPath(), QStringLiteral("glossary.html"));
}

// Selections faster than the engine loads: a load replaced before it finished is no failure,
// and the preview ends on the last selection.
void tst_SitePreview::quickSelectionsShowTheLast()
{
    const Project project = twoMoments();
    QVERIFY(open(project));
    const Scenario &scenario = project.scenarios.first();
    const QStringList uids{scenario.uid, scenario.segments.at(0).uid, project.glossary.first().uid,
                           scenario.segments.at(1).uid};
    for (int round = 0; round < 3; ++round) {
        for (const QString &uid : uids)
            m_window->tree()->selectEntity(uid);
    }
    const SiteWriter::RenderedPage last = SiteWriter::page(project, uids.last());
    QTRY_COMPARE_WITH_TIMEOUT(shownFile(), last.html, 20000);
    QTest::qWait(500);
    QCOMPARE(m_preview->shownPath(), last.path);
    QCOMPARE(m_preview->message(), QString());
    QVERIFY(m_preview->view()->isVisible());
}

void tst_SitePreview::directionAndFontOfTheUi()
{
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QVERIFY(open(kd::testing::fullProject()));
    QCOMPARE(evaluate(QStringLiteral("document.documentElement.dir")).toString(),
             QStringLiteral("rtl"));
    QVERIFY2(evaluate(QStringLiteral("getComputedStyle(document.body).fontFamily"))
                 .toString()
                 .contains(QApplication::font().family()),
             qPrintable(QApplication::font().family()));
    cleanup();
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QVERIFY(open(kd::testing::fullProject()));
    QCOMPARE(evaluate(QStringLiteral("document.documentElement.dir")).toString(),
             QStringLiteral("ltr"));
}

void tst_SitePreview::hostileContentRunsNothing()
{
    const Project project = kd::testing::hostileProject();
    QVERIFY(open(project));
    // A picture beside the preview's folder, which a page could try to load.
    const QString outside = m_dir.filePath(QStringLiteral("outside.png"));
    QImage picture(4, 4, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QVERIFY(picture.save(outside));
    const Scenario &scenario = project.scenarios.first();
    const Segment &segment = scenario.segments.first();
    QStringList uids{scenario.uid, segment.uid, segment.dilemmas.first().uid,
                     project.glossary.first().uid, project.professionals.first().uid};
    for (const QString &uid : std::as_const(uids)) {
        QVERIFY(select(uid));
        evaluate(QStringLiteral("document.querySelectorAll('summary').forEach(function (s) {"
                                " s.click(); })"));
        QTest::qWait(100);
        QCOMPARE(evaluate(QStringLiteral("typeof window.__kdPwned")).toString(),
                 QStringLiteral("undefined"));
        QCOMPARE(evaluate(QStringLiteral("document.querySelectorAll('script:not([src]), iframe, "
                                         "[onerror], [onload], [onmouseover]').length"))
                     .toInt(),
                 0);
        // The only images are the site's pictures (the cover, the icon).
        QCOMPARE(evaluate(QStringLiteral("document.querySelectorAll('img').length - "
                                         "document.querySelectorAll('p.cover > img[alt], "
                                         "p.icon > img[alt]').length"))
                     .toInt(),
                 0);
    }
    // Nothing loads from outside the preview's folder, even by the preview's own hand.
    evaluate(QStringLiteral("(function (src) { var i = new Image();"
                            " i.onload = function () { document.body.dataset.kd = 'loaded'; };"
                            " i.onerror = function () { document.body.dataset.kd = 'blocked'; };"
                            " i.src = src; })(%1)")
                 .arg(QStringLiteral("'") + QUrl::fromLocalFile(outside).toString()
                      + QStringLiteral("'")),
             QWebEngineScript::ApplicationWorld);
    QTRY_COMPARE(evaluate(QStringLiteral("document.body.dataset.kd || ''")).toString(),
                 QStringLiteral("blocked"));
}

// The case's cover and the professional's icon load beside the page, with their alt text; an
// edit of the alt text shows.
void tst_SitePreview::picturesShowWithTheirAltText()
{
    const Project project = twoMoments();
    QVERIFY(open(project));
    const Asset &asset = project.assets.first();
    const QString loadedPicture = QStringLiteral(
        "(function () { var i = document.querySelector('p.%1 > img');"
        " return i ? i.complete && i.naturalWidth > 0 ? i.alt : 'not loaded' : 'none'; })()");
    QVERIFY(select(project.scenarios.first().uid));
    QTRY_COMPARE(evaluate(loadedPicture.arg(QStringLiteral("cover"))).toString(), asset.altText);
    QVERIFY(select(project.professionals.first().uid));
    QTRY_COMPARE(evaluate(loadedPicture.arg(QStringLiteral("icon"))).toString(), asset.altText);
    // Without alt text, the site leaves the picture out; the preview too.
    ProjectDocument *document = m_window->document();
    QSignalSpy loaded(m_preview, &SitePreviewDock::pageLoaded);
    document->undoStack()->push(new ChangeProperty<Asset, QString>(
        document, asset.uid, &Asset::altText, "altText", "altText", QString()));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(evaluate(loadedPicture.arg(QStringLiteral("icon"))).toString(),
             QStringLiteral("none"));
    document->undoStack()->undo();
    QVERIFY(loaded.wait(20000));
    QTRY_COMPARE(evaluate(loadedPicture.arg(QStringLiteral("icon"))).toString(), asset.altText);
}

QTEST_MAIN(tst_SitePreview)
#include "tst_sitepreview.moc"
