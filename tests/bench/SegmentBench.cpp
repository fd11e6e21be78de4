// Segment benchmarks: five typical segments over 100,000 (and 1,000,000)
// customers with 10 purchases each. Run:
//   build/bench/tests/bench/segment_bench
//   tests/bench/segments_vs_sqlite3.sh build/bench/tests/bench/segment_bench 100000
// CLIENTELE_BENCH_DB=FILE keeps the generated shop in FILE (made once per size).
#include "segments/RuleJson.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "segments/SqlSegmentEvaluator.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/SqliteStatement.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>

#include <map>
#include <memory>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace clientele;

namespace {

const QDate kAsOf(2026, 3, 31);

// Five segments a shop would have, the same as the hand-written SQL of
// segments_vs_sqlite3.sh.
QList<std::pair<QString, Rule>> fiveSegments()
{
    using enum RuleOp;
    return {
        {QStringLiteral("Big spenders"), Rule::condition(QStringLiteral("purchases.total"), GreaterOrEqual, 500, 365)},
        {QStringLiteral("Loyal"), Rule::condition(QStringLiteral("purchases.count"), GreaterOrEqual, 6, 365)},
        {QStringLiteral("New"), Rule::condition(QStringLiteral("purchases.days_since_first"), LessOrEqual, 30)},
        {QStringLiteral("At risk"),
         Rule::condition(QStringLiteral("purchases.days_since_last"), Between, QJsonArray{91, 180})},
        {QStringLiteral("Lyon or VIP"),
         Rule::any({Rule::condition(QStringLiteral("city"), Equal, QStringLiteral("Lyon")),
                    Rule::condition(QStringLiteral("tag"), Has, QStringLiteral("VIP"))})},
    };
}

void exec(sqlite3 *h, const char *sql)
{
    SqliteStatement s(h, sql);
    s.step();
}

// Customers with 10 purchases each over two years, in UTC, written in one transaction.
void build(Database &db, int customers)
{
    sqlite3 *h = db.handle();
    SettingsStore(db).setTimeZone(QTimeZone::utc());
    exec(h, "BEGIN");
    exec(h, "INSERT INTO tags (id, name) VALUES (1, 'VIP')");
    SqliteStatement c(h, "INSERT INTO customers (id, city, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
    SqliteStatement p(h, "INSERT INTO purchases (customer_id, time, amount_cents) VALUES (?, ?, ?)");
    SqliteStatement t(h, "INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, 1)");
    const qint64 end = QDateTime(kAsOf.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    quint64 x = 88172645463325252ULL;
    auto rnd = [&](quint64 n) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return qint64(x % n);
    };
    static const char *cities[] = {"Lyon", "Paris", "Nice", "Lille", "Nantes"};
    for (qint64 id = 1; id <= customers; ++id) {
        // How long ago this customer was active shapes recency and frequency.
        const qint64 lastActive = rnd(4) == 0 ? rnd(600) : rnd(60);
        const qint64 span = 30 + rnd(700);
        c.bind(1, id);
        c.bindText(2, cities[rnd(5)]);
        c.bindText(3, rnd(2) ? "walk-in" : "online");
        c.bind(4, end - (lastActive + span) * 86400);
        c.bind(5, end - (lastActive + span) * 86400);
        c.step();
        for (int k = 0; k < 10; ++k) {
            p.bind(1, id);
            p.bind(2, end - (lastActive + rnd(span)) * 86400 - rnd(86400) - 1);
            p.bind(3, 200 + rnd(15000));
            p.step();
        }
        if (rnd(20) == 0) {
            t.bind(1, id);
            t.step();
        }
    }
    exec(h, "COMMIT");
    exec(h, "ANALYZE");
}

// Closed before QCoreApplication goes away (the Qt SQL driver needs it).
std::map<int, std::unique_ptr<Database>> &shops()
{
    static std::map<int, std::unique_ptr<Database>> all;
    return all;
}

Database &shop(int customers)
{
    static QTemporaryDir dir;
    auto &db = shops()[customers];
    if (!db) {
        QString path = qEnvironmentVariable("CLIENTELE_BENCH_DB");
        path = path.isEmpty() ? dir.filePath(QStringLiteral("segments-%1.sqlite").arg(customers))
                              : path + QStringLiteral(".%1").arg(customers);
        const bool exists = QFileInfo::exists(path);
        db = std::make_unique<Database>();
        db->open(path, Database::Lock::None);
        if (!exists) {
            build(*db, customers);
            SegmentStore store(*db);
            for (const auto &[name, rule] : fiveSegments()) {
                Segment s;
                s.name = name;
                s.ruleJson = QString::fromUtf8(RuleJson::write(rule));
                store.add(s);
            }
        }
    }
    return *db;
}

void BM_FullEvaluation(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    for (auto _ : state) {
        const SegmentResults r = engine.evaluate(kAsOf);
        benchmark::DoNotOptimize(r.totalCustomers);
        state.counters["in_segments"] = double(r.totalCustomers - r.everyoneElse.members);
    }
}
BENCHMARK(BM_FullEvaluation)->Arg(100000)->Unit(benchmark::kMillisecond);

// The builder's live count while the owner edits one rule.
void BM_LiveCount(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    SqlSegmentEvaluator evaluator(db);
    const AsOfDay asOf(kAsOf, QTimeZone::utc());
    const Rule rule = fiveSegments().at(int(state.range(1))).second;
    for (auto _ : state)
        state.counters["count"] = double(evaluator.count(rule, asOf));
}
BENCHMARK(BM_LiveCount)
    ->Args({100000, 0})
    ->Args({100000, 1})
    ->Args({100000, 2})
    ->Args({100000, 3})
    ->Args({100000, 4})
    ->Unit(benchmark::kMillisecond);

void BM_OverlapMatrix(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    SqlSegmentEvaluator evaluator(db);
    const AsOfDay asOf(kAsOf, QTimeZone::utc());
    const auto segments = fiveSegments();
    for (auto _ : state) {
        QList<QSet<qint64>> sets;
        for (const auto &s : segments) {
            const QList<qint64> ids = *evaluator.matchingIds(s.second, asOf);
            sets << QSet<qint64>(ids.cbegin(), ids.cend());
        }
        qint64 total = 0;
        for (qsizetype i = 0; i < sets.size(); ++i)
            for (qsizetype j = i + 1; j < sets.size(); ++j)
                total += QSet<qint64>(sets[i]).intersect(sets[j]).size();
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(BM_OverlapMatrix)->Arg(100000)->Unit(benchmark::kMillisecond);

// The million: opt in with --benchmark_filter=Million (building takes a while).
void BM_FullEvaluationMillion(benchmark::State &state)
{
    BM_FullEvaluation(state);
}
BENCHMARK(BM_FullEvaluationMillion)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LiveCountMillion(benchmark::State &state)
{
    BM_LiveCount(state);
}
BENCHMARK(BM_LiveCountMillion)->Args({1000000, 1})->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    // Without a filter, leave out the million-customer runs.
    bool filtered = false;
    for (int i = 1; i < argc; ++i)
        filtered = filtered || QByteArray(argv[i]).startsWith("--benchmark_filter");
    if (filtered)
        benchmark::RunSpecifiedBenchmarks();
    else
        benchmark::RunSpecifiedBenchmarks(std::string("^BM_(FullEvaluation|LiveCount|OverlapMatrix)/"));
    benchmark::Shutdown();
    shops().clear();
    return 0;
}
