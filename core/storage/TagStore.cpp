#include "TagStore.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QtSql/QSqlQuery>

namespace clientele {

namespace {

Tag tagFrom(const QSqlQuery &q)
{
    Tag t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.color = q.value(2).toString();
    t.customerCount = q.value(3).toLongLong();
    return t;
}

const QString kSelectTags = QStringLiteral(
    "SELECT t.id, t.name, t.color, (SELECT count(*) FROM customer_tags ct WHERE ct.tag_id = t.id) FROM tags t ");

} // namespace

TagStore::TagStore(Database &db)
    : m_db(db)
{
}

QList<Tag> TagStore::all() const
{
    QList<Tag> result;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, kSelectTags + QStringLiteral("ORDER BY t.name COLLATE NOCASE")))
        while (q.next())
            result << tagFrom(q);
    return result;
}

std::optional<Tag> TagStore::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, kSelectTags + QStringLiteral("WHERE t.id = ?"), {id}) && q.next())
        return tagFrom(q);
    return std::nullopt;
}

std::optional<Tag> TagStore::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, kSelectTags + QStringLiteral("WHERE t.name = ?"), {name.trimmed()}) && q.next())
        return tagFrom(q);
    return std::nullopt;
}

std::optional<qint64> TagStore::ensure(const QString &name, const QString &color)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (auto existing = findByName(trimmed))
        return existing->id;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("INSERT INTO tags (name, color) VALUES (?, ?)"), {trimmed, color}))
        return std::nullopt;
    m_db.notifier()->notifyTags();
    return q.lastInsertId().toLongLong();
}

bool TagStore::rename(qint64 tagId, const QString &newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        return false;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"), {trimmed, tagId}) || q.numRowsAffected() != 1)
        return false;
    m_db.notifier()->notifyTags();
    return true;
}

bool TagStore::setColor(qint64 tagId, const QString &color)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"), {color, tagId}))
        return false;
    Q_EMIT m_db.notifier()->tagsChanged();
    return true;
}

bool TagStore::remove(qint64 tagId)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM tags WHERE id = ?"), {tagId}))
        return false;
    m_db.notifier()->notifyTags();
    return true;
}

bool TagStore::restore(const Tag &tag, const QList<qint64> &customerIds)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("INSERT INTO tags (id, name, color) VALUES (?, ?, ?)"), {tag.id, tag.name, tag.color}))
        return false;
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                  "SELECT id, ? FROM customers WHERE id = ?")))
        return false;
    for (qint64 id : customerIds) {
        q.bindValue(0, tag.id);
        q.bindValue(1, id);
        if (!sql::exec(q))
            return false;
    }
    if (!tx.commit())
        return false;
    m_db.notifier()->notifyTags();
    m_db.notifier()->notifyCustomerTags(customerIds);
    return true;
}

bool TagStore::merge(qint64 from, qint64 into)
{
    if (from == into)
        return true;
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                                  "SELECT customer_id, ? FROM customer_tags WHERE tag_id = ?"),
                   {into, from})
        || !sql::exec(q, QStringLiteral("DELETE FROM tags WHERE id = ?"), {from}) || !tx.commit())
        return false;
    m_db.notifier()->notifyTags();
    return true;
}

qint64 TagStore::tagCustomers(qint64 tagId, const QList<qint64> &customerIds)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)")))
        return -1;
    qint64 changed = 0;
    for (qint64 id : customerIds) {
        q.bindValue(0, id);
        q.bindValue(1, tagId);
        if (!sql::exec(q))
            return -1;
        changed += q.numRowsAffected();
    }
    if (!tx.commit())
        return -1;
    m_db.notifier()->notifyCustomerTags(customerIds);
    return changed;
}

qint64 TagStore::untagCustomers(qint64 tagId, const QList<qint64> &customerIds)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id = ?")))
        return -1;
    qint64 changed = 0;
    for (qint64 id : customerIds) {
        q.bindValue(0, id);
        q.bindValue(1, tagId);
        if (!sql::exec(q))
            return -1;
        changed += q.numRowsAffected();
    }
    if (!tx.commit())
        return -1;
    m_db.notifier()->notifyCustomerTags(customerIds);
    return changed;
}

QList<Tag> TagStore::tagsOf(qint64 customerId) const
{
    QList<Tag> result;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q,
                  kSelectTags
                      + QStringLiteral("JOIN customer_tags c ON c.tag_id = t.id WHERE c.customer_id = ? "
                                       "ORDER BY t.name COLLATE NOCASE"),
                  {customerId}))
        while (q.next())
            result << tagFrom(q);
    return result;
}

QList<qint64> TagStore::customersWith(qint64 tagId) const
{
    QList<qint64> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (sql::exec(q, QStringLiteral("SELECT customer_id FROM customer_tags WHERE tag_id = ? ORDER BY customer_id"), {tagId}))
        while (q.next())
            result << q.value(0).toLongLong();
    return result;
}

QStringList TagStore::names() const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace clientele
