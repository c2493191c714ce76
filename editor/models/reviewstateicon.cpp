#include "reviewstateicon.h"

#include "review/reviewledger.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace kd::ReviewStateIcon {
namespace {

QPixmap draw(Look look, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    const QRectF circle(2.5, 2.5, 11, 11);
    QPen line(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (look) {
    case Look::Draft:
        painter.setPen(QPen(QColor(0x75, 0x75, 0x75), 1.6));
        painter.drawEllipse(circle);
        break;
    case Look::InReview:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1a, 0x5f, 0xb4));
        painter.drawEllipse(circle);
        painter.setBrush(Qt::white);
        for (qreal x : {5.5, 8.0, 10.5})
            painter.drawEllipse(QPointF(x, 8.0), 0.9, 0.9);
        break;
    case Look::ChangesRequested:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x4b, 0x00));
        painter.drawEllipse(circle);
        painter.setPen(line);
        painter.drawLine(QPointF(8, 5), QPointF(8, 8.8));
        painter.drawPoint(QPointF(8, 11));
        break;
    case Look::Approved:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1e, 0x7b, 0x34));
        painter.drawEllipse(circle);
        painter.setPen(line);
        painter.drawPolyline(
            std::array{QPointF(5.2, 8.2), QPointF(7.2, 10.2), QPointF(10.8, 6.0)}.data(), 3);
        break;
    case Look::ReviewAgain: {
        QPainterPath triangle;
        triangle.moveTo(8, 1.8);
        triangle.lineTo(14.6, 13.8);
        triangle.lineTo(1.4, 13.8);
        triangle.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xb8, 0x86, 0x00));
        painter.drawPath(triangle);
        painter.setPen(line);
        painter.drawLine(QPointF(8, 6.2), QPointF(8, 9.6));
        painter.drawPoint(QPointF(8, 11.8));
        break;
    }
    }
    return pixmap;
}

} // namespace

Look lookOf(const ReviewStatus &status)
{
    if (status.isApprovedAndCurrent())
        return Look::Approved;
    if (status.stale || status.isApprovedUnverified())
        return Look::ReviewAgain;
    switch (status.state) {
    case ReviewState::InReview:
        return Look::InReview;
    case ReviewState::ChangesRequested:
        return Look::ChangesRequested;
    case ReviewState::Draft:
    case ReviewState::Approved:
        break;
    }
    return Look::Draft;
}

QIcon icon(Look look)
{
    static std::array<QIcon, 5> icons;
    QIcon &cached = icons.at(size_t(look));
    if (cached.isNull()) {
        for (int size : {16, 24, 32})
            cached.addPixmap(draw(look, size));
    }
    return cached;
}

QString words(Look look)
{
    switch (look) {
    case Look::Draft:
        return QCoreApplication::translate("kd::ReviewStateIcon",
                                           "Draft: not submitted for review");
    case Look::InReview:
        return QCoreApplication::translate("kd::ReviewStateIcon", "In review");
    case Look::ChangesRequested:
        return QCoreApplication::translate("kd::ReviewStateIcon", "Changes requested");
    case Look::Approved:
        return QCoreApplication::translate("kd::ReviewStateIcon", "Approved");
    case Look::ReviewAgain:
        return QCoreApplication::translate(
            "kd::ReviewStateIcon",
            "Needs review again: changed since approval, or the approval does not count");
    }
    return {};
}

} // namespace kd::ReviewStateIcon
