#include "entityform.h"

#include "childlisteditor.h"
#include "editors/assetdataeditor.h"
#include "enumlabels.h"
#include "fieldeditor.h"
#include "fieldgroup.h"
#include "fieldtable.h"

#include "document/projectdocument.h"
#include "document/reviewwords.h"
#include "legal/citation.h"

#include <QLabel>
#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace kd {

EntityForm::EntityForm(ProjectDocument *document, EntityKind kind, const QString &uid,
                       QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(kind)
    , m_uid(kind == EntityKind::Project && uid.isEmpty() ? document->project().info.uid : uid)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_heading(new QLabel(m_content))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_heading->setText(EnumLabels::kindLabel(kind));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(m_heading);
    if (kind == EntityKind::Dilemma || kind == EntityKind::LegalSource)
        addReviewBanner(contentLayout);
    if (document->isReadOnly()) {
        auto *note
            = new QLabel(tr("The project is open read-only: nothing can be changed."), m_content);
        note->setWordWrap(true);
        contentLayout->addWidget(note);
    }
    m_fields = new FieldGroup(document, kind, m_uid, m_content);
    // Under the review state, where it is seen without scrolling.
    if (kind == EntityKind::LegalSource)
        addCitationLine(contentLayout);
    contentLayout->addWidget(m_fields);
    if (kind == EntityKind::Dilemma) {
        m_options = new ChildListEditor(document, EntityKind::Option, m_uid, m_content);
        m_references = new ChildListEditor(document, EntityKind::LegalReference, m_uid, m_content);
        contentLayout->addWidget(m_options);
        contentLayout->addWidget(m_references);
        connect(m_options, &ChildListEditor::childrenChanged, this, &EntityForm::updateTabOrder);
        connect(m_references, &ChildListEditor::childrenChanged, this, &EntityForm::updateTabOrder);
    }
    if (kind == EntityKind::Asset)
        connectAssetFile();
    contentLayout->addStretch();

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    setFocusProxy(m_fields);
    updateTabOrder();

    // Removing a parent (the segment of a dilemma) removes the entity too, without a signal
    // naming it: check for the entity itself after every removal and insertion.
    connect(document, &ProjectDocument::entityRemoved, this, [this] {
        if (m_content->isEnabled() && !entityExists()) {
            setEntityPresent(false);
            emit shownEntityRemoved();
        }
    });
    connect(document, &ProjectDocument::entityInserted, this, [this] {
        if (!m_content->isEnabled() && entityExists())
            setEntityPresent(true);
    });
    // Another project (or none): this form's entity is gone for good.
    connect(document, &ProjectDocument::projectChanged, this, [this] { setEntityPresent(false); });
}

EntityForm::~EntityForm()
{
    // Closing the form is leaving the field: what was typed is kept.
    if (m_content->isEnabled())
        commitPendingEdits();
}

// The banner follows what can change the state: the entity's reviews, the trusted list, and an
// edit of the entity or of what it owns (the content of a dilemma includes its options and legal
// references). Other edits leave it be: a large project's ledger is not read at every keystroke.
void EntityForm::addReviewBanner(QLayout *layout)
{
    m_reviewBanner = new QLabel(m_content);
    m_reviewBanner->setObjectName(QStringLiteral("reviewBanner"));
    m_reviewBanner->setWordWrap(true);
    m_reviewBanner->setTextFormat(Qt::PlainText);
    m_reviewBanner->setMargin(6);
    m_reviewBanner->setAutoFillBackground(true);
    layout->addWidget(m_reviewBanner);
    const auto concerns = [this](EntityKind kind, const QString &uid, const QString &parentUid) {
        if (uid == m_uid || (!parentUid.isEmpty() && parentUid == m_uid))
            return true;
        QString owner;
        if (kind == EntityKind::Option)
            m_document->locate<Option>(uid, &owner, nullptr);
        else if (kind == EntityKind::LegalReference)
            m_document->locate<LegalReference>(uid, &owner, nullptr);
        return !owner.isEmpty() && owner == m_uid;
    };
    for (auto signal : {&ProjectDocument::reviewsChanged, &ProjectDocument::reviewNotesChanged}) {
        connect(m_document, signal, this, [this](const QString &uid) {
            if (uid == m_uid)
                updateReviewBanner();
        });
    }
    connect(m_document, &ProjectDocument::trustedReviewersChanged, this,
            &EntityForm::updateReviewBanner);
    connect(m_document, &ProjectDocument::entityChanged, this,
            [this, concerns](EntityKind kind, const QString &uid) {
                if (concerns(kind, uid, QString()))
                    updateReviewBanner();
            });
    for (auto signal : {&ProjectDocument::entityInserted, &ProjectDocument::entityRemoved}) {
        connect(m_document, signal, this,
                [this, concerns](EntityKind kind, const QString &uid, const QString &parentUid) {
                    if (concerns(kind, uid, parentUid))
                        updateReviewBanner();
                });
    }
    connect(m_document, &ProjectDocument::entityMoved, this,
            [this, concerns](EntityKind kind, const QString &uid, const QString &oldParentUid, int,
                             const QString &newParentUid) {
                if (concerns(kind, uid, oldParentUid) || concerns(kind, uid, newParentUid))
                    updateReviewBanner();
            });
    updateReviewBanner();
}

void EntityForm::updateReviewBanner()
{
    if (!m_document)
        return;
    m_reviewBanner->setText(ReviewWords::status(*m_document, m_uid));
    // Green when the approval counts, amber otherwise: the words say it without colour too.
    QPalette palette = m_reviewBanner->palette();
    palette.setColor(QPalette::Window, ReviewWords::counts(*m_document, m_uid)
                                           ? QColor(0xe6, 0xf4, 0xea)
                                           : QColor(0xfe, 0xf3, 0xd6));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_reviewBanner->setPalette(palette);
}

void EntityForm::addCitationLine(QLayout *layout)
{
    m_citation = new QLabel(m_content);
    m_citation->setObjectName(QStringLiteral("citationLine"));
    m_citation->setWordWrap(true);
    m_citation->setTextFormat(Qt::RichText);
    m_citation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_citation->setOpenExternalLinks(true);
    layout->addWidget(m_citation);
    connect(m_document, &ProjectDocument::entityChanged, this,
            [this](EntityKind, const QString &uid) {
                if (uid == m_uid)
                    updateCitationLine();
            });
    updateCitationLine();
}

// What the source's fields make of the citation; the link only to an https address.
void EntityForm::updateCitationLine()
{
    const LegalSource *source = m_document ? m_document->find<LegalSource>(m_uid) : nullptr;
    if (!source)
        return;
    const QString jci = Citation::jci(*source);
    const QString link = Citation::link(*source);
    QString text = jci.isEmpty()
                       ? tr("No citation to the article: give the BWB id or CELEX number and "
                            "the article.")
                       : tr("Citation: %1").arg(jci.toHtmlEscaped());
    if (jci.isEmpty() && Citation::kindOf(*source) == Citation::SourceKind::Other)
        text = tr("A code or guideline: cited by its URL and the edition in Version checked.");
    if (link.startsWith(QLatin1String("https://")))
        text += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(link.toHtmlEscaped(), tr("Open the text"));
    m_citation->setText(text);
}

bool EntityForm::hasForm(EntityKind kind)
{
    return !FieldTable::fields(kind).isEmpty();
}

bool EntityForm::focusField(const QString &field, const QString &childUid)
{
    // Issues about a dilemma's options or legal references as a whole ("at least two options")
    // name the list: go to its first entry, or to Add when it is empty.
    for (ChildListEditor *list : {m_options, m_references}) {
        const bool named = list
                           && field
                                  == (list == m_options ? QLatin1String("options")
                                                        : QLatin1String("legalReferences"));
        if (named && (childUid.isEmpty() || childUid == m_uid)) {
            const QList<QWidget *> chain = list->tabChain();
            QWidget *target = chain.first();
            m_scroll->ensureWidgetVisible(list, 0, 0);
            m_scroll->ensureWidgetVisible(target);
            target->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    FieldGroup *group = m_fields;
    if (!childUid.isEmpty() && childUid != m_uid) {
        group = nullptr;
        for (ChildListEditor *list : {m_options, m_references})
            if (list && !group)
                group = list->fieldGroup(childUid);
    }
    FieldEditor *editor = group ? group->editor(field) : nullptr;
    if (!editor)
        return false;
    // Show the label too, and as much of a tall editor as fits.
    m_scroll->ensureWidgetVisible(editor, 0, 0);
    m_scroll->ensureWidgetVisible(editor->focusTarget());
    return group->focusField(field);
}

void EntityForm::commitPendingEdits()
{
    m_fields->commitPendingEdits();
    for (ChildListEditor *list : {m_options, m_references})
        if (list)
            list->commitPendingEdits();
}

void EntityForm::connectAssetFile()
{
    auto *data = qobject_cast<AssetDataEditor *>(m_fields->editor(QStringLiteral("data")));
    if (!data)
        return;
    // A new file brings its media type, and a name when the asset has none: one undo step.
    connect(data, &AssetDataEditor::fileReplacing, this,
            [this](const QString &fileName, const QString &mediaType, const QByteArray &bytes) {
                const Asset *asset = m_document ? m_document->find<Asset>(m_uid) : nullptr;
                if (!asset || m_document->isReadOnly()
                    || (asset->data == bytes && asset->mediaType == mediaType
                        && !(asset->name.isEmpty() && !fileName.isEmpty())))
                    return;
                m_document->undoStack()->beginMacro(tr("Replace File"));
                m_inFileMacro = true;
            });
    connect(data, &AssetDataEditor::fileReplaced, this,
            [this](const QString &fileName, const QString &mediaType) {
                if (!m_inFileMacro)
                    return;
                const Asset *asset = m_document->find<Asset>(m_uid);
                auto set = [this](const char *field, const QString &value) {
                    const FieldSpec *spec
                        = FieldTable::field(EntityKind::Asset, QLatin1String(field));
                    m_document->undoStack()->push(spec->change(m_document, m_uid, value));
                };
                if (asset && asset->mediaType != mediaType)
                    set("mediaType", mediaType);
                if (asset && asset->name.isEmpty() && !fileName.isEmpty())
                    set("name", fileName);
                m_inFileMacro = false;
                m_document->undoStack()->endMacro();
            });
}

void EntityForm::updateTabOrder()
{
    QList<QWidget *> chain = m_fields->tabChain();
    for (ChildListEditor *list : {m_options, m_references})
        if (list)
            chain += list->tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

bool EntityForm::entityExists() const
{
    const QList<FieldSpec> &fields = FieldTable::fields(m_kind);
    return !fields.isEmpty() && fields.first().read(*m_document, m_uid).has_value();
}

void EntityForm::setEntityPresent(bool present)
{
    m_content->setEnabled(present);
    if (present)
        m_fields->refresh();
}

} // namespace kd
