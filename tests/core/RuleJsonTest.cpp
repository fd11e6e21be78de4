#include "segments/FieldCatalogue.h"
#include "segments/RuleJson.h"

#include <QtCore/QJsonArray>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

std::string errorOf(const char *json)
{
    QString error;
    const std::optional<Rule> r = RuleJson::parse(QByteArray(json), &error);
    EXPECT_FALSE(r.has_value()) << json;
    return error.toStdString();
}

} // namespace

TEST(RuleJsonTest, ReadsTheDesignExampleAndWritesItBack)
{
    const QByteArray json = R"({"all": [
        {"field": "purchases.count", "window_days": 180, "op": ">", "value": 3},
        {"any": [
          {"field": "tag", "op": "has", "value": "VIP"},
          {"field": "city", "op": "=", "value": "Lyon"}]}]})";
    QString error;
    const std::optional<Rule> rule = RuleJson::parse(json, &error);
    ASSERT_TRUE(rule) << error.toStdString();
    EXPECT_EQ(rule->kind, Rule::Kind::All);
    ASSERT_EQ(rule->children.size(), 2);
    const Rule &count = rule->children.at(0);
    EXPECT_EQ(count.field, QStringLiteral("purchases.count"));
    EXPECT_EQ(count.op, RuleOp::Greater);
    EXPECT_EQ(count.windowDays, 180);
    EXPECT_EQ(count.value.toInt(), 3);
    EXPECT_EQ(rule->children.at(1).kind, Rule::Kind::Any);

    const std::optional<Rule> again = RuleJson::parse(RuleJson::write(*rule));
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *rule);
    EXPECT_EQ(RuleJson::write(*again), RuleJson::write(*rule));
}

TEST(RuleJsonTest, EveryFieldAndOperatorRoundTrips)
{
    for (const FieldInfo &f : FieldCatalogue::fields()) {
        for (RuleOp op : f.ops) {
            QJsonValue value;
            QJsonValue scalar;
            switch (f.type) {
            case FieldType::Count:
            case FieldType::Days:
                scalar = 4;
                break;
            case FieldType::Score:
                scalar = f.minValue + 1;
                break;
            case FieldType::Money:
                scalar = 150.25;
                break;
            case FieldType::YesNo:
                scalar = true;
                break;
            case FieldType::Origin:
                scalar = QStringLiteral("online");
                break;
            case FieldType::Date:
                scalar = QStringLiteral("2024-03-14");
                break;
            default:
                scalar = QStringLiteral("Lyon");
            }
            if (op == RuleOp::Between && f.type == FieldType::Date)
                value = QJsonArray{scalar, QStringLiteral("2024-12-31")};
            else if (op == RuleOp::Between)
                value = QJsonArray{scalar, f.type == FieldType::Money ? QJsonValue(200.5) : QJsonValue(scalar.toInt() + 1)};
            else if (op == RuleOp::In || op == RuleOp::NotIn)
                value = QJsonArray{scalar};
            else if (op != RuleOp::IsEmpty && op != RuleOp::IsNotEmpty)
                value = scalar;
            const Rule rule = Rule::any({Rule::condition(f.key, op, value, f.windowed ? 30 : 0)});
            const QString problem = RuleJson::validate(rule);
            EXPECT_TRUE(problem.isEmpty()) << f.key.toStdString() << " " << Rule::opKey(op).toStdString() << ": "
                                           << problem.toStdString();
            const std::optional<Rule> back = RuleJson::parse(RuleJson::write(rule));
            ASSERT_TRUE(back) << f.key.toStdString() << " " << Rule::opKey(op).toStdString();
            EXPECT_EQ(*back, rule) << RuleJson::write(rule).toStdString();
        }
    }
}

TEST(RuleJsonTest, DatesAreRealDaysWrittenTheIsoWay)
{
    const std::optional<Rule> rule =
        RuleJson::parse(R"({"all": [{"field": "birthday", "op": "between", "value": ["1980-01-01", "1989-12-31"]},
                                    {"field": "purchases.last_date", "op": "<", "value": "2025-02-28"}]})");
    ASSERT_TRUE(rule);
    EXPECT_EQ(rule->children.at(1).value.toString(), QStringLiteral("2025-02-28"));
    EXPECT_EQ(RuleJson::parse(RuleJson::write(*rule)), rule);
    EXPECT_EQ(errorOf(R"({"field": "birthday", "op": "=", "value": "2025-02-30"})"),
              "condition 1: the value must be a date like \"2024-03-14\" (got \"2025-02-30\")");
    EXPECT_EQ(errorOf(R"({"field": "customer.created", "op": ">", "value": "14/03/2024"})"),
              "condition 1: the value must be a date like \"2024-03-14\" (got \"14/03/2024\")");
    EXPECT_EQ(errorOf(R"({"field": "customer.created", "op": ">", "value": 20240314})").rfind(
                  "condition 1: the value must be a date like", 0),
              0u);
    EXPECT_EQ(errorOf(R"({"field": "birthday", "op": "between", "value": ["1990-01-01", "1980-01-01"]})"),
              "condition 1: 'between' needs the smaller value first (got \"1990-01-01\" and \"1980-01-01\")");
    EXPECT_FALSE(errorOf(R"({"field": "customer.created", "op": "is_empty"})").empty());
}

TEST(RuleJsonTest, CustomFieldsAreAccepted)
{
    EXPECT_TRUE(RuleJson::parse(R"({"field": "custom.Loyalty level", "op": "=", "value": "gold"})"));
    EXPECT_EQ(errorOf(R"({"field": "custom.", "op": "=", "value": "gold"})"),
              "condition 1: field 'custom.' is not known");
}

TEST(RuleJsonTest, ErrorsNameTheBadPart)
{
    EXPECT_EQ(errorOf(R"({"all": [
        {"field": "city", "op": "=", "value": "Lyon"},
        {"any": [{"field": "tag", "op": "has", "value": "VIP"},
                 {"field": "purchases.cout", "op": ">", "value": 3}]}]})"),
              "condition 3: field 'purchases.cout' is not known");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": "like", "value": "L%"})"), "condition 1: operator 'like' is not known");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": ">", "value": "Lyon"})"),
              "condition 1: field 'city' does not allow the operator '>'");
    EXPECT_EQ(errorOf(R"({"field": "purchases.count", "op": ">", "value": "three"})"),
              "condition 1: the value must be a whole number from 0 to 1000000000 (got \"three\")");
    EXPECT_EQ(errorOf(R"({"field": "purchases.count", "op": ">", "value": 2.5})"),
              "condition 1: the value must be a whole number from 0 to 1000000000 (got 2.5)");
    EXPECT_EQ(errorOf(R"({"field": "purchases.total", "op": ">", "value": 10.005})"),
              "condition 1: the value must be an amount like 150.00, with at most two decimals (got 10.005)");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": "=", "value": "Lyon", "window_days": 30})"),
              "condition 1: field 'city' does not take window_days");
    EXPECT_EQ(errorOf(R"({"field": "purchases.count", "op": ">", "value": 1, "window_days": 0})"),
              "condition 1: window_days must be a whole number of days from 1 to 36500 (got 0)");
    EXPECT_EQ(errorOf(R"({"field": "purchases.count", "op": ">", "value": 1, "window_days": "30"})"),
              "condition 1: window_days must be a whole number of days from 1 to 36500 (got \"30\")");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": "="})"), "condition 1: the operator '=' needs a value");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": "=", "value": "  "})"), "condition 1: the value must not be empty");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": "is_empty", "value": "x"})"),
              "condition 1: the operator 'is_empty' takes no value");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": "in", "value": []})"),
              "condition 1: 'in' needs a list of one or more values (got a list)");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": "in", "value": ["Lyon", 3]})"),
              "condition 1: the value must be a text (got 3)");
    EXPECT_EQ(errorOf(R"({"field": "purchases.count", "op": "between", "value": [5, 2]})"),
              "condition 1: 'between' needs the smaller value first (got 5 and 2)");
    EXPECT_EQ(errorOf(R"({"field": "purchases.count", "op": "between", "value": 5})"),
              "condition 1: 'between' needs a list of two values, like [2, 5] (got 5)");
    EXPECT_EQ(errorOf(R"({"field": "consent.email", "op": "=", "value": "yes"})"),
              "condition 1: the value must be true or false (got \"yes\")");
    EXPECT_EQ(errorOf(R"({"field": "origin", "op": "=", "value": "shop"})"),
              "condition 1: the value must be one of walk-in, online, referral, imported (got \"shop\")");
    EXPECT_EQ(errorOf(R"({"field": "rfm.r", "op": "=", "value": 6})"),
              "condition 1: the value must be a whole number from 1 to 5 (got 6)");
    EXPECT_EQ(errorOf(R"({"field": "city", "op": "=", "value": "Lyon", "colour": "red"})"),
              "condition 1: unknown key 'colour'");
    EXPECT_EQ(errorOf(R"({"op": "=", "value": "Lyon"})"), "condition 1: 'field' is missing");
    EXPECT_EQ(errorOf(R"({"field": 3, "op": "=", "value": "Lyon"})"), "condition 1: 'field' must be a text");
    EXPECT_EQ(errorOf(R"({"field": "city", "value": "Lyon"})"), "condition 1: 'op' is missing");
    EXPECT_EQ(errorOf(R"({"all": [], "any": []})"), "group 1: a group has either 'all' or 'any', not both");
    EXPECT_EQ(errorOf(R"({"all": {"field": "city"}})"), "group 1: 'all' must be a list of conditions");
    EXPECT_EQ(errorOf(R"({"any": [{"all": []}], "name": "x"})"), "group 1: unknown key 'name'");
    EXPECT_EQ(errorOf(R"({"all": [3]})"),
              "expected a group or a condition (an object with “all”, “any” or “field”), got 3");
}

TEST(RuleJsonTest, MalformedJsonIsRefusedWithThePlace)
{
    EXPECT_EQ(errorOf(""), "the rule is not valid JSON: illegal value at character 1");
    EXPECT_EQ(errorOf("[1, 2]"), "the rule must be an object with “all”, “any” or “field”");
    EXPECT_NE(errorOf("\"all\"").find("not valid JSON"), std::string::npos);
    EXPECT_NE(errorOf(R"({"all": [)").find("not valid JSON"), std::string::npos);
    EXPECT_NE(errorOf(R"({"all": [{"field": "city", "op": "=", "value": "Lyon"},]})").find("not valid JSON"),
              std::string::npos);
    EXPECT_NE(errorOf("{\"field\": \"city\", \"op\": \"=\", \"value\": \"\xff\xfe\"}").find("not valid JSON"),
              std::string::npos);
    EXPECT_NE(errorOf(R"({"field": "city" "op": "="})").find("character"), std::string::npos);
}

TEST(RuleJsonTest, DeepNestingIsRefused)
{
    QByteArray json;
    for (int i = 0; i < 40; ++i)
        json += R"({"all": [)";
    json += R"({"field": "city", "op": "is_empty"})";
    for (int i = 0; i < 40; ++i)
        json += "]}";
    EXPECT_EQ(errorOf(json.constData()), "the rule is nested too deeply (more than 16 levels)");
}

TEST(RuleJsonTest, EmptyGroupsAreAllowed)
{
    EXPECT_TRUE(RuleJson::parse(R"({"all": []})"));
    EXPECT_TRUE(RuleJson::parse(R"({"any": []})"));
}
