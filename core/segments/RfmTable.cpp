#include "RfmTable.h"

#include "SqlRuleCompiler.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <algorithm>
#include <vector>

namespace clientele {

QList<RfmInput> RfmTable::inputs(Database &db, const AsOfDay &asOf, int periodDays, qint64 customerId)
{
    QList<RfmInput> out;
    // The period is usually most of the table: read it in order (see SegmentEngine).
    SqliteStatement q(db.handle(),
                      "SELECT p.customer_id, max(p.time), count(*), sum(p.amount_cents) FROM purchases p NOT INDEXED "
                      "JOIN customers c ON c.id = p.customer_id AND c.erased = 0 "
                      "WHERE p.time >= ? AND p.time < ? AND (? = 0 OR p.customer_id = ?) GROUP BY p.customer_id");
    if (!q.isValid())
        return out;
    q.bind(1, asOf.windowStart(periodDays));
    q.bind(2, asOf.end());
    q.bind(3, customerId);
    q.bind(4, customerId);
    const Recency recency(asOf, periodDays);
    while (q.next()) {
        RfmInput in;
        in.customerId = q.columnInt64(0);
        in.recencyDays = recency.daysSince(q.columnInt64(1));
        in.frequency = q.columnInt64(2);
        in.monetaryCents = q.columnInt64(3);
        out << in;
    }
    return out;
}

RfmTable::Recency::Recency(const AsOfDay &asOf, int periodDays)
    : m_period(periodDays)
{
    // Local day starts of the period, to turn the last purchase into whole
    // days without a time-zone conversion per customer.
    m_starts.reserve(size_t(periodDays) + 1);
    for (int d = periodDays - 1; d >= -1; --d)
        m_starts.push_back(asOf.startOfDaysAgo(d));
}

qint64 RfmTable::Recency::daysSince(qint64 last) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), last);
    const qint64 dayIndex = qint64(it - m_starts.begin()) - 1; // 0 = first day of the period
    return qint64(m_period - 1) - dayIndex;
}

bool RfmTable::fill(Database &db, const AsOfDay &asOf, int periodDays)
{
    sqlite3 *h = db.handle();
    {
        SqliteStatement create(h,
                               "CREATE TEMP TABLE IF NOT EXISTS clientele_rfm (period INTEGER NOT NULL, customer_id "
                               "INTEGER NOT NULL, r INTEGER NOT NULL, f INTEGER NOT NULL, m INTEGER NOT NULL, "
                               "PRIMARY KEY (period, customer_id)) WITHOUT ROWID");
        if (!create.step())
            return false;
        // Which day each period's scores are for: evaluators sharing the
        // connection must not read another day's scores as their own.
        SqliteStatement filled(h, "CREATE TEMP TABLE IF NOT EXISTS clientele_rfm_filled (period INTEGER PRIMARY KEY, "
                                  "as_of TEXT NOT NULL)");
        if (!filled.step())
            return false;
    }
    const QList<RfmScore> scores = RfmScores::compute(inputs(db, asOf, periodDays));
    SqliteStatement begin(h, "SAVEPOINT clientele_rfm_fill");
    if (!begin.step())
        return false;
    SqliteStatement clear(h, "DELETE FROM temp.clientele_rfm WHERE period = ?");
    clear.bind(1, qint64(periodDays));
    bool ok = clear.step();
    SqliteStatement insert(h, "INSERT INTO temp.clientele_rfm (period, customer_id, r, f, m) VALUES (?, ?, ?, ?, ?)");
    for (const RfmScore &s : scores) {
        if (!ok)
            break;
        insert.bind(1, qint64(periodDays));
        insert.bind(2, s.customerId);
        insert.bind(3, qint64(s.r));
        insert.bind(4, qint64(s.f));
        insert.bind(5, qint64(s.m));
        ok = insert.step();
    }
    if (ok) {
        SqliteStatement mark(h, "INSERT OR REPLACE INTO temp.clientele_rfm_filled (period, as_of) VALUES (?, ?)");
        mark.bind(1, qint64(periodDays));
        mark.bind(2, key(asOf));
        ok = mark.step();
    }
    SqliteStatement end(h, ok ? "RELEASE clientele_rfm_fill" : "ROLLBACK TO clientele_rfm_fill");
    end.step();
    if (!ok) {
        SqliteStatement release(h, "RELEASE clientele_rfm_fill");
        release.step();
    }
    return ok;
}

QString RfmTable::key(const AsOfDay &asOf)
{
    return asOf.day().toString(Qt::ISODate) + u' ' + QString::fromUtf8(asOf.zone().id());
}

bool RfmTable::isFilled(Database &db, const AsOfDay &asOf, int periodDays)
{
    SqliteStatement q(db.handle(), "SELECT as_of FROM temp.clientele_rfm_filled WHERE period = ?");
    if (!q.isValid())
        return false; // not made yet
    q.bind(1, qint64(periodDays));
    return q.next() && q.columnText(0) == key(asOf);
}

std::optional<RfmScore> RfmTable::scoreOf(Database &db, int periodDays, qint64 customerId)
{
    SqliteStatement q(db.handle(), "SELECT r, f, m FROM temp.clientele_rfm WHERE period = ? AND customer_id = ?");
    if (!q.isValid())
        return std::nullopt;
    q.bind(1, qint64(periodDays));
    q.bind(2, customerId);
    if (!q.next())
        return std::nullopt;
    return RfmScore{customerId, int(q.columnInt64(0)), int(q.columnInt64(1)), int(q.columnInt64(2))};
}

} // namespace clientele
