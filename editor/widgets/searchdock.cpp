#include "searchdock.h"

#include "document/entitylabels.h"
#include "document/projectdocument.h"
#include "document/replaceall.h"
#include "forms/enumlabels.h"
#include "forms/fieldtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kd {
namespace {

constexpr int maxResults = 500;

enum Role { KindRole = Qt::UserRole + 1, UidRole, FieldRole };

// The snippet as plain text, the match set off by guillemets.
QString readableSnippet(QString snippet)
{
    snippet.replace(ProjectStore::matchStart, u'\u00ab');
    snippet.replace(ProjectStore::matchEnd, u'\u00bb');
    return snippet.simplified();
}

// The field's label as the form shows it; the stored name when the form has no such field.
QString fieldLabel(EntityKind kind, const QString &name)
{
    const FieldSpec *spec = FieldTable::field(kind, name);
    return spec ? spec->label() : name;
}

} // namespace

SearchDock::SearchDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_document(document)
    , m_query(new QLineEdit(this))
    , m_replacement(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchDock"));
    m_query->setPlaceholderText(tr("Find in the whole project"));
    m_query->setClearButtonEnabled(true);
    setFocusProxy(m_query);
    m_results->setHeaderLabels({tr("Where"), tr("Field"), tr("Context")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_query);
    m_replacement->setPlaceholderText(tr("Replace with"));
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), this);
    replaceAllButton->setToolTip(tr("Replace the text in every field of the project, as one step "
                                    "that Undo takes back"));
    auto *replaceRow = new QHBoxLayout;
    replaceRow->addWidget(m_replacement);
    replaceRow->addWidget(replaceAllButton);
    layout->addLayout(replaceRow);
    connect(replaceAllButton, &QPushButton::clicked, this, [this] {
        if (m_query->text().isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Replace All"),
            tr("Replace \u201c%1\u201d with \u201c%2\u201d in every text field of the project?")
                .arg(m_query->text(), m_replacement->text()));
        if (answer == QMessageBox::Yes)
            replaceAll(m_replacement->text());
    });
    layout->addWidget(m_results);
    layout->addWidget(m_status);
    setWidget(content);

    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_delay.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDock::searchNow);
    connect(&m_delay, &QTimer::timeout, this, &SearchDock::searchNow);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit resultActivated(EntityKind(item->data(0, KindRole).toInt()),
                             item->data(0, UidRole).toString(),
                             item->data(0, FieldRole).toString());
    });
    // The index follows every edit; so do the results, once the user pauses.
    for (auto signal : {&ProjectDocument::projectChanged})
        connect(document, signal, this, &SearchDock::searchNow);
    auto enableEdits = [this, replaceAllButton] {
        const bool editable = m_document->isOpen() && !m_document->isReadOnly();
        m_replacement->setEnabled(editable);
        replaceAllButton->setEnabled(editable);
    };
    connect(document, &ProjectDocument::projectChanged, this, enableEdits);
    enableEdits();
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_query->text().isEmpty())
            m_delay.start();
    });
}

int SearchDock::replaceAll(const QString &replacement)
{
    const QString find = m_query->text();
    const int changed = ReplaceAll::run(m_document, find, replacement);
    m_query->setText(replacement.isEmpty() ? find : replacement);
    searchNow();
    m_status->setText(changed == 1 ? tr("Replaced in 1 field")
                                   : tr("Replaced in %1 fields").arg(changed));
    return changed;
}

void SearchDock::setQuery(const QString &query)
{
    m_query->setText(query);
}

void SearchDock::searchNow()
{
    m_delay.stop();
    m_results->clear();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty() || !m_document->isOpen()) {
        m_status->clear();
        return;
    }
    QList<SearchHit> hits;
    if (!m_document->search(query, maxResults, &hits)) {
        m_status->setText(tr("Search failed: %1").arg(m_document->lastError()));
        return;
    }
    for (const SearchHit &hit : std::as_const(hits)) {
        const QString label = EntityLabels::label(*m_document, hit.kind, hit.uid);
        auto *item = new QTreeWidgetItem(
            m_results, {tr("%1: %2").arg(EnumLabels::kindLabel(hit.kind),
                                         label.isEmpty() ? tr("(untitled)") : label.simplified()),
                        fieldLabel(hit.kind, hit.field), readableSnippet(hit.snippet)});
        item->setData(0, KindRole, int(hit.kind));
        item->setData(0, UidRole, hit.uid);
        item->setData(0, FieldRole, hit.field);
        item->setToolTip(2, readableSnippet(hit.snippet));
    }
    m_status->setText(
        hits.size() >= maxResults
            ? tr("The first %1 results").arg(maxResults)
            : (hits.size() == 1 ? tr("1 result") : tr("%1 results").arg(hits.size())));
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
}

} // namespace kd
