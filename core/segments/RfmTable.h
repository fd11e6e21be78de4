#pragma once

#include "AsOfDay.h"
#include "analytics/RfmScores.h"

#include <optional>
#include <vector>

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

    // Whether the connection's table holds the scores of that period as of
    // that day (by the last fill, whoever asked for it).
    static bool isFilled(Database &db, const AsOfDay &asOf, int periodDays);

    // What fill() computes, without storing it.
    static QList<RfmInput> inputs(Database &db, const AsOfDay &asOf, int periodDays, qint64 customerId = 0);

    // Whole days from the day of `lastPurchase` (within the period) to the
    // as-of day, for many customers: make the day starts once.
    class Recency
    {
    public:
        Recency(const AsOfDay &asOf, int periodDays);
        qint64 daysSince(qint64 lastPurchase) const;

    private:
        int m_period;
        std::vector<qint64> m_starts; // local day starts of the period and the day after
    };

    // The as-of day and zone, as isFilled() compares them.
    static QString key(const AsOfDay &asOf);

    // Scores of one customer as stored by the last fill of that period.
    static std::optional<RfmScore> scoreOf(Database &db, int periodDays, qint64 customerId);
};

} // namespace clientele
