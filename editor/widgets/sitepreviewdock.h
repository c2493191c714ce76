#pragma once

#include "model/entitykind.h"

#include <QDockWidget>
#include <QHash>
#include <QTimer>
#include <QVariant>

#include <memory>

class QLabel;
class QStackedWidget;
class QTemporaryDir;
class QWebEngineProfile;
class QWebEngineView;

namespace kd {

class ProjectDocument;
struct Project;
class SitePreviewPage;

// The website as it will show the selected entity (schema/FORMAT.md, "The site"): the page that
// SiteWriter::page() renders for it, the same HTML, style.css and site.js the export writes,
// in a real browser engine (Qt WebEngine, Chromium). A dilemma, option or legal reference shows
// its moment's page at the dilemma; a moment its page; a case or person the case page with the
// life wheel; a glossary term the glossary; a professional their page; anything else the index.
//
// It follows the selection and, 300 ms after the last edit, renders again, keeping where the
// reader was and which options were open. Links followed in it select what they show
// (entityActivated); https: and mailto: links open outside; nothing else is fetched. The page
// takes the UI language's direction and the application's font.
//
// The engine starts only once the dock is first shown: hidden, the dock costs nothing. Pages go
// into a private temporary folder laid out as the site, so relative links and the site's
// Content-Security-Policy work as they do from an exported folder.
class SitePreviewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SitePreviewDock(ProjectDocument *document, QWidget *parent = nullptr);
    ~SitePreviewDock() override;

    // Shows the page of the entity (when the dock is visible; else when it is shown).
    void setCurrentEntity(kd::EntityKind kind, const QString &uid);

    // For tests: the site path of the page shown ("cases/koster/s3.html"), how many pages were
    // loaded, the view (null before the dock was first shown), the message shown instead of a
    // page (empty when a page shows).
    QString shownPath() const { return m_shownPath; }
    int loads() const { return m_loads; }
    QWebEngineView *view() const { return m_view; }
    QString message() const;

    static constexpr int DebounceMs = 300;

signals:
    // A link followed in the preview shows this entity.
    void entityActivated(const QString &uid);
    // A page finished loading (ok false: the engine could not show it).
    void pageLoaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startEngine();
    void showEntity(const QString &uid);
    void scheduleRender();
    void render();
    void load(const QString &path, const QString &html, const QString &fragment, bool keepPlace);
    bool writePictures(const Project &project);
    void followLink(const QUrl &url);
    void onLoadFinished(bool ok, const QString &error);
    void showMessage(const QString &text);
    QString sitePathOf(const QUrl &url) const;

    ProjectDocument *m_document;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QWebEngineView *m_view = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    SitePreviewPage *m_page = nullptr;
    std::unique_ptr<QTemporaryDir> m_site;
    QTimer m_debounce;
    QString m_uid;  // the entity shown, or empty when a page was opened by its path
    QString m_path; // the page opened by its path (a link to the glossary, say)
    QString m_shownPath;
    QVariant m_place;                      // where the reader was on the page being reloaded
    QHash<QString, QByteArray> m_pictures; // site path -> the bytes written there
    bool m_dirty = true;
    int m_loads = 0;
    int m_version = 0;    // of the page's address, so that the engine loads it again
    int m_generation = 0; // of render(): a newer one makes an older one's callback moot
};

} // namespace kd
