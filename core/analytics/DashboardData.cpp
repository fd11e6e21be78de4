#include "DashboardData.h"

#include "analytics/RfmScores.h"
#include "segments/AsOfDay.h"
#include "segments/RfmTable.h"
#include "segments/SegmentEngine.h"
#include "storage/Database.h"
#include "storage/LocationStore.h"
#include "storage/SqliteStatement.h"

#include <algorithm>
#include <unordered_map>

namespace clientele {

namespace {

constexpr int Steps = 6;

QList<qint64> readIds(SqliteStatement &q)
{
    QList<qint64> ids;
    while (q.next())
        ids << q.columnInt64(0);
    return ids;
}

} // namespace

DashboardData DashboardData::compute(Database &db, const Options &options,
                                     const std::optional<SegmentResults> &results, const Progress &progress)
{
    DashboardData d;
    int step = 0;
    const auto next = [&] {
        if (progress && !progress(++step, Steps)) {
            d.cancelled = true;
            return false;
        }
        return true;
    };

    // 1. Segments: the engine's results when given, else evaluated here.
    SegmentResults r;
    if (results) {
        r = *results;
    } else {
        SegmentEngine engine(db);
        engine.setAutoRefresh(false);
        r = engine.evaluate(options.asOf);
    }
    const AsOfDay asOf = AsOfDay::forDatabase(db, r.asOf.isValid() ? r.asOf : options.asOf);
    d.asOf = asOf.day();
    d.totalCustomers = r.totalCustomers;
    d.segmentOf = r.segmentOf;
    QList<SegmentStats> all = r.segments;
    all << r.everyoneElse;
    QHash<qint64, qsizetype> segmentIndex;
    for (const SegmentStats &s : std::as_const(all)) {
        segmentIndex.insert(s.segmentId, d.segments.size());
        d.segments << SegmentSlice{s.segmentId, s.name, s.color, s.members, s.share, s.revenueCents, 0.0};
        d.revenueCents += s.revenueCents;
    }
    for (SegmentSlice &s : d.segments)
        s.revenueShare = d.revenueCents > 0 ? double(s.revenueCents) / double(d.revenueCents) : 0.0;
    {
        SqliteStatement q(db.handle(), "SELECT count(*) FROM purchases p JOIN customers c ON c.id = p.customer_id "
                                       "AND c.erased = 0 WHERE p.time < ?");
        q.bind(1, asOf.end());
        if (q.next())
            d.purchasesEver = q.columnInt64(0);
        else
            d.error = q.error();
    }
    if (!next())
        return d;

    // 2. Locations: revenue, customers and their segments in the window.
    {
        QHash<qint64, qsizetype> byLocation;
        const auto locationRow = [&](qint64 id, const QString &name) -> LocationTotals & {
            auto it = byLocation.find(id);
            if (it == byLocation.end()) {
                it = byLocation.insert(id, d.locations.size());
                d.locations << LocationTotals{id, name, 0, 0, QList<qint64>(d.segments.size(), 0)};
            }
            return d.locations[it.value()];
        };
        for (const Location &l : LocationStore(db).all())
            locationRow(l.id, l.name);
        // "+p.time": purchases are read in table order, not fetched one by one
        // through the time index (34 s against 2 s for a month of a
        // million-customer shop).
        SqliteStatement q(db.handle(),
                          "SELECT coalesce(p.location_id, 0), p.customer_id, sum(p.amount_cents) FROM purchases p "
                          "JOIN customers c ON c.id = p.customer_id AND c.erased = 0 "
                          "WHERE +p.time >= ? AND +p.time < ? GROUP BY 1, 2");
        q.bind(1, asOf.windowStart(options.locationDays));
        q.bind(2, asOf.end());
        while (q.next()) {
            LocationTotals &l = locationRow(q.columnInt64(0), tr("No location"));
            ++l.customers;
            l.revenueCents += q.columnInt64(2);
            const qsizetype seg = segmentIndex.value(d.segmentOf.value(q.columnInt64(1)), d.segments.size() - 1);
            ++l.customersBySegment[seg];
        }
        std::stable_sort(d.locations.begin(), d.locations.end(), [](const LocationTotals &a, const LocationTotals &b) {
            return a.revenueCents > b.revenueCents;
        });
    }
    if (!next())
        return d;

    // 3. New and returning customers per month.
    {
        std::unordered_map<qint64, qint64> first;
        SqliteStatement firsts(db.handle(), "SELECT p.customer_id, min(p.time) FROM purchases p "
                                            "JOIN customers c ON c.id = p.customer_id AND c.erased = 0 "
                                            "WHERE p.time < ? GROUP BY p.customer_id");
        firsts.bind(1, asOf.end());
        while (firsts.next())
            first.emplace(firsts.columnInt64(0), firsts.columnInt64(1));
        SqliteStatement inMonth(db.handle(), "SELECT DISTINCT p.customer_id FROM purchases p "
                                             "JOIN customers c ON c.id = p.customer_id AND c.erased = 0 "
                                             "WHERE +p.time >= ? AND +p.time < ?");
        const QDate thisMonth(d.asOf.year(), d.asOf.month(), 1);
        for (int i = options.months - 1; i >= 0; --i) {
            Month m;
            m.month = thisMonth.addMonths(-i);
            const qint64 start = asOf.startOf(m.month);
            const qint64 end = std::min(asOf.startOf(m.month.addMonths(1)), asOf.end());
            inMonth.reset();
            inMonth.bind(1, start);
            inMonth.bind(2, end);
            while (inMonth.next()) {
                const auto f = first.find(inMonth.columnInt64(0));
                if (f != first.end() && f->second >= start)
                    ++m.newCustomers;
                else
                    ++m.returningCustomers;
            }
            d.months << m;
        }
    }
    if (!next())
        return d;

    // 4. The RFM grid: recency by frequency.
    {
        const QList<RfmScore> scores = RfmScores::compute(RfmTable::inputs(db, asOf, options.rfmPeriodDays));
        for (const RfmScore &s : scores)
            if (s.r >= 1 && s.r <= 5 && s.f >= 1 && s.f <= 5)
                d.rfm[size_t(s.r - 1)][size_t(s.f - 1)] << s.customerId;
        for (auto &row : d.rfm)
            for (QList<qint64> &cell : row)
                std::sort(cell.begin(), cell.end());
        d.rfmCustomersTotal = scores.size();
    }
    if (!next())
        return d;

    // 5. History: today's snapshot when missing, then sizes over time.
    SegmentHistory history(db);
    if (options.snapshotIfMissing && r.asOf.isValid() && !history.hasSnapshot(r.asOf))
        history.save(r);
    d.snapshotDays = history.days();
    while (!d.snapshotDays.isEmpty() && d.snapshotDays.last() > d.asOf)
        d.snapshotDays.removeLast();
    for (const SegmentSlice &s : std::as_const(d.segments))
        d.sizes << SizeSeries{s.segmentId, s.name, s.color, history.sizeOverTime(s.name, QDate(), d.asOf)};
    if (!next())
        return d;

    // 6. Movement between two snapshot days.
    d.movementTo = options.movementTo;
    d.movementFrom = options.movementFrom;
    if (!d.movementTo.isValid() && !d.snapshotDays.isEmpty())
        d.movementTo = d.snapshotDays.last();
    if (!d.movementFrom.isValid() && d.movementTo.isValid()) {
        // The latest snapshot at least a month before, else the oldest one.
        const QDate monthBefore = d.movementTo.addDays(-30);
        for (const QDate day : std::as_const(d.snapshotDays))
            if (day < d.movementTo && (day <= monthBefore || !d.movementFrom.isValid()))
                d.movementFrom = day;
    }
    if (d.movementFrom.isValid() && d.movementTo.isValid() && d.movementFrom != d.movementTo)
        d.movements = history.movement(d.movementFrom, d.movementTo);
    next();
    return d;
}

QList<qint64> DashboardData::customersInMonth(Database &db, const AsOfDay &asOf, QDate month, bool returning)
{
    const QDate first(month.year(), month.month(), 1);
    const qint64 start = asOf.startOf(first);
    SqliteStatement q(db.handle(),
                      "SELECT DISTINCT p.customer_id FROM purchases p "
                      "JOIN customers c ON c.id = p.customer_id AND c.erased = 0 "
                      "WHERE +p.time >= ? AND +p.time < ? "
                      "AND ((SELECT min(e.time) FROM purchases e WHERE e.customer_id = p.customer_id) < ?) = ? "
                      "ORDER BY p.customer_id");
    q.bind(1, start);
    q.bind(2, std::min(asOf.startOf(first.addMonths(1)), asOf.end()));
    q.bind(3, start);
    q.bind(4, qint64(returning ? 1 : 0));
    return readIds(q);
}

QList<qint64> DashboardData::customersAtLocation(Database &db, const AsOfDay &asOf, int days, qint64 locationId)
{
    SqliteStatement q(db.handle(), "SELECT DISTINCT p.customer_id FROM purchases p "
                                   "JOIN customers c ON c.id = p.customer_id AND c.erased = 0 "
                                   "WHERE +p.time >= ? AND +p.time < ? AND coalesce(p.location_id, 0) = ? "
                                   "ORDER BY p.customer_id");
    q.bind(1, asOf.windowStart(days));
    q.bind(2, asOf.end());
    q.bind(3, locationId);
    return readIds(q);
}

QList<qint64> DashboardData::movers(Database &db, QDate from, QDate to, qint64 fromSegmentId, qint64 toSegmentId)
{
    SqliteStatement q(db.handle(), "SELECT m1.customer_id FROM segment_memberships m1 "
                                   "JOIN segment_memberships m2 ON m2.customer_id = m1.customer_id AND m2.day = ? "
                                   "WHERE m1.day = ? AND m1.segment_id = ? AND m2.segment_id = ? "
                                   "ORDER BY m1.customer_id");
    q.bind(1, to.toString(Qt::ISODate));
    q.bind(2, from.toString(Qt::ISODate));
    q.bind(3, fromSegmentId);
    q.bind(4, toSegmentId);
    return readIds(q);
}

QList<qint64> DashboardData::membersOf(qint64 segmentId) const
{
    return SegmentResults::membersOf(segmentOf, segmentId);
}

const QList<qint64> &DashboardData::rfmCustomers(int recency, int frequency) const
{
    static const QList<qint64> none;
    if (recency < 1 || recency > 5 || frequency < 1 || frequency > 5)
        return none;
    return rfm[size_t(recency - 1)][size_t(frequency - 1)];
}

} // namespace clientele
