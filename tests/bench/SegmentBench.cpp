// Segment benchmarks: five typical segments over 100,000 (and 1,000,000)
// customers with 10 purchases each. Run:
//   build/bench/tests/bench/segment_bench
//   tests/bench/segments_vs_sqlite3.sh build/bench/tests/bench/segment_bench 100000
// CLIENTELE_BENCH_DB=FILE keeps the generated shop in FILE (made once per size).
#include "segments/CustomerFacts.h"
#include "segments/MemorySegmentEvaluator.h"
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

// Everything, as after a change to the data: the in-memory evaluator reads
// what the five rules need again, then evaluates them, the revenue of every
// segment and the overlap of every pair.
void BM_FullEvaluation(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    for (auto _ : state) {
        engine.evaluator().invalidate();
        const SegmentResults r = engine.evaluate(kAsOf);
        benchmark::DoNotOptimize(r.totalCustomers);
        state.counters["in_segments"] = double(r.totalCustomers - r.everyoneElse.members);
    }
}
BENCHMARK(BM_FullEvaluation)->Arg(100000)->Unit(benchmark::kMillisecond);

// The same when nothing changed but the segments (reordered, renamed).
void BM_FullEvaluationWarm(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    engine.evaluate(kAsOf);
    for (auto _ : state)
        benchmark::DoNotOptimize(engine.evaluate(kAsOf).totalCustomers);
}
BENCHMARK(BM_FullEvaluationWarm)->Arg(100000)->Unit(benchmark::kMillisecond);

// The SQL evaluator alone, for comparison.
void BM_FullEvaluationSql(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    engine.setEvaluator(std::make_unique<SqlSegmentEvaluator>(db));
    for (auto _ : state) {
        engine.evaluator().invalidate();
        benchmark::DoNotOptimize(engine.evaluate(kAsOf).totalCustomers);
    }
}
BENCHMARK(BM_FullEvaluationSql)->Arg(100000)->Unit(benchmark::kMillisecond);

// A rule with its value changed each time, as typing does, so that it is
// counted anew.
Rule edited(int segment, qint64 iteration)
{
    Rule rule = fiveSegments().at(segment).second;
    if (!rule.isGroup()) {
        if (rule.op == RuleOp::Between)
            rule.value = QJsonArray{91, 180 + double(iteration % 30000)};
        else
            rule.value = rule.field == u"purchases.total" ? rule.value.toDouble() + double(iteration % 100000) / 100.0
                                                          : rule.value.toDouble() + double(iteration % 30000);
    } else {
        rule.children[0].value = QStringLiteral("Lyon%1").arg(iteration);
    }
    return rule;
}

// The builder's live count while the owner edits one rule: the columns were
// read when the builder opened (or by the last evaluation); each edit is a
// condition not counted before.
void BM_LiveCount(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    MemorySegmentEvaluator evaluator(db);
    const AsOfDay asOf(kAsOf, QTimeZone::utc());
    const int segment = int(state.range(1));
    evaluator.count(fiveSegments().at(segment).second, asOf); // the builder opens
    qint64 i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const Rule rule = edited(segment, i++);
        state.ResumeTiming();
        const qint64 n = evaluator.count(rule, asOf);
        if (n < 0)
            state.SkipWithError(evaluator.lastError().toStdString().c_str());
        state.counters["count"] = double(n);
    }
}

// The first count after the data changed: the columns are read again.
void BM_LiveCountCold(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    MemorySegmentEvaluator evaluator(db);
    const AsOfDay asOf(kAsOf, QTimeZone::utc());
    const Rule rule = fiveSegments().at(int(state.range(1))).second;
    for (auto _ : state) {
        evaluator.invalidate();
        state.counters["count"] = double(evaluator.count(rule, asOf));
    }
}

// The same count by the SQL evaluator.
void BM_LiveCountSql(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    SqlSegmentEvaluator evaluator(db);
    const AsOfDay asOf(kAsOf, QTimeZone::utc());
    const Rule rule = fiveSegments().at(int(state.range(1))).second;
    for (auto _ : state)
        state.counters["count"] = double(evaluator.count(rule, asOf));
}

void liveCountArgs(benchmark::internal::Benchmark *b)
{
    for (int segment = 0; segment < 5; ++segment)
        b->Args({100000, segment});
    b->Unit(benchmark::kMillisecond);
}
BENCHMARK(BM_LiveCount)->Apply(liveCountArgs);
BENCHMARK(BM_LiveCountCold)->Apply(liveCountArgs);
BENCHMARK(BM_LiveCountSql)->Apply(liveCountArgs);

// A customer's card says why they are in their segment; for an RFM rule that
// is their scores. Arg 1: from the in-memory evaluator (as the engine does,
// its columns read); 0: by filling the connection's score table each time.
void BM_RfmFactOfOneCustomer(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    MemorySegmentEvaluator evaluator(db);
    const AsOfDay asOf(kAsOf, QTimeZone::utc());
    const Rule rule = Rule::condition(QStringLiteral("rfm.score"), RuleOp::GreaterOrEqual, 12);
    evaluator.count(rule, asOf); // the engine has evaluated
    CustomerFacts facts(db, state.range(1) ? &evaluator : nullptr);
    qint64 id = 1;
    for (auto _ : state)
        benchmark::DoNotOptimize(facts.value(rule, id++ % 1000 + 1, asOf));
}
BENCHMARK(BM_RfmFactOfOneCustomer)->Args({100000, 1})->Args({100000, 0})->Unit(benchmark::kMillisecond);

void BM_OverlapMatrix(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    MemorySegmentEvaluator evaluator(db);
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

void BM_FullEvaluationSqlMillion(benchmark::State &state)
{
    BM_FullEvaluationSql(state);
}
BENCHMARK(BM_FullEvaluationSqlMillion)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_LiveCountMillion(benchmark::State &state)
{
    BM_LiveCount(state);
}
BENCHMARK(BM_LiveCountMillion)->Args({1000000, 1})->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_LiveCountColdMillion(benchmark::State &state)
{
    BM_LiveCountCold(state);
}
BENCHMARK(BM_LiveCountColdMillion)->Args({1000000, 1})->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Without a filter, leave out the million-customer runs (Initialize
    // takes the options it knows out of argv, so look first).
    bool filtered = false;
    for (int i = 1; i < argc; ++i)
        filtered = filtered || QByteArray(argv[i]).startsWith("--benchmark_filter");
    benchmark::Initialize(&argc, argv);
    if (filtered)
        benchmark::RunSpecifiedBenchmarks();
    else
        benchmark::RunSpecifiedBenchmarks(
            std::string("^BM_(FullEvaluation|LiveCount)(Warm|Cold|Sql)?/|^BM_OverlapMatrix/|^BM_RfmFactOfOneCustomer/"));
    benchmark::Shutdown();
    shops().clear();
    return 0;
}
