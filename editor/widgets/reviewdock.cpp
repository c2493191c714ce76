#include "reviewdock.h"

#include "rolewords.h"

#include "commands/addreview.h"
#include "commands/addreviewnote.h"
#include "document/changewords.h"
#include "document/entitylabels.h"
#include "document/projectdocument.h"
#include "document/reviewwords.h"
#include "models/reviewqueuemodel.h"
#include "review/contentdiff.h"
#include "review/lawchanges.h"
#include "review/reviewledger.h"
#include "review/reviewthreads.h"
#include "settings/reviewerkeyring.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kd {
namespace {

QString stateText(const ReviewStatus &status)
{
    if (status.stale)
        return ReviewDock::tr("stale: changed since approval");
    if (status.isApprovedUnverified()) {
        switch (status.verdict) {
        case ApprovalVerdict::Counts:
            break;
        case ApprovalVerdict::Unsigned:
            return ReviewDock::tr("unverified: not signed");
        case ApprovalVerdict::UnknownKey:
            return ReviewDock::tr("unverified: key not trusted");
        case ApprovalVerdict::BadSignature:
            return ReviewDock::tr("unverified: signature does not verify");
        case ApprovalVerdict::OwnEdit:
            return ReviewDock::tr("unverified: approved by the last editor");
        }
    }
    return EntityLabels::reviewStateName(status.state);
}

using ReviewWords::shortDate;

// The uid of the question that opened a thread, and whether it is resolved, on its item.
constexpr int ThreadRole = Qt::UserRole;
constexpr int ResolvedRole = Qt::UserRole + 1;

// A line of the history: when, who, what.
struct HistoryRow
{
    QDateTime time;
    QStringList columns; // author, field, summary
    QString comment;     // a review's comment as written, for the summary's tooltip
};

// The review records of one entity as history rows, named from the trusted list.
QList<HistoryRow> reviewRows(const QList<Review> &history, const ApprovalTrust &trust)
{
    QList<HistoryRow> rows;
    for (const Review &review : history) {
        QString summary = EntityLabels::reviewStateName(review.state);
        const ApprovalVerdict verdict = trust.check(review);
        if (review.state == ReviewState::Approved && verdict != ApprovalVerdict::Counts
            && verdict != ApprovalVerdict::OwnEdit)
            summary += QStringLiteral(" (%1)").arg(ApprovalTrust::reason(verdict));
        if (!review.comment.trimmed().isEmpty())
            summary += QStringLiteral(": ") + review.comment.simplified();
        rows.append({review.time,
                     {trust.nameOf(review), ReviewDock::tr("review"), summary},
                     review.comment.trimmed()});
    }
    return rows;
}

// A review as the dock's latest-review line shows it: decision, who, when, and the comment as
// written (line breaks kept), which is what the editor acts on.
QString latestText(const Review &review, const ApprovalTrust &trust)
{
    QString text = ReviewDock::tr("Latest review: %1 by %2 on %3.")
                       .arg(EntityLabels::reviewStateName(review.state), trust.nameOf(review),
                            shortDate(review.time));
    if (!review.comment.trimmed().isEmpty())
        text += u'\n' + ReviewDock::tr("Comment: %1").arg(review.comment.trimmed());
    return text;
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

// A tooltip of text as written: Qt takes a tooltip that looks like markup for rich text, and a
// comment is never markup.
QString plainTip(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<qt>%1</qt>").arg(html(text));
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

ReviewDock::ReviewDock(ProjectDocument *document, ReviewerKeyring *keyring, QWidget *parent)
    : QDockWidget(tr("Review"), parent)
    , m_document(document)
    , m_queueModel(new ReviewQueueModel(this))
    , m_queue(new QTreeView)
    , m_comment(new QPlainTextEdit)
    , m_shown(new QComboBox)
    , m_filter(new QLineEdit)
    , m_submit(new QPushButton(tr("&Submit for Review")))
    , m_approve(new QPushButton(tr("&Approve")))
    , m_requestChanges(new QPushButton(tr("Request &changes")))
    , m_message(new QLabel)
    , m_status(new QLabel)
    , m_latest(new QLabel)
    , m_signer(new QLabel)
    , m_notice(new QLabel)
    , m_keyPreferences(new QPushButton(tr("Reviewer Key...")))
    , m_changes(new QTextBrowser)
    , m_history(new QTreeWidget)
    , m_threads(new QTreeWidget)
    , m_noteText(new QPlainTextEdit)
    , m_ask(new QPushButton(tr("As&k")))
    , m_answer(new QPushButton(tr("A&nswer")))
    , m_resolve(new QPushButton(tr("&Resolve")))
    , m_keyring(keyring)
{
    setObjectName(QStringLiteral("ReviewDock"));
    m_changes->setObjectName(QStringLiteral("reviewChanges"));
    m_changes->setOpenLinks(false);
    m_history->setHeaderLabels({tr("Time"), tr("Author"), tr("Field"), tr("Summary")});
    m_history->setRootIsDecorated(false);

    auto *changes = new QWidget;
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(new QLabel(tr("Changes since approval")));
    changesLayout->addWidget(m_changes);
    // The comments and the history share the bottom, as tabs: each gets the room, and the dock
    // still shrinks.
    m_lower = new QTabWidget;
    m_lower->setObjectName(QStringLiteral("reviewLower"));
    m_lower->setDocumentMode(true);
    auto *discussion = new QScrollArea;
    discussion->setWidget(createDiscussion());
    discussion->setWidgetResizable(true);
    discussion->setFrameShape(QFrame::NoFrame);
    m_lower->addTab(discussion, tr("Comments"));
    m_lower->addTab(m_history, tr("History"));
    // The queue and the actions scroll when the dock is made small; the dock can shrink as any.
    auto *top = new QScrollArea;
    top->setWidget(createTop());
    top->setWidgetResizable(true);
    top->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(changes);
    splitter->addWidget(m_lower);
    // The changes are what a reviewer reads: they get most of the room.
    splitter->setSizes({300, 260, 260});
    splitter->setStretchFactor(1, 2);
    setWidget(splitter);

    // Any edit can make an approval stale; any review changes the queue; trusting or no longer
    // trusting a key changes which approvals count, anywhere.
    auto refresh = [this] {
        showEverything();
    };
    connect(document, &ProjectDocument::projectChanged, this, &ReviewDock::startOver);
    connect(document, &ProjectDocument::reviewsChanged, this, refresh);
    connect(document, &ProjectDocument::reviewNotesChanged, this, [this](const QString &uid) {
        if (uid == m_current) {
            showThreads();
            showHistory();
        }
    });
    connect(document, &ProjectDocument::trustedReviewersChanged, this, refresh);
    connect(document, &ProjectDocument::entityChanged, this, refresh);
    connect(document, &ProjectDocument::entityInserted, this, refresh);
    connect(document, &ProjectDocument::entityRemoved, this, refresh);
    connect(document, &ProjectDocument::entityMoved, this, refresh);
    connect(keyring, &ReviewerKeyring::keyChanged, this, &ReviewDock::showSigner);
    // Preferences closed with another author name: the dock names the user by it at once.
    connect(document, &ProjectDocument::authorChanged, this, [this] {
        showSigner();
        showNotice();
    });
    showNotice();
    showEverything();
}

// The queue, the comment and the actions, the signing key, and the notice on four eyes.
QWidget *ReviewDock::createTop()
{
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setModel(m_queueModel);
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true); // no row is measured: the queue may hold 100,000
    m_queue->setMinimumHeight(110);
    m_queue->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_comment->setPlaceholderText(
        tr("Comment (required to request changes; a note to the reviewer when submitting)"));
    m_shown->setObjectName(QStringLiteral("reviewShown"));
    m_shown->addItem(tr("Waiting for review"), int(Show::Waiting));
    m_shown->addItem(tr("In review"), int(Show::InReview));
    m_shown->addItem(tr("Approved"), int(Show::Approved));
    m_shown->addItem(tr("All dilemmas and legal sources"), int(Show::All));
    m_shown->setToolTip(tr("Which dilemmas and legal sources the list shows"));
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setPlaceholderText(tr("Filter by title"));
    m_filter->setClearButtonEnabled(true);
    m_submit->setObjectName(QStringLiteral("reviewSubmit"));
    m_submit->setToolTip(tr("Put it in the reviewers' queue as in review"));
    m_comment->setMaximumHeight(80);
    for (QLabel *label : {m_message, m_status, m_latest, m_signer, m_notice})
        label->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_signer->setObjectName(QStringLiteral("reviewSigner"));
    m_keyPreferences->setObjectName(QStringLiteral("reviewKeyPreferences"));
    m_latest->setObjectName(QStringLiteral("reviewLatest"));
    // A comment is shown as typed, never as markup; it can be copied.
    m_latest->setTextFormat(Qt::PlainText);
    m_latest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_requestChanges->setObjectName(QStringLiteral("reviewRequestChanges"));
    m_notice->setObjectName(QStringLiteral("fourEyesNotice"));
    m_notice->setTextFormat(Qt::PlainText); // it holds a name as the user typed it
    m_notice->setForegroundRole(QPalette::PlaceholderText);

    auto *signer = new QHBoxLayout;
    signer->addWidget(m_signer, 1);
    signer->addWidget(m_keyPreferences);
    auto *shown = new QHBoxLayout;
    shown->addWidget(m_shown);
    shown->addWidget(m_filter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_requestChanges);
    buttons->addStretch();
    auto *top = new QWidget;
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(shown);
    layout->addWidget(m_queue, 1);
    layout->addSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_latest);
    layout->addWidget(m_comment);
    layout->addLayout(buttons);
    layout->addLayout(signer);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);

    connect(m_submit, &QPushButton::clicked, this, &ReviewDock::submitForReview);
    connect(m_approve, &QPushButton::clicked, this, &ReviewDock::approve);
    connect(m_shown, &QComboBox::currentIndexChanged, this, [this] { rebuildQueue(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { rebuildQueue(); });
    connect(m_requestChanges, &QPushButton::clicked, this, &ReviewDock::requestChanges);
    connect(m_keyPreferences, &QPushButton::clicked, this, &ReviewDock::preferencesRequested);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_current = current.data(ReviewQueueModel::UidRole).toString();
                m_currentKind = EntityKind(current.data(ReviewQueueModel::KindRole).toInt());
                m_message->clear();
                showStatus();
                showLatest();
                showChanges();
                showHistory();
                showThreads();
                updateButtons();
                // Selecting an item opens it: the reviewer reads it in the form, and the keys
                // stay in the queue.
                emit entitySelected(m_currentKind, m_current);
            });
    connect(m_queue, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit entityActivated(EntityKind(index.data(ReviewQueueModel::KindRole).toInt()),
                             index.data(ReviewQueueModel::UidRole).toString());
    });
    return top;
}

// The current entity's threads, the note box, and Ask, Answer and Resolve.
QWidget *ReviewDock::createDiscussion()
{
    m_threads->setObjectName(QStringLiteral("reviewThreads"));
    m_threads->setHeaderLabels({tr("Comment"), tr("By"), tr("Date")});
    m_threads->setWordWrap(true);
    m_threads->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_threads->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_threads->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_threads->header()->setStretchLastSection(false);
    m_noteText->setObjectName(QStringLiteral("reviewNoteText"));
    m_noteText->setPlaceholderText(
        tr("A question about this item, or an answer to the selected thread"));
    m_noteText->setMaximumHeight(70);
    m_ask->setObjectName(QStringLiteral("reviewAsk"));
    m_ask->setToolTip(tr("Start a new thread with this question"));
    m_answer->setObjectName(QStringLiteral("reviewAnswer"));
    m_answer->setToolTip(tr("Answer the selected thread"));
    m_resolve->setObjectName(QStringLiteral("reviewResolve"));
    m_resolve->setToolTip(tr("Close the selected thread; the text, if any, says how it was "
                             "resolved"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ask);
    buttons->addWidget(m_answer);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    auto *discussion = new QWidget;
    auto *layout = new QVBoxLayout(discussion);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_threads, 1);
    layout->addWidget(m_noteText);
    layout->addLayout(buttons);
    connect(m_ask, &QPushButton::clicked, this, [this] { askQuestion(m_noteText->toPlainText()); });
    connect(m_answer, &QPushButton::clicked, this,
            [this] { answer(selectedThread(), m_noteText->toPlainText()); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolve(selectedThread()); });
    connect(m_threads, &QTreeWidget::currentItemChanged, this, &ReviewDock::updateButtons);
    return discussion;
}

void ReviewDock::showEverything()
{
    rebuildQueue();
    showStatus();
    showLatest();
    showChanges();
    showHistory();
    showThreads();
    showSigner();
    updateButtons(); // another project may have another login
}

// A project opened or closed: nothing of the one before is current, said or half-typed.
void ReviewDock::startOver()
{
    m_current.clear();
    m_currentKind = EntityKind::Project;
    m_message->clear();
    m_comment->clear();
    m_noteText->clear();
    showNotice(); // a server project names the user by its login
    showEverything();
}

void ReviewDock::rebuildQueue()
{
    const QSignalBlocker blocker(m_queue->selectionModel());
    if (!m_document->isOpen()) {
        m_queueModel->setRows({});
        return;
    }
    // Only what the queue shows of each listed entity: at 100,000 dilemmas a list of whole
    // statuses (each with its latest approval) was tens of MB on top of the project.
    const auto shown = Show(m_shown->currentData().toInt());
    QList<ReviewQueueModel::Row> first;
    QList<ReviewQueueModel::Row> submitted;
    QList<ReviewQueueModel::Row> rest;
    QHash<QString, QString> stateTexts; // one shared copy of each text, not one per row
    const ReviewLedger ledger(m_document->project());
    const LawChanges law(m_document->project(), ledger.trust());
    ledger.forEachStatus([&](const ReviewStatus &status) {
        // An approved dilemma whose law changed since waits for its reviewer again.
        const bool lawChanged
            = status.kind == EntityKind::Dilemma && status.isApprovedAndCurrent() && [&] {
                  const Dilemma *d = m_document->find<Dilemma>(status.entityUid);
                  return d && !law.changedSinceApproval(*d).isEmpty();
              }();
        const bool current = status.isApprovedAndCurrent() && !lawChanged;
        const bool listed = [&] {
            switch (shown) {
            case Show::Waiting:
                return !current;
            case Show::InReview:
                return status.state == ReviewState::InReview;
            case Show::Approved:
                return current;
            case Show::All:
                break;
            }
            return true;
        }();
        if (!listed)
            return;
        const QString text = lawChanged ? tr("law changed since approval") : stateText(status);
        const auto known = stateTexts.constFind(text);
        // Stale and unverified approvals, and law changed since, first: content taken for
        // approved that is not. Then
        // what editors submitted, which they wait for.
        QList<ReviewQueueModel::Row> &list
            = status.stale || status.isApprovedUnverified() || lawChanged ? first
              : status.state == ReviewState::InReview                     ? submitted
                                                                          : rest;
        list.append({status.entityUid, status.kind, QString(),
                     known != stateTexts.cend() ? *known : *stateTexts.insert(text, text)});
    });
    first.append(std::move(submitted));
    first.append(std::move(rest));
    const QHash<QString, QString> labels = EntityLabels::reviewableLabels(m_document->project());
    const QString filter = m_filter->text().trimmed();
    for (ReviewQueueModel::Row &row : first)
        row.label = labels.value(row.uid);
    if (!filter.isEmpty())
        first.removeIf([&filter](const ReviewQueueModel::Row &row) {
            return !row.label.contains(filter, Qt::CaseInsensitive);
        });
    m_queueModel->setRows(std::move(first));
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
    const ReviewLedger ledger(m_document->project());
    // The review records stand for the log's review rows, with the trusted list's names; the
    // log's rows keep the withdrawals (Undo), which leave no record.
    QList<HistoryRow> rows = reviewRows(ledger.historyOf(m_current), ledger.trust());
    for (const ChangeLogEntry &entry : m_document->project().changeLog) {
        if (entry.entityUid != m_current)
            continue;
        // The log's review rows stand for the records; its rows of withdrawals and of the
        // threads' notes are shown as they are.
        if (entry.field == QLatin1String("review")
            && entry.summary.startsWith(QLatin1String("review: ")))
            continue;
        rows.append({entry.time,
                     {entry.author, ChangeWords::field(m_currentKind, entry),
                      ChangeWords::summary(*m_document, m_currentKind, entry)},
                     {}});
    }
    // Newest first: what a reviewer wants to see is what changed last.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const HistoryRow &a, const HistoryRow &b) { return a.time > b.time; });
    for (const HistoryRow &row : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(m_history, QStringList{shortDate(row.time)} + row.columns);
        item->setToolTip(3, plainTip(row.comment));
    }
}

void ReviewDock::showStatus()
{
    m_status->setText(ReviewWords::status(*m_document, m_current));
}

void ReviewDock::showLatest()
{
    m_latest->clear();
    if (m_document->isOpen() && !m_current.isEmpty()) {
        const ReviewLedger ledger(m_document->project());
        const QList<Review> history = ledger.historyOf(m_current);
        if (!history.isEmpty())
            m_latest->setText(latestText(history.constLast(), ledger.trust()));
    }
    m_latest->setVisible(!m_latest->text().isEmpty());
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
    const QString since = tr("the approval by %1 on %2")
                              .arg(ledger.trust().nameOf(approval), shortDate(approval.time));
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

// Which key signs, and whether this project trusts it; a way to Preferences when there is none.
void ReviewDock::showSigner()
{
    QString error;
    const std::optional<PublicKey> key = m_keyring->publicKey(&error);
    if (!key) {
        m_signer->setText(ReviewerKeyring::keyFile().isEmpty()
                              ? tr("No reviewer key: approvals are signed with your key. "
                                   "Create one or choose yours in the preferences.")
                              : tr("Your reviewer key cannot be used: %1").arg(error));
        m_keyPreferences->setVisible(true);
        return;
    }
    const QString fingerprint = key->fingerprint();
    const TrustedReviewer *trusted = nullptr;
    for (const TrustedReviewer &t : m_document->project().trustedReviewers) {
        if (t.fingerprint == fingerprint)
            trusted = &t;
    }
    const QString conflict = trusted ? AddReview::nameConflict(m_document, *trusted) : QString();
    if (!m_document->isOpen())
        m_signer->setText(
            tr("Signing with the key of %1 (%2).").arg(key->name, shortFingerprint(fingerprint)));
    else if (!conflict.isEmpty())
        m_signer->setText(conflict);
    else if (trusted)
        m_signer->setText(tr("Signing as %1 (key %2), a trusted reviewer of this project.")
                              .arg(trusted->name, shortFingerprint(fingerprint)));
    else
        m_signer->setText(tr("Your key (%1, %2) is not among this project's trusted reviewers, "
                             "so you cannot approve here yet.")
                              .arg(key->name, shortFingerprint(fingerprint)));
    // The preferences set the author name: the way there while the names differ.
    m_keyPreferences->setVisible(!conflict.isEmpty());
}

// What four eyes can know in a project file, naming the user as their edits are recorded.
void ReviewDock::showNotice()
{
    // A server checks who is who: there the notice does not hold.
    m_notice->setVisible(!m_document->isServer());
    const QString author = m_document->author().trimmed();
    m_notice->setText(
        author.isEmpty()
            ? tr("In a project file, the name that edits are recorded under is each person's own "
                 "setting, not a checked identity; four eyes compares it with the reviewer's "
                 "name.")
            : tr("In a project file, your edits and reviews are recorded under your author name, "
                 "%1: your own setting (Edit > Preferences), not a checked identity. Four eyes "
                 "compares it with the name of whoever made the last change.")
                  .arg(author));
}

void ReviewDock::updateButtons()
{
    // A server records reviews only from kd_reviewer's members: the others learn it here.
    const bool allowed = RoleWords::canReview(m_document->identity());
    const bool reviewable
        = allowed && m_document->isOpen() && !m_document->isReadOnly()
          && (m_currentKind == EntityKind::Dilemma || m_currentKind == EntityKind::LegalSource)
          && !m_current.isEmpty();
    const QString why = allowed ? QString() : notAReviewer();
    for (QPushButton *button : {m_approve, m_requestChanges}) {
        button->setEnabled(reviewable);
        button->setToolTip(why);
    }
    const bool editable = RoleWords::canEdit(m_document->identity());
    const bool submittable
        = editable && m_document->isOpen() && !m_document->isReadOnly()
          && (m_currentKind == EntityKind::Dilemma || m_currentKind == EntityKind::LegalSource)
          && !m_current.isEmpty();
    m_submit->setEnabled(submittable);
    m_comment->setEnabled(reviewable || submittable);
    // Editors and reviewers discuss; a resolved thread takes no more notes.
    const bool discusses
        = (editable || allowed) && m_document->isOpen() && !m_document->isReadOnly()
          && (m_currentKind == EntityKind::Dilemma || m_currentKind == EntityKind::LegalSource)
          && !m_current.isEmpty();
    const QTreeWidgetItem *thread = m_threads->currentItem();
    while (thread && thread->parent())
        thread = thread->parent();
    const bool open = thread && !thread->data(0, ResolvedRole).toBool();
    m_ask->setEnabled(discusses);
    m_answer->setEnabled(discusses && open);
    m_resolve->setEnabled(discusses && open);
    m_noteText->setEnabled(discusses);
}

QString ReviewDock::notAReviewer()
{
    return tr("Only members of kd_reviewer review on this server");
}

void ReviewDock::setCurrentEntity(EntityKind kind, const QString &uid)
{
    m_current = uid;
    m_currentKind = kind;
    m_message->clear();
    selectCurrentInQueue();
    showStatus();
    showLatest();
    showChanges();
    showHistory();
    showThreads();
    updateButtons();
}

QStringList ReviewDock::queue() const
{
    QStringList uids;
    for (const ReviewQueueModel::Row &row : m_queueModel->rows())
        uids << row.uid;
    return uids;
}

QStringList ReviewDock::queueStates() const
{
    QStringList states;
    for (const ReviewQueueModel::Row &row : m_queueModel->rows())
        states << row.state;
    return states;
}

QString ReviewDock::message() const
{
    return m_message->text();
}

QString ReviewDock::statusText() const
{
    return m_status->text();
}

QString ReviewDock::latestReviewText() const
{
    return m_latest->text();
}

QString ReviewDock::changesText() const
{
    return m_changes->toPlainText();
}

QString ReviewDock::changesHtml() const
{
    return m_changes->toHtml();
}

QList<QStringList> ReviewDock::historyRows() const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_history->topLevelItem(i);
        rows.append({item->text(1), item->text(2), item->text(3)});
    }
    return rows;
}

bool ReviewDock::approve()
{
    return decide(true);
}

bool ReviewDock::requestChanges()
{
    return decide(false);
}

void ReviewDock::setShown(Show show)
{
    m_shown->setCurrentIndex(m_shown->findData(int(show)));
}

void ReviewDock::setQueueFilter(const QString &text)
{
    m_filter->setText(text);
}

void ReviewDock::showThreads()
{
    const QString selected = selectedThread();
    m_threads->clear();
    m_lower->setTabText(0, tr("Comments"));
    if (!m_document->isOpen() || m_current.isEmpty())
        return;
    const QList<ReviewThread> threads
        = ReviewThreads::of(m_current, m_document->project().reviewNotes);
    const auto open = std::count_if(threads.cbegin(), threads.cend(),
                                    [](const ReviewThread &t) { return !t.resolved(); });
    if (open > 0)
        m_lower->setTabText(0, tr("Comments (%n open)", nullptr, int(open)));
    QTreeWidgetItem *current = nullptr;
    for (const ReviewThread &thread : threads) {
        auto *item = new QTreeWidgetItem(m_threads,
                                         {thread.question.text.simplified(), thread.question.author,
                                          shortDate(thread.question.time)});
        item->setData(0, ThreadRole, thread.question.uid);
        item->setData(0, ResolvedRole, thread.resolved());
        item->setToolTip(0, plainTip(thread.question.text));
        if (thread.resolved()) {
            // A closed thread reads as such without colour too.
            item->setText(0, tr("Resolved: %1").arg(thread.question.text.simplified()));
            item->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
        for (const ReviewNote &reply : thread.replies) {
            const QString text = reply.kind == ReviewNoteKind::Resolution
                                     ? (reply.text.trimmed().isEmpty()
                                            ? tr("Resolved")
                                            : tr("Resolved: %1").arg(reply.text.simplified()))
                                     : reply.text.simplified();
            auto *child = new QTreeWidgetItem(item, {text, reply.author, shortDate(reply.time)});
            child->setToolTip(0, plainTip(reply.text));
        }
        // Open threads unfolded: what still needs an answer is in view.
        item->setExpanded(!thread.resolved());
        if (thread.question.uid == selected)
            current = item;
    }
    if (current)
        m_threads->setCurrentItem(current);
}

QString ReviewDock::selectedThread() const
{
    const QTreeWidgetItem *item = m_threads->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, ThreadRole).toString() : QString();
}

bool ReviewDock::askQuestion(const QString &text)
{
    return addNote(QString(), ReviewNoteKind::Question, text);
}

bool ReviewDock::answer(const QString &threadUid, const QString &text)
{
    return addNote(threadUid, ReviewNoteKind::Answer, text);
}

bool ReviewDock::resolve(const QString &threadUid)
{
    return addNote(threadUid, ReviewNoteKind::Resolution, m_noteText->toPlainText());
}

bool ReviewDock::addNote(const QString &threadUid, ReviewNoteKind kind, const QString &text)
{
    if (kind != ReviewNoteKind::Question && threadUid.isEmpty()) {
        m_message->setText(tr("Select the thread to answer or resolve first."));
        return false;
    }
    QString reason;
    auto command = AddReviewNote::make(m_document, m_current, threadUid, kind, text, &reason);
    if (!command) {
        m_message->setText(reason);
        return false;
    }
    const QString thread = kind == ReviewNoteKind::Question ? command->note().uid : threadUid;
    m_document->undoStack()->push(command.release());
    m_noteText->clear();
    // The thread stays selected, for its next answer.
    for (int i = 0; i < m_threads->topLevelItemCount(); ++i) {
        if (m_threads->topLevelItem(i)->data(0, ThreadRole).toString() == thread)
            m_threads->setCurrentItem(m_threads->topLevelItem(i));
    }
    m_message->clear();
    return true;
}

QList<QStringList> ReviewDock::threadRows() const
{
    QList<QStringList> rows;
    for (int i = 0; i < m_threads->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *thread = m_threads->topLevelItem(i);
        rows.append({thread->text(0), thread->text(1),
                     thread->data(0, ResolvedRole).toBool() ? QStringLiteral("resolved")
                                                            : QStringLiteral("open")});
        for (int j = 0; j < thread->childCount(); ++j)
            rows.append(
                {QStringLiteral("  ") + thread->child(j)->text(0), thread->child(j)->text(1)});
    }
    return rows;
}

bool ReviewDock::submitForReview()
{
    QString reason;
    auto command = AddReview::submit(m_document, m_current, m_comment->toPlainText(), &reason);
    if (!command) {
        m_message->setText(reason);
        return false;
    }
    m_document->undoStack()->push(command.release());
    m_comment->clear();
    m_message->setText(tr("Submitted for review."));
    return true;
}

bool ReviewDock::decide(bool approve)
{
    if (!RoleWords::canReview(m_document->identity())) {
        m_message->setText(notAReviewer());
        return false;
    }
    QString reason;
    const std::optional<ReviewerKey> key = m_keyring->unlock(this, &reason);
    if (!key) {
        // No key, or one that cannot be read: say so, and offer the way to Preferences.
        m_message->setText(reason.isEmpty() ? tr("The key was not unlocked; nothing was recorded.")
                                            : reason);
        m_keyPreferences->setVisible(!reason.isEmpty());
        return false;
    }
    const QString comment = m_comment->toPlainText();
    auto command = approve
                       ? AddReview::approve(m_document, m_current, *key, comment, &reason)
                       : AddReview::requestChanges(m_document, m_current, *key, comment, &reason);
    if (!command) {
        m_message->setText(reason);
        return false;
    }
    m_document->undoStack()->push(command.release());
    m_comment->clear();
    m_message->setText(approve ? tr("Approved.") : tr("Changes requested."));
    return true;
}

} // namespace kd
