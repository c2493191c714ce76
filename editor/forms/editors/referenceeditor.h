#pragma once

#include "forms/fieldeditor.h"

#include "model/entitykind.h"

class QComboBox;
class QLabel;

namespace kd {

class ProjectDocument;

// A reference to one entity (or none), picked by its label. Asset references show a preview of
// the picture. The list follows the project: candidates added, removed or renamed elsewhere
// appear here at once.
class ReferenceEditor : public FieldEditor
{
    Q_OBJECT

public:
    ReferenceEditor(ProjectDocument *document, EntityKind kind, const QString &ownerUid,
                    QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void setReadOnly(bool readOnly) override;

    QComboBox *comboBox() const { return m_combo; }
    QLabel *preview() const { return m_preview; }

protected:
    void display(const QVariant &value) override;

private:
    void reloadCandidates();
    void selectUid(const QString &uid);
    void updatePreview();

    ProjectDocument *m_document;
    EntityKind m_kind;
    QString m_ownerUid;
    QComboBox *m_combo;
    QLabel *m_preview = nullptr;
};

} // namespace kd
