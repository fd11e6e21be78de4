#include "TempDatabase.h"

#include "demo/DemoShop.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"

#include <QtSql/QSqlQuery>

using namespace clientele;

TEST(SegmentTemplatesTest, EverySetHasSoundRulesAndPlainWords)
{
    const QList<TemplateSet> sets = SegmentTemplates::sets();
    ASSERT_EQ(sets.size(), 7);
    for (const TemplateSet &set : sets) {
        if (set.key != u"rfm") {
            EXPECT_GE(set.segments.size(), 3) << set.key.toStdString();
            EXPECT_LE(set.segments.size(), 5) << set.key.toStdString();
        }
        EXPECT_FALSE(set.name.isEmpty());
        EXPECT_FALSE(set.parameters.isEmpty());
        for (const SegmentTemplate &t : set.segments) {
            EXPECT_TRUE(RuleJson::validate(t.rule).isEmpty()) << t.key.toStdString();
            EXPECT_FALSE(t.name.isEmpty());
            EXPECT_FALSE(t.description.isEmpty());
            EXPECT_FALSE(t.nextStep.isEmpty());
            EXPECT_TRUE(RuleText::sentence(t.rule).startsWith(QStringLiteral("Customers "))) << t.key.toStdString();
        }
    }
    EXPECT_EQ(SegmentTemplates::set(QStringLiteral("rfm"))->segments.size(), 10);
    EXPECT_EQ(RuleText::sentence(SegmentTemplates::find(QStringLiteral("Regulars"))->rule).toStdString(),
              "Customers who visited more than 8 times in the last month.");
}

TEST(SegmentTemplatesTest, ThresholdsAreParameters)
{
    const auto cafe = SegmentTemplates::set(QStringLiteral("cafe"), {{QStringLiteral("regular_visits"), 6}});
    ASSERT_TRUE(cafe);
    EXPECT_EQ(RuleText::sentence(cafe->segments.first().rule).toStdString(),
              "Customers who visited more than 6 times in the last month.");
    EXPECT_EQ(cafe->parameters.first().value, 6);
    // Out-of-range values are brought back into range.
    const auto silly = SegmentTemplates::set(QStringLiteral("cafe"), {{QStringLiteral("regular_visits"), -4}});
    EXPECT_EQ(silly->parameters.first().value, 1);
    EXPECT_FALSE(SegmentTemplates::set(QStringLiteral("bakery")));
    EXPECT_EQ(SegmentTemplates::find(QStringLiteral("retail/at_risk"))->name.toStdString(), "At risk");
}

class SegmentTemplatesDemoTest : public TempDatabaseTest
{
};

TEST_F(SegmentTemplatesDemoTest, EachSetMakesMeaningfulSegmentsOfTheDemoShop)
{
    DemoShop::Options o;
    o.customers = 2000;
    o.asOf = QDate(2026, 3, 31);
    ASSERT_TRUE(DemoShop::generate(db, o).ok);
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    SegmentStore store(db);
    for (const TemplateSet &set : SegmentTemplates::sets()) {
        for (const Segment &s : store.all())
            ASSERT_TRUE(store.remove(s.id));
        for (const SegmentTemplate &t : set.segments) {
            Segment s;
            s.name = t.name;
            s.color = t.color;
            s.ruleJson = QString::fromUtf8(RuleJson::write(t.rule));
            QString error;
            ASSERT_TRUE(store.add(s, &error)) << error.toStdString();
        }
        const SegmentResults r = engine.evaluate(o.asOf);
        ASSERT_TRUE(r.valid) << set.key.toStdString();
        EXPECT_EQ(r.totalCustomers, 2000);
        qint64 inSegments = 0;
        for (const SegmentStats &s : r.segments) {
            // Every segment finds somebody, and nobody's segment swallows the shop.
            EXPECT_GT(s.members, 0) << set.key.toStdString() << ": " << s.name.toStdString();
            EXPECT_LT(s.share, 0.9) << set.key.toStdString() << ": " << s.name.toStdString();
            inSegments += s.members;
        }
        EXPECT_GT(inSegments, 200) << set.key.toStdString();
    }
}
