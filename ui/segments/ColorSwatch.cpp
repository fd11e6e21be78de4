#include "ColorSwatch.h"

#include <QtGui/QPainter>
#include <QtGui/QPixmap>

namespace clientele {

QIcon colorSwatch(const QColor &color, int size)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(1.5, 1.5, size - 3, size - 3);
        if (color.isValid()) {
            p.setPen(QPen(color.darker(130), 1));
            p.setBrush(color);
        } else {
            p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1.5));
            p.setBrush(Qt::NoBrush);
        }
        p.drawEllipse(r);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace clientele
