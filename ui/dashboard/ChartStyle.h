#pragma once

#include <QtGui/QColor>
#include <QtGui/QPalette>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
QT_END_NAMESPACE

namespace clientele {

// One look for every dashboard chart: transparent background, the
// palette's text colour (so dark palettes read too), no animation (the
// numbers should be there when the page shows, and in a copied PNG), and
// the segment colours the owner chose, with a fallback for segments
// without one.
class ChartStyle final
{
public:
    static QChart *newChart(const QPalette &palette);
    static void styleAxis(QAbstractAxis *axis, const QPalette &palette);

    // The colour of a segment: its own, else one of a fixed set by position;
    // "Everyone else" (segmentId 0) is grey.
    static QColor segmentColor(const QString &color, qint64 segmentId, qsizetype index);
    // Black or white, whichever reads on `background`.
    static QColor textOn(const QColor &background);
};

} // namespace clientele
