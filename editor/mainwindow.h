#pragma once

#include "model/entitykind.h"
#include "storage/storeerror.h"
#include "storage/storeidentity.h"

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace kd {

struct ExportOptions;
class EntityForm;
class LifeWheelView;
class PackageJob;
class ProjectDocument;
class ProjectTree;
class ReviewDock;
class ReviewerKeyring;
class SearchDock;
class ValidationDock;

// The editor's main window: menus, the project tree beside the form of the current item, and
// the opening rules as the user meets them (a dialog for a file that cannot be opened, an offer
// to open read-only a file that is open elsewhere, a password prompt when a server refuses the
// login). Passwords given there are kept in memory for the session only, never in settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project (a file's path or a server project's postgresql:// address), asking the
    // user what to do when it is locked or for a password when the server refuses the login.
    // False when not opened.
    bool openProject(const QString &path);
    // How the window names where a project is: a file's name, or "database on host" for a
    // server project.
    static QString locationName(const QString &path);
    // "Signed in as anna (editor, reviewer)": the login and its roles in words.
    static QString identityText(const StoreIdentity &identity);
    ProjectDocument *document() const { return m_document; }
    ProjectTree *tree() const { return m_tree; }
    PackageJob *exportJob() const { return m_exportJob; }
    // Starts an export with these options, showing progress; the result is reported when done.
    void startExport(const ExportOptions &options);
    EntityForm *currentForm() const { return m_form; }
    ValidationDock *validationDock() const { return m_validation; }
    SearchDock *searchDock() const { return m_search; }
    LifeWheelView *wheel() const { return m_wheel; }
    ReviewDock *reviewDock() const { return m_review; }
    ReviewerKeyring *keyring() const { return m_keyring; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newProject();
    void chooseAndOpen();
    void chooseAndOpenServer();
    bool openServerProject(const QString &uri);
    // Asks for the password of the login the server refused; false when the user cancels.
    bool askPassword(const QString &uri, const StoreError &refusal, QString *password);
    void closeProject();
    void exportPackage();
    void importPackage();
    void showImportWarnings(const QStringList &warnings);
    void showPreferences();
    void showTrustedReviewers();
    void updateFromDocument();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showEntity(EntityKind kind, const QString &uid);
    void showForm(EntityKind kind, const QString &uid);
    void commitTyping();
    // Shows the entity (or, for an option or legal reference, its dilemma) and focuses a field.
    void jumpTo(EntityKind kind, const QString &uid, const QString &field);
    void showOpenError(const QString &path, const StoreError &error);

    ProjectDocument *m_document;
    ReviewerKeyring *m_keyring;
    ProjectTree *m_tree;
    QStackedWidget *m_formArea;
    QLabel *m_placeholder;
    EntityForm *m_form = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QLabel *m_modeLabel;
    QLabel *m_identityLabel;
    ValidationDock *m_validation;
    SearchDock *m_search;
    ReviewDock *m_review;
    QDockWidget *m_wheelDock;
    LifeWheelView *m_wheel;
    QLabel *m_issueLabel;
    PackageJob *m_exportJob;
    QAction *m_exportAction = nullptr;
    QAction *m_trustedAction = nullptr;
    // Server passwords the user typed this session, by address: memory only.
    QHash<QString, QString> m_serverPasswords;
};

} // namespace kd
