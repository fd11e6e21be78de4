#include "Rule.h"

#include <array>
#include <utility>

namespace clientele {

namespace {

constexpr std::array<std::pair<RuleOp, const char16_t *>, 16> kOps = {{
    {RuleOp::Equal, u"="},
    {RuleOp::NotEqual, u"!="},
    {RuleOp::Greater, u">"},
    {RuleOp::GreaterOrEqual, u">="},
    {RuleOp::Less, u"<"},
    {RuleOp::LessOrEqual, u"<="},
    {RuleOp::Between, u"between"},
    {RuleOp::Contains, u"contains"},
    {RuleOp::NotContains, u"not_contains"},
    {RuleOp::StartsWith, u"starts_with"},
    {RuleOp::IsEmpty, u"is_empty"},
    {RuleOp::IsNotEmpty, u"is_not_empty"},
    {RuleOp::Has, u"has"},
    {RuleOp::NotHas, u"not_has"},
    {RuleOp::In, u"in"},
    {RuleOp::NotIn, u"not_in"},
}};

void collect(const Rule &rule, QList<const Rule *> &out)
{
    if (!rule.isGroup()) {
        out << &rule;
        return;
    }
    for (const Rule &child : rule.children)
        collect(child, out);
}

} // namespace

Rule Rule::all(const QList<Rule> &children)
{
    Rule r;
    r.kind = Kind::All;
    r.children = children;
    return r;
}

Rule Rule::any(const QList<Rule> &children)
{
    Rule r;
    r.kind = Kind::Any;
    r.children = children;
    return r;
}

Rule Rule::condition(const QString &field, RuleOp op, const QJsonValue &value, int windowDays)
{
    Rule r;
    r.kind = Kind::Condition;
    r.field = field;
    r.op = op;
    // Null and missing both mean "no value"; keep one form so rules compare equal.
    r.value = value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    r.windowDays = windowDays;
    return r;
}

QList<const Rule *> Rule::conditions() const
{
    QList<const Rule *> out;
    collect(*this, out);
    return out;
}

bool Rule::operator==(const Rule &other) const
{
    if (kind != other.kind)
        return false;
    if (isGroup())
        return children == other.children;
    return field == other.field && op == other.op && value == other.value && windowDays == other.windowDays;
}

QString Rule::opKey(RuleOp op)
{
    for (const auto &[o, key] : kOps)
        if (o == op)
            return QString::fromUtf16(key);
    return QString();
}

std::optional<RuleOp> Rule::opFromKey(QStringView key)
{
    for (const auto &[o, k] : kOps)
        if (key == QStringView(k))
            return o;
    return std::nullopt;
}

bool Rule::isNegation(RuleOp op)
{
    return op == RuleOp::NotEqual || op == RuleOp::NotContains || op == RuleOp::NotHas || op == RuleOp::NotIn
           || op == RuleOp::IsEmpty;
}

RuleOp Rule::positive(RuleOp op)
{
    switch (op) {
    case RuleOp::NotEqual:
        return RuleOp::Equal;
    case RuleOp::NotContains:
        return RuleOp::Contains;
    case RuleOp::NotHas:
        return RuleOp::Has;
    case RuleOp::NotIn:
        return RuleOp::In;
    case RuleOp::IsEmpty:
        return RuleOp::IsNotEmpty;
    default:
        return op;
    }
}

} // namespace clientele
