#pragma once

#include "segments/SegmentResults.h"

#include <QtCore/QAbstractTableModel>

namespace clientele {

// The segments in priority order with what the engine found for each
// (members, share, revenue), and "Everyone else" as the last row. Rows can
// be dragged to a new place; the model does not move them itself but asks
// (reorderRequested), so the move goes through the undo stack and comes
// back as new results.
class SegmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentListModel)

public:
    enum Column { Name, Members, Share, Revenue, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // 0 for "Everyone else"
        ColorRole,                 // QColor, invalid for none
        SentenceRole,
        ShareRole,                 // double 0..1
        IsEveryoneElseRole,
        ErrorRole,
    };

    explicit SegmentListModel(QObject *parent = nullptr);
    ~SegmentListModel() override;

    // `currency` as an ISO code, for the revenue.
    void setResults(const SegmentResults &results, const QString &currency);
    const SegmentResults &results() const { return m_results; }
    QList<qint64> segmentIds() const;
    // Row of a segment (0: "Everyone else"); -1 when not there.
    int rowOf(qint64 segmentId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The order after moving `segmentId` to `row` (counted before the move).
    QList<qint64> orderAfterMove(qint64 segmentId, int row) const;

Q_SIGNALS:
    void reorderRequested(const QList<qint64> &newOrder);

private:
    const SegmentStats *statsAt(int row) const;

    SegmentResults m_results;
    QString m_currency;
};

} // namespace clientele
