#include "reviewdock.h"

#include "commands/addreview.h"
#include "document/entitylabels.h"
#include "document/projectdocument.h"
#include "review/reviewledger.h"
#include "settings/appsettings.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kd {
namespace {

constexpr int UidRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;

QString stateText(const ReviewStatus &status)
{
    if (status.stale)
        return ReviewDock::tr("stale: changed since approval");
    switch (status.state) {
    case ReviewState::Draft:
        return ReviewDock::tr("draft");
    case ReviewState::InReview:
        return ReviewDock::tr("in review");
    case ReviewState::ChangesRequested:
        return ReviewDock::tr("changes requested");
    case ReviewState::Approved:
        return ReviewDock::tr("approved");
    }
    return {};
}

} // namespace

ReviewDock::ReviewDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Review"), parent)
    , m_document(document)
    , m_queue(new QTreeWidget)
    , m_comment(new QPlainTextEdit)
    , m_approve(new QPushButton(tr("&Approve")))
    , m_requestChanges(new QPushButton(tr("Request &changes")))
    , m_message(new QLabel)
    , m_history(new QTreeWidget)
{
    setObjectName(QStringLiteral("ReviewDock"));
    m_queue->setHeaderLabels({tr("Waiting for review"), tr("State")});
    m_queue->setRootIsDecorated(false);
    m_queue->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_comment->setPlaceholderText(tr("Comment (required to request changes)"));
    m_comment->setMaximumHeight(80);
    m_message->setWordWrap(true);
    m_history->setHeaderLabels({tr("Time"), tr("Author"), tr("Field"), tr("Summary")});
    m_history->setRootIsDecorated(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_requestChanges);
    buttons->addStretch();
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_queue);
    topLayout->addWidget(m_comment);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_message);
    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History")));
    historyLayout->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(history);
    setWidget(splitter);

    connect(m_approve, &QPushButton::clicked, this, &ReviewDock::approve);
    connect(m_requestChanges, &QPushButton::clicked, this, &ReviewDock::requestChanges);
    connect(m_queue, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_current = item->data(0, UidRole).toString();
        m_currentKind = EntityKind(item->data(0, KindRole).toInt());
        m_message->clear();
        showHistory();
        updateButtons();
    });
    connect(m_queue, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit entityActivated(EntityKind(item->data(0, KindRole).toInt()),
                             item->data(0, UidRole).toString());
    });
    // Any edit can make an approval stale; any review changes the queue.
    auto refresh = [this] {
        rebuildQueue();
        showHistory();
    };
    connect(document, &ProjectDocument::projectChanged, this, refresh);
    connect(document, &ProjectDocument::reviewsChanged, this, refresh);
    connect(document, &ProjectDocument::entityChanged, this, refresh);
    connect(document, &ProjectDocument::entityInserted, this, refresh);
    connect(document, &ProjectDocument::entityRemoved, this, refresh);
    connect(document, &ProjectDocument::entityMoved, this, refresh);
    refresh();
    updateButtons();
}

QString ReviewDock::reviewer() const
{
    return m_reviewer.isEmpty() ? AppSettings::authorName() : m_reviewer;
}

void ReviewDock::rebuildQueue()
{
    const QSignalBlocker blocker(m_queue);
    m_queue->clear();
    if (!m_document->isOpen())
        return;
    QList<ReviewStatus> waiting;
    for (const ReviewStatus &status : ReviewLedger(m_document->project()).all()) {
        if (!status.isApprovedAndCurrent())
            waiting.append(status);
    }
    // Stale approvals first: published content that no longer matches what was approved.
    std::stable_partition(waiting.begin(), waiting.end(),
                          [](const ReviewStatus &s) { return s.stale; });
    for (const ReviewStatus &status : std::as_const(waiting)) {
        auto *item = new QTreeWidgetItem(
            m_queue,
            {EntityLabels::label(*m_document, status.kind, status.entityUid), stateText(status)});
        item->setData(0, UidRole, status.entityUid);
        item->setData(0, KindRole, int(status.kind));
        if (status.entityUid == m_current)
            m_queue->setCurrentItem(item);
    }
}

void ReviewDock::showHistory()
{
    m_history->clear();
    if (!m_document->isOpen() || m_current.isEmpty())
        return;
    const QList<ChangeLogEntry> &log = m_document->project().changeLog;
    // Newest first: what a reviewer wants to see is what changed last.
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        if (it->entityUid != m_current)
            continue;
        new QTreeWidgetItem(m_history,
                            {QLocale().toString(it->time.toLocalTime(), QLocale::ShortFormat),
                             it->author, it->field, it->summary});
    }
}

void ReviewDock::updateButtons()
{
    const bool reviewable
        = m_document->isOpen() && !m_document->isReadOnly()
          && (m_currentKind == EntityKind::Dilemma || m_currentKind == EntityKind::LegalSource)
          && !m_current.isEmpty();
    m_approve->setEnabled(reviewable);
    m_requestChanges->setEnabled(reviewable);
}

void ReviewDock::setCurrentEntity(EntityKind kind, const QString &uid)
{
    m_current = uid;
    m_currentKind = kind;
    m_message->clear();
    const QSignalBlocker blocker(m_queue);
    m_queue->setCurrentItem(nullptr);
    for (int i = 0; i < m_queue->topLevelItemCount(); ++i) {
        if (m_queue->topLevelItem(i)->data(0, UidRole).toString() == uid)
            m_queue->setCurrentItem(m_queue->topLevelItem(i));
    }
    showHistory();
    updateButtons();
}

QStringList ReviewDock::queue() const
{
    QStringList uids;
    for (int i = 0; i < m_queue->topLevelItemCount(); ++i)
        uids << m_queue->topLevelItem(i)->data(0, UidRole).toString();
    return uids;
}

QString ReviewDock::message() const
{
    return m_message->text();
}

bool ReviewDock::approve()
{
    QString reason;
    auto command
        = AddReview::approve(m_document, m_current, reviewer(), m_comment->toPlainText(), &reason);
    if (!command) {
        m_message->setText(reason);
        return false;
    }
    m_document->undoStack()->push(command.release());
    m_comment->clear();
    m_message->setText(tr("Approved."));
    return true;
}

bool ReviewDock::requestChanges()
{
    QString reason;
    auto command = AddReview::requestChanges(m_document, m_current, reviewer(),
                                             m_comment->toPlainText(), &reason);
    if (!command) {
        m_message->setText(reason);
        return false;
    }
    m_document->undoStack()->push(command.release());
    m_comment->clear();
    m_message->setText(tr("Changes requested."));
    return true;
}

} // namespace kd
