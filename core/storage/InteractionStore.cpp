#include "InteractionStore.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QtSql/QSqlQuery>

namespace clientele {

InteractionStore::InteractionStore(Database &db)
    : m_db(db)
{
}

std::optional<qint64> InteractionStore::add(const Interaction &i)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO interactions (customer_id, time, kind, location_id, detail, batch_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {i.customerId, i.time, interactionKindKey(i.kind), sql::idOrNull(i.locationId), i.detail,
                    sql::idOrNull(i.batchId)}))
        return std::nullopt;
    m_db.notifier()->notifyInteractions({i.customerId});
    return q.lastInsertId().toLongLong();
}

bool InteractionStore::remove(qint64 interactionId)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT customer_id FROM interactions WHERE id = ?"), {interactionId}) || !q.next())
        return false;
    const qint64 customerId = q.value(0).toLongLong();
    if (!sql::exec(q, QStringLiteral("DELETE FROM interactions WHERE id = ?"), {interactionId}))
        return false;
    m_db.notifier()->notifyInteractions({customerId});
    return true;
}

QList<Interaction> InteractionStore::forCustomer(qint64 customerId) const
{
    QList<Interaction> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, customer_id, time, kind, location_id, detail, batch_id FROM interactions "
                                  "WHERE customer_id = ? ORDER BY time DESC, id DESC"),
                   {customerId}))
        return result;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.customerId = q.value(1).toLongLong();
        i.time = q.value(2).toLongLong();
        i.kind = interactionKindFromKey(q.value(3).toString()).value_or(InteractionKind::Note);
        i.locationId = q.value(4).toLongLong();
        i.detail = q.value(5).toString();
        i.batchId = q.value(6).toLongLong();
        result << i;
    }
    return result;
}

qint64 InteractionStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT count(*) FROM interactions")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 InteractionStore::count(InteractionKind kind) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT count(*) FROM interactions WHERE kind = ?"), {interactionKindKey(kind)})
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace clientele
