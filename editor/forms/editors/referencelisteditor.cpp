#include "referencelisteditor.h"

#include "forms/referencecandidates.h"

#include "document/projectdocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace kd {

ReferenceListEditor::ReferenceListEditor(ProjectDocument *document, EntityKind kind,
                                         const QString &ownerUid, QWidget *parent)
    : FieldEditor(parent)
    , m_document(document)
    , m_kind(kind)
    , m_ownerUid(ownerUid)
    , m_list(new QListWidget(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    m_up->setText(tr("Move Up"));
    m_down->setText(tr("Move Down"));
    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);
    m_up->setToolTip(tr("Move the selected item up (Alt+Up)"));
    m_down->setToolTip(tr("Move the selected item down (Alt+Down)"));
    // The list itself takes Alt+Up/Down; the buttons are for the mouse.
    m_up->setFocusPolicy(Qt::NoFocus);
    m_down->setFocusPolicy(Qt::NoFocus);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::itemChanged, this, &ReferenceListEditor::commitChecked);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReferenceListEditor::updateButtons);
    m_list->installEventFilter(this);

    auto follow = [this](EntityKind changed) {
        if (changed == m_kind)
            populate(checkedUids());
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
    updateButtons();
}

QWidget *ReferenceListEditor::focusTarget() const
{
    return m_list;
}

void ReferenceListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    populate(checkedUids());
    updateButtons();
}

void ReferenceListEditor::populate(const QStringList &chosen)
{
    const QSignalBlocker blocker(m_list);
    const int currentRow = m_list->currentRow();
    m_list->clear();
    const QList<ReferenceCandidate> candidates
        = ReferenceCandidates::of(*m_document, m_kind, m_ownerUid);
    auto labelOf = [&candidates](const QString &uid) -> QString {
        for (const ReferenceCandidate &c : candidates)
            if (c.uid == uid)
                return c.label;
        return tr("(missing: %1)").arg(uid);
    };
    auto add = [this](const QString &uid, const QString &label, bool checked) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, uid);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (!m_readOnly)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const QString &uid : chosen)
        add(uid, labelOf(uid), true);
    for (const ReferenceCandidate &c : candidates)
        if (!chosen.contains(c.uid))
            add(c.uid, c.label, false);
    if (currentRow >= 0 && currentRow < m_list->count())
        m_list->setCurrentRow(currentRow);
    // As tall as the candidates, within reason: the list scrolls beyond six.
    const int rowHeight
        = m_list->count() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height() + 4;
    m_list->setFixedHeight(qBound(2, int(m_list->count()), 6) * rowHeight + 2 * m_list->frameWidth()
                           + 2);
    updateButtons();
}

QStringList ReferenceListEditor::checkedUids() const
{
    QStringList uids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            uids.append(item->data(Qt::UserRole).toString());
    }
    return uids;
}

void ReferenceListEditor::commitChecked()
{
    // The items stay where they are while the user ticks them (a ticked item jumping away is
    // lost from under the mouse): the chosen ones, in the order shown, are the value. Chosen
    // items come first again when the list is next shown.
    const QStringList uids = checkedUids();
    if (QVariant(uids) != shownValue())
        commit(uids);
}

void ReferenceListEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_readOnly || row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
        m_list->setCurrentRow(target);
    }
    commitChecked();
}

bool ReferenceListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

void ReferenceListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_list->count());
}

void ReferenceListEditor::display(const QVariant &value)
{
    populate(value.toStringList());
}

} // namespace kd
