#pragma once

#include "AsOfDay.h"
#include "analytics/RfmScores.h"

#include <optional>

namespace clientele {

class Database;

// Fills the connection's temp table of RFM scores for one period as of a
// day, which rules with rfm.* fields read (SqlRuleCompiler::rfmTable()).
// The purchases are read here; the scoring itself is RfmScores.
class RfmTable final
{
public:
    // Computes and stores the scores of every customer who bought in the
    // `periodDays` days up to the as-of day. False on a database error.
    static bool fill(Database &db, const AsOfDay &asOf, int periodDays);

    // What fill() computes, without storing it.
    static QList<RfmInput> inputs(Database &db, const AsOfDay &asOf, int periodDays, qint64 customerId = 0);

    // Scores of one customer as stored by the last fill of that period.
    static std::optional<RfmScore> scoreOf(Database &db, int periodDays, qint64 customerId);
};

} // namespace clientele
