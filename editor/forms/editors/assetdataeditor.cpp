#include "assetdataeditor.h"

#include "forms/assetpreview.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QVBoxLayout>

namespace kd {

namespace {
constexpr int previewSize = 128;
}

AssetDataEditor::AssetDataEditor(QWidget *parent)
    : FieldEditor(parent)
    , m_preview(new QLabel(this))
    , m_size(new QLabel(this))
    , m_replace(new QPushButton(tr("Replace File..."), this))
{
    m_preview->setFixedSize(previewSize, previewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    auto *side = new QVBoxLayout;
    side->addWidget(m_size);
    side->addWidget(m_replace);
    side->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addLayout(side);
    layout->addStretch();
    setFocusProxy(m_replace);
    connect(m_replace, &QPushButton::clicked, this, &AssetDataEditor::chooseFile);
}

QWidget *AssetDataEditor::focusTarget() const
{
    return m_replace;
}

void AssetDataEditor::setReadOnly(bool readOnly)
{
    m_replace->setEnabled(!readOnly);
}

bool AssetDataEditor::replaceFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    const QString mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    emit fileReplacing(fileName, mediaType, data);
    display(data);
    commit(data);
    emit fileReplaced(fileName, mediaType);
    return true;
}

void AssetDataEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Replace File"), QString(),
        tr("Images (*.svg *.png *.jpg *.jpeg *.webp *.gif);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!replaceFromFile(path, &error))
        QMessageBox::warning(this, tr("Replace File"), error);
}

void AssetDataEditor::display(const QVariant &value)
{
    const QByteArray data = value.toByteArray();
    const QPixmap pixmap = AssetPreview::render(data, m_preview->size());
    if (pixmap.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(data.isEmpty() ? tr("empty") : tr("no preview"));
    } else {
        m_preview->setPixmap(pixmap);
    }
    m_size->setText(QLocale().formattedDataSize(data.size()));
}

} // namespace kd
