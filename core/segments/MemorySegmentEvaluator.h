#pragma once

#include "SegmentEvaluator.h"

#include <QtCore/QCoreApplication>

#include <memory>
#include <mutex>

namespace clientele {

class Database;
class SqlSegmentEvaluator;
class CustomerColumns;

// Evaluates rules in memory. The columns a rule needs (the customers'
// purchases, visits, tags, towns ...) are read from the database once, in
// compact arrays, and kept until the data changes (invalidate()); each
// condition is then one pass over them, and its answer is kept as well, so
// after an edit in the builder only the condition that changed is counted
// again.
//
// Conditions it does not hold in memory (custom fields and birthdays) are
// answered by the SQL evaluator and kept the same way; so is matches() for
// one customer, which one indexed query answers faster than reading a
// column, unless the rule has RFM scores, which are ranks among everybody. The SQL evaluator is the reference: tests check the two customer
// by customer.
//
// What was read can be shared (columns()) with evaluators of other
// connections to the same file, for instance one per worker thread; it is
// safe to use from several threads, one evaluation at a time. On the
// application's main thread it never waits for a worker that is reading:
// it asks the SQL evaluator then.
class MemorySegmentEvaluator final : public SegmentEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(clientele::MemorySegmentEvaluator)

public:
    explicit MemorySegmentEvaluator(Database &db, std::shared_ptr<CustomerColumns> columns = {});
    ~MemorySegmentEvaluator() override;

    std::optional<QList<qint64>> matchingIds(const Rule &rule, const AsOfDay &asOf) override;
    qint64 count(const Rule &rule, const AsOfDay &asOf) override;
    bool matches(const Rule &rule, const AsOfDay &asOf, qint64 customerId) override;
    QList<qint64> everyone(const AsOfDay &asOf) override;
    std::optional<QList<CustomerSpend>> spend(const AsOfDay &asOf, int days) override;
    std::optional<RfmScore> rfmScore(const AsOfDay &asOf, int periodDays, qint64 customerId) override;
    void invalidate() override;
    QString lastError() const override { return m_error; }

    // What this evaluator has read; hand it to another evaluator to share.
    std::shared_ptr<CustomerColumns> columns() const { return m_columns; }
    // An empty set of columns, to be filled by whoever evaluates first.
    static std::shared_ptr<CustomerColumns> makeColumns();

private:
    class Run;
    class Session;
    bool lock_(std::unique_lock<std::mutex> &lock);

    Database &m_db;
    std::shared_ptr<CustomerColumns> m_columns;
    std::unique_ptr<SqlSegmentEvaluator> m_sql;
    QString m_error;
};

} // namespace clientele
