#include "CustomerTableModel.h"

#include "model/Money.h"
#include "segments/SegmentEngine.h"
#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDateTime>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>
#include <QtGui/QFont>

#include <atomic>

namespace clientele {

// Loads the sorted ids of one query in a worker, on its own connection.
// The model drops a loader when the query changes; a stale answer is ignored.
struct CustomerTableModel::Loader
{
    std::atomic_bool cancelled{false};
};

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

CustomerTableModel::~CustomerTableModel()
{
    if (m_loader)
        m_loader->cancelled = true;
}

void CustomerTableModel::setSegmentEngine(SegmentEngine *engine)
{
    m_engine = engine;
    if (engine)
        connect(engine, &SegmentEngine::resultsChanged, this, &CustomerTableModel::refreshSegmentLabels);
    refreshSegmentLabels();
}

void CustomerTableModel::refreshSegmentLabels()
{
    m_segmentLabels.clear();
    m_segmentOf.clear();
    if (!m_engine || m_engine->isStale())
        return;
    const SegmentResults &r = m_engine->results();
    m_segmentOf = r.segmentOf;
    for (const SegmentStats &s : r.segments)
        m_segmentLabels.insert(s.segmentId, {s.name, QColor(s.color)});
    m_segmentLabels.insert(0, {r.everyoneElse.name, QColor()});
    if (m_total > 0)
        Q_EMIT dataChanged(index(0, Segment), index(int(m_total) - 1, Segment));
}

QHash<qint64, QString> CustomerTableModel::segmentNames() const
{
    QHash<qint64, QString> names;
    for (auto it = m_segmentLabels.cbegin(); it != m_segmentLabels.cend(); ++it)
        names.insert(it.key(), it.value().name);
    return names;
}

void CustomerTableModel::setQuery(const CustomerQuery &query)
{
    m_query = query;
    reload();
}

void CustomerTableModel::reload()
{
    // A typed search can match half a million customers, and sorting them
    // takes longer than a keystroke may hold the window: searches are
    // answered by a worker, and the previous rows stay until the answer.
    if (!CustomerStore::ftsQuery(m_query.text).isEmpty()) {
        ++m_generation;
        if (m_loader)
            m_loader->cancelled = true;
        m_currency = SettingsStore(m_db).currency();
        startLoadingIds(true);
        return;
    }
    beginResetModel();
    ++m_generation;
    if (m_loader)
        m_loader->cancelled = true;
    m_loader.reset();
    m_pages.clear();
    m_pageUse.clear();
    m_ids.clear();
    m_idsReady = false;
    const CustomerStore store(m_db);
    m_currency = SettingsStore(m_db).currency();
    m_total = qMin<qint64>(store.count(m_query), INT_MAX);
    // Small answers come at once; big ones get their ids from a worker while
    // the first page shows.
    if (m_total <= OffsetReach) {
        m_ids = store.sortedIds(m_query);
        m_idsReady = true;
        m_total = m_ids.size();
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!m_idsReady)
        startLoadingIds(false);
    else
        Q_EMIT completed();
}

void CustomerTableModel::startLoadingIds(bool replacesRows)
{
    auto loader = std::make_shared<Loader>();
    m_loader = loader;
    const quint64 generation = m_generation;
    const QString path = m_db.path();
    const CustomerQuery query = m_query;
    auto *watcher = new QFutureWatcher<QList<qint64>>(this);
    connect(watcher, &QFutureWatcher<QList<qint64>>::finished, this, [this, watcher, generation, replacesRows] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        if (replacesRows) {
            beginResetModel();
            m_ids = watcher->result();
            m_idsReady = true;
            m_total = m_ids.size();
            m_pages.clear();
            m_pageUse.clear();
            m_loader.reset();
            endResetModel();
            Q_EMIT totalCountChanged(m_total);
            Q_EMIT completed();
            return;
        }
        m_ids = watcher->result();
        m_idsReady = true;
        m_loader.reset();
        if (m_ids.size() != m_total) {
            // The data changed while the ids were read: start over, cheaply.
            reload();
            return;
        }
        // Rows that showed "Loading…" can now be filled.
        m_pages.clear();
        m_pageUse.clear();
        if (m_total > 0)
            Q_EMIT dataChanged(index(0, 0), index(int(m_total) - 1, ColumnCount - 1));
        Q_EMIT completed();
    });
    watcher->setFuture(QtConcurrent::run([path, query, loader]() -> QList<qint64> {
        Database worker;
        if (worker.openForWorker(path))
            return {};
        return CustomerStore(worker).sortedIds(query, [loader] { return loader->cancelled.load(); });
    }));
}

bool CustomerTableModel::loadPage(int page) const
{
    const CustomerStore store(m_db);
    QList<CustomerRow> rows;
    const int first = page * PageSize;
    if (m_idsReady) {
        rows = store.rowsByIds(m_ids.mid(first, PageSize));
    } else if (first < OffsetReach && CustomerStore::isIndexedSort(m_query.sort)) {
        rows = store.rows(m_query, first, PageSize);
    } else {
        return false;
    }
    m_pages.insert(page, rows);
    m_pageUse.removeAll(page);
    m_pageUse.append(page);
    while (m_pageUse.size() > MaxPages)
        m_pages.remove(m_pageUse.takeFirst());
    return true;
}

const CustomerRow *CustomerTableModel::row(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else if (m_pageUse.constLast() != page) {
        m_pageUse.removeAll(page);
        m_pageUse.append(page);
    }
    const qsizetype offset = row - page * PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 CustomerTableModel::customerId(int r) const
{
    if (m_idsReady)
        return r >= 0 && r < m_ids.size() ? m_ids.at(r) : 0;
    const CustomerRow *found = row(r);
    return found ? found->id : 0;
}

qsizetype CustomerTableModel::cachedRowCount() const
{
    qsizetype n = 0;
    for (const QList<CustomerRow> &page : std::as_const(m_pages))
        n += page.size();
    return n;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    static const CustomerQuery::Sort sorts[ColumnCount] = {
        CustomerQuery::Sort::Name,         CustomerQuery::Sort::Email,     CustomerQuery::Sort::Phone,
        CustomerQuery::Sort::City,         CustomerQuery::Sort::Name,      CustomerQuery::Sort::Name,
        CustomerQuery::Sort::LastPurchase, CustomerQuery::Sort::Purchases, CustomerQuery::Sort::TotalSpent,
        CustomerQuery::Sort::Created,
    };
    // Segments are assigned by the engine, not stored: no order in the
    // database; tags neither.
    if (column < 0 || column >= ColumnCount || column == Segment || column == Tags)
        return;
    m_query.sort = sorts[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Purchases || index.column() == TotalSpent)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const bool wanted = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::DecorationRole
                        || role == CustomerIdRole || role == Qt::FontRole;
    if (!wanted)
        return {};
    const CustomerRow *found = row(index.row());
    if (!found) {
        if (role == Qt::DisplayRole && index.column() == Name)
            return tr("Loading…");
        return {};
    }
    const CustomerRow &r = *found;
    if (role == CustomerIdRole)
        return r.id;
    if (role == Qt::FontRole)
        return {};
    if (index.column() == Segment) {
        if (m_segmentLabels.isEmpty() || (role != Qt::DisplayRole && role != Qt::DecorationRole))
            return {};
        const auto label = m_segmentLabels.constFind(m_segmentOf.value(r.id, 0));
        if (label == m_segmentLabels.cend())
            return {};
        if (role == Qt::DecorationRole)
            return label->color.isValid() ? QVariant(label->color) : QVariant();
        return label->name;
    }
    if (role == Qt::DecorationRole)
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
    case Segment:
        return {};
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
    case Segment:
        return tr("Segment");
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
