#include "validationdock.h"

#include "document/validationrunner.h"
#include "models/issuelistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace kd {
namespace {

// Shows the issues whose severity is switched on.
class SeverityFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShown(Issue::Severity severity, bool shown)
    {
        m_shown[int(severity)] = shown;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const int severity
            = sourceModel()->index(row, 0, parent).data(IssueListModel::SeverityRole).toInt();
        return severity >= 0 && severity < 3 && m_shown[severity];
    }

private:
    bool m_shown[3] = {true, true, true};
};

QString plural(int n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

ValidationDock::ValidationDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Validation"), parent)
    , m_model(new IssueListModel(this))
    , m_filter(new SeverityFilter(this))
    , m_view(new QTreeView(this))
    , m_runner(new ValidationRunner(document, this))
    , m_errors(new QToolButton(this))
    , m_warnings(new QToolButton(this))
    , m_infos(new QToolButton(this))
{
    setObjectName(QStringLiteral("validationDock"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(IssueListModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->resizeSection(IssueListModel::PathColumn, 320);
    m_view->header()->resizeSection(IssueListModel::RuleColumn, 190);
    fitSeverityColumn();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const std::pair<QToolButton *, Issue::Severity> buttons[] = {
        {m_errors, Issue::Severity::Error},
        {m_warnings, Issue::Severity::Warning},
        {m_infos, Issue::Severity::Info},
    };
    for (const auto &[button, severity] : buttons) {
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, [this, severity = severity](bool on) {
            static_cast<SeverityFilter *>(m_filter)->setShown(severity, on);
        });
        bar->addWidget(button);
    }
    bar->addStretch();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_runner, &ValidationRunner::projectChecked, m_model, &IssueListModel::setIssues);
    connect(m_runner, &ValidationRunner::entityChecked, m_model, &IssueListModel::replaceIssues);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ValidationDock::updateCounts);
    // A check that finds the same issues changes no rows, but the status bar must still show it.
    connect(m_runner, &ValidationRunner::projectChecked, this, &ValidationDock::updateCounts);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit issueActivated(EntityKind(index.data(IssueListModel::KindRole).toInt()),
                            index.data(IssueListModel::UidRole).toString(),
                            index.data(IssueListModel::FieldRole).toString());
    });
    updateCounts();
}

void ValidationDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitSeverityColumn();
}

// Wide enough for the longest severity word of the language in use ("Waarschuwing" is much
// wider than "Warning") with its icon, and for the header, whatever rows are shown: measured as
// the view's delegate measures an item, so that no word is elided.
void ValidationDock::fitSeverityColumn()
{
    QStyle *style = m_view->style();
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.decorationPosition = QStyleOptionViewItem::Left;
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(icon, icon);
    int width = m_view->header()->sectionSizeHint(IssueListModel::SeverityColumn);
    for (const auto severity :
         {Issue::Severity::Error, Issue::Severity::Warning, Issue::Severity::Info}) {
        option.text = IssueListModel::severityLabel(severity);
        option.icon = IssueListModel::severityIcon(severity);
        width = std::max(
            width,
            style->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_view).width());
    }
    m_view->header()->resizeSection(IssueListModel::SeverityColumn, width);
}

QString ValidationDock::summary() const
{
    return tr("%1, %2, %3")
        .arg(plural(m_model->count(Issue::Severity::Error), tr("%1 error"), tr("%1 errors")),
             plural(m_model->count(Issue::Severity::Warning), tr("%1 warning"), tr("%1 warnings")),
             tr("%1 info").arg(m_model->count(Issue::Severity::Info)));
}

void ValidationDock::updateCounts()
{
    m_errors->setText(
        plural(m_model->count(Issue::Severity::Error), tr("%1 error"), tr("%1 errors")));
    m_warnings->setText(
        plural(m_model->count(Issue::Severity::Warning), tr("%1 warning"), tr("%1 warnings")));
    m_infos->setText(tr("%1 info").arg(m_model->count(Issue::Severity::Info)));
    emit summaryChanged(summary());
}

} // namespace kd
