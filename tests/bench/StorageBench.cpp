// Storage benchmarks: making the demo shop, searching customers, paging the
// customer table. Run: build/bench/tests/bench/storage_bench
#include "demo/DemoShop.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTemporaryDir>

#include <map>
#include <memory>

#include <benchmark/benchmark.h>

using namespace clientele;

namespace {

// One demo file per size, made once and shared by the read benchmarks.
Database &shop(int customers)
{
    static QTemporaryDir dir;
    static std::map<int, std::unique_ptr<Database>> shops;
    auto &db = shops[customers];
    if (!db) {
        db = std::make_unique<Database>();
        db->open(dir.filePath(QStringLiteral("shop-%1.sqlite").arg(customers)));
        DemoShop::Options o;
        o.customers = customers;
        o.asOf = QDate(2026, 3, 31);
        DemoShop::generate(*db, o);
    }
    return *db;
}

void BM_DemoShop(benchmark::State &state)
{
    for (auto _ : state) {
        QTemporaryDir dir;
        Database db;
        db.open(dir.filePath(QStringLiteral("demo.sqlite")));
        DemoShop::Options o;
        o.customers = int(state.range(0));
        o.asOf = QDate(2026, 3, 31);
        const DemoShop::Result r = DemoShop::generate(db, o);
        state.counters["purchases"] = double(r.purchases);
        state.counters["interactions"] = double(r.interactions);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_DemoShop)->Arg(2000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SearchAsYouType(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    CustomerStore store(db);
    const QStringList typed = {QStringLiteral("m"), QStringLiteral("mu"), QStringLiteral("mul"),
                               QStringLiteral("mull"), QStringLiteral("muller")};
    qsizetype i = 0;
    for (auto _ : state) {
        CustomerQuery q;
        q.text = typed.at(i++ % typed.size());
        benchmark::DoNotOptimize(store.count(q));
        benchmark::DoNotOptimize(store.rows(q, 0, 200));
    }
}
BENCHMARK(BM_SearchAsYouType)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_FirstPage(benchmark::State &state)
{
    Database &db = shop(int(state.range(0)));
    CustomerStore store(db);
    for (auto _ : state) {
        benchmark::DoNotOptimize(store.count());
        benchmark::DoNotOptimize(store.rows({}, 0, 200));
    }
}
BENCHMARK(BM_FirstPage)->Arg(100000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
