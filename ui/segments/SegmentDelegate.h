#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace clientele {

// Draws a segment row of the Segments page: the colour dot, the name in
// bold with its sentence below, and the share as a bar in the segment's
// colour, so the split of the customers reads at a glance.
class SegmentDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentDelegate)

public:
    explicit SegmentDelegate(QObject *parent = nullptr);
    ~SegmentDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace clientele
