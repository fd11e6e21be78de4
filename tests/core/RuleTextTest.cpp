#include "segments/FieldCatalogue.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"

#include <QtCore/QJsonArray>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

std::string said(const char *json)
{
    QString error;
    const std::optional<Rule> rule = RuleJson::parse(QByteArray(json), &error);
    EXPECT_TRUE(rule) << error.toStdString();
    return rule ? RuleText::sentence(*rule).toStdString() : std::string();
}

} // namespace

TEST(RuleTextTest, TheDesignExampleReadsNaturally)
{
    EXPECT_EQ(said(R"({"all": [
        {"field": "purchases.count", "window_days": 180, "op": ">", "value": 3},
        {"any": [{"field": "tag", "op": "has", "value": "VIP"}, {"field": "city", "op": "=", "value": "Lyon"}]}]})"),
              "Customers who bought more than 3 times in the last 6 months and who have the tag VIP or live in Lyon.");
}

TEST(RuleTextTest, NestedGroupsGetBracketsWhenNeeded)
{
    EXPECT_EQ(said(R"({"all": [
        {"any": [{"field": "tag", "op": "has", "value": "VIP"}, {"field": "city", "op": "=", "value": "Lyon"}]},
        {"field": "consent.email", "op": "=", "value": true}]})"),
              "Customers (who have the tag VIP or live in Lyon) and who agreed to receive emails.");
    EXPECT_EQ(said(R"({"any": [
        {"field": "purchases.total", "op": ">=", "value": 500},
        {"all": [{"field": "visits.count", "op": ">", "value": 8, "window_days": 30},
                 {"any": [{"field": "city", "op": "=", "value": "Lyon"}, {"field": "country", "op": "=", "value": "CH"}]}]}]})"),
              "Customers who spent at least 500.00 in total or who visited more than 8 times in the last month and "
              "(who live in Lyon or whose country is CH).");
    EXPECT_EQ(said(R"({"all": [{"all": [{"field": "city", "op": "=", "value": "Lyon"}]}]})"), "Customers who live in Lyon.");
    EXPECT_EQ(said(R"({"all": []})"), "All customers.");
    EXPECT_EQ(said(R"({"any": []})"), "No customers.");
    EXPECT_EQ(said(R"({"all": [{"field": "city", "op": "=", "value": "Lyon"}, {"field": "tag", "op": "has", "value": "VIP"},
                                {"field": "email", "op": "is_empty"}, {"field": "purchases.count", "op": "=", "value": 1}]})"),
              "Customers who live in Lyon and have the tag VIP and whose email address is not recorded and who bought "
              "exactly 1 time.");
}

TEST(RuleTextTest, WindowsUseTheLargestExactUnit)
{
    EXPECT_EQ(RuleText::window(1).toStdString(), "on the day itself");
    EXPECT_EQ(RuleText::window(5).toStdString(), "in the last 5 days");
    EXPECT_EQ(RuleText::window(7).toStdString(), "in the last week");
    EXPECT_EQ(RuleText::window(14).toStdString(), "in the last 2 weeks");
    EXPECT_EQ(RuleText::window(30).toStdString(), "in the last month");
    EXPECT_EQ(RuleText::window(45).toStdString(), "in the last 45 days");
    EXPECT_EQ(RuleText::window(90).toStdString(), "in the last 3 months");
    EXPECT_EQ(RuleText::window(210).toStdString(), "in the last 7 months");
    EXPECT_EQ(RuleText::window(365).toStdString(), "in the last year");
    EXPECT_EQ(RuleText::window(730).toStdString(), "in the last 2 years");
}

TEST(RuleTextTest, EachFieldAndOperator)
{
    const std::pair<const char *, const char *> cases[] = {
        {R"({"field": "purchases.count", "op": "=", "value": 1})", "Customers who bought exactly 1 time."},
        {R"({"field": "purchases.count", "op": "!=", "value": 2})", "Customers who bought not exactly 2 times."},
        {R"({"field": "purchases.count", "op": "<", "value": 2, "window_days": 90})",
         "Customers who bought fewer than 2 times in the last 3 months."},
        {R"({"field": "purchases.count", "op": "<=", "value": 2})", "Customers who bought at most 2 times."},
        {R"({"field": "purchases.count", "op": ">=", "value": 2})", "Customers who bought at least 2 times."},
        {R"({"field": "purchases.count", "op": "between", "value": [2, 5]})", "Customers who bought between 2 and 5 times."},
        {R"({"field": "purchases.total", "op": ">", "value": 150})", "Customers who spent more than 150.00 in total."},
        {R"({"field": "purchases.total", "op": "<", "value": 20.5, "window_days": 365})",
         "Customers who spent less than 20.50 in total in the last year."},
        {R"({"field": "purchases.average", "op": ">=", "value": 30})",
         "Customers who spent at least 30.00 per purchase on average."},
        {R"({"field": "purchases.average", "op": "!=", "value": 30})",
         "Customers who spent not exactly 30.00 per purchase on average (including customers with no purchases)."},
        {R"({"field": "purchases.average", "op": "is_empty", "window_days": 30})",
         "Customers who did not buy in the last month."},
        {R"({"field": "purchases.average", "op": "is_not_empty"})", "Customers who bought at least once."},
        {R"({"field": "purchases.days_since_last", "op": ">", "value": 90})",
         "Customers who last bought more than 90 days ago."},
        {R"({"field": "purchases.days_since_last", "op": "<=", "value": 1, "window_days": 365})",
         "Customers who last bought at most 1 day ago (counting only in the last year)."},
        {R"({"field": "purchases.days_since_last", "op": "is_empty"})", "Customers who never bought."},
        {R"({"field": "purchases.days_since_first", "op": "<", "value": 30})",
         "Customers who first bought fewer than 30 days ago."},
        {R"({"field": "purchases.category", "op": "=", "value": "Coffee", "window_days": 7})",
         "Customers who bought from the category Coffee in the last week."},
        {R"({"field": "purchases.category", "op": "!=", "value": "Coffee"})",
         "Customers who never bought from the category Coffee."},
        {R"({"field": "purchases.category", "op": "in", "value": ["Coffee", "Tea", "Lunch"]})",
         "Customers who bought from the categories Coffee, Tea or Lunch."},
        {R"({"field": "purchases.category", "op": "not_in", "value": ["Coffee", "Tea"]})",
         "Customers who never bought from the categories Coffee or Tea."},
        {R"({"field": "purchases.category", "op": "contains", "value": "bean"})",
         "Customers who bought from a category containing “bean”."},
        {R"({"field": "purchases.category", "op": "not_contains", "value": "bean"})",
         "Customers who never bought from a category containing “bean”."},
        {R"({"field": "purchases.category", "op": "starts_with", "value": "Co"})",
         "Customers who bought from a category starting with “Co”."},
        {R"({"field": "purchases.location", "op": "=", "value": "Old Town"})", "Customers who bought at Old Town."},
        {R"({"field": "purchases.location", "op": "!=", "value": "Old Town"})", "Customers who never bought at Old Town."},
        {R"({"field": "visits.count", "op": ">", "value": 8, "window_days": 30})",
         "Customers who visited more than 8 times in the last month."},
        {R"({"field": "email.opens", "op": ">=", "value": 1})", "Customers who opened emails at least 1 time."},
        {R"({"field": "email.days_since_last_open", "op": ">", "value": 60})",
         "Customers who last opened an email more than 60 days ago."},
        {R"({"field": "email.days_since_last_open", "op": "is_empty"})", "Customers who never opened an email."},
        {R"({"field": "cart.abandoned", "op": ">", "value": 0, "window_days": 14})",
         "Customers who abandoned a cart more than 0 times in the last 2 weeks."},
        {R"({"field": "tag", "op": "has", "value": "VIP"})", "Customers who have the tag VIP."},
        {R"({"field": "tag", "op": "not_has", "value": "Staff"})", "Customers who do not have the tag Staff."},
        {R"({"field": "tag", "op": "in", "value": ["VIP", "Catering"]})", "Customers who have one of the tags VIP or Catering."},
        {R"({"field": "tag", "op": "not_in", "value": ["VIP", "Staff"]})", "Customers who have none of the tags VIP or Staff."},
        {R"({"field": "tag", "op": "is_empty"})", "Customers who have no tags."},
        {R"({"field": "tag", "op": "is_not_empty"})", "Customers who have at least one tag."},
        {R"({"field": "origin", "op": "=", "value": "walk-in"})", "Customers who first came in person."},
        {R"({"field": "origin", "op": "in", "value": ["online", "referral"]})",
         "Customers who first came online or through a referral."},
        {R"({"field": "origin", "op": "!=", "value": "online"})",
         "Customers who did not first come online (including customers with no origin recorded)."},
        {R"({"field": "origin", "op": "is_empty"})", "Customers whose origin is not recorded."},
        {R"({"field": "city", "op": "=", "value": "Lyon"})", "Customers who live in Lyon."},
        {R"({"field": "city", "op": "!=", "value": "Lyon"})",
         "Customers who do not live in Lyon (including customers with no city)."},
        {R"({"field": "city", "op": "in", "value": ["Lyon", "Paris"]})", "Customers who live in Lyon or Paris."},
        {R"({"field": "city", "op": "not_in", "value": ["Lyon", "Paris"]})",
         "Customers who live in none of Lyon or Paris (including customers with no city)."},
        {R"({"field": "city", "op": "contains", "value": "Saint"})", "Customers who live in a city containing “Saint”."},
        {R"({"field": "city", "op": "starts_with", "value": "Saint"})",
         "Customers who live in a city starting with “Saint”."},
        {R"({"field": "city", "op": "is_empty"})", "Customers who have no city."},
        {R"({"field": "country", "op": "=", "value": "FR"})", "Customers whose country is FR."},
        {R"({"field": "country", "op": "not_in", "value": ["FR", "DE"]})",
         "Customers whose country is none of FR or DE (including customers with no country)."},
        {R"({"field": "postal_code", "op": "starts_with", "value": "69"})",
         "Customers whose postal code starts with “69”."},
        {R"({"field": "email", "op": "not_contains", "value": "example"})",
         "Customers whose email address does not contain “example” (including customers with no email address)."},
        {R"({"field": "email", "op": "is_not_empty"})", "Customers whose email address is recorded."},
        {R"({"field": "phone", "op": "is_empty"})", "Customers whose phone number is not recorded."},
        {R"({"field": "consent.email", "op": "=", "value": true})", "Customers who agreed to receive emails."},
        {R"({"field": "consent.sms", "op": "!=", "value": true})", "Customers who did not agree to receive text messages."},
        {R"({"field": "customer.days_since_created", "op": "<=", "value": 30})",
         "Customers who became customers at most 30 days ago."},
        {R"({"field": "custom.Loyalty level", "op": "=", "value": "gold"})", "Customers whose “Loyalty level” is gold."},
        {R"({"field": "rfm.r", "op": ">=", "value": 4})",
         "Customers who have a recency score of at least 4, judged on purchases in the last year."},
        {R"({"field": "rfm.score", "op": "between", "value": [12, 15], "window_days": 730})",
         "Customers who have an overall RFM score of between 12 and 15, judged on purchases in the last 2 years."},
    };
    for (const auto &[json, sentence] : cases)
        EXPECT_EQ(said(json), sentence) << json;
}

TEST(RuleTextTest, EveryFieldAndOperatorHasASentenceWithItsValue)
{
    for (const FieldInfo &f : FieldCatalogue::fields()) {
        for (RuleOp op : f.ops) {
            QJsonValue value;
            if (f.type == FieldType::Text || f.type == FieldType::Tag || f.type == FieldType::PurchaseText)
                value = QStringLiteral("Zebra");
            else if (f.type == FieldType::Origin)
                value = QStringLiteral("referral");
            else if (f.type == FieldType::YesNo)
                value = true;
            else if (f.type == FieldType::Date)
                value = QStringLiteral("2017-04-17");
            else
                value = f.type == FieldType::Score ? 4 : 17;
            if (op == RuleOp::Between && f.type == FieldType::Date)
                value = QJsonArray{value, QStringLiteral("2017-05-17")};
            else if (op == RuleOp::Between)
                value = QJsonArray{value, value.toInt() + 1};
            else if (op == RuleOp::In || op == RuleOp::NotIn)
                value = QJsonArray{value};
            else if (op == RuleOp::IsEmpty || op == RuleOp::IsNotEmpty)
                value = QJsonValue::Undefined;
            const Rule rule = Rule::condition(f.key, op, value);
            ASSERT_TRUE(RuleJson::validate(rule).isEmpty());
            const QString s = RuleText::sentence(rule);
            EXPECT_TRUE(s.startsWith(QStringLiteral("Customers "))) << s.toStdString();
            EXPECT_TRUE(s.endsWith(u'.')) << s.toStdString();
            if (f.key.contains(u'.') || f.key.contains(u'_')) {
                EXPECT_FALSE(s.contains(f.key)) << "jargon: " << s.toStdString();
            }
            if (!value.isUndefined() && f.type != FieldType::YesNo) {
                EXPECT_TRUE(s.contains(QStringLiteral("Zebra")) || s.contains(QStringLiteral("referral"))
                            || s.contains(QStringLiteral("through a referral")) || s.contains(QStringLiteral("17"))
                            || s.contains(QStringLiteral("4")))
                    << s.toStdString();
            }
        }
    }
}

TEST(RuleTextTest, DatesReadAsDaysInTheOwnersLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(RuleText::date(QDate(1990, 3, 14)), QStringLiteral("14/03/1990"));
    EXPECT_EQ(said(R"({"field": "birthday", "op": "<", "value": "1990-03-14"})"),
              "Customers who were born before 14/03/1990.");
    EXPECT_EQ(said(R"({"field": "purchases.last_date", "op": "between", "value": ["2025-01-01", "2025-03-31"]})"),
              "Customers who last bought between 01/01/2025 and 31/03/2025.");
    EXPECT_EQ(said(R"({"field": "customer.created", "op": ">=", "value": "2025-02-01"})"),
              "Customers who became customers on or after 01/02/2025.");
    EXPECT_EQ(said(R"({"field": "birthday", "op": "!=", "value": "1990-03-14"})"),
              "Customers who were born on a day other than 14/03/1990 (including customers with no birthday "
              "recorded).");
    EXPECT_EQ(said(R"({"field": "birthday", "op": "is_empty"})"), "Customers who have no birthday recorded.");
    EXPECT_EQ(RuleText::explain(Rule::condition(QStringLiteral("purchases.first_date"), RuleOp::Less,
                                                QStringLiteral("2025-01-01")),
                                QDate(2024, 6, 2)),
              QStringLiteral("first bought on 02/06/2024 (rule: first bought before 01/01/2025)"));
    QLocale::setDefault(before);
}

TEST(RuleTextTest, ExplanationsShowTheActualValueAndTheRule)
{
    const Rule count = Rule::condition(QStringLiteral("purchases.count"), RuleOp::Greater, 3, 180);
    EXPECT_EQ(RuleText::explain(count, qint64(5)).toStdString(), "bought 5 times in the last 6 months (more than 3)");
    const Rule city = Rule::condition(QStringLiteral("city"), RuleOp::NotEqual, QStringLiteral("Lyon"));
    EXPECT_EQ(RuleText::explain(city, QString()).toStdString(),
              "have no city (rule: do not live in Lyon (including customers with no city))");
    const Rule total = Rule::condition(QStringLiteral("purchases.total"), RuleOp::GreaterOrEqual, 100);
    EXPECT_EQ(RuleText::explain(total, qint64(12050)).toStdString(), "spent 120.50 in total (at least 100.00)");
    const Rule last = Rule::condition(QStringLiteral("purchases.days_since_last"), RuleOp::Greater, 90);
    EXPECT_EQ(RuleText::explain(last, QVariant()).toStdString(), "never bought (more than 90)");
    const Rule tag = Rule::condition(QStringLiteral("tag"), RuleOp::Has, QStringLiteral("VIP"));
    EXPECT_EQ(RuleText::explain(tag, QStringList{QStringLiteral("Staff"), QStringLiteral("VIP")}).toStdString(),
              "have the tags Staff and VIP (rule: have the tag VIP)");
}
