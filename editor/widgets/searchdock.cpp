#include "searchdock.h"

#include "document/entitylabels.h"
#include "document/projectdocument.h"
#include "forms/enumlabels.h"
#include "forms/fieldtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kd {
namespace {

constexpr int maxResults = 500;
// Whole words and a scope drop hits after the index found them: ask it for more.
constexpr int filteredLimit = 10000;
// The context: from a little before the first match, this many characters.
constexpr qsizetype contextLead = 40;
constexpr qsizetype contextLength = 140;
// Approved items a confirmation names; the others it counts.
constexpr qsizetype namedApprovals = 5;

enum Role { KindRole = Qt::UserRole + 1, UidRole, FieldRole };

// The snippet as plain text, the match set off by guillemets.
QString readableSnippet(QString snippet)
{
    snippet.replace(ProjectStore::matchStart, u'\u00ab');
    snippet.replace(ProjectStore::matchEnd, u'\u00bb');
    return snippet.simplified();
}

// Formatted text as a reader sees it: the Markdown syntax gone, a link's text kept and its
// address dropped.
QString plainText(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    return document.toPlainText().remove(QChar::ObjectReplacementCharacter);
}

// The field's label as the form shows it; the stored name when the form has no such field.
QString fieldLabel(EntityKind kind, const QString &name)
{
    const FieldSpec *spec = FieldTable::field(kind, name);
    return spec ? spec->label() : name;
}

// The field's text as a reader sees it; nullopt when the form does not know the field.
std::optional<QString> fieldText(const ProjectDocument &document, const SearchHit &hit)
{
    const FieldSpec *spec = FieldTable::field(hit.kind, hit.field);
    const std::optional<QVariant> value = spec ? spec->read(document, hit.uid) : std::nullopt;
    if (!value)
        return std::nullopt;
    return spec->type == FieldType::Markdown ? plainText(value->toString()) : value->toString();
}

// Where the query shows in text: its words side by side, or else each word, in text order.
QList<ReplaceAll::Span> matchesIn(const QString &text, const QString &query, bool wholeWords)
{
    QList<ReplaceAll::Span> spans = ReplaceAll::occurrences(text, query, wholeWords);
    if (!spans.isEmpty())
        return spans;
    for (const QString &word : query.simplified().split(u' ', Qt::SkipEmptyParts))
        spans += ReplaceAll::occurrences(text, word, wholeWords);
    std::sort(spans.begin(), spans.end(), [](const ReplaceAll::Span &a, const ReplaceAll::Span &b) {
        return a.start < b.start;
    });
    return spans;
}

// The part of text around its first match, every match in it set off by guillemets.
QString marked(const QString &text, const QList<ReplaceAll::Span> &spans)
{
    qsizetype from = spans.isEmpty() ? 0 : qMax<qsizetype>(0, spans.first().start - contextLead);
    if (from > 0)
        from = text.lastIndexOf(u' ', from) + 1; // a whole word first
    qsizetype to = qMin(text.size(), from + contextLength);
    if (!spans.isEmpty())
        to = qMax(to, spans.first().start + spans.first().length);
    QString result = from > 0 ? QStringLiteral("\u2026") : QString();
    qsizetype at = from;
    for (const ReplaceAll::Span &span : spans) {
        if (span.start < at) // overlaps the one before
            continue;
        if (span.start + span.length > to)
            break;
        result += text.mid(at, span.start - at) + u'\u00ab' + text.mid(span.start, span.length)
                  + u'\u00bb';
        at = span.start + span.length;
    }
    result += text.mid(at, to - at);
    return to < text.size() ? result + u'\u2026' : result;
}

} // namespace

SearchDock::SearchDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_document(document)
    , m_query(new QLineEdit(this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_scope(new QComboBox(this))
    , m_replacement(new QLineEdit(this))
    , m_replaceOne(new QPushButton(tr("Replace &This One"), this))
    , m_replaceAll(new QPushButton(tr("Replace &All"), this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchDock"));
    setFocusProxy(m_query);
    m_results->setHeaderLabels({tr("Where"), tr("Field"), tr("Context")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addLayout(makeFindRow());
    layout->addLayout(makeReplaceRow());
    layout->addWidget(m_results);
    layout->addWidget(m_status);
    setWidget(content);

    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    connectSignals();
    updatePlaceholder();
    updateEditing();
}

QLayout *SearchDock::makeFindRow()
{
    m_query->setClearButtonEnabled(true);
    m_wholeWords->setObjectName(QStringLiteral("searchWholeWords"));
    m_wholeWords->setToolTip(tr("Find whole words only: \u201ckeer\u201d does not find "
                                "\u201ckeren\u201d"));
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->addItem(tr("Everywhere"), int(EntityKind::Project));
    m_scope->addItem(tr("Current scenario"), int(EntityKind::Scenario));
    m_scope->addItem(tr("Current dilemma"), int(EntityKind::Dilemma));
    m_scope->setToolTip(tr("Where to search and replace: the whole project, or the scenario or "
                           "dilemma selected in the project tree with everything in it"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(m_wholeWords);
    row->addWidget(m_scope);
    return row;
}

QLayout *SearchDock::makeReplaceRow()
{
    m_replacement->setObjectName(QStringLiteral("searchReplacement"));
    m_replacement->setPlaceholderText(tr("Replace with"));
    m_replaceOne->setObjectName(QStringLiteral("searchReplaceOne"));
    m_replaceOne->setToolTip(tr("Replace the text in the selected result's field only, as one "
                                "step that Undo takes back"));
    m_replaceAll->setObjectName(QStringLiteral("searchReplaceAll"));
    m_replaceAll->setToolTip(tr("Replace the text wherever the search finds it, as one step "
                                "that Undo takes back"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_replacement, 1);
    row->addWidget(m_replaceOne);
    row->addWidget(m_replaceAll);
    return row;
}

void SearchDock::connectSignals()
{
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_delay.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, &SearchDock::searchNow);
    connect(&m_delay, &QTimer::timeout, this, &SearchDock::searchNow);
    connect(m_wholeWords, &QCheckBox::toggled, this, &SearchDock::searchNow);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholder();
        searchNow();
    });
    connect(m_replaceAll, &QPushButton::clicked, this, &SearchDock::replaceAllAsked);
    connect(m_replaceOne, &QPushButton::clicked, this, &SearchDock::replaceSelectedAsked);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit resultActivated(EntityKind(item->data(0, KindRole).toInt()),
                             item->data(0, UidRole).toString(),
                             item->data(0, FieldRole).toString());
    });
    connect(m_results, &QTreeWidget::currentItemChanged, this, &SearchDock::updateEditing);
    connect(m_document, &ProjectDocument::projectChanged, this, [this] {
        m_currentUid.clear();
        updateEditing();
        searchNow();
    });
    // The index follows every edit; so do the results, once the user pauses.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_query->text().isEmpty())
            m_delay.start();
    });
}

void SearchDock::updateEditing()
{
    const bool editable = m_document->isOpen() && !m_document->isReadOnly();
    m_replacement->setEnabled(editable);
    m_replaceAll->setEnabled(editable);
    m_replaceOne->setEnabled(editable && m_results->currentItem());
}

void SearchDock::updatePlaceholder()
{
    switch (EntityKind(m_scope->currentData().toInt())) {
    case EntityKind::Scenario:
        m_query->setPlaceholderText(tr("Find in the current scenario"));
        break;
    case EntityKind::Dilemma:
        m_query->setPlaceholderText(tr("Find in the current dilemma"));
        break;
    default:
        m_query->setPlaceholderText(tr("Find in the whole project"));
    }
}

void SearchDock::setQuery(const QString &query)
{
    m_query->setText(query);
}

QString SearchDock::query() const
{
    return m_query->text();
}

QString SearchDock::status() const
{
    return m_status->text();
}

void SearchDock::setCurrentEntity(EntityKind, const QString &uid)
{
    // Uids are unique over kinds: the uid alone finds the holders.
    const std::optional<ReplaceAll::Options> before = options();
    m_currentUid = uid;
    const std::optional<ReplaceAll::Options> after = options();
    const bool moved = before.has_value() != after.has_value()
                       || (before && before->scope.uid != after->scope.uid);
    if (moved && !m_query->text().trimmed().isEmpty())
        searchNow();
}

std::optional<ReplaceAll::Options> SearchDock::options() const
{
    ReplaceAll::Options options;
    options.wholeWords = m_wholeWords->isChecked();
    const auto holder = EntityKind(m_scope->currentData().toInt());
    if (holder == EntityKind::Project || !m_document->isOpen())
        return options;
    const std::optional<ReplaceAll::Scope> scope
        = ReplaceAll::holderOf(m_document->project(), holder, m_currentUid);
    if (!scope)
        return std::nullopt;
    options.scope = *scope;
    return options;
}

void SearchDock::searchNow()
{
    m_delay.stop();
    QTreeWidgetItem *current = m_results->currentItem();
    const QString keptUid = current ? current->data(0, UidRole).toString() : QString();
    const QString keptField = current ? current->data(0, FieldRole).toString() : QString();
    m_results->clear();
    const QString query = m_query->text().trimmed();
    const std::optional<ReplaceAll::Options> options = this->options();
    QList<SearchHit> hits;
    if (query.isEmpty() || !m_document->isOpen())
        m_status->clear();
    else if (!options)
        m_status->setText(m_scope->currentData().toInt() == int(EntityKind::Scenario)
                              ? tr("Select a scenario in the project tree, or anything in it, to "
                                   "search in it.")
                              : tr("Select a dilemma in the project tree, or one of its options "
                                   "or legal references, to search in it."));
    else if (!findHits(query, *options, &hits))
        m_status->setText(tr("Search failed: %1").arg(m_document->lastError()));
    else
        m_status->setText(
            hits.size() >= maxResults
                ? tr("The first %1 results").arg(maxResults)
                : (hits.size() == 1 ? tr("1 result") : tr("%1 results").arg(hits.size())));
    for (const SearchHit &hit : std::as_const(hits))
        addResult(hit, query);
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
    reselect(keptUid, keptField);
    updateEditing();
}

bool SearchDock::findHits(const QString &query, const ReplaceAll::Options &options,
                          QList<SearchHit> *hits)
{
    const bool everywhere = options.scope.kind == EntityKind::Project;
    if (!m_document->search(query, everywhere && !options.wholeWords ? maxResults : filteredLimit,
                            hits))
        return false;
    const QSet<QString> inScope
        = everywhere ? QSet<QString>() : ReplaceAll::uidsIn(m_document->project(), options.scope);
    hits->removeIf([&](const SearchHit &hit) {
        return (!everywhere && !inScope.contains(hit.uid))
               || (options.wholeWords && !holdsWholeWords(hit, query));
    });
    if (hits->size() > maxResults)
        hits->resize(maxResults);
    return true;
}

// Whether every word of the query is a whole word in the hit's field (as the index found the
// field, its Markdown included).
bool SearchDock::holdsWholeWords(const SearchHit &hit, const QString &query) const
{
    const FieldSpec *spec = FieldTable::field(hit.kind, hit.field);
    const std::optional<QVariant> value = spec ? spec->read(*m_document, hit.uid) : std::nullopt;
    if (!value)
        return true; // the index found it; nothing here can say otherwise
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
        return !ReplaceAll::occurrences(value->toString(), word, true).isEmpty();
    });
}

void SearchDock::addResult(const SearchHit &hit, const QString &query)
{
    const QString context = contextOf(hit, query);
    auto *item = new QTreeWidgetItem(
        m_results, {whereOf(hit.kind, hit.uid), fieldLabel(hit.kind, hit.field), context});
    item->setData(0, KindRole, int(hit.kind));
    item->setData(0, UidRole, hit.uid);
    item->setData(0, FieldRole, hit.field);
    item->setToolTip(2, context);
}

// The context of the hit as plain text around the match. The index's snippet is cut from the
// field's Markdown (it may begin inside a link), so the context is taken from the field's text
// as a reader sees it; the snippet serves when the form does not know the field.
QString SearchDock::contextOf(const SearchHit &hit, const QString &query) const
{
    const std::optional<QString> text = fieldText(*m_document, hit);
    if (!text)
        return readableSnippet(hit.snippet);
    const QString plain = text->simplified();
    return marked(plain, matchesIn(plain, query, m_wholeWords->isChecked()));
}

QString SearchDock::whereOf(EntityKind kind, const QString &uid) const
{
    const QString label = EntityLabels::label(*m_document, kind, uid);
    return tr("%1: %2").arg(EnumLabels::kindLabel(kind),
                            label.isEmpty() ? tr("(untitled)") : label.simplified());
}

void SearchDock::reselect(const QString &uid, const QString &field)
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        if (item->data(0, UidRole).toString() == uid
            && item->data(0, FieldRole).toString() == field) {
            m_results->setCurrentItem(item);
            return;
        }
    }
}

int SearchDock::replaceAll(const QString &replacement)
{
    const std::optional<ReplaceAll::Options> options = this->options();
    const int changed
        = options ? ReplaceAll::run(m_document, m_query->text().trimmed(), replacement, *options)
                  : 0;
    showReplaced(changed);
    return changed;
}

void SearchDock::replaceAllAsked()
{
    const QString find = m_query->text().trimmed();
    const QString replacement = m_replacement->text();
    const std::optional<ReplaceAll::Options> options = this->options();
    if (find.isEmpty() || !options)
        return;
    const QList<ReplaceAll::Change> changes
        = ReplaceAll::plan(*m_document, find, replacement, *options);
    if (changes.isEmpty()) {
        m_status->setText(tr("Nothing replaced: no text field holds \u201c%1\u201d with its words "
                             "side by side (keys are never replaced).")
                              .arg(find));
        return;
    }
    if (ask(tr("Replace All"), replaceQuestion(find, replacement, options->scope),
            staleWarning(changes)))
        showReplaced(ReplaceAll::apply(m_document, changes, find, replacement));
}

void SearchDock::replaceSelectedAsked()
{
    const QTreeWidgetItem *item = m_results->currentItem();
    const QString find = m_query->text().trimmed();
    const QString replacement = m_replacement->text();
    if (!item || find.isEmpty())
        return;
    const std::optional<ReplaceAll::Change> change = ReplaceAll::planField(
        *m_document, EntityKind(item->data(0, KindRole).toInt()), item->data(0, UidRole).toString(),
        item->data(0, FieldRole).toString(), find, replacement, m_wholeWords->isChecked());
    if (!change) {
        m_status->setText(tr("Nothing replaced: this field does not hold \u201c%1\u201d with its "
                             "words side by side, or it is a key (keys are never replaced).")
                              .arg(find));
        return;
    }
    // One field the user picked: asked only when it costs an approval.
    const QString warning = staleWarning({*change});
    if (warning.isEmpty()
        || ask(
            tr("Replace"),
            tr("Replace \u201c%1\u201d with \u201c%2\u201d in this field?").arg(find, replacement),
            warning))
        showReplaced(ReplaceAll::apply(m_document, {*change}, find, replacement));
}

QString SearchDock::replaceQuestion(const QString &find, const QString &replacement,
                                    const ReplaceAll::Scope &scope) const
{
    const QString name = EntityLabels::label(*m_document, scope.kind, scope.uid).simplified();
    switch (scope.kind) {
    case EntityKind::Scenario:
        return tr("Replace \u201c%1\u201d with \u201c%2\u201d in every text field of the scenario "
                  "\u201c%3\u201d?")
            .arg(find, replacement, name);
    case EntityKind::Dilemma:
        return tr("Replace \u201c%1\u201d with \u201c%2\u201d in the dilemma \u201c%3\u201d, its "
                  "options and its legal references?")
            .arg(find, replacement, name);
    default:
        return tr("Replace \u201c%1\u201d with \u201c%2\u201d in every text field of the project?")
            .arg(find, replacement);
    }
}

// What the changes cost in approvals, in words; empty when they change no approved content.
QString SearchDock::staleWarning(const QList<ReplaceAll::Change> &changes) const
{
    const QStringList stale = ReplaceAll::approvalsMadeStale(*m_document, changes);
    if (stale.isEmpty())
        return {};
    QString text
        = stale.size() == 1
              ? tr("This will make 1 approved item need review again:")
              : tr("This will make %1 approved items need review again:").arg(stale.size());
    for (const QString &uid : stale.first(qMin(stale.size(), namedApprovals)))
        text += QStringLiteral("\n\u2022 ")
                + whereOf(m_document->kindOf(uid).value_or(EntityKind::Dilemma), uid);
    if (stale.size() > namedApprovals)
        text += QStringLiteral("\n\u2022 ") + tr("and %1 more").arg(stale.size() - namedApprovals);
    return text;
}

bool SearchDock::ask(const QString &title, QString question, const QString &warning)
{
    if (!warning.isEmpty())
        question += QStringLiteral("\n\n") + warning;
    return QMessageBox::question(this, title, question) == QMessageBox::Yes;
}

// The query stays; the results show what still matches, the status what was replaced.
void SearchDock::showReplaced(int changed)
{
    searchNow();
    m_status->setText(changed == 1 ? tr("Replaced in 1 field")
                                   : tr("Replaced in %1 fields").arg(changed));
}

} // namespace kd
