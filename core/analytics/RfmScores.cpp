#include "RfmScores.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace clientele {

QList<int> RfmScores::quintiles(const QList<qint64> &values)
{
    const qsizetype n = values.size();
    QList<int> scores(n, 0);
    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    qsizetype groupStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && values[order[size_t(i)]] != values[order[size_t(i - 1)]])
            groupStart = i;
        scores[order[size_t(i)]] = int(1 + (5 * groupStart) / n);
    }
    return scores;
}

QList<RfmScore> RfmScores::compute(const QList<RfmInput> &customers)
{
    QList<qint64> recency;
    QList<qint64> frequency;
    QList<qint64> monetary;
    recency.reserve(customers.size());
    frequency.reserve(customers.size());
    monetary.reserve(customers.size());
    for (const RfmInput &c : customers) {
        recency << -c.recencyDays; // fewer days since the last purchase is better
        frequency << c.frequency;
        monetary << c.monetaryCents;
    }
    const QList<int> r = quintiles(recency);
    const QList<int> f = quintiles(frequency);
    const QList<int> m = quintiles(monetary);
    QList<RfmScore> out;
    out.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i)
        out << RfmScore{customers[i].customerId, r[i], f[i], m[i]};
    return out;
}

} // namespace clientele
