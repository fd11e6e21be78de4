#pragma once

#include "SegmentEvaluator.h"
#include "SegmentResults.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <memory>

namespace clientele {

class CustomerColumns;
class Database;

// Evaluates the owner's segments: each customer belongs to the first
// segment (by priority) whose rule matches, everyone else to "Everyone
// else", so the parts add up to the whole. Also per segment: members,
// share, revenue of the last 365 days, average order value, purchases per
// member; the overlap of every pair of rules; and for one customer, why.
//
// Dynamic: the engine listens to the database's notifier. Any change to
// customers, what they did, the segments or the settings marks the results
// stale (resultsStale()); a short debounce later, they are evaluated again
// and resultsChanged() follows, without the caller asking. Many changes in
// a row (an import, typing in the builder) cost one evaluation.
class SegmentEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentEngine)

public:
    explicit SegmentEngine(Database &db, QObject *parent = nullptr);
    ~SegmentEngine() override;

    // The evaluator is in memory (MemorySegmentEvaluator); another one,
    // such as the SQL reference, can be put in.
    void setEvaluator(std::unique_ptr<SegmentEvaluator> evaluator);
    SegmentEvaluator &evaluator() { return *m_evaluator; }
    // What the in-memory evaluator has read of the data (null for another
    // evaluator): workers evaluating the same file share it. Replaced by an
    // empty one when the data changes.
    std::shared_ptr<CustomerColumns> sharedColumns() const;

    // Invalid date: today in the shop's zone.
    void setAsOf(QDate day);
    QDate asOf() const { return m_asOf; }

    // Evaluate again on changes by itself (default on), after `debounceMs`.
    void setAutoRefresh(bool on, int debounceMs = 100);

    // Evaluates now, as of `day` (invalid: the engine's as-of).
    SegmentResults evaluate(QDate day = QDate());
    // The latest results; evaluates first when stale.
    const SegmentResults &results();
    bool isStale() const { return m_stale; }

    CustomerExplanation explain(qint64 customerId, QDate day = QDate());
    // Evaluates now and tells listeners (resultsChanged); in the background
    // mode the evaluation runs on a worker and the signal comes later.
    void refresh();
    // For the window: evaluations run on a worker connection, and results()
    // never blocks (it returns the latest results while new ones are made).
    void setBackgroundRefresh(bool on);
    bool isBusy() const { return m_busy; }

    // The revenue window of the statistics.
    static constexpr int RevenueDays = 365;

Q_SIGNALS:
    void resultsStale();
    void resultsChanged();

private:
    // Data changed (or only what is asked, such as the day, when false).
    void markStale(bool dataChanged = true);

    Database &m_db;
    std::unique_ptr<SegmentEvaluator> m_evaluator;
    QDate m_asOf;
    SegmentResults m_results;
    bool m_stale = true;
    bool m_auto = true;
    bool m_background = false;
    bool m_busy = false;
    bool m_again = false; // evaluate once more when the running one is done
    quint64 m_generation = 0; // changes and launches; an older answer is dropped
    quint64 m_launched = 0;   // the latest background evaluation
    QTimer m_timer;
};

} // namespace clientele
