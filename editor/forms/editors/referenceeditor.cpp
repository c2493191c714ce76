#include "referenceeditor.h"

#include "forms/assetpreview.h"
#include "forms/referencecandidates.h"

#include "document/projectdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace kd {

namespace {
constexpr int previewSize = 64;
}

ReferenceEditor::ReferenceEditor(ProjectDocument *document, EntityKind kind,
                                 const QString &ownerUid, QWidget *parent)
    : FieldEditor(parent)
    , m_document(document)
    , m_kind(kind)
    , m_ownerUid(ownerUid)
    , m_combo(new QComboBox(this))
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(20);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    if (kind == EntityKind::Asset) {
        m_preview = new QLabel(this);
        m_preview->setFixedSize(previewSize, previewSize);
        m_preview->setAlignment(Qt::AlignCenter);
        m_preview->setWordWrap(true);
        m_preview->setFrameShape(QFrame::StyledPanel);
        layout->addWidget(m_preview);
    }
    layout->addStretch();
    setFocusProxy(m_combo);

    reloadCandidates();
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        updatePreview();
        commit(m_combo->itemData(index).toString());
    });
    auto follow = [this](EntityKind changed) {
        if (changed == m_kind)
            reloadCandidates();
    };
    connect(document, &ProjectDocument::entityInserted, this,
            [follow](EntityKind k, const QString &, const QString &, int) { follow(k); });
    connect(document, &ProjectDocument::entityRemoved, this,
            [follow](EntityKind k, const QString &, const QString &, int) { follow(k); });
    connect(document, &ProjectDocument::entityMoved, this,
            [follow](EntityKind k, const QString &, const QString &, int, const QString &, int) {
                follow(k);
            });
    connect(document, &ProjectDocument::entityChanged, this,
            [follow](EntityKind k, const QString &, const QString &) { follow(k); });
}

QWidget *ReferenceEditor::focusTarget() const
{
    return m_combo;
}

void ReferenceEditor::setReadOnly(bool readOnly)
{
    m_combo->setEnabled(!readOnly);
}

void ReferenceEditor::reloadCandidates()
{
    const QString current = shownValue().toString();
    m_combo->clear();
    m_combo->addItem(tr("(none)"), QString());
    for (const ReferenceCandidate &candidate :
         ReferenceCandidates::of(*m_document, m_kind, m_ownerUid))
        m_combo->addItem(candidate.label, candidate.uid);
    selectUid(current);
}

void ReferenceEditor::selectUid(const QString &uid)
{
    int index = uid.isEmpty() ? 0 : m_combo->findData(uid);
    if (index < 0) {
        // A dangling reference stays visible (validation reports it) instead of reading "none".
        m_combo->addItem(tr("(missing: %1)").arg(uid), uid);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
    updatePreview();
}

void ReferenceEditor::updatePreview()
{
    if (!m_preview)
        return;
    const Asset *asset = m_document->find<Asset>(m_combo->currentData().toString());
    const QPixmap pixmap = asset ? AssetPreview::render(asset->data, m_preview->size()) : QPixmap();
    if (pixmap.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(asset ? tr("no preview") : QString());
    } else {
        m_preview->setPixmap(pixmap);
    }
}

void ReferenceEditor::display(const QVariant &value)
{
    selectUid(value.toString());
}

} // namespace kd
