#include "PurchaseStore.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QtSql/QSqlQuery>

namespace clientele {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, customer_id, time, amount_cents, location_id, channel, category, batch_id FROM purchases ");

Purchase purchaseFrom(const QSqlQuery &q)
{
    Purchase p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.time = q.value(2).toLongLong();
    p.amount = Money(q.value(3).toLongLong());
    p.locationId = q.value(4).toLongLong();
    p.channel = q.value(5).toString();
    p.category = q.value(6).toString();
    p.batchId = q.value(7).toLongLong();
    return p;
}

} // namespace

PurchaseStore::PurchaseStore(Database &db)
    : m_db(db)
{
}

std::optional<qint64> PurchaseStore::add(const Purchase &p)
{
    // An id is kept when given: undo puts a deleted purchase back as it was.
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO purchases (id, customer_id, time, amount_cents, location_id, channel, "
                                  "category, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {sql::idOrNull(p.id), p.customerId, p.time, p.amount.cents(), sql::idOrNull(p.locationId),
                    p.channel.trimmed(), p.category.trimmed(), sql::idOrNull(p.batchId)}))
        return std::nullopt;
    m_db.notifier()->notifyPurchases({p.customerId});
    return q.lastInsertId().toLongLong();
}

bool PurchaseStore::update(const Purchase &p)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE purchases SET customer_id = ?, time = ?, amount_cents = ?, location_id = ?, "
                                  "channel = ?, category = ? WHERE id = ?"),
                   {p.customerId, p.time, p.amount.cents(), sql::idOrNull(p.locationId), p.channel.trimmed(),
                    p.category.trimmed(), p.id})
        || q.numRowsAffected() != 1)
        return false;
    m_db.notifier()->notifyPurchases({p.customerId});
    return true;
}

bool PurchaseStore::remove(qint64 purchaseId)
{
    const auto existing = find(purchaseId);
    if (!existing)
        return false;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM purchases WHERE id = ?"), {purchaseId}))
        return false;
    m_db.notifier()->notifyPurchases({existing->customerId});
    return true;
}

std::optional<Purchase> PurchaseStore::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, kSelect + QStringLiteral("WHERE id = ?"), {id}) && q.next())
        return purchaseFrom(q);
    return std::nullopt;
}

QList<Purchase> PurchaseStore::forCustomer(qint64 customerId) const
{
    QList<Purchase> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (sql::exec(q, kSelect + QStringLiteral("WHERE customer_id = ? ORDER BY time DESC, id DESC"), {customerId}))
        while (q.next())
            result << purchaseFrom(q);
    return result;
}

qint64 PurchaseStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT count(*) FROM purchases")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 PurchaseStore::countForCustomer(qint64 customerId) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT count(*) FROM purchases WHERE customer_id = ?"), {customerId}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Money PurchaseStore::totalForCustomer(qint64 customerId) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM purchases WHERE customer_id = ?"),
                  {customerId})
        && q.next())
        return Money(q.value(0).toLongLong());
    return Money();
}

QStringList PurchaseStore::categories(int limit, int recent) const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q,
                  QStringLiteral("SELECT category FROM (SELECT category FROM purchases ORDER BY id DESC LIMIT ?) "
                                 "WHERE category <> '' GROUP BY category COLLATE NOCASE "
                                 "ORDER BY count(*) DESC, category COLLATE NOCASE LIMIT ?"),
                  {recent, limit}))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace clientele
