#include "DarkPalette.h"
#include "TempDatabase.h"

#include "analytics/DashboardData.h"
#include "dashboard/ChartCard.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/RfmHeatMap.h"
#include "demo/DemoShop.h"
#include "segments/RuleJson.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentHistory.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QXYSeries>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtGui/QFontMetrics>
#include <QtGui/QImage>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QTableWidget>

#include <algorithm>
#include <cmath>

using namespace clientele;
using clientele::test::contrast;
using clientele::test::darkPalette;

namespace {

const QDate kAsOf(2026, 3, 31);

// How many values a chart shows: slices, bar values or points.
qsizetype valuesIn(QChart *chart)
{
    qsizetype n = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(s))
            n += pie->count();
        else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    n += set->at(i) > 0 ? 1 : 0;
        else if (auto *xy = qobject_cast<QXYSeries *>(s))
            n += xy->count();
    }
    return n;
}

// Screenshots for a person to look at, when asked for.
void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

} // namespace

class DashboardPageTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        engine = std::make_unique<SegmentEngine>(db);
        engine->setAsOf(kAsOf);
    }

    void fillDemoShop()
    {
        DemoShop::Options o;
        o.customers = 400;
        o.asOf = kAsOf;
        ASSERT_TRUE(DemoShop::generate(db, o).ok);
        const std::optional<TemplateSet> cafe = SegmentTemplates::set(QStringLiteral("cafe"));
        ASSERT_TRUE(cafe);
        for (const SegmentTemplate &t : cafe->segments) {
            QString error;
            ASSERT_TRUE(SegmentStore(db).add(t.toSegment(), &error)) << error.toStdString();
        }
        engine->refresh();
    }

    void showAndWait(DashboardPage &page)
    {
        page.resize(1280, 800);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.hasData() && !page.isComputing(), 20000);
        QCoreApplication::processEvents();
    }

    QStringList segmentNames()
    {
        QStringList names;
        for (const Segment &s : SegmentStore(db).all())
            names << s.name;
        return names;
    }

    std::unique_ptr<SegmentEngine> engine;
};

TEST_F(DashboardPageTest, ShowsEveryChartWithDataAndATakeaway)
{
    fillDemoShop();
    // Two earlier days of history, so lines and movement have something to show.
    SegmentHistory history(db);
    ASSERT_TRUE(history.save(engine->evaluate(kAsOf.addDays(-60))));
    ASSERT_TRUE(history.save(engine->evaluate(kAsOf.addDays(-30))));
    DashboardPage page(db, engine.get());
    showAndWait(page);
    EXPECT_FALSE(page.showsEmptyShop());
    auto *progress = page.findChild<QWidget *>(QStringLiteral("dashboardProgress"));
    ASSERT_TRUE(progress);
    EXPECT_FALSE(progress->isVisible());
    // The numbers are the engine's, as of its day.
    EXPECT_EQ(page.data().asOf, kAsOf);
    EXPECT_EQ(page.data().segmentOf, engine->results().segmentOf);

    for (int i = 0; i < page.chartCount(); ++i) {
        ChartCard *card = page.card(i);
        ASSERT_TRUE(card);
        EXPECT_FALSE(card->title().isEmpty());
        EXPECT_FALSE(card->takeaway().isEmpty()) << card->title().toStdString();
        if (QChartView *view = page.chartView(i)) {
            EXPECT_GT(valuesIn(view->chart()), 0) << card->title().toStdString();
        }
    }
    // The segment charts speak of a segment by its name.
    const QStringList names = segmentNames();
    const auto mentionsASegment = [&](int chart) {
        for (const QString &name : names)
            if (page.card(chart)->takeaway().contains(name))
                return true;
        return false;
    };
    EXPECT_TRUE(mentionsASegment(DashboardPage::SegmentShare)) << page.card(0)->takeaway().toStdString();
    EXPECT_TRUE(mentionsASegment(DashboardPage::SegmentRevenue)) << page.card(1)->takeaway().toStdString();
    EXPECT_TRUE(mentionsASegment(DashboardPage::SegmentSizes)) << page.card(2)->takeaway().toStdString();
    EXPECT_TRUE(mentionsASegment(DashboardPage::SegmentsByLocation)) << page.card(7)->takeaway().toStdString();

    // Today's snapshot is taken when missing; movement compares it with a month before.
    EXPECT_TRUE(SegmentHistory(db).hasSnapshot(kAsOf));
    EXPECT_EQ(page.data().movementFrom, kAsOf.addDays(-30));
    qint64 moved = 0;
    QTableWidget *table = page.movementTable();
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            moved += table->item(r, c)->data(Qt::UserRole).toLongLong();
    qint64 expected = 0;
    for (const SegmentHistory::Movement &m : page.data().movements)
        expected += m.customers;
    EXPECT_EQ(moved, expected);
    qint64 heat = 0;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            heat += page.rfmHeatMap()->count(r, f);
    EXPECT_EQ(heat, page.data().rfmCustomersTotal);
    EXPECT_GT(heat, 0);
    saveScreenshot(page, QStringLiteral("dashboard-demo.png"));
    if (auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("dashboardScroll")))
        saveScreenshot(*scroll->widget(), QStringLiteral("dashboard-demo-all.png"));
}

TEST_F(DashboardPageTest, AnEmptyShopSaysHowToGetStarted)
{
    DashboardPage page(db, engine.get());
    showAndWait(page);
    EXPECT_TRUE(page.showsEmptyShop());
    auto *message = page.findChild<QLabel *>(QStringLiteral("dashboardEmptyMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), QStringLiteral("No purchases yet: import them or try the demo shop"));
    saveScreenshot(page, QStringLiteral("dashboard-empty.png"));
}

TEST_F(DashboardPageTest, ClickingASliceAsksForThatSegmentsCustomers)
{
    fillDemoShop();
    DashboardPage page(db, engine.get());
    showAndWait(page);
    const SegmentResults &results = engine->results();
    const SegmentStats &wanted = results.segments.first();
    ASSERT_GT(wanted.members, 0);
    auto *pie = qobject_cast<QPieSeries *>(page.chartView(DashboardPage::SegmentShare)->chart()->series().value(0));
    ASSERT_TRUE(pie);
    QPieSlice *slice = nullptr;
    for (QPieSlice *s : pie->slices())
        if (s->property("segmentId").toLongLong() == wanted.segmentId)
            slice = s;
    ASSERT_TRUE(slice);
    EXPECT_TRUE(slice->label().startsWith(wanted.name));

    QSignalSpy spy(&page, &DashboardPage::showCustomersRequested);
    Q_EMIT slice->clicked();
    ASSERT_EQ(spy.count(), 1);
    QList<qint64> expected;
    for (auto it = results.segmentOf.cbegin(); it != results.segmentOf.cend(); ++it)
        if (it.value() == wanted.segmentId)
            expected << it.key();
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(spy.at(0).at(0).value<QList<qint64>>(), expected);
    EXPECT_TRUE(spy.at(0).at(1).toString().contains(wanted.name));
}

TEST_F(DashboardPageTest, ClickingAnRfmCellAsksForItsCustomers)
{
    fillDemoShop();
    DashboardPage page(db, engine.get());
    showAndWait(page);
    RfmHeatMap *map = page.rfmHeatMap();
    QSignalSpy spy(&page, &DashboardPage::showCustomersRequested);
    int r = 0;
    int f = 0;
    for (int rr = 5; rr >= 1 && r == 0; --rr)
        for (int ff = 5; ff >= 1 && r == 0; --ff)
            if (map->count(rr, ff) > 0) {
                r = rr;
                f = ff;
            }
    ASSERT_GT(r, 0);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(r, f).center());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<QList<qint64>>(), page.data().rfmCustomers(r, f));
    EXPECT_EQ(spy.at(0).at(0).value<QList<qint64>>().size(), map->count(r, f));
}

TEST_F(DashboardPageTest, SavesAChartAsPng)
{
    fillDemoShop();
    DashboardPage page(db, engine.get());
    showAndWait(page);
    const QString path = file(QStringLiteral("revenue.png"));
    ASSERT_TRUE(page.saveChartPng(DashboardPage::SegmentRevenue, path));
    EXPECT_GT(QFileInfo(path).size(), 1000);
    QImage image;
    ASSERT_TRUE(image.load(path, "PNG"));
    EXPECT_GE(image.width(), 300);
    EXPECT_GE(image.height(), 200);
    // Not a blank picture: the bars are in it.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 5);
    EXPECT_FALSE(page.saveChartPng(99, path));
}

TEST_F(DashboardPageTest, ComputesAgainWhenTheSegmentsChange)
{
    fillDemoShop();
    engine->setAutoRefresh(true, 10);
    DashboardPage page(db, engine.get());
    showAndWait(page);
    const qsizetype before = page.data().segments.size();
    QSignalSpy updated(&page, &DashboardPage::updated);
    Segment s;
    s.ruleJson = QString::fromUtf8(RuleJson::write(SegmentTemplates::find(QStringLiteral("Regulars"))->rule));
    s.name = QStringLiteral("Regulars again");
    ASSERT_TRUE(SegmentStore(db).add(s));
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1 && !page.isComputing(), 20000);
    EXPECT_EQ(page.data().segments.size(), before + 1);
}

// A desktop in dark colours: every chart's words must stand out from the
// window behind them as they do in light colours.
TEST_F(DashboardPageTest, ReadsInADarkPalette)
{
    fillDemoShop();
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    {
        DashboardPage page(db, engine.get());
        showAndWait(page);
        const QColor window = page.palette().color(QPalette::Window);
        ASSERT_LT(window.lightnessF(), 0.3);
        int charts = 0;
        for (int i = 0; i < page.chartCount(); ++i) {
            QChartView *view = page.chartView(i);
            if (!view)
                continue;
            ++charts;
            QChart *chart = view->chart();
            const std::string title = page.card(i)->title().toStdString();
            EXPECT_FALSE(chart->isBackgroundVisible()) << title; // the window shows through
            EXPECT_GE(contrast(chart->legend()->labelColor(), window), 4.5) << title;
            for (QAbstractAxis *axis : chart->axes()) {
                EXPECT_GE(contrast(axis->labelsColor(), window), 4.5) << title;
                if (!axis->titleText().isEmpty()) {
                    EXPECT_GE(contrast(axis->titleBrush().color(), window), 4.5) << title;
                }
            }
        }
        EXPECT_GT(charts, 5);
        // The cards' words: titles and takeaways.
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (label->isVisible() && !label->text().isEmpty()) {
                EXPECT_GE(contrast(label->palette().color(label->foregroundRole()), window), 4.5)
                    << label->text().toStdString();
            }
        }
        saveScreenshot(page, QStringLiteral("dashboard-dark.png"));
        if (auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("dashboardScroll")))
            saveScreenshot(*scroll->widget(), QStringLiteral("dashboard-dark-all.png"));
    }
    QApplication::setPalette(before);
}

// Long segment names (German ones are) fit the narrow columns of the
// movement table: broken over two lines, a long word with a hyphen, never cut.
TEST_F(DashboardPageTest, MovementTitlesFitTheirColumns)
{
    fillDemoShop();
    const QStringList longNames = {QStringLiteral("Gelegenheitskunden"), QStringLiteral("Sehr treue Stammkunden"),
                                   QStringLiteral("Weggeblieben"), QStringLiteral("Neu")};
    QList<Segment> all = SegmentStore(db).all();
    for (qsizetype i = 0; i < all.size() && i < longNames.size(); ++i) {
        all[i].name = longNames.at(i);
        ASSERT_TRUE(SegmentStore(db).update(all[i]));
    }
    SegmentHistory history(db);
    ASSERT_TRUE(history.save(engine->evaluate(kAsOf.addDays(-30))));
    DashboardPage page(db, engine.get());
    showAndWait(page);
    QTableWidget *table = page.movementTable();
    ASSERT_GT(table->columnCount(), 3);
    QTRY_VERIFY(table->horizontalHeader()->sectionSize(0) > 20);
    QCoreApplication::processEvents();
    const QFontMetrics fm(table->horizontalHeader()->font());
    for (int i = 0; i < table->columnCount(); ++i) {
        QTableWidgetItem *item = table->horizontalHeaderItem(i);
        const QString name = item->data(Qt::UserRole + 1).toString();
        for (const QString &line : item->text().split(u'\n'))
            EXPECT_LE(fm.horizontalAdvance(line), table->horizontalHeader()->sectionSize(i)) << line.toStdString();
        // Nothing is lost but an ellipsis: the lines put together give the name.
        QString joined = item->text();
        joined.replace(QStringLiteral("-\n"), QString()).replace(u'\n', u' ');
        if (!joined.contains(u'…')) {
            EXPECT_EQ(joined, name);
        }
    }
    saveScreenshot(page, QStringLiteral("dashboard-long-names.png"));
}
