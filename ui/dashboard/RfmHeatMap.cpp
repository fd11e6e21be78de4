#include "RfmHeatMap.h"

#include <QtCore/QLocale>
#include <QtGui/QHelpEvent>
#include <QtGui/QLinearGradient>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QToolTip>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

// Space for the axis titles and score labels around the grid.
constexpr int LeftMargin = 44;
constexpr int BottomMargin = 56;

QString recencyWords(int r)
{
    switch (r) {
    case 5:
        return RfmHeatMap::tr("bought very recently");
    case 4:
        return RfmHeatMap::tr("bought recently");
    case 3:
        return RfmHeatMap::tr("bought a while ago");
    case 2:
        return RfmHeatMap::tr("bought some time ago");
    default:
        return RfmHeatMap::tr("bought long ago");
    }
}

QString frequencyWords(int f)
{
    switch (f) {
    case 5:
        return RfmHeatMap::tr("buy very often");
    case 4:
        return RfmHeatMap::tr("buy often");
    case 3:
        return RfmHeatMap::tr("buy now and then");
    case 2:
        return RfmHeatMap::tr("buy seldom");
    default:
        return RfmHeatMap::tr("rarely buy");
    }
}

} // namespace

RfmHeatMap::RfmHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rfmHeatMap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void RfmHeatMap::setCounts(const Counts &counts)
{
    m_counts = counts;
    m_max = 0;
    for (const auto &row : m_counts)
        for (qint64 n : row)
            m_max = std::max(m_max, n);
    update();
}

qint64 RfmHeatMap::count(int recency, int frequency) const
{
    if (recency < 1 || recency > 5 || frequency < 1 || frequency > 5)
        return 0;
    return m_counts[size_t(recency - 1)][size_t(frequency - 1)];
}

QSize RfmHeatMap::sizeHint() const
{
    return {420, 300};
}

QSize RfmHeatMap::minimumSizeHint() const
{
    return {LeftMargin + 5 * 36, BottomMargin + 5 * 26};
}

QRect RfmHeatMap::gridRect() const
{
    return rect().adjusted(LeftMargin, 4, -8, -BottomMargin);
}

QRect RfmHeatMap::cellRect(int recency, int frequency) const
{
    const QRect g = gridRect();
    const int x0 = g.left() + g.width() * (frequency - 1) / 5;
    const int x1 = g.left() + g.width() * frequency / 5;
    const int y0 = g.top() + g.height() * (5 - recency) / 5;
    const int y1 = g.top() + g.height() * (6 - recency) / 5;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

bool RfmHeatMap::cellAt(const QPoint &pos, int *recency, int *frequency) const
{
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            if (cellRect(r, f).contains(pos)) {
                *recency = r;
                *frequency = f;
                return true;
            }
    return false;
}

QColor RfmHeatMap::cellColor(qint64 n) const
{
    // From the base colour to a strong blue, by the square root of the
    // count: a few big cells should not wash out all the others.
    const QColor base = palette().color(QPalette::Base);
    const QColor strong(0x1f, 0x5f, 0xa8);
    const double t = m_max > 0 ? std::sqrt(double(n) / double(m_max)) : 0.0;
    const double k = 0.08 + 0.92 * t;
    return QColor::fromRgbF(float(base.redF() + (strong.redF() - base.redF()) * k),
                            float(base.greenF() + (strong.greenF() - base.greenF()) * k),
                            float(base.blueF() + (strong.blueF() - base.blueF()) * k));
}

void RfmHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const QColor text = palette().color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);
    for (int r = 1; r <= 5; ++r) {
        for (int f = 1; f <= 5; ++f) {
            const QRect cell = cellRect(r, f).adjusted(1, 1, -1, -1);
            const qint64 n = count(r, f);
            const QColor fill = cellColor(n);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(cell, 3, 3);
            p.setFont(bold);
            p.setPen(fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
            p.drawText(cell, Qt::AlignCenter, locale.toString(n));
        }
    }
    p.setFont(font());
    p.setPen(text);
    const QRect g = gridRect();
    for (int i = 1; i <= 5; ++i) {
        const QRect col = cellRect(1, i);
        p.drawText(QRect(col.left(), g.bottom() + 2, col.width(), 18), Qt::AlignCenter, QString::number(i));
        const QRect row = cellRect(i, 1);
        p.drawText(QRect(g.left() - 20, row.top(), 16, row.height()), Qt::AlignVCenter | Qt::AlignRight,
                   QString::number(i));
    }
    p.drawText(QRect(g.left(), g.bottom() + 20, g.width(), 18), Qt::AlignCenter,
               tr("How often they buy (1 = rarely, 5 = most often)"));
    p.save();
    p.translate(4, g.center().y());
    p.rotate(-90);
    p.drawText(QRect(-g.height() / 2, 0, g.height(), 18), Qt::AlignCenter, tr("How lately (5 = latest)"));
    p.restore();

    // The scale: fewer to more customers.
    const QRect scale(g.right() - 120, g.bottom() + 40, 60, 10);
    QLinearGradient gradient(scale.topLeft(), scale.topRight());
    gradient.setColorAt(0, cellColor(0));
    gradient.setColorAt(1, cellColor(m_max));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRect(scale);
    p.setPen(text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.drawText(QRect(scale.left() - 70, scale.top() - 4, 66, 18), Qt::AlignRight | Qt::AlignVCenter, tr("fewer"));
    p.drawText(QRect(scale.right() + 4, scale.top() - 4, 60, 18), Qt::AlignLeft | Qt::AlignVCenter, tr("more"));
}

void RfmHeatMap::mouseReleaseEvent(QMouseEvent *event)
{
    int r = 0;
    int f = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), &r, &f))
        Q_EMIT cellClicked(r, f);
    QWidget::mouseReleaseEvent(event);
}

void RfmHeatMap::mouseMoveEvent(QMouseEvent *event)
{
    int r = 0;
    int f = 0;
    setCursor(cellAt(event->position().toPoint(), &r, &f) && count(r, f) > 0 ? Qt::PointingHandCursor
                                                                              : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

bool RfmHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int r = 0;
        int f = 0;
        if (cellAt(help->pos(), &r, &f)) {
            QToolTip::showText(help->globalPos(),
                               (count(r, f) == 1 ? tr("1 customer who %1 and %2.") : tr("%3 customers who %1 and %2."))
                                   .arg(recencyWords(r), frequencyWords(f), QLocale().toString(count(r, f)))
                                   + u' ' + tr("Recency %1, frequency %2. Click to see them.").arg(r).arg(f),
                               this, cellRect(r, f));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace clientele
