#include "TempDatabase.h"

#include "demo/DemoShop.h"
#include "model/Money.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportsPage.h"
#include "segments/RuleJson.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentHistory.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "storage/CustomerStore.h"
#include "storage/SettingsStore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtGui/QPdfWriter>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QComboBox>

#include <cstdio>

using namespace clientele;

namespace {

const QDate kAsOf(2026, 3, 31);

// Words as printed, with line breaks folded, so a sentence wrapped over two
// lines is still found.
QString flat(const QString &text)
{
    return text.simplified();
}

// "Page size:      841.89 x 595.276 pts (A4)" from pdfinfo, in points.
QSizeF pdfPageSize(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(p.waitForFinished(60000));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    EXPECT_TRUE(m.hasMatch()) << info.toStdString();
    return QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
}

} // namespace

class ReportRendererTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; the printed reports are not checked.";
    }

    void fill(int customers)
    {
        if (customers > 0) {
            DemoShop::Options o;
            o.customers = customers;
            o.asOf = kAsOf;
            ASSERT_TRUE(DemoShop::generate(db, o).ok);
        }
        const std::optional<TemplateSet> cafe = SegmentTemplates::set(QStringLiteral("cafe"));
        ASSERT_TRUE(cafe);
        for (const SegmentTemplate &t : cafe->segments) {
            QString error;
            ASSERT_TRUE(SegmentStore(db).add(t.toSegment(), &error)) << error.toStdString();
        }
    }

    SegmentResults results()
    {
        SegmentEngine engine(db);
        engine.setAutoRefresh(false);
        return engine.evaluate(kAsOf);
    }

    // The report as pdftotext reads it, one string per page.
    QStringList render(ReportRenderer &renderer, const ReportRenderer::Request &request)
    {
        QString error;
        EXPECT_TRUE(renderer.prepare(request, &error)) << error.toStdString();
        const QString pdf = file(QStringLiteral("report.pdf"));
        EXPECT_TRUE(renderer.writePdf(pdf, &error)) << error.toStdString();
        return pdfPages(pdf);
    }

    static QStringList pdfPages(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(p.waitForFinished(60000));
        QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

    const SegmentStats *stats(const SegmentResults &r, const QString &name)
    {
        for (const SegmentStats &s : r.segments)
            if (s.name == name)
                return &s;
        return r.everyoneElse.name == name ? &r.everyoneElse : nullptr;
    }

    QList<CustomerRow> members(const SegmentResults &r, qint64 segmentId)
    {
        QList<qint64> ids;
        for (auto it = r.segmentOf.cbegin(); it != r.segmentOf.cend(); ++it)
            if (it.value() == segmentId)
                ids << it.key();
        return CustomerStore(db).rowsByIds(ids);
    }
};

TEST_F(ReportRendererTest, SegmentReportShowsTheShopFiguresSentenceAndMembers)
{
    fill(400);
    const SegmentResults r = results();
    // The biggest segment, so the member list is long enough to matter.
    const SegmentStats *s = &r.segments.first();
    for (const SegmentStats &x : r.segments)
        if (x.members > s->members)
            s = &x;
    ASSERT_GT(s->members, 20);

    ReportRenderer renderer(db);
    const QStringList pages = render(renderer, {ReportRenderer::Kind::Segment, s->name.toUpper(), kAsOf, {}});
    ASSERT_FALSE(pages.isEmpty());
    const QString all = flat(pages.join(u' '));
    const QString first = flat(pages.first());
    const QLocale locale;
    const QString currency = SettingsStore(db).currency();

    EXPECT_TRUE(first.contains(SettingsStore(db).shopName().toUpper())) << first.toStdString();
    EXPECT_TRUE(first.contains(s->name));
    EXPECT_TRUE(first.contains(flat(s->sentence))) << s->sentence.toStdString();
    EXPECT_TRUE(first.contains(locale.toString(kAsOf, QLocale::LongFormat)));
    EXPECT_TRUE(first.contains(locale.toString(s->members)));
    EXPECT_TRUE(first.contains(Money(s->revenueCents).toDisplayString(locale, currency)));
    EXPECT_TRUE(first.contains(Money(s->averageOrderCents).toDisplayString(locale, currency)));
    EXPECT_TRUE(first.contains(locale.toString(s->purchasesPerMember, 'f', 1)));
    // The share chart gives the segment's part of customers and of revenue.
    EXPECT_TRUE(first.contains(QStringLiteral("Share of customers and of revenue")));
    EXPECT_TRUE(first.contains(QStringLiteral("%1 % of all").arg(locale.toString(s->share * 100.0, 'f', 1))));
    qint64 allRevenue = r.everyoneElse.revenueCents;
    for (const SegmentStats &x : r.segments)
        allRevenue += x.revenueCents;
    ASSERT_GT(allRevenue, 0);
    EXPECT_TRUE(first.contains(QStringLiteral("%1 % of all")
                                   .arg(locale.toString(double(s->revenueCents) * 100.0 / double(allRevenue), 'f', 1))))
        << first.toStdString();
    const auto segment = SegmentStore(db).find(s->segmentId);
    ASSERT_TRUE(segment);
    EXPECT_TRUE(first.contains(flat(segment->nextStep))) << segment->nextStep.toStdString();

    // Every member is listed, biggest spender first, with contact and money.
    QList<CustomerRow> rows = members(r, s->segmentId);
    ASSERT_EQ(rows.size(), s->members);
    EXPECT_EQ(renderer.rowCount(), s->members);
    std::sort(rows.begin(), rows.end(),
              [](const CustomerRow &a, const CustomerRow &b) { return a.totalSpentCents > b.totalSpentCents; });
    const CustomerRow &top = rows.first();
    EXPECT_TRUE(first.contains(top.displayName())) << top.displayName().toStdString();
    EXPECT_TRUE(first.contains(Money(top.totalSpentCents).toDisplayString(locale, currency)));
    if (!top.phone.isEmpty()) {
        EXPECT_TRUE(first.contains(top.phone));
    }
    for (const CustomerRow &row : std::as_const(rows))
        EXPECT_TRUE(all.contains(row.displayName())) << row.displayName().toStdString();
}

TEST_F(ReportRendererTest, ThousandMembersPaginateWithTheHeaderAndPageNumbersOnEveryPage)
{
    // No segments: all 1,000 customers are in "Everyone else".
    DemoShop::Options o;
    o.customers = 1000;
    o.asOf = kAsOf;
    ASSERT_TRUE(DemoShop::generate(db, o).ok);
    const SegmentResults r = results();
    ASSERT_EQ(r.everyoneElse.members, 1000);

    ReportRenderer renderer(db);
    const QStringList pages = render(renderer, {ReportRenderer::Kind::Segment, r.everyoneElse.name, kAsOf, {}});
    ASSERT_GE(pages.size(), 10);
    EXPECT_EQ(renderer.pageCount(), pages.size());
    const QString total = QString::number(pages.size());
    int rowsSeen = 0;
    // "… 29 Mar 2026   54   4,640.90€": last purchase, purchases, total spent.
    const QRegularExpression memberRow(QStringLiteral("(\\d{4}|never)\\s+\\d+\\s+\\S*\\d[.,]\\d\\d\\S*\\s*$"));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        EXPECT_TRUE(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(total))) << "page " << i + 1;
        for (const char *header : {"Name", "Email", "Phone", "City", "Purchases"})
            EXPECT_TRUE(page.contains(QLatin1String(header))) << header << " missing on page " << i + 1;
        // A member's row is one line ending in the total spent; none is cut in two.
        for (const QString &line : page.split(u'\n'))
            if (memberRow.match(line).hasMatch())
                ++rowsSeen;
    }
    EXPECT_EQ(rowsSeen, 1000);
}

TEST_F(ReportRendererTest, EmptySegmentGivesAShortSensibleReport)
{
    fill(0);
    const SegmentResults r = results();
    ReportRenderer renderer(db);
    const QStringList pages = render(renderer, {ReportRenderer::Kind::Segment, r.segments.first().name, kAsOf, {}});
    ASSERT_EQ(pages.size(), 1);
    const QString text = flat(pages.first());
    EXPECT_TRUE(text.contains(r.segments.first().name));
    EXPECT_TRUE(text.contains(QStringLiteral("No customers are in this segment"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
    EXPECT_FALSE(text.contains(QStringLiteral("Email")));

    // A call list with nobody to call says so.
    const QStringList call = render(renderer, {ReportRenderer::Kind::CallList, r.segments.first().name, kAsOf, {}});
    ASSERT_EQ(call.size(), 1);
    EXPECT_TRUE(flat(call.first()).contains(QStringLiteral("Nobody in this segment can be called")));
}

TEST_F(ReportRendererTest, OverviewListsEverySegmentWithItsFigures)
{
    fill(400);
    const SegmentResults r = results();
    ReportRenderer renderer(db);
    const QStringList pages = render(renderer, {ReportRenderer::Kind::Overview, QString(), kAsOf, {}});
    ASSERT_EQ(pages.size(), 1);
    const QString text = flat(pages.first());
    const QLocale locale;
    const QString currency = SettingsStore(db).currency();
    QList<SegmentStats> all = r.segments;
    all << r.everyoneElse;
    for (const SegmentStats &s : std::as_const(all)) {
        EXPECT_TRUE(text.contains(s.name)) << s.name.toStdString();
        EXPECT_TRUE(text.contains(flat(s.sentence))) << s.sentence.toStdString();
        EXPECT_TRUE(text.contains(Money(s.revenueCents).toDisplayString(locale, currency))) << s.name.toStdString();
    }
    EXPECT_TRUE(text.contains(locale.toString(r.totalCustomers)));
}

TEST_F(ReportRendererTest, CallListHasOnlyMembersWhoAgreedAndHaveAPhone)
{
    fill(400);
    const SegmentResults r = results();
    const SegmentStats *s = &r.segments.first();
    for (const SegmentStats &x : r.segments)
        if (x.members > s->members)
            s = &x;
    QList<CustomerRow> callable;
    QStringList notCallable;
    for (const CustomerRow &row : members(r, s->segmentId)) {
        const auto c = CustomerStore(db).find(row.id);
        ASSERT_TRUE(c);
        if (!c->phone.trimmed().isEmpty() && (c->consentEmail || c->consentSms))
            callable << row;
        else if (!c->phone.trimmed().isEmpty())
            notCallable << c->phone;
    }
    ASSERT_FALSE(callable.isEmpty());

    ReportRenderer renderer(db);
    const QStringList pages = render(renderer, {ReportRenderer::Kind::CallList, s->name, kAsOf, {}});
    EXPECT_EQ(renderer.rowCount(), callable.size());
    const QString text = pages.join(u'\n');
    for (const CustomerRow &row : std::as_const(callable))
        EXPECT_TRUE(text.contains(row.phone)) << row.phone.toStdString();
    for (const QString &phone : std::as_const(notCallable))
        EXPECT_FALSE(text.contains(phone)) << phone.toStdString();
    // By value: the biggest spender of the callable comes first.
    const auto top = std::max_element(callable.cbegin(), callable.cend(), [](const CustomerRow &a, const CustomerRow &b) {
        return a.totalSpentCents < b.totalSpentCents;
    });
    const qsizetype topAt = pages.first().indexOf(top->phone);
    ASSERT_GE(topAt, 0);
    for (const CustomerRow &row : std::as_const(callable))
        if (row.phone != top->phone && pages.first().contains(row.phone)) {
            EXPECT_LT(topAt, pages.first().indexOf(row.phone)) << row.phone.toStdString();
        }
}

TEST_F(ReportRendererTest, UnknownSegmentIsRefusedWithTheNamesThereAre)
{
    fill(50);
    ReportRenderer renderer(db);
    QString error;
    EXPECT_FALSE(renderer.prepare({ReportRenderer::Kind::Segment, QStringLiteral("Nobody"), kAsOf, {}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("Nobody")));
    EXPECT_TRUE(error.contains(SegmentStore(db).all().first().name));
}

TEST_F(ReportRendererTest, ReportsPageSavesTheChosenReport)
{
    fill(300);
    SegmentEngine engine(db);
    engine.setAsOf(kAsOf);
    engine.refresh();
    ReportsPage page(db, &engine);
    const QString name = SegmentStore(db).all().at(1).name;
    ASSERT_GE(page.segmentPicker()->findText(name), 0);
    page.segmentPicker()->setCurrentIndex(page.segmentPicker()->findText(name));

    page.kindPicker()->setCurrentIndex(page.kindPicker()->findData(int(ReportRenderer::Kind::Overview)));
    EXPECT_FALSE(page.segmentPicker()->isEnabled());
    page.kindPicker()->setCurrentIndex(page.kindPicker()->findData(int(ReportRenderer::Kind::CallList)));
    EXPECT_TRUE(page.segmentPicker()->isEnabled());
    EXPECT_TRUE(page.orderPicker()->isEnabled());

    const QString pdf = file(QStringLiteral("call.pdf"));
    QSignalSpy saved(&page, &ReportsPage::saveFinished);
    page.saveTo(pdf);
    ASSERT_TRUE(saved.wait(30000));
    ASSERT_TRUE(saved.first().first().toBool());
    const QString text = flat(pdfPages(pdf).join(u' '));
    EXPECT_TRUE(text.contains(QStringLiteral("Call list: %1").arg(name))) << text.left(400).toStdString();
    const QSizeF portrait = pdfPageSize(pdf);
    EXPECT_GT(portrait.height(), portrait.width());

    // Landscape, chosen on the page, is what the PDF gets: A4 turned sideways.
    page.kindPicker()->setCurrentIndex(page.kindPicker()->findData(int(ReportRenderer::Kind::Segment)));
    page.orientationPicker()->setCurrentIndex(page.orientationPicker()->findData(int(QPageLayout::Landscape)));
    const QString wide = file(QStringLiteral("wide.pdf"));
    page.saveTo(wide);
    ASSERT_TRUE(saved.wait(30000));
    ASSERT_TRUE(saved.last().first().toBool());
    const QSizeF landscape = pdfPageSize(wide);
    EXPECT_NEAR(landscape.width(), 841.89, 1.0);
    EXPECT_NEAR(landscape.height(), 595.28, 1.0);
    EXPECT_TRUE(flat(pdfPages(wide).join(u' ')).contains(QStringLiteral("Segment report as of")));
}

TEST_F(ReportRendererTest, SegmentReportChartsMembersOverTimeFromTheSnapshots)
{
    fill(400);
    SegmentHistory history(db);
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    for (const int daysAgo : {90, 60, 30})
        ASSERT_TRUE(history.save(engine.evaluate(kAsOf.addDays(-daysAgo))));
    const SegmentResults r = results();
    const SegmentStats &s = r.segments.first();
    const QList<SegmentHistory::SizePoint> points = history.sizeOverTime(s.name);
    ASSERT_EQ(points.size(), 3);

    ReportRenderer renderer(db);
    const QString text = flat(render(renderer, {ReportRenderer::Kind::Segment, s.name, kAsOf, {}}).join(u' '));
    const QLocale locale;
    EXPECT_TRUE(text.contains(QStringLiteral("Members over time"))) << text.left(1500).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Not enough history")));
    // The axis starts at the first snapshot, in the locale's short date,
    // and the caption reads the first and the latest size.
    EXPECT_TRUE(text.contains(locale.toString(points.first().day, QLocale::ShortFormat)));
    EXPECT_TRUE(text.contains(QStringLiteral("%1 members on %2, %3 on %4")
                                  .arg(locale.toString(points.first().members),
                                       locale.toString(points.first().day, QLocale::ShortFormat),
                                       locale.toString(s.members), locale.toString(kAsOf, QLocale::ShortFormat))))
        << text.left(2000).toStdString();
    // The 30-day change in the key figures agrees with the snapshot.
    const qint64 delta = s.members - points.last().members;
    const QString change = delta > 0   ? QStringLiteral("+%1").arg(delta)
                           : delta < 0 ? QStringLiteral("−%1").arg(-delta)
                                       : QStringLiteral("±0");
    EXPECT_TRUE(text.contains(QStringLiteral("%1 in 30 days").arg(change))) << change.toStdString();
}

TEST_F(ReportRendererTest, SegmentReportWithOneSnapshotSaysSoInsteadOfAnEmptyChart)
{
    fill(100);
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    ASSERT_TRUE(SegmentHistory(db).save(engine.evaluate(kAsOf.addDays(-10))));
    ReportRenderer renderer(db);
    const QString text =
        flat(render(renderer, {ReportRenderer::Kind::Segment, results().segments.first().name, kAsOf, {}}).join(u' '));
    EXPECT_TRUE(text.contains(QStringLiteral("Not enough history for a chart yet"))) << text.left(1500).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral(" members on ")));
}

TEST_F(ReportRendererTest, OverviewShowsWhoMovedBetweenSegmentsInTheLastThirtyDays)
{
    fill(400);
    SegmentHistory history(db);
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    ASSERT_TRUE(history.save(engine.evaluate(kAsOf.addDays(-30))));
    ASSERT_TRUE(history.save(engine.evaluate(kAsOf)));
    const QList<SegmentHistory::Movement> moves = history.movement(kAsOf.addDays(-30), kAsOf);
    ASSERT_FALSE(moves.isEmpty());
    qint64 moved = 0;
    for (const SegmentHistory::Movement &m : moves)
        moved += m.customers;

    ReportRenderer renderer(db);
    const QStringList pages = render(renderer, {ReportRenderer::Kind::Overview, QString(), kAsOf, {}});
    const QString all = pages.join(u'\n');
    const QString text = flat(all);
    const QLocale locale;
    EXPECT_TRUE(text.contains(QStringLiteral("Movement between segments in the last 30 days")));
    EXPECT_TRUE(text.contains(QStringLiteral("%1 customers changed segment between %2 and %3.")
                                  .arg(locale.toString(moved),
                                       locale.toString(kAsOf.addDays(-30), QLocale::ShortFormat),
                                       locale.toString(kAsOf, QLocale::ShortFormat))))
        << text.right(1500).toStdString();
    // The overview stays one page: the largest moves one row each (from,
    // to and how many), the smaller ones summed up.
    EXPECT_EQ(pages.size(), 1);
    const QStringList lines = all.split(u'\n');
    qint64 listed = 0;
    for (const SegmentHistory::Movement &m : moves.mid(0, 5)) {
        const QRegularExpression row(QStringLiteral("^\\s*%1\\s+→ %2\\s+%3\\s*$")
                                         .arg(QRegularExpression::escape(m.fromSegment),
                                              QRegularExpression::escape(m.toSegment),
                                              QRegularExpression::escape(locale.toString(m.customers))));
        EXPECT_TRUE(std::any_of(lines.cbegin(), lines.cend(),
                                [&](const QString &line) { return row.match(line).hasMatch(); }))
            << m.fromSegment.toStdString() << " -> " << m.toSegment.toStdString() << " " << m.customers;
        listed += m.customers;
    }
    const QRegularExpressionMatch rest =
        QRegularExpression(QStringLiteral("Smaller moves: ([\\d,]+) customers in (\\d+) other moves")).match(text);
    if (rest.hasMatch()) {
        const qsizetype others = rest.captured(2).toLongLong();
        ASSERT_LT(others, moves.size());
        for (const SegmentHistory::Movement &m : moves.mid(5, moves.size() - 5 - others))
            listed += m.customers;
        EXPECT_EQ(listed + locale.toLongLong(rest.captured(1)), moved);
    } else {
        for (const SegmentHistory::Movement &m : moves.mid(5))
            listed += m.customers;
        EXPECT_EQ(listed, moved);
    }
}

TEST_F(ReportRendererTest, OverviewWithoutASnapshotAMonthBackSaysSo)
{
    fill(100);
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    // Ten days of history is not a month.
    ASSERT_TRUE(SegmentHistory(db).save(engine.evaluate(kAsOf.addDays(-10))));
    ReportRenderer renderer(db);
    const QString text = flat(render(renderer, {ReportRenderer::Kind::Overview, QString(), kAsOf, {}}).join(u' '));
    EXPECT_TRUE(text.contains(QStringLiteral("There is no snapshot from 30 days ago"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("changed segment between")));
}

TEST_F(ReportRendererTest, LandscapePagesAreWideAndStillCarryTheWholeReport)
{
    fill(300);
    const SegmentResults r = results();
    const SegmentStats &s = r.segments.first();
    ReportRenderer renderer(db);
    renderer.setPageLayout(ReportRenderer::defaultPageLayout(QLocale(), QPageLayout::Landscape));
    QString error;
    ASSERT_TRUE(renderer.prepare({ReportRenderer::Kind::Segment, s.name, kAsOf, {}}, &error));
    const QString pdf = file(QStringLiteral("landscape.pdf"));
    ASSERT_TRUE(renderer.writePdf(pdf, &error)) << error.toStdString();
    const QSizeF size = pdfPageSize(pdf);
    EXPECT_NEAR(size.width(), 841.89, 1.0);
    EXPECT_NEAR(size.height(), 595.28, 1.0);
    const QStringList pages = pdfPages(pdf);
    ASSERT_EQ(pages.size(), renderer.pageCount());
    EXPECT_TRUE(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    const QString text = flat(pages.join(u' '));
    for (const CustomerRow &row : members(r, s.segmentId))
        EXPECT_TRUE(text.contains(row.displayName())) << row.displayName().toStdString();
}

TEST_F(ReportRendererTest, PrintedWordsHaveNoLigatures)
{
    fill(200);
    ReportRenderer renderer(db);
    const QString text = render(renderer, {ReportRenderer::Kind::Segment, results().segments.first().name, kAsOf, {}})
                             .join(u' ');
    // "Key figures" and "fi" in names come back letter by letter, so copy,
    // search and pdftotext find them.
    EXPECT_TRUE(text.contains(QStringLiteral("Key figures"))) << text.left(800).toStdString();
    for (char16_t c = 0xFB00; c <= 0xFB06; ++c)
        EXPECT_FALSE(text.contains(QChar(c))) << "ligature U+" << std::hex << int(c);
}

TEST_F(ReportRendererTest, PreparingReportsProgressAndStopsWhenAsked)
{
    // No segments: all 5,000 customers are in "Everyone else".
    DemoShop::Options o;
    o.customers = 5000;
    o.asOf = kAsOf;
    ASSERT_TRUE(DemoShop::generate(db, o).ok);
    const SegmentResults r = results();
    const ReportRenderer::Request request{ReportRenderer::Kind::Segment, r.everyoneElse.name, kAsOf, {}};

    ReportRenderer renderer(db);
    QList<qint64> done;
    qint64 total = 0;
    ASSERT_TRUE(renderer.prepare(request, r, nullptr, [&](qint64 d, qint64 t) {
        done << d;
        total = t;
        return true;
    }));
    EXPECT_EQ(total, 5000);
    EXPECT_GE(done.size(), 3);
    EXPECT_EQ(done.last(), 5000);
    EXPECT_TRUE(std::is_sorted(done.cbegin(), done.cend()));
    EXPECT_TRUE(renderer.prepared());

    // Cancel after the first slice: nothing prepared, no error to show.
    QString error;
    int calls = 0;
    EXPECT_FALSE(renderer.prepare(request, r, &error, [&](qint64, qint64) { return ++calls < 2; }));
    EXPECT_TRUE(error.isEmpty());
    EXPECT_FALSE(renderer.prepared());
    EXPECT_EQ(renderer.rowCount(), 0);

    // What one renderer read, another paints: the window reads in a worker.
    ASSERT_TRUE(renderer.prepare(request, r));
    ReportRenderer painter(db);
    painter.setPrepared(renderer.prepared());
    const QString pdf = file(QStringLiteral("handed-over.pdf"));
    ASSERT_TRUE(painter.writePdf(pdf));
    EXPECT_EQ(painter.rowCount(), 5000);
    EXPECT_EQ(pdfPages(pdf).size(), painter.pageCount());
}

// The issue's budget: a 10,000-member report in under 5 s. Timed here and
// printed, not asserted (budgets are measured, never gate a test run):
//   ctest --preset ci -R TenThousandMembers -V
TEST_F(ReportRendererTest, TenThousandMembersReadAndPaintedWithTheTimePrinted)
{
    DemoShop::Options o;
    o.customers = 10000;
    o.asOf = kAsOf;
    ASSERT_TRUE(DemoShop::generate(db, o).ok);

    QElapsedTimer timer;
    timer.start();
    const SegmentResults r = results();
    const qint64 evaluated = timer.restart();
    ReportRenderer renderer(db);
    qint64 slices = 0;
    ASSERT_TRUE(renderer.prepare({ReportRenderer::Kind::Segment, r.everyoneElse.name, kAsOf, {}}, r, nullptr,
                                 [&](qint64, qint64) { return ++slices > 0; }));
    const qint64 read = timer.restart();
    const QString pdf = file(QStringLiteral("ten-thousand.pdf"));
    ASSERT_TRUE(renderer.writePdf(pdf));
    const qint64 painted = timer.elapsed();

    EXPECT_EQ(renderer.rowCount(), 10000);
    EXPECT_GE(slices, 5); // the worker can show progress and stop between slices
    const QStringList pages = pdfPages(pdf);
    ASSERT_EQ(pages.size(), renderer.pageCount());
    EXPECT_TRUE(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    std::printf("10,000-member segment report, %d pages: evaluate %lld ms, read %lld ms (worker), "
                "paint and write %lld ms; total %lld ms (budget 5000 ms)\n",
                renderer.pageCount(), evaluated, read, painted, evaluated + read + painted);
    RecordProperty("evaluate_ms", int(evaluated));
    RecordProperty("read_ms", int(read));
    RecordProperty("paint_ms", int(painted));
}

// The print preview paints page by page, hearing of each page; "Show what is
// ready" stops there and leaves the pages painted so far.
TEST_F(ReportRendererTest, PaintingReportsEachPageAndStopsWhenAsked)
{
    DemoShop::Options o;
    o.customers = 600;
    o.asOf = kAsOf;
    ASSERT_TRUE(DemoShop::generate(db, o).ok);
    const SegmentResults r = results();
    ReportRenderer renderer(db);
    QString error;
    ASSERT_TRUE(renderer.prepare({ReportRenderer::Kind::Segment, r.everyoneElse.name, kAsOf, {}}, &error))
        << error.toStdString();

    const QString whole = file(QStringLiteral("whole.pdf"));
    QList<qint64> seen;
    qint64 announced = 0;
    {
        QPdfWriter writer(whole);
        writer.setPageLayout(ReportRenderer::defaultPageLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const int pages = renderer.paint(&writer, [&](qint64 page, qint64 total) {
            seen << page;
            announced = total;
            return true;
        });
        ASSERT_GE(pages, 6);
        EXPECT_EQ(announced, pages);
        // Told after every page but the last, in order.
        ASSERT_EQ(seen.size(), pages - 1);
        for (qsizetype i = 0; i < seen.size(); ++i)
            EXPECT_EQ(seen[i], i + 1);
    }
    const QString part = file(QStringLiteral("part.pdf"));
    {
        QPdfWriter writer(part);
        writer.setPageLayout(ReportRenderer::defaultPageLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        EXPECT_EQ(renderer.paint(&writer, [](qint64 page, qint64) { return page < 3; }), 3);
    }
    const QStringList pages = pdfPages(part);
    ASSERT_EQ(pages.size(), 3);
    EXPECT_TRUE(pages.at(2).contains(QStringLiteral("Page 3 of %1").arg(announced)));
}

// The overview, then a section per segment with its figures and charts (not
// its member list), as one document with one page count.
TEST_F(ReportRendererTest, OverviewWithASectionPerSegment)
{
    DemoShop::Options o;
    o.customers = 400;
    o.asOf = kAsOf;
    ASSERT_TRUE(DemoShop::generate(db, o).ok);
    Segment big;
    big.name = QStringLiteral("Big spenders");
    big.ruleJson = QStringLiteral(R"({"all": [{"field": "purchases.total", "window_days": 365, "op": ">=", "value": 300}]})");
    ASSERT_TRUE(SegmentStore(db).add(big));
    const SegmentResults r = results();

    ReportRenderer renderer(db);
    ReportRenderer::Request request{ReportRenderer::Kind::Overview, {}, kAsOf, {}};
    request.withSections = true;
    const QStringList pages = render(renderer, request);
    const QString all = flat(pages.join(u' '));
    EXPECT_TRUE(all.contains(QStringLiteral("Segments overview")));
    EXPECT_TRUE(all.contains(QStringLiteral("Segment report: Big spenders")));
    EXPECT_TRUE(all.contains(QStringLiteral("Segment report: %1").arg(r.everyoneElse.name)));
    EXPECT_FALSE(all.contains(QStringLiteral("by total spent"))) << "no member lists in the sections";
    // One count over the whole document.
    const QString total = QString::number(pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i)
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(total))) << "page " << i + 1;
    // Each section starts on a page of its own.
    ASSERT_GE(pages.size(), 3);
    EXPECT_TRUE(flat(pages.last()).contains(QStringLiteral("Segment report: %1").arg(r.everyoneElse.name)));
}
