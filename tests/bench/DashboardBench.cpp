// Measures the dashboard's numbers (DashboardData::compute, which the
// dashboard runs on a worker connection) on a big file, step by step.
//
//   clientele-cli --db /tmp/big.sqlite demo --customers 1000000   (once, ~70 s)
//   cp /tmp/big.sqlite /tmp/big-copy.sqlite    (opening upgrades the schema)
//   build/bench/tests/bench/dashboard_bench /tmp/big-copy.sqlite
//
// With --demo-history it times what making the demo shop adds: a year of
// weekly segment snapshots for the default 2,000-customer demo.
//   build/bench/tests/bench/dashboard_bench --demo-history
//
// A file without segments gets the retail ones first, so the figures
// include evaluating segments, as on a real shop.
#include "analytics/DashboardData.h"
#include "demo/DemoShop.h"
#include "segments/SegmentHistory.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>

#include <cstdio>

using namespace clientele;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Kept in a variable: a loop over a temporary's member would read freed memory.
    const TemplateSet retail = *SegmentTemplates::set(QStringLiteral("retail"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: dashboard_bench FILE\n");
        return 1;
    }
    QTemporaryDir dir; // outlives the database in it
    Database db;
    QElapsedTimer t;
    if (QByteArray(argv[1]) == "--demo-history") {
        db.open(dir.filePath(QStringLiteral("demo.sqlite")));
        t.start();
        DemoShop::generate(db, DemoShop::Options{});
        std::printf("demo shop (2,000 customers) made in %lld ms\n", t.elapsed());
        for (const SegmentTemplate &s : retail.segments)
            SegmentStore(db).add(s.toSegment());
        t.restart();
        const int taken = DemoShop::addHistory(db);
        std::printf("%d weekly snapshots added in %lld ms; %lld days of history\n", taken, t.elapsed(),
                    qint64(SegmentHistory(db).days().size()));
        return 0;
    }
    t.start();
    if (const DatabaseError e = db.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 3;
    }
    std::printf("opened in %lld ms; %lld customers\n", t.elapsed(), CustomerStore(db).count());
    if (SegmentStore(db).all().isEmpty())
        for (const SegmentTemplate &s : retail.segments)
            SegmentStore(db).add(s.toSegment());

    for (int run = 0; run < 2; ++run) {
        DashboardData::Options options;
        QElapsedTimer step;
        step.start();
        t.restart();
        const DashboardData data = DashboardData::compute(db, options, std::nullopt, [&](int done, int steps) {
            std::printf("  step %d of %d: %6lld ms\n", done, steps, step.restart());
            return true;
        });
        std::printf("run %d: dashboard computed in %lld ms (segments evaluated inside)\n", run + 1, t.elapsed());
        if (run == 0)
            for (const DashboardData::Month &m : data.months)
                std::printf("  %s: %lld new, %lld returning\n", qPrintable(m.month.toString(QStringLiteral("yyyy-MM"))),
                            m.newCustomers, m.returningCustomers);

        SegmentEngine engine(db);
        engine.setAutoRefresh(false);
        t.restart();
        const SegmentResults results = engine.evaluate();
        const qint64 evaluation = t.elapsed();
        t.restart();
        DashboardData::compute(db, options, results);
        std::printf("run %d: segments evaluated in %lld ms, then the rest of the dashboard in %lld ms\n", run + 1,
                    evaluation, t.elapsed());
    }
    return 0;
}
