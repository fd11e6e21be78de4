#pragma once

#include "AsOfDay.h"
#include "analytics/RfmScores.h"
#include "Rule.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace clientele {

// One customer's purchases in a period.
struct CustomerSpend
{
    qint64 customerId = 0;
    qint64 cents = 0;
    qint64 purchases = 0;
};

// Answers "who matches this rule as of that day". The SQL evaluator is the
// reference; a faster one (in memory, columnar) can stand beside it and be
// checked against it customer by customer.
//
// The customers considered are those not erased; ids come back ascending.
class SegmentEvaluator
{
    Q_DISABLE_COPY_MOVE(SegmentEvaluator)

public:
    SegmentEvaluator() = default;
    virtual ~SegmentEvaluator() = default;

    // nullopt on failure (see lastError()).
    virtual std::optional<QList<qint64>> matchingIds(const Rule &rule, const AsOfDay &asOf) = 0;
    // -1 on failure.
    virtual qint64 count(const Rule &rule, const AsOfDay &asOf) = 0;
    virtual bool matches(const Rule &rule, const AsOfDay &asOf, qint64 customerId) = 0;
    // Everybody who exists as of the day, ascending: not erased, and
    // created by the end of the day or with a purchase or interaction by
    // then (an imported customer is created on the day of the import, but
    // exists from their first purchase). The population segments split.
    virtual QList<qint64> everyone(const AsOfDay &asOf) = 0;

    // Every customer who bought in the last `days` days up to the end of
    // the as-of day, ascending by id; nullopt on failure.
    virtual std::optional<QList<CustomerSpend>> spend(const AsOfDay &asOf, int days) = 0;

    // One customer's RFM scores over a period (nullopt: did not buy in it).
    virtual std::optional<RfmScore> rfmScore(const AsOfDay &asOf, int periodDays, qint64 customerId) = 0;

    // Data changed: forget anything computed from it.
    virtual void invalidate() {}

    virtual QString lastError() const = 0;
};

} // namespace clientele
