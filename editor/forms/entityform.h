#pragma once

#include "model/entitykind.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace kd {

class ChildListEditor;
class FieldGroup;
class ProjectDocument;

// The form for one entity of the open project: every field of its kind (FieldTable), each edit
// one undo command, inside a scroll area. A dilemma's form also edits its options and legal
// references in place. The form follows the document: undo, redo and edits from elsewhere show
// at once, except in the field the user is typing in. A read-only document gets a form whose
// editors cannot change anything.
//
// The main window creates one per selected entity and should destroy it (deleteLater) when the
// selection changes; pending typing is committed when the form goes away. Before running undo or
// redo from a menu it should call commitPendingEdits(), so the step undone includes the text
// just typed.
class EntityForm : public QWidget
{
    Q_OBJECT

public:
    // kind must be a kind with fields (hasForm()); for EntityKind::Project, uid may be empty.
    EntityForm(ProjectDocument *document, EntityKind kind, const QString &uid,
               QWidget *parent = nullptr);
    ~EntityForm() override;

    static bool hasForm(EntityKind kind);

    EntityKind kind() const { return m_kind; }
    QString uid() const { return m_uid; }

    // Scrolls to the field's editor and gives it focus. childUid names an option or legal
    // reference of the dilemma shown (an Issue's uid when its kind is Option or
    // LegalReference); empty or the form's own uid means the entity itself. A dilemma form also
    // takes "options" and "legalReferences" (its first entry, or Add). False when there is no
    // such field (or child).
    bool focusField(const QString &field, const QString &childUid = QString());
    // Commits text typed but not yet committed, in every field of the form.
    void commitPendingEdits();

    FieldGroup *fieldGroup() const { return m_fields; }
    // The dilemma's options and legal references; nullptr for other kinds.
    ChildListEditor *optionList() const { return m_options; }
    ChildListEditor *legalReferenceList() const { return m_references; }
    // A dilemma's or legal source's review state under the heading (state, who approved it and
    // when, whether the approval counts); nullptr for kinds that are not reviewed.
    QLabel *reviewBanner() const { return m_reviewBanner; }
    // A legal source's citation as the program derives it (Juriconnect's JCI) with the link that
    // opens the article in the version checked; nullptr for other kinds.
    QLabel *citationLine() const { return m_citation; }

signals:
    // The entity shown was deleted (it comes back if the delete is undone).
    void shownEntityRemoved();

private:
    void connectAssetFile();
    void updateTabOrder();
    bool entityExists() const;
    void setEntityPresent(bool present);
    void addReviewBanner(QLayout *layout);
    void updateReviewBanner();
    void addCitationLine(QLayout *layout);
    void updateCitationLine();

    QPointer<ProjectDocument> m_document;
    EntityKind m_kind;
    QString m_uid;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_heading;
    QLabel *m_reviewBanner = nullptr;
    QLabel *m_citation = nullptr;
    FieldGroup *m_fields;
    ChildListEditor *m_options = nullptr;
    ChildListEditor *m_references = nullptr;
    bool m_inFileMacro = false;
};

} // namespace kd
