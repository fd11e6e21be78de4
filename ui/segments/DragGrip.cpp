#include "DragGrip.h"

#include <QtCore/QMimeData>
#include <QtGui/QDrag>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QApplication>

namespace clientele {

QPointer<QWidget> DragGrip::s_dragged;

DragGrip::DragGrip(QWidget *item)
    : QWidget(item)
    , m_item(item)
{
    setObjectName(QStringLiteral("dragHandle"));
    setCursor(Qt::OpenHandCursor);
    setAccessibleName(tr("Drag to move"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

DragGrip::~DragGrip() = default;

QSize DragGrip::sizeHint() const
{
    // As tall as a combo box, so the row's pickers line up beside it.
    const int h = qMax(24, fontMetrics().height() + 12);
    return {12, h};
}

QWidget *DragGrip::dragged()
{
    return s_dragged;
}

QString DragGrip::mimeType()
{
    return QStringLiteral("application/x-clientele-rule-item");
}

void DragGrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    QColor dot = palette().color(QPalette::WindowText);
    dot.setAlphaF(underMouse() ? 0.75 : 0.4);
    p.setBrush(dot);
    // Two columns of three dots, centred.
    const qreal r = 1.5;
    const QPointF c = QRectF(rect()).center();
    for (int col = -1; col <= 1; col += 2)
        for (int row = -1; row <= 1; ++row)
            p.drawEllipse(QPointF(c.x() + col * 2.5, c.y() + row * 5.0), r, r);
}

void DragGrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_pressedAt = event->position().toPoint();
    event->accept();
}

void DragGrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    if ((event->position().toPoint() - m_pressedAt).manhattanLength() < QApplication::startDragDistance())
        return;
    m_pressed = false;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    QPixmap picture = m_item->grab();
    if (picture.width() > 480)
        picture = picture.scaledToWidth(480, Qt::SmoothTransformation);
    drag->setPixmap(picture);
    drag->setHotSpot(QPoint(mapTo(m_item, m_pressedAt).x() * picture.width() / qMax(1, m_item->width()),
                            mapTo(m_item, m_pressedAt).y() * picture.height() / qMax(1, m_item->height())));
    s_dragged = m_item;
    drag->exec(Qt::MoveAction);
    s_dragged = nullptr;
}

} // namespace clientele
