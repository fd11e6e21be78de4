#include "ConditionValues.h"

#include "FieldCatalogue.h"

#include <QtCore/QJsonArray>

#include <cmath>

namespace clientele::ConditionValues {

using enum RuleOp;

namespace {

qint64 cents(const QJsonValue &v)
{
    return qint64(std::llround(v.toDouble() * 100.0));
}

qint64 whole(const QJsonValue &v)
{
    return qint64(std::llround(v.toDouble()));
}

} // namespace

Operands numbers(const Rule &c, bool money)
{
    Operands o;
    if (c.op == Between) {
        const QJsonArray arr = c.value.toArray();
        o.a = money ? cents(arr.at(0)) : whole(arr.at(0));
        o.b = money ? cents(arr.at(1)) : whole(arr.at(1));
    } else {
        o.a = money ? cents(c.value) : whole(c.value);
    }
    return o;
}

bool satisfies(qint64 x, RuleOp op, Operands o)
{
    switch (op) {
    case Equal:
        return x == o.a;
    case NotEqual:
        return x != o.a;
    case Greater:
        return x > o.a;
    case GreaterOrEqual:
        return x >= o.a;
    case Less:
        return x < o.a;
    case LessOrEqual:
        return x <= o.a;
    case Between:
        return x >= o.a && x <= o.b;
    default:
        return false;
    }
}

QString text(const QJsonValue &v)
{
    return v.toString().trimmed();
}

QStringList texts(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << text(item);
    return out;
}

TimeRange daysSince(const AsOfDay &asOf, RuleOp op, Operands o)
{
    // d > N means day(t) < D - N, which begins where day D - N does.
    const auto ago = [&](qint64 days) { return asOf.startOf(asOf.day().addDays(-days)); };
    switch (op) {
    case Greater:
        return {std::nullopt, ago(o.a)};
    case GreaterOrEqual:
        return {std::nullopt, ago(o.a - 1)};
    case Less:
        return {ago(o.a - 1), std::nullopt};
    case LessOrEqual:
        return {ago(o.a), std::nullopt};
    case Equal:
    case NotEqual:
        return {ago(o.a), ago(o.a - 1)};
    case Between:
        return {ago(o.b), ago(o.a - 1)};
    default:
        return {0, 0};
    }
}

TimeRange onDates(const AsOfDay &asOf, const Rule &c)
{
    // "On D" is [start of D, start of D+1) in the shop's zone; "after D"
    // starts with D+1.
    const auto start = [&](const QJsonValue &x, int plus) { return asOf.startOf(FieldCatalogue::dateValue(x).addDays(plus)); };
    const QJsonValue a = c.op == Between ? c.value.toArray().at(0) : c.value;
    const QJsonValue b = c.op == Between ? c.value.toArray().at(1) : c.value;
    switch (c.op) {
    case Greater:
        return {start(a, 1), std::nullopt};
    case GreaterOrEqual:
        return {start(a, 0), std::nullopt};
    case Less:
        return {std::nullopt, start(a, 0)};
    case LessOrEqual:
        return {std::nullopt, start(a, 1)};
    case Equal:
    case NotEqual:
    case Between:
        return {start(a, 0), start(b, 1)};
    default:
        return {0, 0};
    }
}

} // namespace clientele::ConditionValues
