#pragma once

#include "lifewheelpainter.h"

#include "wheel/wheelgeometry.h"
#include "wheel/wheelinput.h"

#include <QSize>
#include <QWidget>

class QAction;

namespace kd {

class ProjectDocument;

// The life wheel of one scenario: its segments in order around a circle, coloured by life
// domain, with a marker per dilemma in its professional's colour. It follows every change of the
// document. Clicking a segment or marker asks the main window to open it (segmentActivated,
// dilemmaActivated); dragging a segment onto another place moves it there with an undo command
// (not when the project is read-only). The picture exports as PNG or SVG, drawn by the same
// LifeWheelPainter as the widget.
class LifeWheelView : public QWidget
{
    Q_OBJECT

public:
    explicit LifeWheelView(ProjectDocument *document, QWidget *parent = nullptr);

    // Shows the wheel of this scenario (an empty uid shows nothing).
    void setScenario(const QString &scenarioUid);
    QString scenarioUid() const { return m_scenarioUid; }
    // Shows the scenario that holds this entity (a scenario, person, segment, dilemma, option or
    // legal reference) and outlines its segment or marker. False when the uid is none of those.
    bool showEntity(const QString &uid);

    const WheelGeometry &wheelGeometry() const { return m_geometry; }
    // The tooltip text at a point of the widget, empty over nothing.
    QString toolTipAt(const QPointF &pos) const;

    // Writes the picture atomically; on failure returns false and says why in *error.
    // The PNG is size pixels; past 1000 pixels it is the 1000-pixel layout scaled up, so text
    // keeps its proportion.
    bool exportPng(const QString &path, QSize size, QString *error) const;
    // The SVG is defaultExportSize() user units; it scales without loss.
    bool exportSvg(const QString &path, QString *error) const;
    static QSize defaultExportSize() { return QSize(1000, 1000); }

    // "Export Wheel as PNG..." and "... as SVG...": ask for a file, export, report failures.
    // In the widget's context menu; the main window may put them in its menus too.
    QAction *exportPngAction() const { return m_exportPngAction; }
    QAction *exportSvgAction() const { return m_exportSvgAction; }

    QSize sizeHint() const override { return QSize(560, 620); }
    QSize minimumSizeHint() const override { return QSize(260, 280); }

signals:
    void segmentActivated(const QString &segmentUid);
    void dilemmaActivated(const QString &dilemmaUid);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void relayout();
    void setHover(const WheelGeometry::Hit &hit);
    void cancelDrag();
    LifeWheelPainter::State paintState() const;
    QString emptyText() const;
    void exportInteractively(bool svg);

    ProjectDocument *m_document;
    QString m_scenarioUid;
    QString m_selectedUid; // a segment or dilemma to outline
    WheelInput m_input;
    WheelGeometry m_geometry;
    WheelGeometry::Hit m_hover;
    WheelGeometry::Hit m_pressHit;
    QPointF m_pressPos;
    bool m_pressed = false;
    bool m_dragging = false;
    int m_dropTarget = -1;
    QAction *m_exportPngAction;
    QAction *m_exportSvgAction;
};

} // namespace kd
