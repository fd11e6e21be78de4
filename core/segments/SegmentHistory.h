#pragma once

#include "SegmentResults.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QList>

#include <functional>

namespace clientele {

class Database;
class SegmentEngine;

// Where segments were on past days: per day the size and revenue of each
// segment (segment_snapshots) and each customer's segment
// (segment_memberships). Names are kept with the numbers, so history
// survives a renamed or deleted segment. One snapshot per day: taking it
// again the same day replaces it.
class SegmentHistory final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::SegmentHistory)

public:
    struct SizePoint
    {
        QDate day;
        qint64 members = 0;
        qint64 revenueCents = 0;
    };

    struct Movement
    {
        qint64 fromSegmentId = 0; // 0 = everyone else
        QString fromSegment;
        qint64 toSegmentId = 0;
        QString toSegment;
        qint64 customers = 0;
    };

    explicit SegmentHistory(Database &db);

    bool hasSnapshot(QDate day) const;
    QList<QDate> days() const;

    // Stores `results` as the snapshot of results.asOf, replacing one of that day.
    bool save(const SegmentResults &results);
    // Takes the snapshot of `day` (today by default) unless one exists:
    // at most once a day. True when a snapshot was taken.
    bool snapshotIfDue(SegmentEngine &engine, QDate day = QDate());

    // Fills in the past: a snapshot every `stepDays` days going back from
    // `to` (today by default) to `from`, each evaluated as of its own day,
    // so the history says what the rules would have said then. Days that
    // already have a snapshot are left alone. `progress` gets (done, total)
    // and may return false to stop. Returns the snapshots taken, or -1 when
    // one could not be saved.
    using Progress = std::function<bool(int done, int total)>;
    int backfill(SegmentEngine &engine, QDate from, QDate to = QDate(), int stepDays = 7,
                 const Progress &progress = {});

    // Size and revenue of the segment with that name on each snapshot day in [from, to].
    QList<SizePoint> sizeOverTime(const QString &segmentName, QDate from = QDate(), QDate to = QDate()) const;

    // Customers who were in one segment on `from` and another on `to`
    // (both days must have a snapshot), largest moves first.
    QList<Movement> movement(QDate from, QDate to) const;

    // "34 customers moved from Loyal to At risk since 1 March."
    static QString describe(const Movement &move, QDate since);

private:
    Database &m_db;
};

} // namespace clientele
