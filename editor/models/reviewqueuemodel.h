#pragma once

#include "model/entitykind.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace kd {

// The review dock's queue: the dilemmas and legal sources waiting for review, one row each
// (label, state). A table model over plain rows rather than a QTreeWidget: at 100,000 waiting
// dilemmas the widget's items were 40 MB beside the project.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { UidRole = Qt::UserRole, KindRole };

    struct Row
    {
        QString uid;
        EntityKind kind = EntityKind::Dilemma;
        QString label;
        QString state; // shown as it is: the caller shares one copy per state
    };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    // The row of the entity, or -1.
    int rowOf(const QString &uid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

} // namespace kd
