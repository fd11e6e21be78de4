#pragma once

#include "storage/CustomerQuery.h"

#include <QtCore/QAbstractTableModel>

namespace clientele {

class Database;

// The customer table as a lazy model: rows arrive in pages through
// canFetchMore/fetchMore as the view scrolls, so a file with a million
// customers never sits in memory. Sorting and filtering go to the database.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)

public:
    enum Column { Name, Email, Phone, City, Tags, LastPurchase, Purchases, TotalSpent, Created, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerTableModel(Database &db, QObject *parent = nullptr);

    void setQuery(const CustomerQuery &query);
    const CustomerQuery &query() const { return m_query; }
    // Customers matching the query (all of them, not only those fetched).
    qint64 totalCount() const { return m_total; }
    qint64 customerId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int PageSize = 200;

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    void reload();

    Database &m_db;
    CustomerQuery m_query;
    QList<CustomerRow> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
    QString m_currency;
};

} // namespace clientele
