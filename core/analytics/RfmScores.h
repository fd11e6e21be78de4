#pragma once

#include <QtCore/QList>
#include <QtCore/QtGlobal>

namespace clientele {

// What one customer did in the RFM period.
struct RfmInput
{
    qint64 customerId = 0;
    qint64 recencyDays = 0; // days from the last purchase to the as-of day
    qint64 frequency = 0;   // purchases in the period
    qint64 monetaryCents = 0;
};

struct RfmScore
{
    qint64 customerId = 0;
    int r = 0;
    int f = 0;
    int m = 0;
    int score() const { return r + f + m; }
};

// Recency, frequency and monetary scores from 1 (worst) to 5 (best), by
// quintile among the customers who bought in the period.
//
// Ties: customers with the same value always get the same score, the one
// of the first position their group reaches in the ranking from worst to
// best: score = 1 + floor(5 * (number of customers strictly worse) / n).
// The result depends on the values only, never on ids or input order; a
// large group of equal values (many one-time buyers) keeps the lower score
// rather than being split at random. rfm.score is r + f + m (3 to 15).
class RfmScores final
{
public:
    static QList<RfmScore> compute(const QList<RfmInput> &customers);

    // Scores 1-5 for values where larger is better, ties as above.
    static QList<int> quintiles(const QList<qint64> &values);
};

} // namespace clientele
