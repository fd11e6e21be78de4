#include "TempDatabase.h"

#include "demo/DemoShop.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentHistory.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "storage/CustomerStore.h"
#include "storage/PurchaseStore.h"
#include "storage/SettingsStore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

using namespace clientele;

namespace {

const QDate kAsOf(2026, 3, 31);

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

// A fingerprint of every row of every table that the demo writes.
QByteArray fingerprint(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : {QStringLiteral("customers"), QStringLiteral("purchases"), QStringLiteral("interactions"),
                                QStringLiteral("customer_tags"), QStringLiteral("tags"), QStringLiteral("locations")}) {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2")));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result();
}

DemoShop::Result make(Database &db, int customers, quint64 seed)
{
    DemoShop::Options o;
    o.customers = customers;
    o.seed = seed;
    o.asOf = kAsOf;
    return DemoShop::generate(db, o);
}

} // namespace

class DemoShopTest : public TempDatabaseTest
{
};

TEST_F(DemoShopTest, SameSeedGivesTheSameShopAndAnotherSeedAnotherShop)
{
    ASSERT_TRUE(make(db, 300, 7).ok);
    Database second;
    ASSERT_FALSE(second.open(file(QStringLiteral("second.sqlite"))).isError());
    ASSERT_TRUE(make(second, 300, 7).ok);
    EXPECT_EQ(fingerprint(db), fingerprint(second));

    Database third;
    ASSERT_FALSE(third.open(file(QStringLiteral("third.sqlite"))).isError());
    ASSERT_TRUE(make(third, 300, 8).ok);
    EXPECT_NE(fingerprint(db), fingerprint(third));
}

TEST_F(DemoShopTest, TwoThousandCustomersMakeAPlausibleShop)
{
    const DemoShop::Result r = make(db, 2000, 1);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.customers, 2000);
    EXPECT_EQ(CustomerStore(db).count(), 2000);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM purchases")), r.purchases);
    EXPECT_GT(r.purchases, 8 * 2000); // two years of a café
    EXPECT_TRUE(db.check(true).isEmpty());

    const qint64 end = QDateTime(kAsOf.addDays(1), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 day = 86400;
    // Nothing after the as-of date, and two years of history.
    EXPECT_LE(scalar(db, QStringLiteral("SELECT max(time) FROM purchases")), end);
    EXPECT_GE(scalar(db, QStringLiteral("SELECT min(time) FROM purchases")), end - 731 * day);
    EXPECT_LE(scalar(db, QStringLiteral("SELECT min(time) FROM purchases")), end - 700 * day);

    // Regulars: more than 8 visits in the last 30 days.
    const qint64 regulars = scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM interactions "
                                                      "WHERE kind = 'visit' AND time >= %1 GROUP BY customer_id "
                                                      "HAVING count(*) > 8)")
                                           .arg(end - 30 * day));
    EXPECT_GT(regulars, 40);
    EXPECT_LT(regulars, 300);
    // Lapsed: bought before, but not in the last 90 days.
    const qint64 lapsed = scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM purchases GROUP BY "
                                                    "customer_id HAVING max(time) < %1)")
                                         .arg(end - 90 * day));
    EXPECT_GT(lapsed, 400);
    // One-timers and new customers.
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM purchases GROUP BY customer_id "
                                        "HAVING count(*) = 1)")),
              200);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE created_at >= %1").arg(end - 60 * day)), 100);
    // Big spenders.
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM purchases WHERE time >= %1 "
                                        "GROUP BY customer_id HAVING sum(amount_cents) > 100000)")
                         .arg(end - 365 * day)),
              20);

    // A mix of origins, consents, three locations, categories, non-ASCII names.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(DISTINCT origin) FROM customers")), 3);
    const qint64 consent = scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE consent_email = 1"));
    EXPECT_GT(consent, 600);
    EXPECT_LT(consent, 1400);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM locations")), 3);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(DISTINCT location_id) FROM purchases")), 3);
    EXPECT_GE(scalar(db, QStringLiteral("SELECT count(DISTINCT category) FROM purchases")), 5);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE first_name || last_name GLOB '*[^ -~]*'")),
              500);
    for (const char *kind : {"visit", "email_open", "email_click", "cart_abandoned"})
        EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM interactions WHERE kind = '%1'").arg(QLatin1String(kind))),
                  10)
            << kind;

    // Seasons: December sells more than August.
    const auto monthRevenue = [&](int month) {
        return scalar(db, QStringLiteral("SELECT sum(amount_cents) FROM purchases WHERE "
                                         "strftime('%m', time, 'unixepoch', 'localtime') = '%1'")
                              .arg(month, 2, 10, QLatin1Char('0')));
    };
    EXPECT_GT(monthRevenue(12), monthRevenue(8) * 3 / 2);

    // Search works on the demo customers.
    CustomerQuery q;
    q.text = QStringLiteral("muller");
    EXPECT_GT(CustomerStore(db).count(q), 0);
    EXPECT_FALSE(SettingsStore(db).shopName().isEmpty());
}

TEST_F(DemoShopTest, RefusesAFileThatHasCustomers)
{
    Customer c;
    c.firstName = QStringLiteral("Real");
    ASSERT_TRUE(CustomerStore(db).add(c));
    const DemoShop::Result r = make(db, 10, 1);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("empty file")));
    EXPECT_EQ(CustomerStore(db).count(), 1);
}

TEST_F(DemoShopTest, CancelLeavesTheFileAsItWas)
{
    DemoShop::Options o;
    o.customers = 5000;
    o.asOf = kAsOf;
    const DemoShop::Result r = DemoShop::generate(db, o, [](qint64 done, qint64) { return done < 2000; });
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(CustomerStore(db).count(), 0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM purchases")), 0);
    // Indexes and the search trigger are back after the rollback.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'purchases_time'")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'customers_fts_insert'")), 1);
    // And the demo can still be made afterwards.
    EXPECT_TRUE(make(db, 50, 1).ok);
}

TEST_F(DemoShopTest, HistoryIsTheSegmentsEvaluatedAsOfPastWeeks)
{
    ASSERT_TRUE(make(db, 400, 7).ok);
    // The segments Getting started adds for a shop.
    const std::optional<TemplateSet> set = SegmentTemplates::set(QStringLiteral("retail"));
    ASSERT_TRUE(set);
    for (const SegmentTemplate &t : set->segments)
        ASSERT_TRUE(SegmentStore(db).add(t.toSegment()));
    const QByteArray before = fingerprint(db);

    int lastDone = -1;
    int total = 0;
    const int taken = DemoShop::addHistory(db, kAsOf, 26, [&](qint64 done, qint64 all) {
        EXPECT_GE(done, lastDone);
        lastDone = int(done);
        total = int(all);
        return true;
    });
    EXPECT_EQ(taken, 27); // today and 26 weeks back
    EXPECT_EQ(lastDone, total);
    const QList<QDate> days = SegmentHistory(db).days();
    ASSERT_EQ(days.size(), 27);
    EXPECT_EQ(days.first(), kAsOf.addDays(-7 * 26));
    EXPECT_EQ(days.last(), kAsOf);
    for (qsizetype i = 1; i < days.size(); ++i)
        EXPECT_EQ(days.at(i - 1).daysTo(days.at(i)), 7);
    // The customers and purchases are untouched: the demo stays the same.
    EXPECT_EQ(fingerprint(db), before);

    // Each snapshot is what the engine says as of that day, not a made-up curve.
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    bool changes = false;
    for (const QDate day : {days.at(0), days.at(13), days.last()}) {
        const SegmentResults results = engine.evaluate(day);
        for (const SegmentStats &s : results.segments) {
            const QList<SegmentHistory::SizePoint> points = SegmentHistory(db).sizeOverTime(s.name, day, day);
            ASSERT_EQ(points.size(), 1) << s.name.toStdString();
            EXPECT_EQ(points.first().members, s.members) << s.name.toStdString() << " " << day.toString(Qt::ISODate).toStdString();
            EXPECT_EQ(points.first().revenueCents, s.revenueCents) << s.name.toStdString();
        }
    }
    // Segments move over half a year, so the chart has something to show.
    for (const SegmentTemplate &t : set->segments) {
        const QList<SegmentHistory::SizePoint> points = SegmentHistory(db).sizeOverTime(t.toSegment().name);
        ASSERT_EQ(points.size(), 27);
        for (const SegmentHistory::SizePoint &p : points)
            changes = changes || p.members != points.first().members;
    }
    EXPECT_TRUE(changes);
    // Days that have a snapshot are kept: a second run takes none.
    EXPECT_EQ(DemoShop::addHistory(db, kAsOf, 26), 0);
}

TEST_F(DemoShopTest, CategoriesForThePickerComeFromThePurchases)
{
    ASSERT_TRUE(make(db, 300, 3).ok);
    const QStringList categories = PurchaseStore(db).categories();
    ASSERT_FALSE(categories.isEmpty());
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT category FROM purchases WHERE category <> '' GROUP BY category "
                                      "ORDER BY count(*) DESC, category")));
    QStringList expected;
    while (q.next())
        expected << q.value(0).toString();
    EXPECT_EQ(categories, expected);
    // Only the newest purchases are read: with one, there is one category.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT category FROM purchases ORDER BY id DESC LIMIT 1")) && q.next());
    EXPECT_EQ(PurchaseStore(db).categories(500, 1), QStringList{q.value(0).toString()});
}
