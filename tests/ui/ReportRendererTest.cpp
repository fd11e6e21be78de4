#include "TempDatabase.h"

#include "demo/DemoShop.h"
#include "model/Money.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportsPage.h"
#include "segments/RuleJson.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "storage/CustomerStore.h"
#include "storage/SettingsStore.h"

#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QComboBox>

using namespace clientele;

namespace {

const QDate kAsOf(2026, 3, 31);

// Words as printed, with line breaks and ligatures folded, so a sentence
// wrapped over two lines is still found.
QString flat(QString text)
{
    text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
    text.replace(QChar(0xFB00), QStringLiteral("ff"));
    return text.simplified();
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
    ASSERT_TRUE(page.saveTo(pdf));
    const QString text = flat(pdfPages(pdf).join(u' '));
    EXPECT_TRUE(text.contains(QStringLiteral("Call list: %1").arg(name))) << text.left(400).toStdString();
}
