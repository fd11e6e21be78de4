#include "DashboardData.h"

#include "analytics/RfmScores.h"
#include "segments/AsOfDay.h"
#include "segments/RfmTable.h"
#include "segments/SegmentEngine.h"
#include "storage/Database.h"
#include "storage/LocationStore.h"
#include "storage/SqliteStatement.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace clientele {

namespace {

constexpr int Steps = 6;

struct PairHash
{
    size_t operator()(const std::pair<qint64, qint64> &p) const noexcept
    {
        return std::hash<qint64>()(p.first * 1000003 ^ p.second);
    }
};

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
        // Purchases in table order, summed here: no sort of the window, no
        // lookup of the customer (erased customers have no segment entry).
        // A million-customer shop: 2 s, against 7 s grouped by SQLite.
        SqliteStatement q(db.handle(), "SELECT coalesce(p.location_id, 0), p.customer_id, p.amount_cents "
                                       "FROM purchases p NOT INDEXED WHERE p.time >= ? AND p.time < ?");
        q.bind(1, asOf.windowStart(options.locationDays));
        q.bind(2, asOf.end());
        std::unordered_set<std::pair<qint64, qint64>, PairHash> seen; // location, customer
        while (q.next()) {
            const qint64 customer = q.columnInt64(1);
            const auto segment = d.segmentOf.constFind(customer);
            if (segment == d.segmentOf.cend())
                continue; // erased
            LocationTotals &l = locationRow(q.columnInt64(0), tr("No location"));
            l.revenueCents += q.columnInt64(2);
            if (!seen.insert({l.locationId, customer}).second)
                continue;
            ++l.customers;
            ++l.customersBySegment[segmentIndex.value(segment.value(), d.segments.size() - 1)];
        }
        std::stable_sort(d.locations.begin(), d.locations.end(), [](const LocationTotals &a, const LocationTotals &b) {
            return a.revenueCents > b.revenueCents;
        });
    }
    if (!next())
        return d;

    // 3. New and returning customers per month, in one pass over the
    // (customer_id, time, amount_cents) index: each customer's purchases
    // come together and by time, so the first one is their first ever. The
    // same pass counts the purchases ever and gathers what the RFM grid
    // (step 4) scores.
    QList<RfmInput> rfmInputs;
    {
        const qint64 rfmStart = asOf.windowStart(options.rfmPeriodDays);
        const RfmTable::Recency recency(asOf, options.rfmPeriodDays);
        RfmInput rfm;
        const auto flushRfm = [&] {
            if (rfm.frequency > 0)
                rfmInputs << rfm;
            rfm = RfmInput{};
        };
        const QDate thisMonth(d.asOf.year(), d.asOf.month(), 1);
        std::vector<qint64> starts; // the months' first seconds, then the end
        for (int i = options.months - 1; i >= 0; --i) {
            Month m;
            m.month = thisMonth.addMonths(-i);
            d.months << m;
            starts.push_back(asOf.startOf(m.month));
        }
        starts.push_back(std::min(asOf.startOf(thisMonth.addMonths(1)), asOf.end()));
        SqliteStatement q(db.handle(), "SELECT p.customer_id, p.time, p.amount_cents FROM customers c "
                                       "JOIN purchases p ON p.customer_id = c.id "
                                       "WHERE c.erased = 0 AND p.time < ? ORDER BY p.customer_id, p.time");
        q.bind(1, asOf.end());
        qint64 customer = -1;
        qint64 first = 0;
        std::vector<bool> seen(d.months.size(), false);
        if (!q.isValid())
            d.error = q.error();
        while (q.next()) {
            ++d.purchasesEver;
            const qint64 id = q.columnInt64(0);
            const qint64 t = q.columnInt64(1);
            if (id != customer) {
                flushRfm();
                customer = id;
                first = t;
                std::fill(seen.begin(), seen.end(), false);
            }
            if (t >= rfmStart) {
                rfm.customerId = id;
                rfm.recencyDays = recency.daysSince(t); // the last one stays
                ++rfm.frequency;
                rfm.monetaryCents += q.columnInt64(2);
            }
            if (t < starts.front() || t >= starts.back())
                continue;
            const auto month = size_t(std::upper_bound(starts.begin(), starts.end(), t) - starts.begin()) - 1;
            if (month >= seen.size() || seen[month])
                continue;
            seen[month] = true;
            if (first >= starts[month])
                ++d.months[qsizetype(month)].newCustomers;
            else
                ++d.months[qsizetype(month)].returningCustomers;
        }
        flushRfm();
    }
    if (!next())
        return d;

    // 4. The RFM grid: recency by frequency.
    {
        const QList<RfmScore> scores = RfmScores::compute(rfmInputs);
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
