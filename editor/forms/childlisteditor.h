#pragma once

#include "model/entitykind.h"

#include <QGroupBox>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace kd {

class FieldGroup;
class ProjectDocument;

// The options or the legal references of a dilemma, edited in place: one compact box per child
// with its fields and Move Up / Move Down / Delete, and an Add button below. Each button pushes
// one InsertEntity, RemoveEntity or MoveEntity; the boxes follow the document's signals, so undo
// and edits made elsewhere show here too. Boxes are kept across reorders (not rebuilt), so an
// edit in progress survives a move of another child.
class ChildListEditor : public QGroupBox
{
    Q_OBJECT

public:
    // childKind is EntityKind::Option or EntityKind::LegalReference.
    ChildListEditor(ProjectDocument *document, EntityKind childKind, const QString &dilemmaUid,
                    QWidget *parent = nullptr);

    EntityKind childKind() const { return m_kind; }
    // The children's uids in the order shown (the model's order).
    QStringList childUids() const;
    FieldGroup *fieldGroup(const QString &childUid) const;
    QPushButton *addButton() const { return m_add; }
    QToolButton *moveUpButton(const QString &childUid) const;
    QToolButton *moveDownButton(const QString &childUid) const;
    QToolButton *deleteButton(const QString &childUid) const;
    // A legal reference's line with what it cites ("Cites art. 7:457 lid 3") and a link that
    // opens it; null for options.
    QLabel *citationLabel(const QString &childUid) const;

    // The button actions.
    void addChild();
    void removeChild(const QString &childUid);
    void moveChild(const QString &childUid, int delta);

    void commitPendingEdits();
    void setReadOnly(bool readOnly);
    QList<QWidget *> tabChain() const;

signals:
    // Children were added, removed or reordered: the form's Tab order needs renewing.
    void childrenChanged();

private:
    struct Item
    {
        QString uid;
        QGroupBox *box;
        FieldGroup *fields;
        QToolButton *up;
        QToolButton *down;
        QToolButton *remove;
        QLabel *citation = nullptr; // a legal reference's citation and link
    };

    QStringList modelUids() const;
    void sync();
    Item createItem(const QString &uid);
    const Item *item(const QString &uid) const;
    QString itemTitle(int index) const;
    void updateCitation(const Item &item) const;

    ProjectDocument *m_document;
    EntityKind m_kind;
    QString m_dilemmaUid;
    QVBoxLayout *m_itemsLayout;
    QPushButton *m_add;
    QList<Item> m_items;
    bool m_readOnly = false;
};

} // namespace kd
