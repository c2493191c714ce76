#include "mainwindow.h"

#include "document/entitylabels.h"
#include "document/packagejob.h"
#include "document/projectdocument.h"
#include "forms/childlisteditor.h"
#include "forms/entityform.h"
#include "forms/fieldgroup.h"
#include "model/description.h"
#include "package/packagereader.h"
#include "packet/reviewpacket.h"
#include "settings/appsettings.h"
#include "settings/reviewerkeyring.h"
#include "settings/settingsdialog.h"
#include "storage/serverlocation.h"
#include "widgets/conflictdialog.h"
#include "widgets/connectionlabel.h"
#include "widgets/exportdialog.h"
#include "widgets/exportresultdialog.h"
#include "widgets/lawregisterdock.h"
#include "widgets/lifewheelview.h"
#include "widgets/presencelabel.h"
#include "widgets/projecttree.h"
#include "widgets/reviewdock.h"
#include "widgets/rolewords.h"
#include "widgets/searchdock.h"
#include "widgets/serverconnectiondialog.h"
#include "widgets/sitepreviewdock.h"
#include "widgets/trustedreviewersdialog.h"
#include "widgets/validationdock.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace kd {
namespace {

QString fileFilter()
{
    return MainWindow::tr("Kiezen & Delen projects (*.kdproj)");
}

// A path as the user reads it: a file's in the system's separators, a server's address as is.
QString shownLocation(const QString &path)
{
    return ServerLocation::isServer(path) ? path : QDir::toNativeSeparators(path);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_keyring(new ReviewerKeyring(this))
    , m_tree(new ProjectTree(m_document, this))
    , m_formArea(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_identityLabel(new QLabel(this))
    , m_connectionLabel(new ConnectionLabel(m_document, this))
    , m_presenceLabel(new PresenceLabel(m_document, this))
    , m_validation(new ValidationDock(m_document, this))
    , m_search(new SearchDock(m_document, this))
    , m_review(new ReviewDock(m_document, m_keyring, this))
    , m_lawRegister(new LawRegisterDock(m_document, this))
    , m_sitePreview(new SitePreviewDock(m_document, this))
    , m_wheelDock(new QDockWidget(tr("Life Wheel"), this))
    , m_wheel(new LifeWheelView(m_document, m_wheelDock))
    , m_issueLabel(new QLabel(this))
    , m_exportJob(new PackageJob(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_formArea->addWidget(m_placeholder);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_formArea);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 680});
    setCentralWidget(splitter);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    // Permanent widgets: a status message (the project's location) does not hide them.
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_presenceLabel);
    statusBar()->addPermanentWidget(m_issueLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    addDockWidget(Qt::BottomDockWidgetArea, m_validation);
    addDockWidget(Qt::BottomDockWidgetArea, m_search);
    tabifyDockWidget(m_validation, m_search);
    addDockWidget(Qt::BottomDockWidgetArea, m_lawRegister);
    tabifyDockWidget(m_search, m_lawRegister);
    connect(m_lawRegister, &LawRegisterDock::entityActivated, this,
            [this](EntityKind kind, const QString &uid) { jumpTo(kind, uid, QString()); });
    m_validation->raise();
    connect(m_search, &SearchDock::resultActivated, this, &MainWindow::jumpTo);
    m_validation->raise();
    connect(m_review, &ReviewDock::preferencesRequested, this, &MainWindow::showPreferences);
    connect(m_tree, &ProjectTree::entitySelected, m_review, &ReviewDock::setCurrentEntity);
    // The search's scopes "current scenario" and "current dilemma" follow the tree.
    connect(m_tree, &ProjectTree::entitySelected, m_search, &SearchDock::setCurrentEntity);
    connect(m_review, &ReviewDock::entityActivated, this,
            [this](EntityKind kind, const QString &uid) { jumpTo(kind, uid, QString()); });
    // The form follows the tree's selection.
    connect(m_review, &ReviewDock::entitySelected, m_tree,
            [this](EntityKind, const QString &uid) { m_tree->selectEntity(uid); });
    m_wheelDock->setObjectName(QStringLiteral("wheelDock"));
    m_wheelDock->setWidget(m_wheel);
    addDockWidget(Qt::RightDockWidgetArea, m_wheelDock);
    // The review's history and changes need height: beside the form, where the wheel is.
    addDockWidget(Qt::RightDockWidgetArea, m_review);
    tabifyDockWidget(m_wheelDock, m_review);
    // The website as it shows the selection; its engine starts when the tab is first opened.
    addDockWidget(Qt::RightDockWidgetArea, m_sitePreview);
    tabifyDockWidget(m_review, m_sitePreview);
    connect(m_tree, &ProjectTree::entitySelected, m_sitePreview,
            &SitePreviewDock::setCurrentEntity);
    connect(m_sitePreview, &SitePreviewDock::entityActivated, m_tree, &ProjectTree::selectEntity);
    m_wheelDock->raise();
    // The wheel shows the scenario of the current item; clicking on it selects in the tree.
    connect(m_tree, &ProjectTree::entitySelected, m_wheel,
            [this](EntityKind, const QString &uid) { m_wheel->showEntity(uid); });
    connect(m_wheel, &LifeWheelView::segmentActivated, m_tree, &ProjectTree::selectEntity);
    connect(m_wheel, &LifeWheelView::dilemmaActivated, m_tree, &ProjectTree::selectEntity);
    connect(m_validation, &ValidationDock::summaryChanged, m_issueLabel, &QLabel::setText);
    connect(m_validation, &ValidationDock::issueActivated, this, &MainWindow::jumpTo);
    resize(1100, 750);

    m_document->setAuthor(AppSettings::authorName());
    createMenus();
    // The user's layout, once saved, wins; else showEvent() lays out a first start.
    m_firstStart = !restoreGeometry(AppSettings::windowGeometry());
    m_firstStart = !restoreState(AppSettings::windowState()) || m_firstStart;
    connect(m_document, &ProjectDocument::projectChanged, this, [this] {
        updateFromDocument();
        showForm(EntityKind::Project, m_document->project().info.uid);
    });
    connect(m_document, &ProjectDocument::writeFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Change not saved"),
                             tr("The change could not be saved to the project and was not "
                                "made.\n\n%1")
                                 .arg(message));
    });
    m_document->setConflictResolver(
        [this](const EditConflict &conflict) { return resolveConflict(conflict); });
    connect(m_document, &ProjectDocument::connectionChanged, this, [this](bool connected) {
        if (connected)
            statusBar()->showMessage(tr("Connected again"), 5000);
        updateWritable();
    });
    connect(m_tree, &ProjectTree::entitySelected, this, &MainWindow::showEntity);
    // With no entity selected, the form shows the project itself.
    connect(m_tree, &ProjectTree::nothingSelected, this,
            [this] { showForm(EntityKind::Project, m_document->project().info.uid); });
    connect(m_document, &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, const QString &, const QString &field) {
                if (kind == EntityKind::Project && field == QLatin1String("title"))
                    updateFromDocument();
            });
    updateFromDocument();
}

MainWindow::~MainWindow()
{
    // The document is one of the window's children: it goes after the window's own parts, and
    // clearing its undo stack on the way signals. Nothing it says may reach a window half gone.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
}

// A first start, once the window has its size: the form gets most of the width, the wheel and the
// review a third, the docks below a fifth of the height.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_firstStart)
        return;
    m_firstStart = false;
    resizeDocks({m_wheelDock}, {width() * 3 / 10}, Qt::Horizontal);
    resizeDocks({m_validation}, {height() / 5}, Qt::Vertical);
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        splitter->setSizes({width() / 4, width()});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowLayout(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New..."), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    file->addAction(tr("Open &Server Project..."), this, &MainWindow::chooseAndOpenServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Import Package..."), this, &MainWindow::importPackage);
    m_exportAction = file->addAction(tr("&Export Package..."), QKeySequence(tr("Ctrl+E")), this,
                                     &MainWindow::exportPackage);
    m_packetAction
        = file->addAction(tr("Export Review &Packet..."), this, &MainWindow::exportReviewPacket);
    m_packetAction->setObjectName(QStringLiteral("exportReviewPacket"));
    file->addSeparator();
    m_closeAction
        = file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and Redo first commit what is being typed, so the step undone includes it; they show
    // the command's text.
    QUndoStack *stack = m_document->undoStack();
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this, stack] {
        commitTyping();
        stack->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this, stack] {
        commitTyping();
        stack->redo();
    });
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    updateUndoActions();
    edit->addActions({m_undoAction, m_redoAction});
    edit->addSeparator();
    edit->addActions({m_tree->cutAction(), m_tree->copyAction(), m_tree->pasteAction()});
    edit->addSeparator();
    edit->addActions({m_tree->deleteAction(), m_tree->duplicateAction(), m_tree->renameAction()});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_wheelDock->toggleViewAction());
    view->addAction(m_validation->toggleViewAction());
    view->addAction(m_search->toggleViewAction());
    view->addAction(m_review->toggleViewAction());
    view->addAction(m_lawRegister->toggleViewAction());
    view->addAction(m_sitePreview->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("Preview on the &Website"), QKeySequence(tr("Ctrl+Shift+P")), this, [this] {
        m_sitePreview->show();
        m_sitePreview->raise();
    });
    view->addAction(tr("&Find in Project..."), QKeySequence::Find, this, [this] {
        m_search->show();
        m_search->raise();
        m_search->setFocus();
    });
    QMenu *add = edit->addMenu(tr("&Add"));
    add->addActions(m_tree->entityAddActions());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences..."), QKeySequence::Preferences, this,
                                           &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QMenu *project = menuBar()->addMenu(tr("&Project"));
    m_trustedAction
        = project->addAction(tr("&Trusted Reviewers..."), this, &MainWindow::showTrustedReviewers);
}

void MainWindow::updateUndoActions()
{
    // Without the server an undo would only be refused: the actions say so before.
    const QUndoStack *stack = m_document->undoStack();
    const bool connected = m_document->isConnected();
    m_undoAction->setEnabled(stack->canUndo() && connected);
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setEnabled(stack->canRedo() && connected);
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

bool MainWindow::canWrite() const
{
    return m_document->isOpen() && !m_document->isReadOnly() && m_document->isConnected();
}

void MainWindow::updateWritable()
{
    updateUndoActions();
    if (!m_form)
        return;
    // Text being typed stays in its field; it is committed (or refused) when the user leaves it.
    const bool readOnly = !canWrite();
    m_form->fieldGroup()->setReadOnly(readOnly);
    for (ChildListEditor *list : {m_form->optionList(), m_form->legalReferenceList()}) {
        if (list)
            list->setReadOnly(readOnly);
    }
}

bool MainWindow::resolveConflict(EditConflict conflict)
{
    // The project's own fields and a form's field come without the entity's name.
    if (conflict.entityName.isEmpty())
        conflict.entityName = EntityLabels::label(*m_document, conflict.kind, conflict.uid);
    return ConflictDialog::useMine(conflict, this);
}

void MainWindow::showPreferences()
{
    SettingsDialog(m_keyring, this).exec();
    m_document->setAuthor(AppSettings::authorName());
    updateFromDocument();
}

void MainWindow::showTrustedReviewers()
{
    if (!m_document->isOpen())
        return;
    commitTyping();
    TrustedReviewersDialog(m_document, m_keyring, this).exec();
}

bool MainWindow::openProject(const QString &path)
{
    if (ServerLocation::isServer(path))
        return openServerProject(path);
    StoreError error;
    if (m_document->open(path, ProjectStore::OpenMode::ReadWrite, &error)) {
        addRecentFile(path);
        return true;
    }
    if (error.code == StoreError::Code::Locked || error.code == StoreError::Code::Io) {
        const auto answer = QMessageBox::question(
            this, tr("Project in use"),
            tr("%1\n\n%2\n\nOpen it read-only?").arg(QDir::toNativeSeparators(path), error.message),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return false;
        if (m_document->open(path, ProjectStore::OpenMode::ReadOnly, &error)) {
            addRecentFile(path);
            return true;
        }
    }
    showOpenError(path, error);
    return false;
}

bool MainWindow::openServerProject(const QString &uri)
{
    QString password = m_serverPasswords.value(uri);
    StoreError error;
    while (!m_document->open(uri, ProjectStore::OpenMode::ReadWrite, &error, password)) {
        if (error.code != StoreError::Code::LoginRefused) {
            showOpenError(uri, error);
            return false;
        }
        m_serverPasswords.remove(uri);
        if (!askPassword(uri, error, &password))
            return false;
    }
    if (!password.isEmpty())
        m_serverPasswords.insert(uri, password);
    addRecentFile(uri);
    return true;
}

bool MainWindow::askPassword(const QString &uri, const StoreError &refusal, QString *password)
{
    QString unused;
    const std::optional<ServerLocation> location = ServerLocation::parse(uri, &unused);
    const QString user = location && !location->user.isEmpty() ? location->user : tr("your login");
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("serverPasswordDialog"));
    dialog.setWindowTitle(tr("Sign in to the server"));
    dialog.setLabelText(
        tr("%1\n\nPassword for %2 (%3):").arg(refusal.message, user, locationName(uri)));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(tr("Sign In"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = dialog.textValue();
    return true;
}

void MainWindow::showOpenError(const QString &path, const StoreError &error)
{
    QMessageBox::critical(this, tr("Cannot open project"),
                          tr("%1\n\n%2").arg(shownLocation(path), error.message));
}

QString MainWindow::locationName(const QString &path)
{
    if (!ServerLocation::isServer(path))
        return QFileInfo(path).fileName();
    QString error;
    const std::optional<ServerLocation> location = ServerLocation::parse(path, &error);
    if (!location)
        return path;
    QString host = location->host.isEmpty() ? tr("this computer") : location->host;
    if (location->port > 0)
        host += u':' + QString::number(location->port);
    return tr("%1 on %2").arg(location->database, host);
}

QString MainWindow::identityText(const StoreIdentity &identity)
{
    const QStringList roles = RoleWords::words(identity.roles);
    const QString who
        = roles.isEmpty()
              ? tr("Signed in as %1 (no role in this project)").arg(identity.login)
              : tr("Signed in as %1 (%2)").arg(identity.login, roles.join(QStringLiteral(", ")));
    // The server refuses its edits anyway; the user learns it before trying.
    if (identity.checkedByServer && !RoleWords::canEdit(identity))
        return tr("%1: the project is read-only for this login").arg(who);
    return who;
}

QString MainWindow::workingFolder() const
{
    // The open project's folder, else the last project's that still exists, else home.
    QStringList files = AppSettings::recentFiles();
    if (m_document->isOpen())
        files.prepend(m_document->path());
    for (const QString &file : std::as_const(files)) {
        const QFileInfo info(file);
        if (!ServerLocation::isServer(file) && info.absoluteDir().exists())
            return info.absolutePath();
    }
    return QDir::homePath();
}

QString MainWindow::importTargetFor(const QString &chosen)
{
    // Beside the package's folder, named after it: never inside the package.
    const QFileInfo file(chosen);
    const QFileInfo package(file.isDir() ? file.absoluteFilePath() : file.absolutePath());
    return package.absolutePath() + QStringLiteral("/") + package.fileName()
           + QStringLiteral(".kdproj");
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New project"), workingFolder() + QStringLiteral("/"), fileFilter());
    if (path.isEmpty())
        return;
    ProjectInfo info;
    info.title = QFileInfo(path).completeBaseName();
    StoreError error;
    if (m_document->create(path, info, &error))
        addRecentFile(path);
    else
        QMessageBox::critical(this, tr("Cannot create project"),
                              tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error.message));
}

void MainWindow::chooseAndOpen()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open project"), workingFolder(), fileFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseAndOpenServer()
{
    ServerConnectionDialog dialog(AppSettings::recentServers(), this);
    if (dialog.exec() == QDialog::Accepted)
        openProject(dialog.uri());
}

void MainWindow::closeProject()
{
    m_document->close();
}

void MainWindow::exportPackage()
{
    if (!m_document->isOpen() || m_exportJob->isRunning())
        return;
    commitTyping();
    // A server project has no folder of its own: its package is suggested in the home folder.
    QString unused;
    const std::optional<ServerLocation> server = ServerLocation::parse(m_document->path(), &unused);
    const QFileInfo project(m_document->path());
    ExportDialog dialog(server
                            ? QDir::home().filePath(server->database + QStringLiteral("-package"))
                            : project.absolutePath() + QStringLiteral("/")
                                  + project.completeBaseName() + QStringLiteral("-package"),
                        this);
    if (dialog.exec() == QDialog::Accepted) {
        ExportOptions options = dialog.options();
        // As `kdtool export`: unapproved or stale content goes out only in a draft.
        options.requireApproval = true;
        startExport(options);
    }
}

void MainWindow::startExport(const ExportOptions &options)
{
    auto *progress = new QProgressDialog(tr("Exporting the package..."), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export package"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportJob, &PackageJob::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, m_exportJob, &PackageJob::cancel);
    connect(
        m_exportJob, &PackageJob::finished, this,
        [this, progress, dir = options.outDir](bool ok, const PackageError &error) {
            disconnect(m_exportJob, nullptr, progress, nullptr);
            disconnect(m_exportJob, &PackageJob::finished, this, nullptr);
            progress->close();
            if (ok) {
                m_document->exported();
                statusBar()->showMessage(
                    tr("Exported the package to %1").arg(QDir::toNativeSeparators(dir)), 10000);
                auto *result = new ExportResultDialog(dir, this);
                result->setAttribute(Qt::WA_DeleteOnClose);
                result->open();
                return;
            }
            if (error.kind == PackageError::Kind::Cancelled) {
                statusBar()->showMessage(tr("Export cancelled; nothing was written."), 10000);
                return;
            }
            QMessageBox box(QMessageBox::Warning, tr("Export refused"),
                            tr("The package was not written.\n\n%1").arg(error.described()),
                            QMessageBox::Ok, this);
            if (!error.issues.isEmpty()) {
                QStringList lines;
                for (const Issue &issue : error.issues)
                    lines.append(
                        QStringLiteral("%1: %2 [%3]").arg(issue.path, issue.message, issue.rule));
                box.setInformativeText(ExportDialog::refusalAdvice(error.issues));
                box.setDetailedText(lines.join(u'\n'));
            }
            box.exec();
        });
    m_exportJob->start(m_document->project(), options);
}

// The printable review packet, as `kdtool packet` writes it (ReviewPacket): which scenario when
// the project has more than one, then the PDF's name.
void MainWindow::exportReviewPacket()
{
    if (!m_document->isOpen())
        return;
    commitTyping();
    const Project &project = m_document->project();
    PacketOptions options;
    if (project.scenarios.size() > 1) {
        // A scenario without a key (validation reports it) is only in the packet of all.
        QStringList choices{tr("All scenarios")};
        QStringList keys{QString()};
        for (const Scenario &scenario : project.scenarios) {
            if (scenario.key.isEmpty())
                continue;
            choices.append(tr("%1 (%2)").arg(nameOf(scenario).simplified(), scenario.key));
            keys.append(scenario.key);
        }
        bool chosen = false;
        const QString choice
            = QInputDialog::getItem(this, tr("Export review packet"),
                                    tr("Scenarios in the packet:"), choices, 0, false, &chosen);
        if (!chosen)
            return;
        options.scenarioKey = keys.value(choices.indexOf(choice));
    }
    // A server project has no folder of its own: its packet is suggested in the home folder.
    QString unused;
    const std::optional<ServerLocation> server = ServerLocation::parse(m_document->path(), &unused);
    QString name = server ? server->database : QFileInfo(m_document->path()).completeBaseName();
    if (!options.scenarioKey.isEmpty())
        name += QStringLiteral("-") + options.scenarioKey;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export review packet"),
                                                      (server ? QDir::homePath() : workingFolder())
                                                          + QStringLiteral("/") + name
                                                          + QStringLiteral("-reviewpakket.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    options.outFile = file;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = ReviewPacket::write(project, options, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Review packet not written"),
                             tr("The review packet was not written to %1.\n\n%2")
                                 .arg(QDir::toNativeSeparators(file), error));
        return;
    }
    statusBar()->showMessage(
        tr("Wrote the review packet to %1").arg(QDir::toNativeSeparators(file)), 10000);
}

void MainWindow::importPackage()
{
    const QString package = QFileDialog::getOpenFileName(
        this, tr("Import package"), workingFolder(),
        tr("Packages (package.xml package.json manifest.json);;All files (*)"));
    if (package.isEmpty())
        return;
    // A manifest stands for its whole package directory.
    const QFileInfo chosen(package);
    const QString source = chosen.fileName() == QLatin1String("manifest.json")
                               ? chosen.absolutePath()
                               : chosen.absoluteFilePath();
    const QString target = QFileDialog::getSaveFileName(this, tr("New project from the package"),
                                                        importTargetFor(source), fileFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_document->path()).absoluteFilePath()) {
        QMessageBox::warning(this, tr("Import package"),
                             tr("Choose another file than the project that is open."));
        return;
    }
    // The package's reviewers are trusted as far as the user's own key vouches for them: a
    // package this user signed (as publisher) or whose reviewer this user is.
    QList<PublicKey> trusted;
    QString keyProblem;
    if (const std::optional<PublicKey> own = m_keyring->publicKey(&keyProblem))
        trusted.append(*own);
    PackageError error;
    QStringList warnings;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The file dialog has already asked whether to replace an existing file.
    const bool ok = PackageReader::importPackage(source, target, true, trusted, &warnings, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::critical(this, tr("Cannot import the package"), error.described());
        return;
    }
    openProject(target);
    if (!warnings.isEmpty())
        showImportWarnings(warnings);
}

void MainWindow::showImportWarnings(const QStringList &warnings)
{
    constexpr qsizetype shown = 12;
    QStringList lines = warnings.mid(0, shown);
    if (warnings.size() > shown)
        lines.append(tr("… and %n more.", nullptr, int(warnings.size() - shown)));
    QMessageBox box(QMessageBox::Information, tr("Imported, with approvals that do not count"),
                    tr("The package was imported. Approvals that the package's signatures and "
                       "your trust do not vouch for arrive as unapproved; nothing was left out of "
                       "the review records. Trust their reviewers in Project > Trusted "
                       "Reviewers to make their signed approvals count."),
                    QMessageBox::Ok, this);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

void MainWindow::addRecentFile(const QString &path)
{
    if (ServerLocation::isServer(path))
        AppSettings::addRecentServer(path);
    else
        AppSettings::addRecentFile(path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &file : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this,
                                [this, file] { openProject(file); });
    }
    const QStringList servers = AppSettings::recentServers();
    if (!files.isEmpty() && !servers.isEmpty())
        m_recentMenu->addSeparator();
    for (const QString &server : servers)
        m_recentMenu->addAction(server, this, [this, server] { openProject(server); });
    m_recentMenu->setEnabled(!files.isEmpty() || !servers.isEmpty());
}

void MainWindow::commitTyping()
{
    if (m_form)
        m_form->commitPendingEdits();
}

void MainWindow::showForm(EntityKind kind, const QString &uid)
{
    if (m_form && m_form->kind() == kind && m_form->uid() == uid)
        return;
    if (m_form) {
        // The form commits pending typing as it goes; later, so no signal handler runs on it.
        m_form->hide();
        m_formArea->removeWidget(m_form);
        m_form->deleteLater();
        m_form = nullptr;
    }
    if (!m_document->isOpen() || !EntityForm::hasForm(kind)) {
        m_formArea->setCurrentWidget(m_placeholder);
        return;
    }
    m_form = new EntityForm(m_document, kind, uid, m_formArea);
    m_formArea->addWidget(m_form);
    m_formArea->setCurrentWidget(m_form);
    if (!canWrite())
        updateWritable();
}

void MainWindow::showEntity(EntityKind kind, const QString &uid)
{
    showForm(kind, uid);
}

void MainWindow::jumpTo(EntityKind kind, const QString &uid, const QString &field)
{
    QString shown = uid;
    if (kind == EntityKind::Option || kind == EntityKind::LegalReference) {
        // Options and references are edited inside their dilemma's form.
        if (kind == EntityKind::Option)
            m_document->locate<Option>(uid, &shown, nullptr);
        else
            m_document->locate<LegalReference>(uid, &shown, nullptr);
    }
    if (kind == EntityKind::Project) {
        m_tree->clearSelection();
        m_tree->setCurrentIndex({});
        showForm(EntityKind::Project, uid);
    } else {
        m_tree->selectEntity(shown);
        // Persons, segments and registers are in the tree; the form follows the selection.
        showForm(kind == EntityKind::Option || kind == EntityKind::LegalReference
                     ? EntityKind::Dilemma
                     : kind,
                 shown);
    }
    if (m_form && !m_form->focusField(field, uid == shown ? QString() : uid))
        m_form->setFocus();
}

void MainWindow::updateFromDocument()
{
    m_closeAction->setEnabled(m_document->isOpen());
    updateUndoActions(); // a project opened anew is connected
    m_exportAction->setEnabled(m_document->isOpen());
    m_packetAction->setEnabled(m_document->isOpen());
    m_trustedAction->setEnabled(m_document->isOpen());
    if (!m_document->isOpen()) {
        setWindowTitle(tr("Kiezen & Delen Studio"));
        m_placeholder->setText(tr("Open a project with File > Open, or make one with File > New."));
        m_modeLabel->clear();
        m_identityLabel->clear();
        m_identityLabel->setToolTip(QString());
        statusBar()->showMessage(tr("No project open"));
        return;
    }
    QString title = m_document->project().info.title;
    const StoreIdentity identity = m_document->identity();
    if (identity.checkedByServer)
        title += QStringLiteral(" (%1)").arg(locationName(m_document->path()));
    if (m_document->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(tr("%1 - Kiezen & Delen Studio").arg(title));
    m_placeholder->setText(tr("Select an item in the tree to edit it."));
    m_modeLabel->setText(m_document->isReadOnly() ? tr("Read-only") : QString());
    if (identity.checkedByServer) {
        m_identityLabel->setText(identityText(identity));
        m_identityLabel->setToolTip(tr("The server checked this login: the change log and "
                                       "reviews record it, not the name in Preferences."));
    } else {
        m_identityLabel->setText(tr("File project: changes are recorded under the name in "
                                    "Preferences (not a checked identity)."));
        m_identityLabel->setToolTip(tr("Author name: %1").arg(m_document->author()));
    }
    statusBar()->showMessage(shownLocation(m_document->path()));
}

} // namespace kd
