#include "lifewheelview.h"

#include "commands/structurecommands.h"
#include "document/projectdocument.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QImage>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>

namespace kd {

LifeWheelView::LifeWheelView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_exportPngAction(new QAction(tr("Export Wheel as PNG..."), this))
    , m_exportSvgAction(new QAction(tr("Export Wheel as SVG..."), this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(false);
    connect(m_exportPngAction, &QAction::triggered, this, [this] { exportInteractively(false); });
    connect(m_exportSvgAction, &QAction::triggered, this, [this] { exportInteractively(true); });

    // The wheel is small: any change that might touch it rebuilds it whole.
    connect(document, &ProjectDocument::projectChanged, this, &LifeWheelView::rebuild);
    connect(document, &ProjectDocument::entityInserted, this, &LifeWheelView::rebuild);
    connect(document, &ProjectDocument::entityRemoved, this, &LifeWheelView::rebuild);
    connect(document, &ProjectDocument::entityMoved, this, &LifeWheelView::rebuild);
    connect(document, &ProjectDocument::entityChanged, this, &LifeWheelView::rebuild);
    rebuild();
}

void LifeWheelView::setScenario(const QString &scenarioUid)
{
    if (scenarioUid == m_scenarioUid)
        return;
    m_scenarioUid = scenarioUid;
    m_selectedUid.clear();
    rebuild();
}

bool LifeWheelView::showEntity(const QString &uid)
{
    QString parent;
    QString dilemmaUid = uid;
    if (m_document->locate<Option>(uid, &parent, nullptr)
        || m_document->locate<LegalReference>(uid, &parent, nullptr))
        dilemmaUid = parent;
    QString segmentUid = uid;
    QString selected;
    if (m_document->locate<Dilemma>(dilemmaUid, &parent, nullptr)) {
        segmentUid = parent;
        selected = dilemmaUid;
    }
    QString scenarioUid;
    if (m_document->locate<Segment>(segmentUid, &scenarioUid, nullptr)) {
        if (selected.isEmpty())
            selected = segmentUid;
    } else if (!m_document->locate<Person>(uid, &scenarioUid, nullptr)) {
        if (!m_document->find<Scenario>(uid))
            return false;
        scenarioUid = uid;
    }
    setScenario(scenarioUid);
    m_selectedUid = selected;
    update();
    return true;
}

void LifeWheelView::rebuild()
{
    const Scenario *scenario
        = m_scenarioUid.isEmpty() ? nullptr : m_document->find<Scenario>(m_scenarioUid);
    m_input = scenario ? WheelInput::fromScenario(m_document->project(), *scenario) : WheelInput();
    relayout();
}

void LifeWheelView::relayout()
{
    m_geometry = WheelGeometry::compute(m_input, size());
    // Indices may point past the end after a delete.
    if (m_hover.segment >= m_geometry.segments.size())
        m_hover = {};
    if (m_dragging && m_pressHit.segment >= m_geometry.segments.size())
        cancelDrag();
    update();
}

QString LifeWheelView::emptyText() const
{
    if (m_scenarioUid.isEmpty() || !m_document->find<Scenario>(m_scenarioUid))
        return tr("Select a scenario to see its life wheel.");
    return tr("This scenario has no moments yet.");
}

LifeWheelPainter::State LifeWheelView::paintState() const
{
    LifeWheelPainter::State state;
    state.emptyText = emptyText();
    if (!m_dragging) {
        state.hoveredSegment = m_hover.segment;
        state.hoveredMarker = m_hover.marker;
    } else {
        state.draggedSegment = m_pressHit.segment;
        state.dropTarget = m_dropTarget;
    }
    for (int s = 0; s < m_geometry.segments.size() && !m_selectedUid.isEmpty(); ++s) {
        const WheelGeometry::Segment &segment = m_geometry.segments.at(s);
        if (segment.uid == m_selectedUid)
            state.selectedSegment = s;
        for (int m = 0; m < segment.markers.size(); ++m) {
            if (segment.markers.at(m).dilemmaUid == m_selectedUid) {
                state.selectedSegment = s;
                state.selectedMarker = m;
            }
        }
    }
    return state;
}

void LifeWheelView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    LifeWheelPainter::paint(painter, m_geometry, paintState());
}

void LifeWheelView::resizeEvent(QResizeEvent *)
{
    relayout();
}

QString LifeWheelView::toolTipAt(const QPointF &pos) const
{
    const WheelGeometry::Hit hit = m_geometry.hitTest(pos);
    if (hit.kind == WheelGeometry::Hit::Kind::Nothing)
        return QString();
    const WheelInput::Segment &segment = m_input.segments.at(hit.segment);
    const QString heading
        = tr("%1. %2")
              .arg(hit.segment + 1)
              .arg(segment.title.isEmpty() ? tr("(untitled moment)") : segment.title);
    if (hit.kind == WheelGeometry::Hit::Kind::Marker) {
        const WheelInput::Marker &marker = segment.markers.at(hit.marker);
        const WheelInput::Professional *professional = m_input.professional(marker.professionalUid);
        const QString who = professional ? professional->title : tr("No professional");
        const QString question
            = marker.question.isEmpty() ? tr("(no question yet)") : marker.question;
        return QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
            .arg(who.toHtmlEscaped(), question.toHtmlEscaped(), heading.toHtmlEscaped());
    }
    QStringList domains;
    for (const QString &uid : segment.domainUids)
        if (const WheelInput::Domain *d = m_input.domain(uid))
            domains.append(d->label);
    QString text = QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    if (!segment.periodLabel.isEmpty())
        text += QStringLiteral("<br>") + segment.periodLabel.toHtmlEscaped();
    text += QStringLiteral("<br>")
            + (domains.isEmpty() ? tr("No life domain")
                                 : tr("Life domains: %1").arg(domains.join(QStringLiteral(", "))))
                  .toHtmlEscaped();
    text += QStringLiteral("<br>") + tr("%n dilemma(s)", "", int(segment.markers.size()));
    return text;
}

bool LifeWheelView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_dragging ? QString() : toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void LifeWheelView::setHover(const WheelGeometry::Hit &hit)
{
    if (hit == m_hover)
        return;
    m_hover = hit;
    if (hit.kind == WheelGeometry::Hit::Kind::Nothing)
        unsetCursor();
    else
        setCursor(Qt::PointingHandCursor);
    update();
}

void LifeWheelView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_pressPos = event->position();
    m_pressHit = m_geometry.hitTest(m_pressPos);
    m_dragging = false;
}

void LifeWheelView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pressed && !m_dragging && m_pressHit.kind == WheelGeometry::Hit::Kind::Segment
        && !m_document->isReadOnly()
        && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        const int target = m_geometry.dropIndex(pos);
        if (target != m_dropTarget) {
            m_dropTarget = target;
            update();
        }
        return;
    }
    setHover(m_geometry.hitTest(pos));
}

void LifeWheelView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const WheelGeometry::Hit pressed = m_pressHit;
    const bool wasDragging = m_dragging;
    cancelDrag();
    const QPointF pos = event->position();
    if (wasDragging) {
        const int target = m_geometry.dropIndex(pos);
        if (target >= 0 && target != pressed.segment && !m_document->isReadOnly()) {
            const QString uid = m_geometry.segments.at(pressed.segment).uid;
            m_document->undoStack()->push(
                new MoveEntity<Segment>(m_document, uid, m_scenarioUid, target, tr("Move moment")));
        }
        setHover(m_geometry.hitTest(pos));
        return;
    }
    // A click: press and release on the same thing.
    if (m_geometry.hitTest(pos) != pressed)
        return;
    if (pressed.kind == WheelGeometry::Hit::Kind::Marker)
        emit dilemmaActivated(
            m_geometry.segments.at(pressed.segment).markers.at(pressed.marker).dilemmaUid);
    else if (pressed.kind == WheelGeometry::Hit::Kind::Segment)
        emit segmentActivated(m_geometry.segments.at(pressed.segment).uid);
}

void LifeWheelView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dragging) {
        cancelDrag();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LifeWheelView::cancelDrag()
{
    m_pressed = false;
    m_dragging = false;
    m_dropTarget = -1;
    m_pressHit = {};
    unsetCursor();
    update();
}

void LifeWheelView::leaveEvent(QEvent *)
{
    if (!m_dragging)
        setHover({});
}

void LifeWheelView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_exportPngAction);
    menu.addAction(m_exportSvgAction);
    m_exportPngAction->setEnabled(!m_input.segments.isEmpty());
    m_exportSvgAction->setEnabled(!m_input.segments.isEmpty());
    menu.exec(event->globalPos());
}

bool LifeWheelView::exportPng(const QString &path, QSize size, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (size.isEmpty() || size.width() > 20000 || size.height() > 20000)
        return fail(
            tr("Cannot export a picture of %1 x %2 pixels.").arg(size.width()).arg(size.height()));
    // Lay out at most 1000 pixels and scale the rest: a poster keeps the proportions.
    const qreal scale = std::max(1.0, std::min(size.width(), size.height()) / 1000.0);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(tr("Not enough memory for a picture of %1 x %2 pixels.")
                        .arg(size.width())
                        .arg(size.height()));
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        LifeWheelPainter::State state;
        state.emptyText = emptyText();
        LifeWheelPainter::paint(painter, WheelGeometry::compute(m_input, QSizeF(size) / scale),
                                state);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return fail(tr("Cannot write %1: %2").arg(path, writer.errorString()));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool LifeWheelView::exportSvg(const QString &path, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QSize size = defaultExportSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(m_input.title);
    generator.setDescription(tr("Life wheel of %1").arg(m_input.title));
    {
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        LifeWheelPainter::State state;
        state.emptyText = emptyText();
        LifeWheelPainter::paint(painter, WheelGeometry::compute(m_input, QSizeF(size)), state);
        painter.end();
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

void LifeWheelView::exportInteractively(bool svg)
{
    const Scenario *scenario = m_document->find<Scenario>(m_scenarioUid);
    const QString base
        = scenario && !scenario->key.isEmpty() ? scenario->key : QStringLiteral("levenswiel");
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Wheel as SVG") : tr("Export Wheel as PNG"), base + suffix,
        svg ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = svg ? exportSvg(path, &error) : exportPng(path, QSize(2000, 2000), &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Failed"), error);
}

} // namespace kd
