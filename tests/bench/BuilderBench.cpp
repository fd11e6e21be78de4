// Measures the segment builder's live count as the owner feels it: from a
// change to a condition to the count shown, on a 100,000-customer shop.
//
//   build/bench/tests/bench/builder_bench [FILE]
//
// Without FILE it makes a 100,000-customer demo shop in a temporary folder
// (about 10 s). The shop gets the retail segments when it has none, so the
// builder also works out the overlap with them, as it does for the owner.
// "after the pause" includes the builder's deliberate 150 ms wait for the
// owner to stop typing; "evaluation" is the rest, the part the 100 ms
// budget is about.
//
// As in the window, the segments are evaluated first (the main window does
// it when a shop opens), so the builder finds the data already read. Every
// edit of the first round is a condition not counted before; the later
// rounds change each value again, so nothing is answered from memory of an
// earlier count.
#include "commands/EditController.h"
#include "demo/DemoShop.h"
#include "segments/AsOfDay.h"
#include "segments/ConditionRow.h"
#include "segments/RuleGroupWidget.h"
#include "segments/RuleJson.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/PurchaseStore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>

using namespace clientele;

namespace {

constexpr qint64 kPauseMs = 150; // SegmentBuilder's PreviewDelayMs

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const TemplateSet retail = *SegmentTemplates::set(QStringLiteral("retail"));
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("shop.sqlite"));
    Database db;
    if (const DatabaseError e = db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 3;
    }
    if (CustomerStore(db).count() == 0) {
        DemoShop::Options o;
        o.customers = 100000;
        DemoShop::generate(db, o);
    }
    if (SegmentStore(db).all().isEmpty())
        for (const SegmentTemplate &t : retail.segments)
            SegmentStore(db).add(t.toSegment());

    EditController edits(db);
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    const AsOfDay asOf = AsOfDay::forDatabase(db);
    using enum RuleOp;
    const QString city = CustomerStore(db).cities(1).value(0);
    const QString category = PurchaseStore(db).categories(1).value(0);
    const QList<Rule> edits_ = {
        Rule::condition(QStringLiteral("purchases.count"), GreaterOrEqual, 3, 180),
        Rule::condition(QStringLiteral("purchases.count"), GreaterOrEqual, 4, 180),
        Rule::condition(QStringLiteral("purchases.total"), GreaterOrEqual, 150.0, 365),
        Rule::condition(QStringLiteral("visits.count"), Greater, 8, 30),
        Rule::condition(QStringLiteral("purchases.days_since_last"), Between, QJsonArray{91, 180}),
        Rule::condition(QStringLiteral("purchases.last_date"), Less, asOf.day().addDays(-90).toString(Qt::ISODate)),
        Rule::condition(QStringLiteral("purchases.category"), Equal, category, 365),
        Rule::condition(QStringLiteral("city"), Equal, city),
        Rule::condition(QStringLiteral("rfm.score"), GreaterOrEqual, 12, 365),
    };

    QElapsedTimer t;
    t.start();
    engine.evaluate();
    std::printf("segments evaluated, as when the shop opens:            %6lld ms\n", t.elapsed());
    t.restart();
    Segment s;
    s.name = QStringLiteral("Bench");
    {
        // The first dialog of the process also pays for fonts and styles.
        SegmentBuilder first(db, edits, engine, s);
        std::printf("first builder of the process made in:                   %6lld ms\n", t.elapsed());
    }
    t.restart();
    SegmentBuilder builder(db, edits, engine, s);
    std::printf("builder made (the window waits this long):              %6lld ms\n", t.elapsed());
    ConditionRow *row = qobject_cast<ConditionRow *>(builder.ruleEditor()->items().value(0));
    if (!row)
        return 1;

    QList<qint64> totals;
    QList<qint64> engineOnly;
    QSignalSpy updated(&builder, &SegmentBuilder::previewUpdated);
    for (int round = 0; round < 3; ++round) {
        for (Rule rule : edits_) {
            // A new value each round: 3, then 4, then 5 purchases ...
            if (round > 0 && rule.value.isDouble())
                rule.value = rule.value.toDouble() + round;
            else if (round > 0 && rule.value.isArray())
                rule.value = QJsonArray{rule.value[0].toDouble() + round, rule.value[1]};
            else if (round > 0 && rule.field == u"purchases.last_date")
                rule.value = QDate::fromString(rule.value.toString(), Qt::ISODate).addDays(-round).toString(Qt::ISODate);
            else if (round > 0)
                rule.op = round == 1 ? StartsWith : Contains;
            updated.clear();
            t.restart();
            row->setRule(rule); // as a change in the row does: emits changed()
            if (!updated.wait(10000))
                return 2;
            const qint64 total = t.elapsed();
            totals << total;
            t.restart();
            const auto ids = engine.evaluator().matchingIds(rule, asOf);
            engineOnly << t.elapsed();
            if (round == 0)
                std::printf("  %-70s %7lld customers  %4lld ms after the pause, engine call %4lld ms\n",
                            qPrintable(QString::fromUtf8(RuleJson::write(rule))), qint64(ids ? ids->size() : -1),
                            total - kPauseMs, engineOnly.last());
        }
    }
    std::printf("customers: %lld; live count, change to count shown: median %lld ms, max %lld ms "
                "(of which %lld ms is the typing pause)\n",
                CustomerStore(db).count(), median(totals), *std::max_element(totals.cbegin(), totals.cend()), kPauseMs);
    std::printf("evaluation after the pause: median %lld ms, max %lld ms; engine call alone: median %lld ms, max %lld ms\n",
                median(totals) - kPauseMs, *std::max_element(totals.cbegin(), totals.cend()) - kPauseMs,
                median(engineOnly), *std::max_element(engineOnly.cbegin(), engineOnly.cend()));
    return 0;
}
