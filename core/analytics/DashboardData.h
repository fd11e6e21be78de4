#pragma once

#include "segments/SegmentHistory.h"
#include "segments/SegmentResults.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <array>
#include <functional>
#include <optional>

namespace clientele {

class AsOfDay;
class Database;

// The numbers behind the dashboard, as of one day, in one value that can
// travel from a worker thread to the window: segment sizes and revenue,
// new and returning customers per month, locations (and which segments
// shop where), the RFM grid, and the segments' history.
//
// compute() reads through whichever connection it is given, so the
// dashboard runs it on a worker connection (Lock::None, Check::Skip on the
// same file) and the window never waits for it.
class DashboardData final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::DashboardData)

public:
    struct SegmentSlice
    {
        qint64 segmentId = 0; // 0: "Everyone else"
        QString name;
        QString color;
        qint64 members = 0;
        double share = 0.0;       // of all customers, 0..1
        qint64 revenueCents = 0;  // in the engine's revenue window (365 days)
        double revenueShare = 0.0; // of the revenue of all customers, 0..1
    };

    struct Month
    {
        QDate month; // first day of the month
        qint64 newCustomers = 0; // first purchase ever in this month
        qint64 returningCustomers = 0; // bought in this month, and before it
    };

    struct LocationTotals
    {
        qint64 locationId = 0; // 0: purchases without a location
        QString name;
        qint64 revenueCents = 0;
        qint64 customers = 0;
        // Customers who bought there, per segment, parallel to segments.
        QList<qint64> customersBySegment;
    };

    struct SizeSeries
    {
        qint64 segmentId = 0;
        QString name;
        QString color;
        QList<SegmentHistory::SizePoint> points;
    };

    struct Options
    {
        QDate asOf; // invalid: today in the shop's zone
        int months = 12; // new vs returning customers
        int locationDays = 365;
        int rfmPeriodDays = 365;
        // Movement between two snapshot days; invalid: the latest snapshot,
        // and the one about a month before it.
        QDate movementFrom;
        QDate movementTo;
        // Store the segment results as the snapshot of their day when that
        // day has none yet, so the history is never empty.
        bool snapshotIfMissing = false;
    };

    // Called between the steps; return false to stop (the result is then
    // marked cancelled).
    using Progress = std::function<bool(int step, int steps)>;

    // `results`: the segment engine's latest results for options.asOf, when
    // the caller has them; otherwise the segments are evaluated here.
    static DashboardData compute(Database &db, const Options &options,
                                 const std::optional<SegmentResults> &results = std::nullopt,
                                 const Progress &progress = {});

    // The customers behind a bar, looked up when it is clicked.
    static QList<qint64> customersInMonth(Database &db, const AsOfDay &asOf, QDate month, bool returning);
    static QList<qint64> customersAtLocation(Database &db, const AsOfDay &asOf, int days, qint64 locationId);
    static QList<qint64> movers(Database &db, QDate from, QDate to, qint64 fromSegmentId, qint64 toSegmentId);

    // Segment members in id order.
    QList<qint64> membersOf(qint64 segmentId) const;
    const QList<qint64> &rfmCustomers(int recency, int frequency) const;
    qint64 rfmCount(int recency, int frequency) const { return rfmCustomers(recency, frequency).size(); }

    bool cancelled = false;
    QString error;
    QDate asOf;
    qint64 totalCustomers = 0;
    qint64 purchasesEver = 0;   // up to as-of; none means an empty shop
    qint64 revenueCents = 0;    // all customers, in the engine's revenue window
    QList<SegmentSlice> segments; // priority order, "Everyone else" last
    QHash<qint64, qint64> segmentOf; // customer id -> segment id (0: everyone else)
    QList<Month> months; // oldest first, the as-of month last
    QList<LocationTotals> locations; // by revenue, largest first
    // rfm[r - 1][f - 1]: customers with recency score r and frequency score f.
    std::array<std::array<QList<qint64>, 5>, 5> rfm;
    qint64 rfmCustomersTotal = 0;
    QList<QDate> snapshotDays;
    QList<SizeSeries> sizes; // one per current segment, same order as segments
    QDate movementFrom;
    QDate movementTo;
    QList<SegmentHistory::Movement> movements;
};

} // namespace clientele
