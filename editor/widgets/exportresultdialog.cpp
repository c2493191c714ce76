#include "exportresultdialog.h"

#include "document/entitylabels.h"
#include "files/safeopen.h"
#include "model/entitycounts.h"
#include "package/packagemanifest.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kd {
namespace {

ExportResultDialog::UrlOpener &urlOpener()
{
    static ExportResultDialog::UrlOpener opener;
    return opener;
}

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

ExportResultDialog::ExportResultDialog(const QString &packageDir, QWidget *parent)
    : QDialog(parent)
    , m_dir(QDir(packageDir).absolutePath())
    , m_folder(selectableLabel(this))
    , m_draft(selectableLabel(this))
    , m_reviewNotes(selectableLabel(this))
    , m_counts(selectableLabel(this))
    , m_filesSummary(selectableLabel(this))
    , m_problem(selectableLabel(this))
    , m_files(new QTreeWidget(this))
    , m_openFolder(new QPushButton(tr("&Open Folder"), this))
{
    setWindowTitle(tr("Package Exported"));
    m_draft->setObjectName(QStringLiteral("draft"));
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_folder->setText(QDir::toNativeSeparators(m_dir));
    m_files->setHeaderLabels({tr("File"), tr("Size")});
    m_files->setRootIsDecorated(false);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_form = new QFormLayout;
    m_form->addRow(tr("Folder:"), m_folder);
    m_form->addRow(tr("Draft:"), m_draft);
    m_form->addRow(tr("Review notes:"), m_reviewNotes);
    m_form->addRow(tr("Contents:"), m_counts);
    m_form->addRow(tr("Files:"), m_filesSummary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    close->setAutoDefault(true);
    m_openFolder->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_files);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportResultDialog::openFolder);
    showManifest();
    close->setFocus();
}

// Everything below the folder comes from the manifest as read back, with PackageManifest::read
// (the importer's checks); the counts and the review-notes flag, which it does not keep, come from
// the same bytes.
void ExportResultDialog::showManifest()
{
    QString problem;
    PackageError error;
    PackageManifest::Parsed manifest;
    const FileHandle dir = SafeOpen::directory(m_dir, &problem);
    if (!dir.isValid())
        error = PackageError::io(m_dir, problem);
    if (!dir.isValid() || !PackageManifest::read(dir, m_dir, &manifest, &error)) {
        m_problem->setText(tr("The list of files could not be read: %1").arg(error.described()));
        for (QWidget *row : {m_draft, m_reviewNotes, m_counts, m_filesSummary})
            m_form->setRowVisible(row, false);
        m_files->hide();
        return;
    }
    m_problem->hide();
    const QJsonObject object = QJsonDocument::fromJson(manifest.bytes).object();
    m_draft->setText(manifest.draft
                         ? tr("Yes: it may hold content that is not approved, and is not meant "
                              "for publication")
                         : tr("No"));
    m_reviewNotes->setText(tr("Included: reviewer names and comments are staff data"));
    m_form->setRowVisible(m_reviewNotes,
                          object.value(QLatin1String("includesReviewNotes")).toBool());
    showCounts(object.value(QLatin1String("counts")).toObject());
    showFiles(dir, manifest);
}

void ExportResultDialog::showCounts(const QJsonObject &counts)
{
    QStringList held;
    for (const EntityCounts::Count &count : EntityCounts::counts()) {
        const int n = counts.value(QLatin1String(count.name)).toInt();
        if (n > 0)
            held.append(
                tr("%1: %2").arg(EntityLabels::kindNamePlural(count.kind), QLocale().toString(n)));
    }
    m_counts->setText(held.isEmpty() ? tr("Nothing") : held.join(QStringLiteral(", ")));
}

void ExportResultDialog::showFiles(const FileHandle &dir, const PackageManifest::Parsed &manifest)
{
    // The manifest lists every file but itself and its signature.
    QList<PackageManifest::Entry> files = manifest.files.values();
    files.append({QStringLiteral("manifest.json"), {}, manifest.bytes.size()});
    QString problem;
    qint64 signatureSize = 0;
    if (SafeOpen::regularFile(dir, QLatin1String(PackageManifest::SignatureFile),
                              PackageManifest::MaxSignatureSize, &signatureSize, &problem)
            .isValid())
        files.append({QLatin1String(PackageManifest::SignatureFile), {}, signatureSize});
    std::sort(files.begin(), files.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });
    qint64 total = 0;
    for (const PackageManifest::Entry &file : std::as_const(files)) {
        auto *item
            = new QTreeWidgetItem(m_files, {file.path, QLocale().formattedDataSize(file.size)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        total += file.size;
    }
    m_filesSummary->setText(tr("%n file(s), %1 in all", nullptr, int(files.size()))
                                .arg(QLocale().formattedDataSize(total)));
}

QString ExportResultDialog::folderText() const
{
    return m_folder->text();
}

QList<QStringList> ExportResultDialog::fileRows() const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_files->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_files->topLevelItem(i);
        rows.append({item->text(0), item->text(1)});
    }
    return rows;
}

QString ExportResultDialog::countsText() const
{
    return m_counts->text();
}

QString ExportResultDialog::problemText() const
{
    return m_problem->text();
}

QUrl ExportResultDialog::folderUrl() const
{
    return QUrl::fromLocalFile(m_dir);
}

void ExportResultDialog::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

void ExportResultDialog::openFolder()
{
    const QUrl url = folderUrl();
    const bool opened = urlOpener() ? urlOpener()(url) : QDesktopServices::openUrl(url);
    if (!opened)
        QMessageBox::warning(
            this, tr("Open Folder"),
            tr("The folder %1 could not be opened.").arg(QDir::toNativeSeparators(m_dir)));
}

} // namespace kd
