#pragma once

#include "model/entitykind.h"
#include "storage/storeerror.h"
#include "storage/storeidentity.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace kd {

struct EditConflict;
struct ExportOptions;
class ConnectionLabel;
class EntityForm;
class LifeWheelView;
class PackageJob;
class PresenceLabel;
class ProjectDocument;
class ProjectTree;
class LawRegisterDock;
class ReviewDock;
class SitePreviewDock;
class ReviewerKeyring;
class SearchDock;
class ValidationDock;

// The editor's main window: menus, the project tree beside the form of the current item, and
// the opening rules as the user meets them (a dialog for a file that cannot be opened, an offer
// to open read-only a file that is open elsewhere, a password prompt when a server refuses the
// login). Passwords given there are kept in memory for the session only, never in settings.
// On a server project the status bar also says who else is there and when the connection is
// lost (the form and Undo/Redo then refuse edits until it is back), and the user decides when
// an edit would overwrite someone else's change (ConflictDialog).
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
    // "Signed in as anna (editor, reviewer)": the login and its roles in words, and that the
    // project is read-only for a login that may not edit it.
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
    LawRegisterDock *lawRegisterDock() const { return m_lawRegister; }
    SitePreviewDock *sitePreviewDock() const { return m_sitePreview; }
    ReviewerKeyring *keyring() const { return m_keyring; }
    ConnectionLabel *connectionLabel() const { return m_connectionLabel; }
    PresenceLabel *presenceLabel() const { return m_presenceLabel; }
    QAction *undoAction() const { return m_undoAction; }
    // Where file dialogs start: the open project's folder, else the last project's, else home.
    QString workingFolder() const;
    // The project file an import suggests for a package (its folder, or a file in it).
    static QString importTargetFor(const QString &chosen);
    QAction *redoAction() const { return m_redoAction; }

protected:
    void showEvent(QShowEvent *event) override;
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
    void exportReviewPacket();
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
    // The document's conflict resolver: asks the user (ConflictDialog); true to write the user's
    // value over theirs.
    bool resolveConflict(EditConflict conflict);
    // Whether edits can be written now (not read-only, the server answering); the form and
    // Undo/Redo follow it.
    bool canWrite() const;
    void updateWritable();
    void updateUndoActions();

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
    ConnectionLabel *m_connectionLabel;
    PresenceLabel *m_presenceLabel;
    bool m_firstStart = false; // no saved layout: showEvent() makes the first one
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    ValidationDock *m_validation;
    SearchDock *m_search;
    ReviewDock *m_review;
    LawRegisterDock *m_lawRegister;
    SitePreviewDock *m_sitePreview;
    QDockWidget *m_wheelDock;
    LifeWheelView *m_wheel;
    QLabel *m_issueLabel;
    PackageJob *m_exportJob;
    QAction *m_exportAction = nullptr;
    QAction *m_packetAction = nullptr;
    QAction *m_trustedAction = nullptr;
    // Server passwords the user typed this session, by address: memory only.
    QHash<QString, QString> m_serverPasswords;
};

} // namespace kd
