#pragma once

#include "AsOfDay.h"
#include "Rule.h"

#include <QtCore/QStringList>

#include <optional>

namespace clientele {

// What a condition's value means, shared by the evaluators so that they
// cannot drift apart: numbers in the units compared (cents for money),
// trimmed texts, and "days since" or calendar-date conditions as a range
// of UTC seconds in the shop's zone.
namespace ConditionValues {

struct Operands
{
    qint64 a = 0;
    qint64 b = 0; // between only
};

// The condition's number(s); money in cents.
Operands numbers(const Rule &condition, bool money);
// Does `x` pass the comparison (=, !=, >, >=, <, <=, between)?
bool satisfies(qint64 x, RuleOp op, Operands o);

QString text(const QJsonValue &value);
QStringList texts(const QJsonValue &value);

// Times t with from <= t < to; an end left out is open.
struct TimeRange
{
    std::optional<qint64> from;
    std::optional<qint64> to;
    bool contains(qint64 t) const { return (!from || t >= *from) && (!to || t < *to); }
};

// "Days since t" compared by `op` (for != the range of =): d = D - day(t).
TimeRange daysSince(const AsOfDay &asOf, RuleOp op, Operands o);
// The calendar day of t compared by `op` with the condition's date(s) (for
// != the range of =).
TimeRange onDates(const AsOfDay &asOf, const Rule &condition);

} // namespace ConditionValues

} // namespace clientele
