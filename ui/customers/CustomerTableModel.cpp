#include "CustomerTableModel.h"

#include "model/Money.h"
#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QScopedValueRollback>

namespace clientele {

CustomerTableModel::CustomerTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    ChangeNotifier *n = db.notifier();
    connect(n, &ChangeNotifier::customerDataChanged, this, &CustomerTableModel::reload);
    connect(n, &ChangeNotifier::tagsChanged, this, &CustomerTableModel::reload);
    connect(n, &ChangeNotifier::settingsChanged, this, [this](const QString &key) {
        if (key == u"shop/currency")
            reload();
    });
    reload();
}

void CustomerTableModel::setQuery(const CustomerQuery &query)
{
    m_query = query;
    reload();
}

void CustomerTableModel::reload()
{
    // No fetching from listeners of the reset before it is complete.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    const CustomerStore store(m_db);
    m_currency = SettingsStore(m_db).currency();
    m_total = store.count(m_query);
    m_rows = store.rows(m_query, 0, PageSize);
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

qint64 CustomerTableModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void CustomerTableModel::fetchMore(const QModelIndex &parent)
{
    // Views (and model testers) may ask for more from inside the signals
    // of the previous page; one page at a time.
    if (parent.isValid() || m_fetching)
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const QList<CustomerRow> more = CustomerStore(m_db).rows(m_query, m_rows.size(), PageSize);
    if (more.isEmpty()) {
        // The data shrank under us (another window deleted customers).
        m_total = m_rows.size();
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    static const CustomerQuery::Sort sorts[ColumnCount] = {
        CustomerQuery::Sort::Name,       CustomerQuery::Sort::Email,        CustomerQuery::Sort::Phone,
        CustomerQuery::Sort::City,       CustomerQuery::Sort::Name,         CustomerQuery::Sort::LastPurchase,
        CustomerQuery::Sort::Purchases,  CustomerQuery::Sort::TotalSpent,   CustomerQuery::Sort::Created,
    };
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = sorts[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow &r = m_rows.at(index.row());
    if (role == CustomerIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Purchases || index.column() == TotalSpent)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return r.displayName();
    case Email:
        return r.email;
    case Phone:
        return r.phone;
    case City:
        return r.city;
    case Tags:
        return r.tags.join(QStringLiteral(", "));
    case LastPurchase:
        if (r.lastPurchaseAt <= 0)
            return role == Qt::ToolTipRole ? tr("Has not bought anything yet") : QVariant();
        return locale.toString(QDateTime::fromSecsSinceEpoch(r.lastPurchaseAt).date(), QLocale::ShortFormat);
    case Purchases:
        return locale.toString(r.purchaseCount);
    case TotalSpent:
        return Money(r.totalSpentCents).toDisplayString(locale, m_currency);
    case Created:
        return locale.toString(QDateTime::fromSecsSinceEpoch(r.createdAt).date(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    case Tags:
        return tr("Tags");
    case LastPurchase:
        return tr("Last purchase");
    case Purchases:
        return tr("Purchases");
    case TotalSpent:
        return tr("Total spent");
    case Created:
        return tr("Customer since");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace clientele
