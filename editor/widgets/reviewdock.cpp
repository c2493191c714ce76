#include "reviewdock.h"

#include "commands/addreview.h"
#include "document/entitylabels.h"
#include "document/projectdocument.h"
#include "models/reviewqueuemodel.h"
#include "review/contentdiff.h"
#include "review/reviewledger.h"
#include "settings/appsettings.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kd {
namespace {

QString stateText(const ReviewStatus &status)
{
    if (status.stale)
        return ReviewDock::tr("stale: changed since approval");
    return EntityLabels::reviewStateName(status.state);
}

// Deletions struck through in red, insertions underlined in green: readable without colour too.
const char *const DeletedStyle
    = "color:#b3261e; background-color:#fde7e6; text-decoration:line-through;";
const char *const InsertedStyle
    = "color:#1e6b34; background-color:#e3f4e6; text-decoration:underline;";

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QLatin1String("<br/>"));
}

QString span(const char *style, const QString &text)
{
    return QStringLiteral("<span style=\"%1\">%2</span>").arg(QLatin1String(style), html(text));
}

// An unchanged stretch of a long text, shortened to the words around the changes: the head when
// a change comes before it, the tail when one follows.
QString elided(const QString &text, bool changeBefore, bool changeAfter)
{
    constexpr qsizetype Context = 80;
    if (text.size() <= 2 * Context + 20)
        return text;
    QString head;
    QString tail;
    if (changeBefore) {
        head = text.left(Context);
        const qsizetype space = head.lastIndexOf(u' ');
        head = (space > Context / 2 ? head.left(space) : head) + QStringLiteral(" \u2026");
    }
    if (changeAfter) {
        tail = text.right(Context);
        const qsizetype space = tail.indexOf(u' ');
        tail = QStringLiteral("\u2026 ")
               + (space >= 0 && space < Context / 2 ? tail.mid(space + 1) : tail);
    }
    return changeBefore && changeAfter ? QString(head + u' ' + tail) : QString(head + tail);
}

QString changeHtml(const FieldChange &change)
{
    QString kind;
    switch (change.kind) {
    case FieldChange::Kind::Added:
        kind = ReviewDock::tr("added");
        break;
    case FieldChange::Kind::Removed:
        kind = ReviewDock::tr("removed");
        break;
    case FieldChange::Kind::Changed:
        kind = ReviewDock::tr("changed");
        break;
    }
    QString body;
    if (!change.runs.isEmpty()) {
        for (qsizetype i = 0; i < change.runs.size(); ++i) {
            const DiffRun &run = change.runs.at(i);
            switch (run.kind) {
            case DiffRun::Kind::Equal:
                body += html(elided(run.text, i > 0, i + 1 < change.runs.size()));
                break;
            case DiffRun::Kind::Deleted:
                body += span(DeletedStyle, run.text);
                break;
            case DiffRun::Kind::Inserted:
                body += span(InsertedStyle, run.text);
                break;
            }
        }
    } else {
        if (!change.before.isEmpty())
            body += span(DeletedStyle, change.before);
        if (!change.before.isEmpty() && !change.after.isEmpty())
            body += QStringLiteral(" &rarr; ");
        if (!change.after.isEmpty())
            body += span(InsertedStyle, change.after);
    }
    return QStringLiteral("<p style=\"margin-top:6px; margin-bottom:0px;\"><b>%1</b> "
                          "<span style=\"color:#666666;\">(%2)</span></p><p "
                          "style=\"margin-top:2px; margin-left:12px;\">%3</p>")
        .arg(html(change.field), html(kind), body);
}

} // namespace

ReviewDock::ReviewDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Review"), parent)
    , m_document(document)
    , m_queueModel(new ReviewQueueModel(this))
    , m_queue(new QTreeView)
    , m_comment(new QPlainTextEdit)
    , m_approve(new QPushButton(tr("&Approve")))
    , m_requestChanges(new QPushButton(tr("Request &changes")))
    , m_message(new QLabel)
    , m_changes(new QTextBrowser)
    , m_history(new QTreeWidget)
{
    setObjectName(QStringLiteral("ReviewDock"));
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setModel(m_queueModel);
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true); // no row is measured: the queue may hold 100,000
    m_queue->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_comment->setPlaceholderText(tr("Comment (required to request changes)"));
    m_comment->setMaximumHeight(80);
    m_message->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("reviewChanges"));
    m_changes->setOpenLinks(false);
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
    auto *changes = new QWidget;
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(new QLabel(tr("Changes since approval")));
    changesLayout->addWidget(m_changes);
    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History")));
    historyLayout->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(changes);
    splitter->addWidget(history);
    // The changes are what a reviewer reads: they get most of the room.
    splitter->setSizes({200, 400, 150});
    splitter->setStretchFactor(1, 2);
    setWidget(splitter);

    connect(m_approve, &QPushButton::clicked, this, &ReviewDock::approve);
    connect(m_requestChanges, &QPushButton::clicked, this, &ReviewDock::requestChanges);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_current = current.data(ReviewQueueModel::UidRole).toString();
                m_currentKind = EntityKind(current.data(ReviewQueueModel::KindRole).toInt());
                m_message->clear();
                showChanges();
                showHistory();
                updateButtons();
            });
    connect(m_queue, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit entityActivated(EntityKind(index.data(ReviewQueueModel::KindRole).toInt()),
                             index.data(ReviewQueueModel::UidRole).toString());
    });
    // Any edit can make an approval stale; any review changes the queue.
    auto refresh = [this] {
        rebuildQueue();
        showChanges();
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
    const QSignalBlocker blocker(m_queue->selectionModel());
    if (!m_document->isOpen()) {
        m_queueModel->setRows({});
        return;
    }
    // Only what the queue shows of each waiting entity: at 100,000 dilemmas a list of whole
    // statuses (each with its latest approval) was tens of MB on top of the project.
    QList<ReviewQueueModel::Row> stale;
    QList<ReviewQueueModel::Row> waiting;
    QHash<QString, QString> stateTexts; // one shared copy of each text, not one per row
    ReviewLedger(m_document->project()).forEachStatus([&](const ReviewStatus &status) {
        if (status.isApprovedAndCurrent())
            return;
        const QString text = stateText(status);
        const auto known = stateTexts.constFind(text);
        // Stale approvals first: published content that no longer matches what was approved.
        (status.stale ? stale : waiting)
            .append({status.entityUid, status.kind, QString(),
                     known != stateTexts.cend() ? *known : *stateTexts.insert(text, text)});
    });
    stale.append(std::move(waiting));
    const QHash<QString, QString> labels = EntityLabels::reviewableLabels(m_document->project());
    for (ReviewQueueModel::Row &row : stale)
        row.label = labels.value(row.uid);
    m_queueModel->setRows(std::move(stale));
    selectCurrentInQueue();
}

void ReviewDock::selectCurrentInQueue()
{
    const QSignalBlocker blocker(m_queue->selectionModel());
    const int row = m_current.isEmpty() ? -1 : m_queueModel->rowOf(m_current);
    if (row < 0)
        m_queue->selectionModel()->clear();
    else
        m_queue->setCurrentIndex(m_queueModel->index(row, 0));
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

void ReviewDock::showChanges()
{
    m_changes->clear();
    if (!m_document->isOpen() || m_current.isEmpty())
        return;
    const ReviewLedger ledger(m_document->project());
    const std::optional<ReviewStatus> status = ledger.statusOf(m_current);
    if (!status)
        return;
    if (!status->lastApproval) {
        m_changes->setPlainText(tr("Not approved yet: there is no approved version to compare "
                                   "with."));
        return;
    }
    const Review &approval = *status->lastApproval;
    const QString date = QLocale().toString(approval.time.toLocalTime(), QLocale::ShortFormat);
    const QString since = approval.reviewer.isEmpty()
                              ? tr("the approval on %1").arg(date)
                              : tr("the approval by %1 on %2").arg(approval.reviewer, date);
    // The hash decides whether anything changed; the stored content only shows what.
    if (approval.contentHash == status->currentHash) {
        m_changes->setPlainText(tr("No changes since %1.").arg(since));
        return;
    }
    const std::optional<QList<FieldChange>> changes = ContentDiff::compare(
        approval.content.toUtf8(), ledger.contentOf(m_current).value_or(QByteArray()),
        &m_document->project());
    if (!changes) {
        m_changes->setPlainText(
            tr("Changed since %1. The content as approved was not stored (approvals made with an "
               "older version of this program, and approvals imported from a package, keep only "
               "its fingerprint), so what changed cannot be shown.")
                .arg(since));
        return;
    }
    QString page = QStringLiteral("<p>%1</p>").arg(html(tr("Changed since %1:").arg(since)));
    for (const FieldChange &change : *changes)
        page += changeHtml(change);
    m_changes->setHtml(page);
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
    selectCurrentInQueue();
    showChanges();
    showHistory();
    updateButtons();
}

QStringList ReviewDock::queue() const
{
    QStringList uids;
    for (const ReviewQueueModel::Row &row : m_queueModel->rows())
        uids << row.uid;
    return uids;
}

QString ReviewDock::message() const
{
    return m_message->text();
}

QString ReviewDock::changesText() const
{
    return m_changes->toPlainText();
}

QString ReviewDock::changesHtml() const
{
    return m_changes->toHtml();
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
