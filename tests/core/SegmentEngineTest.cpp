#include "TempDatabase.h"

#include "segments/RuleJson.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentHistory.h"
#include "segments/SegmentStore.h"
#include "segments/SqlSegmentEvaluator.h"
#include "storage/PurchaseStore.h"
#include "storage/SettingsStore.h"
#include "storage/SqlUtil.h"
#include "storage/TagStore.h"

#include <QtCore/QDateTime>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace clientele;

namespace {

const QDate kAsOf(2026, 3, 31);

QString json(const Rule &r)
{
    return QString::fromUtf8(RuleJson::write(r));
}

} // namespace

class SegmentEngineTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        SettingsStore(db).setTimeZone(QTimeZone("Europe/Paris"));
    }

    static qint64 at(QDate day) { return QDateTime(day, QTime(12, 0), QTimeZone("Europe/Paris")).toSecsSinceEpoch(); }

    qint64 customer(const QString &city, const QList<std::pair<int, qint64>> &purchases = {}, const QString &tag = {})
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(sql::exec(q, QStringLiteral("INSERT INTO customers (city, created_at, updated_at) VALUES (?, ?, ?)"),
                              {city, at(kAsOf.addDays(-500)), at(kAsOf.addDays(-500))}));
        const qint64 id = q.lastInsertId().toLongLong();
        for (const auto &[daysAgo, cents] : purchases)
            EXPECT_TRUE(sql::exec(q, QStringLiteral("INSERT INTO purchases (customer_id, time, amount_cents) VALUES (?, ?, ?)"),
                                  {id, at(kAsOf.addDays(-daysAgo)), cents}));
        if (!tag.isEmpty())
            TagStore(db).tagCustomers(*TagStore(db).ensure(tag), {id});
        return id;
    }

    qint64 segment(const QString &name, const Rule &rule)
    {
        Segment s;
        s.name = name;
        s.ruleJson = json(rule);
        QString error;
        const auto id = SegmentStore(db).add(s, &error);
        EXPECT_TRUE(id) << error.toStdString();
        return id.value_or(0);
    }
};

TEST_F(SegmentEngineTest, StoreKeepsPrioritiesInOrder)
{
    SegmentStore store(db);
    const qint64 a = segment(QStringLiteral("A"), Rule::all());
    segment(QStringLiteral("B"), Rule::all());
    const qint64 c = segment(QStringLiteral("C"), Rule::all());
    auto names = [&] {
        QStringList out;
        for (const Segment &s : store.all())
            out << s.name + QString::number(s.priority);
        return out.join(u' ').toStdString();
    };
    EXPECT_EQ(names(), "A1 B2 C3");
    ASSERT_TRUE(store.reorder({c, a}));
    EXPECT_EQ(names(), "C1 A2 B3");
    ASSERT_TRUE(store.remove(a));
    EXPECT_EQ(names(), "C1 B2");
    Segment first;
    first.name = QStringLiteral("First");
    first.ruleJson = json(Rule::any());
    first.priority = 1;
    first.color = QStringLiteral("#123abc");
    ASSERT_TRUE(store.add(first));
    EXPECT_EQ(names(), "First1 C2 B3");
    EXPECT_EQ(store.findByName(QStringLiteral("first"))->color.toStdString(), "#123abc");

    QString error;
    Segment bad;
    bad.name = QStringLiteral("c");
    bad.ruleJson = json(Rule::all());
    EXPECT_FALSE(store.add(bad, &error));
    EXPECT_EQ(error.toStdString(), "There is already a segment called “C”.");
    bad.name = QStringLiteral("Broken");
    bad.ruleJson = QStringLiteral(R"({"field": "purchases.cout", "op": ">", "value": 3})");
    EXPECT_FALSE(store.add(bad, &error));
    EXPECT_EQ(error.toStdString(), "The rule of “Broken” is not valid: condition 1: field 'purchases.cout' is not known");
    bad.ruleJson = json(Rule::all());
    bad.color = QStringLiteral("red");
    EXPECT_FALSE(store.add(bad, &error));
    Segment c2 = *store.find(c);
    c2.description = QStringLiteral("Everybody");
    c2.nextStep = QStringLiteral("Call them");
    ASSERT_TRUE(store.update(c2));
    EXPECT_EQ(store.find(c)->nextStep.toStdString(), "Call them");
    EXPECT_EQ(store.count(), 3);
}

TEST_F(SegmentEngineTest, EachCustomerGoesToTheFirstMatchingSegment)
{
    const qint64 big = customer(QStringLiteral("Lyon"), {{10, 50000}, {20, 30000}});
    const qint64 lyon = customer(QStringLiteral("Lyon"), {{5, 1000}});
    const qint64 paris = customer(QStringLiteral("Paris"), {{400, 9999}});
    const qint64 none = customer(QString());
    const qint64 bigId = segment(QStringLiteral("Big spenders"),
                                 Rule::condition(QStringLiteral("purchases.total"), RuleOp::GreaterOrEqual, 500, 365));
    const qint64 lyonId = segment(QStringLiteral("Lyon"), Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("Lyon")));
    segment(QStringLiteral("Never bought"), Rule::condition(QStringLiteral("purchases.count"), RuleOp::Equal, 0));

    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    const SegmentResults r = engine.evaluate(kAsOf);
    ASSERT_TRUE(r.valid);
    EXPECT_EQ(r.totalCustomers, 4);
    ASSERT_EQ(r.segments.size(), 3);
    EXPECT_EQ(r.segmentOf.value(big), bigId);
    EXPECT_EQ(r.segmentOf.value(lyon), lyonId);
    EXPECT_EQ(r.segmentOf.value(paris), 0);
    EXPECT_NE(r.segmentOf.value(none), 0);
    EXPECT_EQ(r.segments[0].members, 1);
    EXPECT_EQ(r.segments[0].revenueCents, 80000);
    EXPECT_EQ(r.segments[0].averageOrderCents, 40000);
    EXPECT_DOUBLE_EQ(r.segments[0].purchasesPerMember, 2.0);
    EXPECT_DOUBLE_EQ(r.segments[0].share, 0.25);
    EXPECT_EQ(r.segments[1].members, 1); // the big spender from Lyon is taken by the first segment
    EXPECT_EQ(r.segments[1].ruleMatches, 2);
    EXPECT_EQ(r.segments[1].revenueCents, 1000);
    EXPECT_EQ(r.segments[2].members, 1);
    EXPECT_EQ(r.everyoneElse.name.toStdString(), "Everyone else");
    EXPECT_EQ(r.everyoneElse.members, 1);
    // Paris bought more than a year ago: not in the revenue of the last 365 days.
    EXPECT_EQ(r.everyoneElse.revenueCents, 0);
    qint64 sum = r.everyoneElse.members;
    for (const SegmentStats &s : r.segments)
        sum += s.members;
    EXPECT_EQ(sum, r.totalCustomers);
    EXPECT_EQ(r.segments[1].sentence.toStdString(), "Customers who live in Lyon.");

    // Overlap counts the rules before priority.
    EXPECT_EQ(r.overlap[0][1], 1);
    EXPECT_EQ(r.overlap[1][0], 1);
    EXPECT_EQ(r.overlap[0][2], 0);
    EXPECT_EQ(r.overlap[1][1], 2);
}

// As of a past day, customers who did not exist yet are nobody's: neither
// in a segment nor in "Everyone else". An imported customer, created on the
// day of the import, exists from their first purchase.
TEST_F(SegmentEngineTest, CustomersWhoDidNotExistYetAreLeftOut)
{
    const qint64 old = customer(QStringLiteral("Lyon"), {{100, 1000}});
    const qint64 imported = customer(QStringLiteral("Lyon"), {{90, 2000}});
    const qint64 later = customer(QStringLiteral("Lyon"));
    QSqlQuery q(db.connection());
    ASSERT_TRUE(sql::exec(q, QStringLiteral("UPDATE customers SET created_at = ? WHERE id IN (?, ?)"),
                          {at(kAsOf.addDays(-10)), imported, later}));
    segment(QStringLiteral("Lyon"), Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("Lyon")));
    segment(QStringLiteral("Never bought"), Rule::condition(QStringLiteral("purchases.count"), RuleOp::Equal, 0));
    for (bool memory : {true, false}) {
        SegmentEngine engine(db);
        engine.setAutoRefresh(false);
        if (!memory)
            engine.setEvaluator(std::make_unique<SqlSegmentEvaluator>(db));
        const SegmentResults before = engine.evaluate(kAsOf.addDays(-50));
        EXPECT_EQ(before.totalCustomers, 2) << memory;
        EXPECT_TRUE(before.segmentOf.contains(old));
        EXPECT_TRUE(before.segmentOf.contains(imported));
        EXPECT_FALSE(before.segmentOf.contains(later));
        EXPECT_EQ(before.segments[0].ruleMatches, 2) << memory;
        EXPECT_EQ(before.segments[1].ruleMatches, 0) << memory;
        EXPECT_EQ(before.overlap[0][0], 2) << memory;
        EXPECT_EQ(before.everyoneElse.members, 0) << memory;
        const SegmentResults now = engine.evaluate(kAsOf);
        EXPECT_EQ(now.totalCustomers, 3) << memory;
        EXPECT_EQ(now.segmentOf.value(later), now.segments[0].segmentId) << memory;
    }
}

TEST_F(SegmentEngineTest, ExplainsWhyACustomerIsWhereTheyAre)
{
    const qint64 id = customer(QStringLiteral("Lyon"), {{1, 1000}, {10, 1000}, {20, 1000}, {30, 1000}, {100, 1000}}, QStringLiteral("VIP"));
    segment(QStringLiteral("Paris"), Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("Paris")));
    segment(QStringLiteral("Regulars"),
            Rule::all({Rule::condition(QStringLiteral("purchases.count"), RuleOp::Greater, 3, 180),
                       Rule::any({Rule::condition(QStringLiteral("tag"), RuleOp::Has, QStringLiteral("VIP")),
                                  Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("Nice"))})}));
    SegmentEngine engine(db);
    const CustomerExplanation e = engine.explain(id, kAsOf);
    EXPECT_EQ(e.segmentName.toStdString(), "Regulars");
    ASSERT_EQ(e.checked.size(), 2);
    EXPECT_FALSE(e.checked[0].matched);
    ASSERT_EQ(e.checked[0].conditions.size(), 1);
    EXPECT_EQ(e.checked[0].conditions[0].text.toStdString(), "live in Lyon (rule: live in Paris)");
    ASSERT_EQ(e.checked[1].conditions.size(), 3);
    EXPECT_EQ(e.checked[1].conditions[0].text.toStdString(), "bought 5 times in the last 6 months (more than 3)");
    EXPECT_TRUE(e.checked[1].conditions[0].met);
    EXPECT_TRUE(e.checked[1].conditions[1].met);
    EXPECT_FALSE(e.checked[1].conditions[2].met);
    EXPECT_EQ(e.summary.toStdString(),
              "In “Regulars” because they bought 5 times in the last 6 months (more than 3); have the tag VIP (rule: have "
              "the tag VIP).");

    const qint64 other = customer(QStringLiteral("Nice"));
    const CustomerExplanation nobody = engine.explain(other, kAsOf);
    EXPECT_EQ(nobody.segmentId, 0);
    EXPECT_EQ(nobody.segmentName.toStdString(), "Everyone else");
    EXPECT_EQ(nobody.checked.size(), 2);
}

TEST_F(SegmentEngineTest, ReEvaluatesByItselfWhenDataChanges)
{
    const qint64 id = customer(QStringLiteral("Lyon"));
    segment(QStringLiteral("Buyers"), Rule::condition(QStringLiteral("purchases.count"), RuleOp::GreaterOrEqual, 1));
    SegmentEngine engine(db);
    engine.setAsOf(kAsOf);
    engine.setAutoRefresh(true, 10);
    EXPECT_EQ(engine.results().segments.at(0).members, 0);
    EXPECT_FALSE(engine.isStale());

    QSignalSpy stale(&engine, &SegmentEngine::resultsStale);
    QSignalSpy changed(&engine, &SegmentEngine::resultsChanged);
    Purchase p;
    p.customerId = id;
    p.time = at(kAsOf);
    p.amount = Money(1250);
    ASSERT_TRUE(PurchaseStore(db).add(p));
    EXPECT_TRUE(engine.isStale());
    EXPECT_EQ(stale.count(), 1);
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_FALSE(engine.isStale());
    EXPECT_EQ(engine.results().segments.at(0).members, 1);
    EXPECT_EQ(engine.results().segments.at(0).revenueCents, 1250);

    // A new segment is picked up as well.
    segment(QStringLiteral("Lyon"), Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("Lyon")));
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_EQ(engine.results().segments.size(), 2);
}

TEST_F(SegmentEngineTest, SnapshotsOncePerDayAndMovementBetweenDays)
{
    const qint64 a = customer(QStringLiteral("Lyon"), {{10, 1000}});
    const qint64 b = customer(QStringLiteral("Lyon"), {{10, 1000}});
    customer(QStringLiteral("Paris"));
    const qint64 recent = segment(QStringLiteral("Recent"),
                                  Rule::condition(QStringLiteral("purchases.days_since_last"), RuleOp::LessOrEqual, 30));
    segment(QStringLiteral("Lapsed"), Rule::condition(QStringLiteral("purchases.days_since_last"), RuleOp::Greater, 30));
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    SegmentHistory history(db);
    const QDate march(2026, 3, 1);
    EXPECT_TRUE(history.snapshotIfDue(engine, kAsOf));
    EXPECT_FALSE(history.snapshotIfDue(engine, kAsOf)); // at most once a day
    EXPECT_TRUE(history.hasSnapshot(kAsOf));
    // Forty days later both buyers have lapsed.
    EXPECT_TRUE(history.snapshotIfDue(engine, kAsOf.addDays(40)));
    EXPECT_EQ(history.days().size(), 2);

    const auto sizes = history.sizeOverTime(QStringLiteral("Recent"));
    ASSERT_EQ(sizes.size(), 2);
    EXPECT_EQ(sizes[0].members, 2);
    EXPECT_EQ(sizes[0].revenueCents, 2000);
    EXPECT_EQ(sizes[1].members, 0);

    const auto moves = history.movement(kAsOf, kAsOf.addDays(40));
    ASSERT_EQ(moves.size(), 1);
    EXPECT_EQ(moves[0].fromSegmentId, recent);
    EXPECT_EQ(moves[0].fromSegment.toStdString(), "Recent");
    EXPECT_EQ(moves[0].toSegment.toStdString(), "Lapsed");
    EXPECT_EQ(moves[0].customers, 2);
    EXPECT_EQ(SegmentHistory::describe(moves[0], march).toStdString(),
              "2 customers moved from Recent to Lapsed since 1 March 2026.");
    Q_UNUSED(a);
    Q_UNUSED(b);

    // The snapshot survives the segment's removal.
    ASSERT_TRUE(SegmentStore(db).remove(recent));
    EXPECT_EQ(history.sizeOverTime(QStringLiteral("Recent")).size(), 2);
}

TEST_F(SegmentEngineTest, BackgroundModeNeverBlocksAndAgreesWithTheDirectAnswer)
{
    const qint64 id = customer(QStringLiteral("Lyon"), {{3, 1000}});
    customer(QStringLiteral("Paris"));
    segment(QStringLiteral("Buyers"), Rule::condition(QStringLiteral("purchases.count"), RuleOp::GreaterOrEqual, 1));
    SegmentEngine engine(db);
    engine.setAsOf(kAsOf);
    engine.setAutoRefresh(true, 10);
    engine.setBackgroundRefresh(true);

    QSignalSpy changed(&engine, &SegmentEngine::resultsChanged);
    // Asking while stale starts a worker and answers at once with what it has.
    EXPECT_FALSE(engine.results().valid);
    ASSERT_TRUE(changed.wait(5000));
    ASSERT_TRUE(engine.results().valid);
    EXPECT_EQ(engine.results().segments.at(0).members, 1);
    EXPECT_EQ(engine.results().segmentOf.value(id), engine.results().segments.at(0).segmentId);

    // A change starts a new evaluation; an answer computed before it is dropped.
    Purchase p;
    p.customerId = customer(QStringLiteral("Nice"));
    p.time = at(kAsOf);
    p.amount = Money(500);
    ASSERT_TRUE(PurchaseStore(db).add(p));
    EXPECT_TRUE(engine.isStale());
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(engine.results().segments.at(0).members, 2);

    SegmentEngine direct(db);
    direct.setAsOf(kAsOf);
    EXPECT_EQ(direct.results().segments.at(0).members, engine.results().segments.at(0).members);
    EXPECT_EQ(direct.results().segments.at(0).revenueCents, engine.results().segments.at(0).revenueCents);
}
