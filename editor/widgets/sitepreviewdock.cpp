#include "sitepreviewdock.h"

#include "document/projectdocument.h"
#include "site/sitewriter.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

#include <unistd.h>

namespace kd {
namespace {

// Nothing leaves the preview's folder: no other file, no network.
class LocalOnly : public QWebEngineUrlRequestInterceptor
{
public:
    LocalOnly(const QString &root, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_root(root)
    {}

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        info.block(!url.isLocalFile() || !url.toLocalFile().startsWith(m_root));
    }

private:
    const QString m_root; // with a trailing '/'
};

// The direction of the UI language and the application's font, set once the page's DOM is
// there; in a world of its own, so the page's policy and script do not touch it.
QString appearanceScript()
{
    QString family = QApplication::font().family();
    family.remove(u'"').remove(u'\\');
    const QString arguments = QString::fromUtf8(
        QJsonDocument(QJsonArray{QApplication::layoutDirection() == Qt::RightToLeft
                                     ? QStringLiteral("rtl")
                                     : QStringLiteral("ltr"),
                                 QStringLiteral("\"%1\", sans-serif").arg(family)})
            .toJson(QJsonDocument::Compact));
    return QStringLiteral("(function (dir, font) {"
                          " document.documentElement.dir = dir;"
                          " if (document.body) document.body.style.fontFamily = font;"
                          "}).apply(null, %1);")
        .arg(arguments);
}

// Where the reader is: the scroll and the open options, to keep across a render of the page.
const char kPlaceScript[] = "(function () { var open = [];"
                            " document.querySelectorAll('details').forEach(function (d, i) { if "
                            "(d.open) open.push(i); });"
                            " return { y: window.scrollY, open: open }; })()";

const char kRestoreScript[]
    = "(function (place) { var all = document.querySelectorAll('details');"
      " place.open.forEach(function (i) { if (all[i]) all[i].open = true; });"
      " window.scrollTo(0, place.y); })(%1)";

} // namespace

// The preview's page: our own loads and links inside the page (to a place on it) go ahead;
// a link to another page of the site is followed by the dock (it selects what it shows);
// https: and mailto: open outside; nothing else. Script dialogs never show.
class SitePreviewPage : public QWebEnginePage
{
public:
    SitePreviewPage(QWebEngineProfile *profile, SitePreviewDock *dock,
                    std::function<void(const QUrl &)> follow)
        : QWebEnginePage(profile, dock)
        , m_follow(std::move(follow))
    {}

    QString expected; // the URL load() asked for, without its fragment

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (!isMainFrame)
            return false;
        const QUrl page = url.adjusted(QUrl::RemoveFragment);
        if (type != NavigationTypeLinkClicked)
            return page == QUrl(expected) || page == this->url().adjusted(QUrl::RemoveFragment);
        if (page == this->url().adjusted(QUrl::RemoveFragment))
            return true; // a place on this page
        m_follow(url);
        return false;
    }

    void javaScriptAlert(const QUrl &, const QString &) override {}
    bool javaScriptConfirm(const QUrl &, const QString &) override { return false; }
    bool javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *) override
    {
        return false;
    }

private:
    std::function<void(const QUrl &)> m_follow;
};

SitePreviewDock::SitePreviewDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Website Preview"), parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("sitePreviewDock"));
    m_message->setObjectName(QStringLiteral("sitePreviewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_stack->addWidget(m_message);
    setWidget(m_stack);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SitePreviewDock::render);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        if (!m_view)
            startEngine();
        if (m_dirty)
            render();
    });
    connect(m_document, &ProjectDocument::projectChanged, this, [this] {
        m_uid.clear();
        m_path.clear();
        scheduleRender();
    });
    connect(m_document, &ProjectDocument::entityChanged, this, &SitePreviewDock::scheduleRender);
    connect(m_document, &ProjectDocument::entityInserted, this, &SitePreviewDock::scheduleRender);
    connect(m_document, &ProjectDocument::entityRemoved, this, &SitePreviewDock::scheduleRender);
    connect(m_document, &ProjectDocument::entityMoved, this, &SitePreviewDock::scheduleRender);
    connect(m_document, &ProjectDocument::remoteChangesApplied, this,
            &SitePreviewDock::scheduleRender);
    showMessage(tr("Open a project to see its website here."));
}

SitePreviewDock::~SitePreviewDock()
{
    // The page goes before its profile, as the engine asks.
    delete m_view;
    delete m_page;
}

QString SitePreviewDock::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void SitePreviewDock::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_shownPath.clear();
}

void SitePreviewDock::startEngine()
{
    m_site = std::make_unique<QTemporaryDir>();
    const QString root = m_site->isValid() ? m_site->path() + QStringLiteral("/site/") : QString();
    bool ready = !root.isEmpty() && QDir().mkpath(root);
    for (const QString &name : {QStringLiteral("style.css"), QStringLiteral("site.js")})
        ready = ready && QFile::copy(QStringLiteral(":/site/") + name, root + name);
    if (!ready) {
        showMessage(tr("The preview cannot start: no temporary folder could be written (%1).")
                        .arg(QDir::toNativeSeparators(QDir::tempPath())));
        return;
    }
    // Chromium refuses to run as root inside its sandbox; the pages are our own, escaped and
    // under a policy that forbids inline script (docs/guide.md, "The website").
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // Off the record: nothing of the preview is kept on disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setUrlRequestInterceptor(new LocalOnly(root, m_profile));
    m_page = new SitePreviewPage(m_profile, this, [this](const QUrl &url) { followLink(url); });
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    QWebEngineScript appearance;
    appearance.setName(QStringLiteral("kd-appearance"));
    appearance.setInjectionPoint(QWebEngineScript::DocumentReady);
    appearance.setWorldId(QWebEngineScript::ApplicationWorld);
    appearance.setSourceCode(appearanceScript());
    m_page->scripts().insert(appearance);
    m_view = new QWebEngineView(m_stack);
    m_view->setObjectName(QStringLiteral("sitePreviewView"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_stack->addWidget(m_view);
    connect(m_page, &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &info) {
                // A load replaced by a newer one before it finished says nothing.
                if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus
                    || info.url().adjusted(QUrl::RemoveFragment) != QUrl(m_page->expected))
                    return;
                onLoadFinished(info.status() == QWebEngineLoadingInfo::LoadSucceededStatus,
                               info.errorString());
            });
}

void SitePreviewDock::setCurrentEntity(EntityKind, const QString &uid)
{
    showEntity(uid);
}

void SitePreviewDock::showEntity(const QString &uid)
{
    if (uid == m_uid && m_path.isEmpty())
        return;
    m_uid = uid;
    m_path.clear();
    m_place = QVariant();
    m_dirty = true;
    m_debounce.stop();
    if (m_view && isVisible())
        render();
}

void SitePreviewDock::scheduleRender()
{
    m_dirty = true;
    if (m_view && isVisible())
        m_debounce.start();
}

void SitePreviewDock::render()
{
    m_debounce.stop();
    if (!m_view || !m_page)
        return;
    m_dirty = false;
    if (!m_document->isOpen()) {
        showMessage(tr("Open a project to see its website here."));
        return;
    }
    const Project &project = m_document->project();
    const SiteWriter::RenderedPage page
        = m_path.isEmpty() ? SiteWriter::page(project, m_uid) : SiteWriter::pageAt(project, m_path);
    if (page.html.isEmpty()) {
        m_path.clear();
        render();
        return;
    }
    if (!writePictures(project))
        return;
    // The same page again after an edit: the reader stays where they were (unless another
    // render comes first).
    const int generation = ++m_generation;
    if (page.path == m_shownPath && m_stack->currentWidget() == m_view) {
        m_page->runJavaScript(QLatin1String(kPlaceScript), QWebEngineScript::ApplicationWorld,
                              [this, page, generation](const QVariant &place) {
                                  if (generation != m_generation)
                                      return;
                                  m_place = place;
                                  load(page.path, page.html, QString(), true);
                              });
        return;
    }
    load(page.path, page.html, page.fragment, false);
}

// The pictures the site shows, beside the page as in an exported site; written again only when
// their bytes changed.
bool SitePreviewDock::writePictures(const Project &project)
{
    for (const SiteWriter::Picture &picture : SiteWriter::pictures(project)) {
        if (m_pictures.value(picture.path) == picture.data)
            continue;
        const QString file = m_site->filePath(QStringLiteral("site/") + picture.path);
        QFile out(file);
        if (!QDir().mkpath(QFileInfo(file).path())
            || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(picture.data) != picture.data.size() || !out.flush()) {
            showMessage(tr("The preview cannot write its picture %1: %2")
                            .arg(QDir::toNativeSeparators(file), out.errorString()));
            return false;
        }
        m_pictures.insert(picture.path, picture.data);
    }
    return true;
}

void SitePreviewDock::load(const QString &path, const QString &html, const QString &fragment,
                           bool keepPlace)
{
    if (!m_site || !m_page)
        return;
    const QString file = m_site->filePath(QStringLiteral("site/") + path);
    QFile out(file);
    if (!QDir().mkpath(QFileInfo(file).path())
        || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(html.toUtf8()) < 0
        || !out.flush()) {
        showMessage(tr("The preview cannot write its page %1: %2")
                        .arg(QDir::toNativeSeparators(file), out.errorString()));
        return;
    }
    out.close();
    if (!keepPlace)
        m_place = QVariant();
    // A query of its own each time: the engine loads the page again, even at the same address.
    QUrl url = QUrl::fromLocalFile(file);
    url.setQuery(QStringLiteral("v=%1").arg(++m_version));
    m_page->expected = url.toString();
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    m_shownPath = path;
    m_stack->setCurrentWidget(m_view);
    m_page->load(url);
}

void SitePreviewDock::onLoadFinished(bool ok, const QString &error)
{
    ++m_loads;
    if (ok)
        m_stack->setCurrentWidget(m_view);
    if (ok && m_place.isValid()) {
        const QString place
            = QString::fromUtf8(QJsonDocument::fromVariant(m_place).toJson(QJsonDocument::Compact));
        m_page->runJavaScript(QString::fromLatin1(kRestoreScript).arg(place),
                              QWebEngineScript::ApplicationWorld);
        m_place = QVariant();
    }
    if (!ok)
        showMessage(tr("The preview could not show the page %1: %2").arg(m_shownPath, error));
    emit pageLoaded(ok);
}

QString SitePreviewDock::sitePathOf(const QUrl &url) const
{
    if (!m_site || !url.isLocalFile())
        return {};
    const QString root = m_site->path() + QStringLiteral("/site/");
    const QString file = QDir::cleanPath(url.toLocalFile());
    return file.startsWith(root) ? file.mid(root.size()) : QString();
}

void SitePreviewDock::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("mailto")) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QString path = sitePathOf(url);
    if (path.isEmpty())
        return;
    const QString uid = SiteWriter::entityAt(m_document->project(), path, url.fragment());
    if (uid.isEmpty()) {
        // A page that shows no one entity: the glossary, the professionals.
        m_uid.clear();
        m_path = path;
        m_place = QVariant();
        render();
        return;
    }
    showEntity(uid);
    emit entityActivated(uid);
}

void SitePreviewDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Website Preview"));
    QDockWidget::changeEvent(event);
}

} // namespace kd
