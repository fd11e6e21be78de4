#pragma once

#include <QtWidgets/QWidget>

#include <array>

namespace clientele {

// The RFM grid as a heat map: frequency score across (1 to 5), recency
// score up (1 to 5), each cell's customer count written in it and its
// shade by that count. Cells are clickable, to see the customers behind them.
class RfmHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RfmHeatMap)

public:
    using Counts = std::array<std::array<qint64, 5>, 5>; // [recency - 1][frequency - 1]

    explicit RfmHeatMap(QWidget *parent = nullptr);

    void setCounts(const Counts &counts);
    qint64 count(int recency, int frequency) const;
    // Where a cell is drawn, for clicks (and tests).
    QRect cellRect(int recency, int frequency) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int recency, int frequency);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;
    bool cellAt(const QPoint &pos, int *recency, int *frequency) const;
    QColor cellColor(qint64 n) const;

    Counts m_counts{};
    qint64 m_max = 0;
};

} // namespace clientele
