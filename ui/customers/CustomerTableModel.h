#pragma once

#include "storage/CustomerQuery.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtGui/QColor>

#include <memory>

namespace clientele {

class Database;
class SegmentEngine;

// The customer table as a windowed model over the database. rowCount() is
// the true number of matching customers, so the scroll bar is honest, but
// only the pages around what is on screen are held in memory (a few
// thousand rows, whatever the size of the file).
//
// Row N is known two ways: near the top by OFFSET on an index (instant),
// anywhere once the full sorted list of ids has arrived from a worker
// thread (a million ids are 8 MB). Until then a deep row shows "Loading…".
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)

public:
    enum Column { Name, Email, Phone, City, Segment, Tags, LastPurchase, Purchases, TotalSpent, Created, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerTableModel(Database &db, QObject *parent = nullptr);
    ~CustomerTableModel() override;

    void setQuery(const CustomerQuery &query);
    const CustomerQuery &query() const { return m_query; }
    // Segment of each customer and the segments' names, as shown (shared copies).
    QHash<qint64, qint64> segmentOf() const { return m_segmentOf; }
    QHash<qint64, QString> segmentNames() const;
    // Fills the Segment column from the engine's latest results (may be null).
    void setSegmentEngine(SegmentEngine *engine);

    // Customers matching the query.
    qint64 totalCount() const { return m_total; }
    // 0 when the row is not loaded yet.
    qint64 customerId(int row) const;
    // Rows held in memory now (for tests and measurements).
    qsizetype cachedRowCount() const;
    // True once every row of the current query can be reached.
    bool isComplete() const { return m_idsReady && !m_loader; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int PageSize = 200;
    // Pages kept in memory; the least recently used go first.
    static constexpr int MaxPages = 40;
    // Below this depth, rows come by OFFSET without waiting for the ids.
    static constexpr int OffsetReach = 4000;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    // Every row can now be reached (scrolling to the end shows real rows).
    void completed();

private:
    struct SegmentLabel
    {
        QString name;
        QColor color;
    };

    void reload();
    // With replacesRows, the current rows stay until the new ones arrive.
    void startLoadingIds(bool replacesRows);
    const CustomerRow *row(int row) const;
    bool loadPage(int page) const;
    void refreshSegmentLabels();

    Database &m_db;
    CustomerQuery m_query;
    qint64 m_total = 0;
    QString m_currency;
    // Sorted ids of all matching customers, once the worker has them.
    QList<qint64> m_ids;
    bool m_idsReady = false;
    quint64 m_generation = 0;
    // Loaded pages, and their order of use for eviction.
    mutable QHash<int, QList<CustomerRow>> m_pages;
    mutable QList<int> m_pageUse;
    SegmentEngine *m_engine = nullptr;
    QHash<qint64, SegmentLabel> m_segmentLabels; // segment id -> label
    QHash<qint64, qint64> m_segmentOf;           // customer id -> segment id (shared, not copied)
    struct Loader;
    std::shared_ptr<Loader> m_loader;
};

} // namespace clientele
