#include "TempDatabase.h"

#include "analytics/RfmScores.h"
#include "segments/RfmTable.h"
#include "segments/SqlSegmentEvaluator.h"
#include "storage/SqlUtil.h"

#include <QtCore/QDateTime>
#include <QtSql/QSqlQuery>

using namespace clientele;

TEST(RfmScoresTest, QuintilesOfDistinctValues)
{
    QList<qint64> values;
    for (int i = 1; i <= 10; ++i)
        values << i;
    EXPECT_EQ(RfmScores::quintiles(values), (QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}));
    EXPECT_EQ(RfmScores::quintiles({}), QList<int>{});
    EXPECT_EQ(RfmScores::quintiles({7}), QList<int>{1});
}

TEST(RfmScoresTest, TiesShareTheScoreOfTheirFirstPlace)
{
    // Six of ten customers bought once: they all get 1, whatever their order.
    EXPECT_EQ(RfmScores::quintiles({1, 1, 5, 1, 1, 2, 1, 9, 1, 3}), (QList<int>{1, 1, 5, 1, 1, 4, 1, 5, 1, 4}));
    EXPECT_EQ(RfmScores::quintiles({4, 4, 4, 4}), (QList<int>{1, 1, 1, 1}));
    // The result depends on values only, not on input order.
    EXPECT_EQ(RfmScores::quintiles({3, 1, 2, 2, 5}), (QList<int>{4, 1, 2, 2, 5}));
    EXPECT_EQ(RfmScores::quintiles({5, 2, 2, 1, 3}), (QList<int>{5, 2, 2, 1, 4}));
}

TEST(RfmScoresTest, RecencyFavoursTheMostRecent)
{
    const QList<RfmScore> s = RfmScores::compute({{1, 0, 1, 100}, {2, 100, 9, 900}, {3, 50, 5, 500}, {4, 10, 2, 200}, {5, 200, 1, 50}});
    EXPECT_EQ(s[0].r, 5);
    EXPECT_EQ(s[4].r, 1);
    EXPECT_EQ(s[1].f, 5);
    EXPECT_EQ(s[1].m, 5);
    EXPECT_EQ(s[1].score(), s[1].r + s[1].f + s[1].m);
}

class RfmTableTest : public TempDatabaseTest
{
};

TEST_F(RfmTableTest, RulesUseScoresOverTheChosenPeriod)
{
    const QTimeZone zone("Europe/Paris");
    const QDate day(2026, 3, 31);
    QSqlQuery q(db.connection());
    // Customer i bought i times, the last time i days before the as-of day.
    for (int i = 1; i <= 10; ++i) {
        ASSERT_TRUE(sql::exec(q, QStringLiteral("INSERT INTO customers (id, created_at, updated_at) VALUES (?, 0, 0)"), {i}));
        for (int k = 0; k < i; ++k)
            ASSERT_TRUE(sql::exec(q, QStringLiteral("INSERT INTO purchases (customer_id, time, amount_cents) VALUES (?, ?, ?)"),
                                  {i, QDateTime(day.addDays(-i - k), QTime(10, 0), zone).toSecsSinceEpoch(), 1000}));
    }
    ASSERT_TRUE(sql::exec(q, QStringLiteral("INSERT INTO customers (id, created_at, updated_at) VALUES (11, 0, 0)")));
    const AsOfDay asOf(day, zone);
    const QList<RfmInput> inputs = RfmTable::inputs(db, asOf, 365);
    ASSERT_EQ(inputs.size(), 10);
    EXPECT_EQ(inputs[0].recencyDays, 1);
    EXPECT_EQ(inputs[9].frequency, 10);

    SqlSegmentEvaluator e(db);
    EXPECT_EQ(*e.matchingIds(Rule::condition(QStringLiteral("rfm.f"), RuleOp::Equal, 5), asOf), (QList<qint64>{9, 10}));
    EXPECT_EQ(*e.matchingIds(Rule::condition(QStringLiteral("rfm.r"), RuleOp::Equal, 5), asOf), (QList<qint64>{1, 2}));
    EXPECT_EQ(*e.matchingIds(Rule::condition(QStringLiteral("rfm.score"), RuleOp::IsEmpty), asOf), (QList<qint64>{11}));
    EXPECT_EQ(*e.matchingIds(Rule::condition(QStringLiteral("rfm.score"), RuleOp::GreaterOrEqual, 11), asOf),
              (QList<qint64>{9, 10}));
    // Over the last 5 days only customers 1-4 bought, 1, 2, 2 and 1 times: the
    // tied pairs share a score, 2 purchases starting at the middle.
    EXPECT_EQ(*e.matchingIds(Rule::condition(QStringLiteral("rfm.f"), RuleOp::Equal, 3, 5), asOf), (QList<qint64>{2, 3}));
    EXPECT_EQ(*e.matchingIds(Rule::condition(QStringLiteral("rfm.f"), RuleOp::Equal, 1, 5), asOf), (QList<qint64>{1, 4}));
    EXPECT_EQ(RfmTable::scoreOf(db, 365, 10)->f, 5);
}
