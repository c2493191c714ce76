#include "childlisteditor.h"

#include "editors/markdowneditor.h"
#include "fieldgroup.h"
#include "markdownedit.h"

#include "commands/structurecommands.h"
#include "document/projectdocument.h"
#include "legal/citation.h"
#include "model/identifiers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kd {

ChildListEditor::ChildListEditor(ProjectDocument *document, EntityKind childKind,
                                 const QString &dilemmaUid, QWidget *parent)
    : QGroupBox(parent)
    , m_document(document)
    , m_kind(childKind)
    , m_dilemmaUid(dilemmaUid)
    , m_itemsLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    const bool options = childKind == EntityKind::Option;
    setTitle(options ? tr("Options") : tr("Legal references"));
    m_add->setText(options ? tr("Add &Option") : tr("Add Legal &Reference"));
    m_add->setToolTip(options ? tr("Add an option at the end")
                              : tr("Add a legal reference at the end"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_itemsLayout);
    layout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, &ChildListEditor::addChild);

    // Only structural changes under this dilemma matter; field edits reach the FieldGroups.
    auto follow = [this](EntityKind kind, const QString &parentUid) {
        if (kind == m_kind && parentUid == m_dilemmaUid)
            sync();
    };
    connect(document, &ProjectDocument::entityInserted, this,
            [follow](EntityKind kind, const QString &, const QString &parentUid, int) {
                follow(kind, parentUid);
            });
    connect(document, &ProjectDocument::entityRemoved, this,
            [follow](EntityKind kind, const QString &, const QString &parentUid, int) {
                follow(kind, parentUid);
            });
    connect(document, &ProjectDocument::entityMoved, this,
            [this](EntityKind kind, const QString &, const QString &oldParent, int,
                   const QString &newParent, int) {
                if (kind == m_kind && (oldParent == m_dilemmaUid || newParent == m_dilemmaUid))
                    sync();
            });
    // A reference's citation follows its own lid and onderdeel and its source's fields.
    if (childKind == EntityKind::LegalReference)
        connect(document, &ProjectDocument::entityChanged, this,
                [this](EntityKind kind, const QString &uid) {
                    for (const Item &i : std::as_const(m_items))
                        if (kind == EntityKind::LegalSource || uid == i.uid)
                            updateCitation(i);
                });
    m_readOnly = document->isReadOnly();
    sync();
}

QStringList ChildListEditor::modelUids() const
{
    QStringList uids;
    const Dilemma *dilemma = m_document->find<Dilemma>(m_dilemmaUid);
    if (!dilemma)
        return uids;
    if (m_kind == EntityKind::Option) {
        for (const Option &option : dilemma->options)
            uids.append(option.uid);
    } else {
        for (const LegalReference &reference : dilemma->legalReferences)
            uids.append(reference.uid);
    }
    return uids;
}

QStringList ChildListEditor::childUids() const
{
    QStringList uids;
    for (const Item &item : m_items)
        uids.append(item.uid);
    return uids;
}

const ChildListEditor::Item *ChildListEditor::item(const QString &uid) const
{
    for (const Item &item : m_items)
        if (item.uid == uid)
            return &item;
    return nullptr;
}

FieldGroup *ChildListEditor::fieldGroup(const QString &childUid) const
{
    const Item *found = item(childUid);
    return found ? found->fields : nullptr;
}

QToolButton *ChildListEditor::moveUpButton(const QString &childUid) const
{
    const Item *found = item(childUid);
    return found ? found->up : nullptr;
}

QToolButton *ChildListEditor::moveDownButton(const QString &childUid) const
{
    const Item *found = item(childUid);
    return found ? found->down : nullptr;
}

QToolButton *ChildListEditor::deleteButton(const QString &childUid) const
{
    const Item *found = item(childUid);
    return found ? found->remove : nullptr;
}

QLabel *ChildListEditor::citationLabel(const QString &childUid) const
{
    const Item *found = item(childUid);
    return found ? found->citation : nullptr;
}

// What the reference cites, in words, and the link that opens it (https only); the words are
// escaped, never markup.
void ChildListEditor::updateCitation(const Item &item) const
{
    if (!item.citation)
        return;
    const LegalReference *reference = m_document->find<LegalReference>(item.uid);
    const LegalSource *source
        = reference ? m_document->find<LegalSource>(reference->legalSourceUid) : nullptr;
    if (!source) {
        item.citation->clear();
        return;
    }
    const QString words = Citation::words(*source, reference);
    const QString link = Citation::link(*source, reference);
    QString text = tr("Cites %1")
                       .arg((words.isEmpty() ? source->shortTitle
                                             : source->shortTitle + QStringLiteral(": ") + words)
                                .toHtmlEscaped());
    if (link.startsWith(QLatin1String("https://")))
        text += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(link.toHtmlEscaped(),
                         words.isEmpty() ? tr("Open the text") : tr("Open the article"));
    item.citation->setText(text);
    item.citation->setToolTip(Citation::jci(*source, reference).toHtmlEscaped());
}

QString ChildListEditor::itemTitle(int index) const
{
    return m_kind == EntityKind::Option ? tr("Option %1").arg(index + 1)
                                        : tr("Legal reference %1").arg(index + 1);
}

ChildListEditor::Item ChildListEditor::createItem(const QString &uid)
{
    Item created;
    created.uid = uid;
    created.box = new QGroupBox(this);
    created.fields = new FieldGroup(m_document, m_kind, uid, created.box);
    // Feedback is short: keep each option compact so several fit on the screen.
    if (auto *feedback
        = qobject_cast<MarkdownEditor *>(created.fields->editor(QStringLiteral("feedback"))))
        feedback->markdownEdit()->setVisibleLines(3);
    created.up = new QToolButton(created.box);
    created.down = new QToolButton(created.box);
    created.remove = new QToolButton(created.box);
    created.up->setText(tr("Move Up"));
    created.down->setText(tr("Move Down"));
    created.remove->setText(tr("Delete"));
    created.up->setToolTip(tr("Move this item up"));
    created.down->setToolTip(tr("Move this item down"));
    created.remove->setToolTip(tr("Delete this item"));

    auto *buttons = new QHBoxLayout;
    if (m_kind == EntityKind::LegalReference) {
        created.citation = new QLabel(created.box);
        created.citation->setObjectName(QStringLiteral("referenceCitation"));
        created.citation->setTextFormat(Qt::RichText);
        created.citation->setTextInteractionFlags(Qt::TextBrowserInteraction);
        created.citation->setOpenExternalLinks(true);
        created.citation->setWordWrap(true);
        buttons->addWidget(created.citation, 1);
        updateCitation(created);
    } else {
        buttons->addStretch();
    }
    buttons->addWidget(created.up);
    buttons->addWidget(created.down);
    buttons->addWidget(created.remove);
    auto *layout = new QVBoxLayout(created.box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(created.fields);
    layout->addLayout(buttons);

    connect(created.up, &QToolButton::clicked, this, [this, uid] { moveChild(uid, -1); });
    connect(created.down, &QToolButton::clicked, this, [this, uid] { moveChild(uid, 1); });
    connect(created.remove, &QToolButton::clicked, this, [this, uid] { removeChild(uid); });
    return created;
}

void ChildListEditor::sync()
{
    const QStringList uids = modelUids();
    QList<Item> kept;
    for (const Item &existing : std::as_const(m_items)) {
        m_itemsLayout->removeWidget(existing.box);
        if (uids.contains(existing.uid)) {
            kept.append(existing);
        } else {
            existing.box->hide();
            existing.box->deleteLater();
        }
    }
    m_items.clear();
    for (const QString &uid : uids) {
        auto found = std::find_if(kept.begin(), kept.end(),
                                  [&uid](const Item &i) { return i.uid == uid; });
        m_items.append(found != kept.end() ? *found : createItem(uid));
    }
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &current = m_items.at(i);
        m_itemsLayout->addWidget(current.box);
        current.box->setTitle(itemTitle(int(i)));
        current.box->show();
        current.fields->setReadOnly(m_readOnly);
        current.up->setEnabled(!m_readOnly && i > 0);
        current.down->setEnabled(!m_readOnly && i + 1 < m_items.size());
        current.remove->setEnabled(!m_readOnly);
    }
    m_add->setEnabled(!m_readOnly && m_document->find<Dilemma>(m_dilemmaUid));
    emit childrenChanged();
}

void ChildListEditor::addChild()
{
    if (m_readOnly)
        return;
    const int index = int(modelUids().size());
    const QString uid = Identifiers::createUid();
    if (m_kind == EntityKind::Option) {
        Option option;
        option.uid = uid;
        m_document->undoStack()->push(
            new InsertEntity<Option>(m_document, m_dilemmaUid, index, option, tr("Add Option")));
    } else {
        LegalReference reference;
        reference.uid = uid;
        m_document->undoStack()->push(new InsertEntity<LegalReference>(
            m_document, m_dilemmaUid, index, reference, tr("Add Legal Reference")));
    }
    if (FieldGroup *fields = fieldGroup(uid)) {
        const QString first = m_kind == EntityKind::Option ? QStringLiteral("label")
                                                           : QStringLiteral("legalSourceUid");
        fields->focusField(first);
    }
}

void ChildListEditor::removeChild(const QString &childUid)
{
    if (m_readOnly)
        return;
    // Commit what was typed in the child first, so undoing the delete brings it back.
    if (FieldGroup *fields = fieldGroup(childUid))
        fields->commitPendingEdits();
    const qsizetype index = childUids().indexOf(childUid);
    if (m_kind == EntityKind::Option) {
        m_document->undoStack()->push(
            new RemoveEntity<Option>(m_document, childUid, tr("Delete Option")));
    } else {
        m_document->undoStack()->push(
            new RemoveEntity<LegalReference>(m_document, childUid, tr("Delete Legal Reference")));
    }
    // The keyboard stays in the list: on the item that took the deleted one's place, else on
    // the one before it, else on Add.
    const QStringList remaining = childUids();
    if (remaining.contains(childUid))
        return; // the delete failed
    QWidget *next = m_add;
    if (!remaining.isEmpty()) {
        const QString neighbour = remaining.at(qBound(qsizetype(0), index, remaining.size() - 1));
        if (const QList<QWidget *> chain = fieldGroup(neighbour)->tabChain(); !chain.isEmpty())
            next = chain.first();
    }
    if (next->isEnabled())
        next->setFocus(Qt::OtherFocusReason);
}

void ChildListEditor::moveChild(const QString &childUid, int delta)
{
    if (m_readOnly)
        return;
    const int from = int(modelUids().indexOf(childUid));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= modelUids().size())
        return;
    if (m_kind == EntityKind::Option) {
        m_document->undoStack()->push(
            new MoveEntity<Option>(m_document, childUid, m_dilemmaUid, to, tr("Move Option")));
    } else {
        m_document->undoStack()->push(new MoveEntity<LegalReference>(
            m_document, childUid, m_dilemmaUid, to, tr("Move Legal Reference")));
    }
    // Keep the keyboard on the moved item's button so it can be moved again.
    if (const Item *moved = item(childUid)) {
        QToolButton *button = delta < 0 ? moved->up : moved->down;
        if (button->isEnabled())
            button->setFocus(Qt::OtherFocusReason);
        else if (const QList<QWidget *> chain = moved->fields->tabChain(); !chain.isEmpty())
            chain.first()->setFocus(Qt::OtherFocusReason);
    }
}

void ChildListEditor::commitPendingEdits()
{
    for (const Item &current : std::as_const(m_items))
        current.fields->commitPendingEdits();
}

void ChildListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    sync();
}

QList<QWidget *> ChildListEditor::tabChain() const
{
    QList<QWidget *> chain;
    for (const Item &current : m_items) {
        chain += current.fields->tabChain();
        chain << current.up << current.down << current.remove;
    }
    chain << m_add;
    return chain;
}

} // namespace kd
