#pragma once

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

namespace clientele {

// One segment (or "Everyone else") after exclusive assignment.
struct SegmentStats
{
    qint64 segmentId = 0; // 0: "Everyone else"
    QString name;
    QString color;
    QString sentence;      // the rule in plain words
    qint64 members = 0;
    double share = 0.0;    // of all customers, 0..1
    qint64 revenueCents = 0; // members' purchases in the 365 days up to as-of
    qint64 purchases = 0;    // their number
    qint64 averageOrderCents = 0;
    double purchasesPerMember = 0.0;
    qint64 ruleMatches = 0; // customers the rule matches before priority
    QString error;          // the rule could not be evaluated
};

// A full evaluation of the owner's segments as of one day.
struct SegmentResults
{
    QDate asOf;
    bool valid = false;
    qint64 totalCustomers = 0;
    QList<SegmentStats> segments; // in priority order
    SegmentStats everyoneElse;
    // overlap[i][j]: customers both rules match (i == j: the rule's own matches).
    QList<QList<qint64>> overlap;
    // Customer id -> segment id (0 = everyone else).
    QHash<qint64, qint64> segmentOf;

    // The customers of one segment (0: everyone else), by id.
    QList<qint64> membersOf(qint64 segmentId) const { return membersOf(segmentOf, segmentId); }
    static QList<qint64> membersOf(const QHash<qint64, qint64> &segmentOf, qint64 segmentId);
};

// Why one customer is where they are.
struct ConditionExplanation
{
    QString text; // "bought 5 times in the last 6 months (more than 3)"
    bool met = false;
};

struct SegmentCheck
{
    qint64 segmentId = 0;
    QString name;
    bool matched = false;
    QList<ConditionExplanation> conditions;
};

struct CustomerExplanation
{
    qint64 customerId = 0;
    qint64 segmentId = 0; // 0 = everyone else
    QString segmentName;
    QString summary; // "In Regulars because ..."
    QList<SegmentCheck> checked; // the segments looked at, in priority order, up to the one that matched
};

} // namespace clientele
