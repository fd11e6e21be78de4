#include "ChartStyle.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtWidgets/QGraphicsLayout>
#include <QtCore/QLocale>
#include <QtGui/QFont>

#include <array>

namespace clientele {

QChart *ChartStyle::newChart(const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers as the owner writes them: "200,000" or "200.000".
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleBrush(palette.brush(QPalette::WindowText));
    QLegend *legend = chart->legend();
    legend->setLabelColor(palette.color(QPalette::WindowText));
    legend->setAlignment(Qt::AlignBottom);
    legend->setShowToolTips(true);
    return chart;
}

void ChartStyle::styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    QColor grid = text;
    grid.setAlpha(40);
    axis->setGridLineColor(grid);
    axis->setMinorGridLineVisible(false);
    QColor line = text;
    line.setAlpha(90);
    axis->setLinePenColor(line);
    QFont title = axis->titleFont();
    title.setBold(false);
    title.setPointSizeF(axis->labelsFont().pointSizeF());
    axis->setTitleFont(title);
}

QColor ChartStyle::segmentColor(const QString &color, qint64 segmentId, qsizetype index)
{
    if (segmentId == 0)
        return QColor(0x9a, 0xa0, 0xa6);
    const QColor own = QColor::fromString(color);
    if (own.isValid())
        return own;
    // Distinct in light and dark palettes, and for the common colour blindnesses.
    static const std::array<QRgb, 8> fallback = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728,
                                                 0x9467bd, 0x8c564b, 0xe377c2, 0x17becf};
    return QColor(fallback[size_t(index) % fallback.size()]);
}

QColor ChartStyle::textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace clientele
