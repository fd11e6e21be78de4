#include "SegmentHistory.h"

#include "AsOfDay.h"
#include "RuleText.h"
#include "SegmentEngine.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QtCore/QLocale>
#include <QtSql/QSqlQuery>

namespace clientele {

SegmentHistory::SegmentHistory(Database &db)
    : m_db(db)
{
}

bool SegmentHistory::hasSnapshot(QDate day) const
{
    QSqlQuery q(m_db.connection());
    return sql::exec(q, QStringLiteral("SELECT 1 FROM segment_snapshots WHERE day = ? LIMIT 1"),
                     {day.toString(Qt::ISODate)})
           && q.next();
}

QList<QDate> SegmentHistory::days() const
{
    QList<QDate> out;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT DISTINCT day FROM segment_snapshots ORDER BY day")))
        while (q.next())
            out << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return out;
}

bool SegmentHistory::save(const SegmentResults &results)
{
    if (!results.asOf.isValid())
        return false;
    const QString day = results.asOf.toString(Qt::ISODate);
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM segment_snapshots WHERE day = ?"), {day})
        || !sql::exec(q, QStringLiteral("DELETE FROM segment_memberships WHERE day = ?"), {day}))
        return false;
    QList<SegmentStats> all = results.segments;
    all << results.everyoneElse;
    for (const SegmentStats &s : std::as_const(all))
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO segment_snapshots (day, segment_id, segment_name, members, "
                                      "revenue_cents) VALUES (?, ?, ?, ?, ?)"),
                       {day, s.segmentId, s.name, s.members, s.revenueCents}))
            return false;
    // Many rows: the raw statement saves most of the per-row cost.
    SqliteStatement insert(m_db.handle(),
                           "INSERT INTO segment_memberships (day, customer_id, segment_id) VALUES (?, ?, ?)");
    if (!insert.isValid())
        return false;
    for (auto it = results.segmentOf.cbegin(); it != results.segmentOf.cend(); ++it) {
        insert.bind(1, day);
        insert.bind(2, it.key());
        insert.bind(3, it.value());
        if (!insert.step())
            return false;
    }
    return tx.commit();
}

bool SegmentHistory::snapshotIfDue(SegmentEngine &engine, QDate day)
{
    const SegmentResults results = engine.evaluate(day);
    if (hasSnapshot(results.asOf))
        return false;
    return save(results);
}

int SegmentHistory::backfill(SegmentEngine &engine, QDate from, QDate to, int stepDays, const Progress &progress)
{
    if (!to.isValid())
        to = AsOfDay::forDatabase(m_db, engine.asOf()).day();
    if (!from.isValid() || from > to || stepDays < 1)
        return 0;
    QList<QDate> due;
    for (QDate day = to; day >= from; day = day.addDays(-stepDays))
        if (!hasSnapshot(day))
            due << day;
    int taken = 0;
    for (qsizetype i = 0; i < due.size(); ++i) {
        if (progress && !progress(int(i), int(due.size())))
            break;
        if (!save(engine.evaluate(due.at(i))))
            return -1;
        ++taken;
    }
    if (progress)
        progress(int(due.size()), int(due.size()));
    return taken;
}

QList<SegmentHistory::SizePoint> SegmentHistory::sizeOverTime(const QString &segmentName, QDate from, QDate to) const
{
    QList<SizePoint> out;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q,
                  QStringLiteral("SELECT day, members, revenue_cents FROM segment_snapshots WHERE segment_name = ? "
                                 "COLLATE NOCASE AND day >= ? AND day <= ? ORDER BY day"),
                  {segmentName, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"),
                   to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999")}))
        while (q.next())
            out << SizePoint{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(),
                             q.value(2).toLongLong()};
    return out;
}

QList<SegmentHistory::Movement> SegmentHistory::movement(QDate from, QDate to) const
{
    QList<Movement> out;
    QSqlQuery q(m_db.connection());
    const QString a = from.toString(Qt::ISODate);
    const QString b = to.toString(Qt::ISODate);
    if (sql::exec(q,
                  QStringLiteral(
                      "SELECT m1.segment_id, s1.segment_name, m2.segment_id, s2.segment_name, count(*) AS n "
                      "FROM segment_memberships m1 "
                      "JOIN segment_memberships m2 ON m2.customer_id = m1.customer_id AND m2.day = ? "
                      "JOIN segment_snapshots s1 ON s1.day = m1.day AND s1.segment_id = m1.segment_id "
                      "JOIN segment_snapshots s2 ON s2.day = m2.day AND s2.segment_id = m2.segment_id "
                      "WHERE m1.day = ? AND m1.segment_id <> m2.segment_id "
                      "GROUP BY m1.segment_id, m2.segment_id ORDER BY n DESC, s1.segment_name, s2.segment_name"),
                  {b, a}))
        while (q.next())
            out << Movement{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                            q.value(3).toString(), q.value(4).toLongLong()};
    return out;
}

QString SegmentHistory::describe(const Movement &move, QDate since)
{
    const QLocale locale;
    const QString day = RuleText::longDate(since);
    if (move.customers == 1)
        return tr("1 customer moved from %1 to %2 since %3.").arg(move.fromSegment, move.toSegment, day);
    return tr("%1 customers moved from %2 to %3 since %4.")
        .arg(locale.toString(move.customers), move.fromSegment, move.toSegment, day);
}

} // namespace clientele
