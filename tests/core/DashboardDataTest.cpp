#include "TempDatabase.h"

#include "analytics/DashboardData.h"
#include "analytics/RfmScores.h"
#include "demo/DemoShop.h"
#include "segments/AsOfDay.h"
#include "segments/RfmTable.h"
#include "segments/RuleJson.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentHistory.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "storage/SettingsStore.h"
#include "storage/SqlUtil.h"

#include <QtCore/QDateTime>
#include <QtSql/QSqlQuery>

#include <thread>

using namespace clientele;

namespace {

const QDate kAsOf(2026, 3, 31);

} // namespace

class DashboardDataTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        DemoShop::Options o;
        o.customers = 600;
        o.asOf = kAsOf;
        ASSERT_TRUE(DemoShop::generate(db, o).ok);
        const std::optional<TemplateSet> cafe = SegmentTemplates::set(QStringLiteral("cafe"));
        ASSERT_TRUE(cafe);
        for (const SegmentTemplate &t : cafe->segments) {
            QString error;
            ASSERT_TRUE(SegmentStore(db).add(t.toSegment(), &error)) << error.toStdString();
        }
        zone = SettingsStore(db).timeZone();
    }

    qint64 startOf(QDate day) const { return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(); }

    qint64 scalar(const QString &statement, const QVariantList &values)
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(sql::exec(q, statement, values));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    DashboardData compute(DashboardData::Options o = {})
    {
        o.asOf = kAsOf;
        return DashboardData::compute(db, o);
    }

    QTimeZone zone;
};

TEST_F(DashboardDataTest, SegmentsAddUpAndMatchTheEngine)
{
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    const SegmentResults r = engine.evaluate(kAsOf);
    const DashboardData d = compute();
    ASSERT_FALSE(d.cancelled);
    EXPECT_EQ(d.asOf, kAsOf);
    EXPECT_EQ(d.totalCustomers, 600);
    ASSERT_EQ(d.segments.size(), r.segments.size() + 1);
    EXPECT_EQ(d.segments.last().segmentId, 0);
    qint64 members = 0;
    double revenueShare = 0;
    for (qsizetype i = 0; i < r.segments.size(); ++i) {
        EXPECT_EQ(d.segments[i].name, r.segments[i].name);
        EXPECT_EQ(d.segments[i].members, r.segments[i].members);
        EXPECT_EQ(d.segments[i].revenueCents, r.segments[i].revenueCents);
        EXPECT_EQ(d.membersOf(d.segments[i].segmentId).size(), r.segments[i].members);
    }
    for (const DashboardData::SegmentSlice &s : d.segments) {
        members += s.members;
        revenueShare += s.revenueShare;
    }
    EXPECT_EQ(members, 600);
    EXPECT_NEAR(revenueShare, 1.0, 1e-9);
    // The revenue of the last 365 days, by independent SQL.
    EXPECT_EQ(d.revenueCents,
              scalar(QStringLiteral("SELECT sum(amount_cents) FROM purchases WHERE time >= ? AND time < ?"),
                     {startOf(kAsOf.addDays(-364)), startOf(kAsOf.addDays(1))}));
    EXPECT_GT(d.purchasesEver, 1000);
}

TEST_F(DashboardDataTest, NewAndReturningCustomersPerMonth)
{
    const DashboardData d = compute();
    ASSERT_EQ(d.months.size(), 12);
    EXPECT_EQ(d.months.first().month, QDate(2025, 4, 1));
    EXPECT_EQ(d.months.last().month, QDate(2026, 3, 1));
    const AsOfDay asOf(kAsOf, zone);
    qint64 newOverall = 0;
    for (const DashboardData::Month &m : d.months) {
        const qint64 start = startOf(m.month);
        const qint64 end = startOf(m.month.addMonths(1));
        const qint64 buyers = scalar(
            QStringLiteral("SELECT count(DISTINCT customer_id) FROM purchases WHERE time >= ? AND time < ?"), {start, end});
        const qint64 firstTimers = scalar(QStringLiteral("SELECT count(*) FROM (SELECT min(time) AS f FROM purchases "
                                                         "GROUP BY customer_id) WHERE f >= ? AND f < ?"),
                                          {start, end});
        EXPECT_EQ(m.newCustomers, firstTimers) << m.month.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(m.returningCustomers, buyers - firstTimers) << m.month.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(DashboardData::customersInMonth(db, asOf, m.month, false).size(), m.newCustomers);
        EXPECT_EQ(DashboardData::customersInMonth(db, asOf, m.month, true).size(), m.returningCustomers);
        newOverall += m.newCustomers;
    }
    // A living shop wins new customers and keeps old ones.
    EXPECT_GT(newOverall, 0);
    EXPECT_GT(d.months.last().returningCustomers, d.months.last().newCustomers);
}

TEST_F(DashboardDataTest, LocationsAndWhichSegmentsShopThere)
{
    const DashboardData d = compute();
    ASSERT_EQ(d.locations.size(), 3);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(sql::exec(q,
                          QStringLiteral("SELECT l.id, l.name, sum(p.amount_cents), count(DISTINCT p.customer_id) "
                                         "FROM purchases p JOIN locations l ON l.id = p.location_id "
                                         "WHERE p.time >= ? AND p.time < ? GROUP BY l.id ORDER BY 3 DESC"),
                          {startOf(kAsOf.addDays(-364)), startOf(kAsOf.addDays(1))}));
    const AsOfDay asOf(kAsOf, zone);
    for (const DashboardData::LocationTotals &l : d.locations) {
        ASSERT_TRUE(q.next());
        EXPECT_EQ(l.locationId, q.value(0).toLongLong());
        EXPECT_EQ(l.name, q.value(1).toString());
        EXPECT_EQ(l.revenueCents, q.value(2).toLongLong());
        EXPECT_EQ(l.customers, q.value(3).toLongLong());
        ASSERT_EQ(l.customersBySegment.size(), d.segments.size());
        qint64 sum = 0;
        for (qint64 n : l.customersBySegment)
            sum += n;
        EXPECT_EQ(sum, l.customers) << l.name.toStdString();
        const QList<qint64> ids = DashboardData::customersAtLocation(db, asOf, 365, l.locationId);
        EXPECT_EQ(ids.size(), l.customers);
        // Per segment: the customers who bought there and are in it.
        qint64 inFirst = 0;
        for (qint64 id : ids)
            inFirst += d.segmentOf.value(id, -1) == d.segments.first().segmentId ? 1 : 0;
        EXPECT_EQ(l.customersBySegment.first(), inFirst);
    }
    EXPECT_FALSE(q.next());
}

TEST_F(DashboardDataTest, RfmGridCountsEveryBuyerOnceAndRanksThem)
{
    const DashboardData d = compute();
    const qint64 buyers =
        scalar(QStringLiteral("SELECT count(DISTINCT customer_id) FROM purchases WHERE time >= ? AND time < ?"),
               {startOf(kAsOf.addDays(-364)), startOf(kAsOf.addDays(1))});
    EXPECT_EQ(d.rfmCustomersTotal, buyers);
    qint64 cells = 0;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            cells += d.rfmCount(r, f);
    EXPECT_EQ(cells, buyers);
    EXPECT_EQ(d.rfmCount(0, 1), 0);
    // Each buyer sits in the cell of the scores that rules use (rfm.r, rfm.f).
    const AsOfDay asOf = AsOfDay::forDatabase(db, kAsOf);
    for (const RfmScore &s : RfmScores::compute(RfmTable::inputs(db, asOf, 365)))
        EXPECT_TRUE(d.rfmCustomers(s.r, s.f).contains(s.customerId)) << s.customerId;

    // Everyone with recency 5 bought later than anyone with recency 1, and
    // frequency 5 bought more often than frequency 1.
    const auto extreme = [&](const QString &aggregate, bool byRecency, int score, bool highest) {
        QList<qint64> ids;
        for (int other = 1; other <= 5; ++other)
            ids << (byRecency ? d.rfmCustomers(score, other) : d.rfmCustomers(other, score));
        if (ids.isEmpty())
            return qint64(-1);
        QStringList marks;
        QVariantList values{startOf(kAsOf.addDays(-364)), startOf(kAsOf.addDays(1))};
        for (qint64 id : std::as_const(ids)) {
            marks << QStringLiteral("?");
            values << id;
        }
        return scalar(QStringLiteral("SELECT %1(v) FROM (SELECT %2 AS v FROM purchases WHERE time >= ? AND time < ? "
                                     "AND customer_id IN (%3) GROUP BY customer_id)")
                          .arg(highest ? QStringLiteral("max") : QStringLiteral("min"), aggregate,
                               marks.join(u',')),
                      values);
    };
    EXPECT_GT(extreme(QStringLiteral("max(time)"), true, 5, false), extreme(QStringLiteral("max(time)"), true, 1, true));
    EXPECT_GT(extreme(QStringLiteral("count(*)"), false, 5, false), extreme(QStringLiteral("count(*)"), false, 1, true));
}

TEST_F(DashboardDataTest, MovementBetweenTwoSnapshotDays)
{
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    SegmentHistory history(db);
    const QDate before = kAsOf.addDays(-60);
    ASSERT_TRUE(history.save(engine.evaluate(before)));
    ASSERT_TRUE(history.save(engine.evaluate(kAsOf)));

    const DashboardData d = compute();
    EXPECT_EQ(d.snapshotDays, (QList<QDate>{before, kAsOf}));
    EXPECT_EQ(d.movementFrom, before);
    EXPECT_EQ(d.movementTo, kAsOf);
    const qint64 moved = scalar(QStringLiteral("SELECT count(*) FROM segment_memberships a JOIN segment_memberships b "
                                               "ON a.customer_id = b.customer_id WHERE a.day = ? AND b.day = ? "
                                               "AND a.segment_id <> b.segment_id"),
                                {before.toString(Qt::ISODate), kAsOf.toString(Qt::ISODate)});
    ASSERT_GT(moved, 0);
    qint64 sum = 0;
    for (const SegmentHistory::Movement &m : d.movements) {
        EXPECT_NE(m.fromSegmentId, m.toSegmentId);
        EXPECT_EQ(DashboardData::movers(db, before, kAsOf, m.fromSegmentId, m.toSegmentId).size(), m.customers);
        sum += m.customers;
    }
    EXPECT_EQ(sum, moved);
    // Sizes over time: one point per snapshot for every segment.
    ASSERT_EQ(d.sizes.size(), d.segments.size());
    for (qsizetype i = 0; i < d.sizes.size(); ++i) {
        ASSERT_EQ(d.sizes[i].points.size(), 2) << d.sizes[i].name.toStdString();
        EXPECT_EQ(d.sizes[i].points.last().members, d.segments[i].members);
    }
}

TEST_F(DashboardDataTest, TakesTheFirstSnapshotSoTheHistoryIsNeverEmpty)
{
    DashboardData::Options o;
    EXPECT_TRUE(compute(o).snapshotDays.isEmpty());
    o.snapshotIfMissing = true;
    const DashboardData d = compute(o);
    EXPECT_EQ(d.snapshotDays, QList<QDate>{kAsOf});
    EXPECT_TRUE(SegmentHistory(db).hasSnapshot(kAsOf));
    for (const DashboardData::SizeSeries &s : d.sizes)
        EXPECT_EQ(s.points.size(), 1) << s.name.toStdString();
    // One day of history: nothing to compare yet.
    EXPECT_TRUE(d.movements.isEmpty());
}

TEST_F(DashboardDataTest, WorksOnAWorkerConnectionAndGivesTheSameNumbers)
{
    const DashboardData here = compute();
    DashboardData there;
    int steps = 0;
    std::thread worker([&] {
        Database w;
        ASSERT_FALSE(w.open(path(), Database::Lock::None, Database::Check::Skip).isError());
        DashboardData::Options o;
        o.asOf = kAsOf;
        there = DashboardData::compute(w, o, std::nullopt, [&](int, int) { return ++steps > 0; });
    });
    worker.join();
    EXPECT_GT(steps, 3);
    EXPECT_EQ(there.totalCustomers, here.totalCustomers);
    EXPECT_EQ(there.revenueCents, here.revenueCents);
    EXPECT_EQ(there.segmentOf, here.segmentOf);
    EXPECT_EQ(there.locations.first().revenueCents, here.locations.first().revenueCents);
    EXPECT_EQ(there.months.last().returningCustomers, here.months.last().returningCustomers);
    EXPECT_EQ(there.rfmCount(5, 5), here.rfmCount(5, 5));

    // Stopping between steps leaves a result marked as cancelled.
    DashboardData::Options o;
    o.asOf = kAsOf;
    const DashboardData stopped =
        DashboardData::compute(db, o, std::nullopt, [](int step, int) { return step < 2; });
    EXPECT_TRUE(stopped.cancelled);
}

class DashboardDataEmptyTest : public TempDatabaseTest
{
};

TEST_F(DashboardDataEmptyTest, AnEmptyShopHasNoPurchasesAndNoErrors)
{
    DashboardData::Options o;
    o.asOf = kAsOf;
    const DashboardData d = DashboardData::compute(db, o);
    EXPECT_FALSE(d.cancelled);
    EXPECT_TRUE(d.error.isEmpty()) << d.error.toStdString();
    EXPECT_EQ(d.purchasesEver, 0);
    EXPECT_EQ(d.totalCustomers, 0);
    ASSERT_EQ(d.segments.size(), 1); // "Everyone else"
    EXPECT_EQ(d.months.size(), 12);
    EXPECT_EQ(d.rfmCustomersTotal, 0);
    EXPECT_TRUE(d.locations.isEmpty());
}
