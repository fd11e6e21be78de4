#pragma once

#include "AsOfDay.h"
#include "Rule.h"

#include <QtCore/QVariant>

namespace clientele {

class Database;
class SegmentEvaluator;

// One customer's actual value for a condition's field, as of a day: what
// an explanation shows next to the rule ("bought 5 times in the last 6
// months (more than 3)"). Counts, cents and days come back as qint64, texts
// as QString, tags, categories and places as QStringList, consent as bool;
// an invalid QVariant means "nothing recorded".
class CustomerFacts final
{
public:
    // RFM scores come from `scores` when given (an evaluator keeps them);
    // otherwise the connection's table is filled for each one asked.
    explicit CustomerFacts(Database &db, SegmentEvaluator *scores = nullptr);

    QVariant value(const Rule &condition, qint64 customerId, const AsOfDay &asOf) const;

private:
    Database &m_db;
    SegmentEvaluator *m_scores = nullptr;
};

} // namespace clientele
