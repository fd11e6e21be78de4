#include "SqlSegmentEvaluator.h"

#include "RfmTable.h"
#include "RuleJson.h"
#include "SqlRuleCompiler.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <sqlite3.h>

namespace clientele {

namespace {

void bindAll(SqliteStatement &q, const QVariantList &values, int first = 1)
{
    int i = first;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString)
            q.bind(i++, v.toString());
        else
            q.bind(i++, v.toLongLong());
    }
}

} // namespace

SqlSegmentEvaluator::SqlSegmentEvaluator(Database &db)
    : m_db(db)
{
}

QString SqlSegmentEvaluator::selectStatement(const CompiledRule &compiled, bool countOnly)
{
    return (countOnly ? QStringLiteral("SELECT count(*) FROM customers c WHERE c.erased = 0 AND ")
                      : QStringLiteral("SELECT c.id FROM customers c WHERE c.erased = 0 AND "))
           + compiled.where + (countOnly ? QString() : QStringLiteral(" ORDER BY c.id"));
}

std::optional<RfmScore> SqlSegmentEvaluator::rfmScore(const AsOfDay &asOf, int periodDays, qint64 customerId)
{
    CompiledRule scores;
    scores.rfmPeriods << periodDays;
    if (!prepare(scores, asOf))
        return std::nullopt;
    return RfmTable::scoreOf(m_db, periodDays, customerId);
}

bool SqlSegmentEvaluator::prepare(const CompiledRule &compiled, const AsOfDay &asOf)
{
    m_error.clear();
    const QString key = RfmTable::key(asOf);
    for (int period : compiled.rfmPeriods) {
        // Filled since the data last changed, and not for another day since.
        if (m_rfmReady.value(period) == key && RfmTable::isFilled(m_db, asOf, period))
            continue;
        if (!RfmTable::fill(m_db, asOf, period)) {
            m_error = tr("The RFM scores could not be computed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
            return false;
        }
        m_rfmReady.insert(period, key);
    }
    return true;
}

std::optional<QList<qint64>> SqlSegmentEvaluator::matchingIds(const Rule &rule, const AsOfDay &asOf)
{
    if (const QString e = RuleJson::validate(rule); !e.isEmpty()) {
        m_error = e;
        return std::nullopt;
    }
    const CompiledRule compiled = SqlRuleCompiler(asOf).compile(rule);
    if (!prepare(compiled, asOf))
        return std::nullopt;
    SqliteStatement q(m_db.handle(), selectStatement(compiled, false).toStdString());
    if (!q.isValid()) {
        m_error = q.error();
        return std::nullopt;
    }
    bindAll(q, compiled.values);
    QList<qint64> ids;
    while (q.next())
        ids << q.columnInt64(0);
    return ids;
}

qint64 SqlSegmentEvaluator::count(const Rule &rule, const AsOfDay &asOf)
{
    if (const QString e = RuleJson::validate(rule); !e.isEmpty()) {
        m_error = e;
        return -1;
    }
    const CompiledRule compiled = SqlRuleCompiler(asOf).compile(rule);
    if (!prepare(compiled, asOf))
        return -1;
    SqliteStatement q(m_db.handle(), selectStatement(compiled, true).toStdString());
    if (!q.isValid()) {
        m_error = q.error();
        return -1;
    }
    bindAll(q, compiled.values);
    return q.next() ? q.columnInt64(0) : -1;
}

bool SqlSegmentEvaluator::matches(const Rule &rule, const AsOfDay &asOf, qint64 customerId)
{
    if (!RuleJson::validate(rule).isEmpty())
        return false;
    const CompiledRule compiled = SqlRuleCompiler(asOf).compile(rule);
    if (!prepare(compiled, asOf))
        return false;
    SqliteStatement q(m_db.handle(),
                      QString(QStringLiteral("SELECT 1 FROM customers c WHERE c.id = ? AND c.erased = 0 AND ") + compiled.where)
                          .toStdString());
    if (!q.isValid()) {
        m_error = q.error();
        return false;
    }
    q.bind(1, customerId);
    bindAll(q, compiled.values, 2);
    return q.next();
}

QList<qint64> SqlSegmentEvaluator::everyone(const AsOfDay &asOf)
{
    QList<qint64> ids;
    SqliteStatement q(m_db.handle(),
                      "SELECT c.id FROM customers c WHERE c.erased = 0 AND (c.created_at < ?1 "
                      "OR EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = c.id AND p.time < ?1) "
                      "OR EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND i.time < ?1)) "
                      "ORDER BY c.id");
    q.bind(1, asOf.end());
    while (q.next())
        ids << q.columnInt64(0);
    return ids;
}

std::optional<QList<CustomerSpend>> SqlSegmentEvaluator::spend(const AsOfDay &asOf, int days)
{
    // A year is most of the table: reading it in order beats a range of the
    // time index with a row lookup for every purchase (7x on the demo shop).
    SqliteStatement q(m_db.handle(),
                      "SELECT p.customer_id, sum(p.amount_cents), count(*) FROM purchases p NOT INDEXED "
                      "JOIN customers c ON c.id = p.customer_id AND c.erased = 0 "
                      "WHERE p.time >= ? AND p.time < ? GROUP BY p.customer_id ORDER BY p.customer_id");
    if (!q.isValid()) {
        m_error = q.error();
        return std::nullopt;
    }
    q.bind(1, asOf.windowStart(days));
    q.bind(2, asOf.end());
    QList<CustomerSpend> out;
    while (q.next())
        out << CustomerSpend{q.columnInt64(0), q.columnInt64(1), q.columnInt64(2)};
    return out;
}

} // namespace clientele
