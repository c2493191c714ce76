#include "lawregisterdock.h"

#include "document/projectdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kd {
namespace {

constexpr int UidRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;
constexpr int KindRole = Qt::UserRole + 3;

// The order of the status column: what needs attention first.
int urgency(LawRegister::Status status)
{
    switch (status) {
    case LawRegister::Status::Expired:
        return 0;
    case LawRegister::Status::ReviewDue:
        return 1;
    case LawRegister::Status::ReviewSoon:
        return 2;
    case LawRegister::Status::NotYetInForce:
        return 3;
    case LawRegister::Status::Current:
        return 4;
    }
    return 5;
}

QStandardItem *item(const QString &text, const QVariant &sortKey)
{
    auto *it = new QStandardItem(text);
    it->setEditable(false);
    it->setData(sortKey, SortRole);
    return it;
}

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace

LawRegisterDock::LawRegisterDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Law Register"), parent)
    , m_document(document)
    , m_show(new QComboBox)
    , m_filter(new QLineEdit)
    , m_summary(new QLabel)
    , m_model(new QStandardItemModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_citing(new QTreeWidget)
    , m_asOf(QDate::currentDate())
{
    setObjectName(QStringLiteral("lawRegisterDock"));
    m_show->setObjectName(QStringLiteral("lawRegisterShow"));
    m_show->addItem(tr("All sources"), int(Show::All));
    m_show->addItem(tr("Review due within %1 days").arg(LawRegister::SoonDays), int(Show::DueSoon));
    m_show->addItem(tr("Changed since an approval"), int(Show::Changed));
    m_filter->setObjectName(QStringLiteral("lawRegisterFilter"));
    m_filter->setPlaceholderText(tr("Filter by title"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("lawRegisterSummary"));
    m_summary->setWordWrap(true);
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_show->setMinimumContentsLength(12);

    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels({tr("Source"), tr("Status"), tr("Version checked"),
                                        tr("Review by"), tr("Cited by"),
                                        tr("Changed since approval")});
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("lawRegisterTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourceColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Legal sources"));

    m_citing->setObjectName(QStringLiteral("lawRegisterCiting"));
    m_citing->setColumnCount(2);
    m_citing->setHeaderLabels({tr("Cited by"), tr("Since its approval")});
    m_citing->setRootIsDecorated(false);
    m_citing->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_citing->header()->setStretchLastSection(false);
    m_citing->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_citing->setAccessibleName(tr("What cites the selected source"));

    auto *controls = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"));
    showLabel->setBuddy(m_show);
    controls->addWidget(showLabel);
    controls->addWidget(m_show);
    controls->addWidget(m_filter, 1);
    // Beside each other: the dock shares the bottom with validation and search, which are wide
    // and low.
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_citing);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 400});
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    setWidget(body);

    m_delay.setSingleShot(true);
    m_delay.setInterval(400);
    connect(&m_delay, &QTimer::timeout, this, &LawRegisterDock::refreshNow);
    connect(m_show, &QComboBox::currentIndexChanged, this, &LawRegisterDock::fillTable);
    connect(m_filter, &QLineEdit::textChanged, this, &LawRegisterDock::fillTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LawRegisterDock::showCiting);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit entityActivated(EntityKind::LegalSource,
                             index.siblingAtColumn(SourceColumn).data(UidRole).toString());
    });
    connect(m_citing, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *it) {
        emit entityActivated(EntityKind(it->data(0, KindRole).toInt()),
                             it->data(0, UidRole).toString());
    });
    // Anything that can change a source, what cites it, or which approvals count.
    connect(m_document, &ProjectDocument::projectChanged, this, &LawRegisterDock::refreshNow);
    connect(m_document, &ProjectDocument::entityChanged, this, &LawRegisterDock::scheduleRefresh);
    connect(m_document, &ProjectDocument::entityInserted, this, &LawRegisterDock::scheduleRefresh);
    connect(m_document, &ProjectDocument::entityRemoved, this, &LawRegisterDock::scheduleRefresh);
    connect(m_document, &ProjectDocument::entityMoved, this, &LawRegisterDock::scheduleRefresh);
    connect(m_document, &ProjectDocument::reviewsChanged, this, &LawRegisterDock::scheduleRefresh);
    connect(m_document, &ProjectDocument::trustedReviewersChanged, this,
            &LawRegisterDock::scheduleRefresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            refreshNow();
    });
    refreshNow();
}

void LawRegisterDock::setAsOf(const QDate &day)
{
    m_asOf = day;
    refreshNow();
}

void LawRegisterDock::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void LawRegisterDock::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void LawRegisterDock::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_delay.start();
}

void LawRegisterDock::refreshNow()
{
    m_delay.stop();
    m_stale = false;
    m_entries.clear();
    if (m_document->isOpen()) {
        const Project &project = m_document->project();
        LawRegister lawRegister(project, m_asOf);
        for (const Scenario &s : project.scenarios)
            lawRegister.addScenario(s);
        m_entries = lawRegister.entries();
    }
    fillTable();
}

QString LawRegisterDock::statusWords(LawRegister::Status status) const
{
    switch (status) {
    case LawRegister::Status::Current:
        return tr("Current");
    case LawRegister::Status::ReviewSoon:
        return tr("Review soon");
    case LawRegister::Status::ReviewDue:
        return tr("Review due");
    case LawRegister::Status::NotYetInForce:
        return tr("Not yet in force");
    case LawRegister::Status::Expired:
        return tr("Expired");
    }
    return {};
}

void LawRegisterDock::fillTable()
{
    const QString selected
        = m_table->currentIndex().siblingAtColumn(SourceColumn).data(UidRole).toString();
    const Show show = Show(m_show->currentData().toInt());
    const QString filter = m_filter->text().simplified();
    int due = 0;
    int changed = 0;
    m_model->removeRows(0, m_model->rowCount());
    for (const LawRegister::Entry &e : std::as_const(m_entries)) {
        const bool isDue = e.daysToReview && *e.daysToReview <= LawRegister::SoonDays;
        const bool isChanged = !e.changedSinceApproval.isEmpty();
        due += isDue ? 1 : 0;
        changed += isChanged ? 1 : 0;
        if ((show == Show::DueSoon && !isDue) || (show == Show::Changed && !isChanged))
            continue;
        if (!filter.isEmpty() && !e.title.contains(filter, Qt::CaseInsensitive)
            && !e.key.contains(filter, Qt::CaseInsensitive))
            continue;
        const QString title = e.title.simplified().isEmpty() ? e.key : e.title.simplified();
        QStandardItem *source = item(title, title.toLower());
        source->setData(e.uid, UidRole);
        QStringList tip{title};
        if (!e.citation.isEmpty())
            tip << e.citation;
        if (!e.link.isEmpty())
            tip << e.link;
        source->setToolTip(tip.join(QLatin1Char('\n')).toHtmlEscaped());
        QStandardItem *status = item(statusWords(e.status), urgency(e.status));
        if (e.daysToReview) {
            const int days = *e.daysToReview;
            status->setToolTip(days < 0 ? tr("Review was due %n day(s) ago", nullptr, -days)
                                        : tr("Review due in %n day(s)", nullptr, days));
        }
        QStandardItem *cited = item(QString::number(e.citedBy.size()), int(e.citedBy.size()));
        QStandardItem *changedItem
            = item(isChanged ? QString::number(e.changedSinceApproval.size()) : QString(),
                   int(e.changedSinceApproval.size()));
        if (isChanged)
            changedItem->setToolTip(
                tr("Approved dilemmas that cite this source were approved before it changed."));
        m_model->appendRow({source, status, item(dayText(e.versionDate), dayText(e.versionDate)),
                            item(dayText(e.reviewBy), dayText(e.reviewBy)), cited, changedItem});
    }
    m_summary->setText(tr("As of %1: legal sources %2; due for review within %3 days %4; changed "
                          "since an approval %5.")
                           .arg(QLocale().toString(m_asOf, QLocale::ShortFormat))
                           .arg(m_entries.size())
                           .arg(LawRegister::SoonDays)
                           .arg(due)
                           .arg(changed));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    if (!selected.isEmpty())
        selectSource(selected);
    showCiting();
}

void LawRegisterDock::showCiting()
{
    m_citing->clear();
    const QString uid
        = m_table->currentIndex().siblingAtColumn(SourceColumn).data(UidRole).toString();
    for (const LawRegister::Entry &e : std::as_const(m_entries)) {
        if (e.uid != uid)
            continue;
        QStringList changed;
        for (const LawRegister::Citing &c : e.changedSinceApproval)
            changed << c.uid;
        for (const LawRegister::Citing &c : e.citedBy) {
            const QString title = c.title.simplified();
            auto *it = new QTreeWidgetItem(m_citing);
            it->setText(0, c.kind == EntityKind::Dilemma ? tr("Dilemma: %1").arg(title)
                                                         : tr("Professional: %1").arg(title));
            it->setToolTip(0, c.path.toHtmlEscaped());
            it->setData(0, UidRole, c.uid);
            it->setData(0, KindRole, int(c.kind));
            if (changed.contains(c.uid))
                it->setText(1, tr("Law changed"));
        }
    }
}

QString LawRegisterDock::summary() const
{
    return m_summary->text();
}

QStringList LawRegisterDock::listedUids() const
{
    QStringList uids;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        uids << m_sorted->index(row, SourceColumn).data(UidRole).toString();
    return uids;
}

bool LawRegisterDock::selectSource(const QString &uid)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, SourceColumn);
        if (index.data(UidRole).toString() == uid) {
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace kd
