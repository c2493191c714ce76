#pragma once

#include "package/packagemanifest.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QFormLayout;
class QJsonObject;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace kd {

// What File > Export Package... wrote, shown once it has succeeded: the folder the package went
// to, whether it is a draft (or holds review notes), what it holds (the manifest's entity counts)
// and every file with its size, as the package's manifest.json lists them, with a button that
// opens the folder. The manifest is read back from the folder, so the dialog shows what is there,
// not what was asked for; when it cannot be read, the dialog still names the folder and says so.
class ExportResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportResultDialog(const QString &packageDir, QWidget *parent = nullptr);

    // What is shown (tests): the folder as a native path; the files as rows of path and size
    // (empty when the manifest could not be read); the counts line; and why the file list could
    // not be read, or an empty string.
    QString folderText() const;
    QList<QStringList> fileRows() const;
    QString countsText() const;
    QString problemText() const;
    // The folder as the URL that Open Folder opens.
    QUrl folderUrl() const;

    // Opens a URL with the desktop's handler, QDesktopServices::openUrl unless replaced: tests
    // replace it so that no file manager starts. An empty function restores the default.
    using UrlOpener = std::function<bool(const QUrl &)>;
    static void setUrlOpener(UrlOpener opener);

    void openFolder();

private:
    void showManifest();
    void showCounts(const QJsonObject &counts);
    void showFiles(const FileHandle &dir, const PackageManifest::Parsed &manifest);

    QString m_dir;
    QFormLayout *m_form = nullptr;
    QLabel *m_folder;
    QLabel *m_draft;
    QLabel *m_reviewNotes;
    QLabel *m_counts;
    QLabel *m_filesSummary;
    QLabel *m_problem;
    QTreeWidget *m_files;
    QPushButton *m_openFolder;
};

} // namespace kd
