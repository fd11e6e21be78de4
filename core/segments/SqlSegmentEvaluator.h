#pragma once

#include "SegmentEvaluator.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

namespace clientele {

class Database;
struct CompiledRule;

// Evaluates rules by compiling them to SQL (SqlRuleCompiler) and running
// them on the database's own connection, so it sees uncommitted changes of
// the same thread. RFM scores are computed once per period and as-of day,
// until invalidate().
class SqlSegmentEvaluator final : public SegmentEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(clientele::SqlSegmentEvaluator)

public:
    explicit SqlSegmentEvaluator(Database &db);

    std::optional<QList<qint64>> matchingIds(const Rule &rule, const AsOfDay &asOf) override;
    qint64 count(const Rule &rule, const AsOfDay &asOf) override;
    bool matches(const Rule &rule, const AsOfDay &asOf, qint64 customerId) override;
    QList<qint64> everyone(const AsOfDay &asOf) override;
    std::optional<QList<CustomerSpend>> spend(const AsOfDay &asOf, int days) override;
    std::optional<RfmScore> rfmScore(const AsOfDay &asOf, int periodDays, qint64 customerId) override;
    void invalidate() override { m_rfmReady.clear(); }
    QString lastError() const override { return m_error; }

    // The whole statement for a rule, for benchmarks and curious tests.
    static QString selectStatement(const CompiledRule &compiled, bool countOnly);

private:
    bool prepare(const CompiledRule &compiled, const AsOfDay &asOf);

    Database &m_db;
    QString m_error;
    QHash<int, QString> m_rfmReady; // period -> as-of key the temp table holds
};

} // namespace clientele
