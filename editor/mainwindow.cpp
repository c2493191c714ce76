#include "mainwindow.h"

#include "document/projectdocument.h"
#include "widgets/projecttree.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace kd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_tree(new ProjectTree(this))
{
    setCentralWidget(m_tree);
    resize(1000, 700);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New..."), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    QAction *close = file->addAction(tr("&Close"), QKeySequence::Close, this,
                                     &MainWindow::closeProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    connect(m_document, &ProjectDocument::projectChanged, this, [this, close] {
        close->setEnabled(m_document->isOpen());
        updateFromDocument();
    });
    close->setEnabled(false);
    updateFromDocument();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    StoreError error;
    if (m_document->open(path, ProjectStore::OpenMode::ReadWrite, &error))
        return true;
    if (error.code == StoreError::Code::Locked || error.code == StoreError::Code::Io) {
        const auto answer = QMessageBox::question(
            this, tr("Project in use"),
            tr("%1\n\n%2\n\nOpen it read-only?")
                .arg(QDir::toNativeSeparators(path), error.message),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer == QMessageBox::Open
            && m_document->open(path, ProjectStore::OpenMode::ReadOnly, &error))
            return true;
        if (answer != QMessageBox::Open)
            return false;
    }
    showOpenError(path, error);
    return false;
}

void MainWindow::showOpenError(const QString &path, const StoreError &error)
{
    QMessageBox::critical(this, tr("Cannot open project"),
                          tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error.message));
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), QDir::homePath(),
                                                      tr("Kiezen & Delen projects (*.kdproj)"));
    if (path.isEmpty())
        return;
    ProjectInfo info;
    info.title = QFileInfo(path).completeBaseName();
    StoreError error;
    if (!m_document->create(path, info, &error))
        QMessageBox::critical(this, tr("Cannot create project"),
                              tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error.message));
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QDir::homePath(),
                                                      tr("Kiezen & Delen projects (*.kdproj)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::closeProject()
{
    m_document->close();
}

void MainWindow::updateFromDocument()
{
    m_tree->setProject(m_document->isOpen() ? &m_document->project() : nullptr);
    if (!m_document->isOpen()) {
        setWindowTitle(tr("Kiezen & Delen Studio"));
        statusBar()->showMessage(tr("No project open"));
        return;
    }
    QString title = m_document->project().info.title;
    if (m_document->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(tr("%1 - Kiezen & Delen Studio").arg(title));
    statusBar()->showMessage(QDir::toNativeSeparators(m_document->path()));
}

} // namespace kd
