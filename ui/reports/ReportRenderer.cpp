#include "ReportRenderer.h"

#include "model/Money.h"
#include "model/Segment.h"
#include "segments/AsOfDay.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentHistory.h"
#include "segments/SegmentResults.h"
#include "segments/SegmentStore.h"
#include "storage/CustomerQuery.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCore/QSet>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>
#include <QtGui/QPolygonF>
#include <QtGui/QPdfWriter>

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
#include <optional>

namespace clientele {

struct ReportRenderer::Data
{
    Request request;
    QString shopName;
    QString currency;
    QDate asOf;
    QDate printed;
    qint64 totalCustomers = 0;
    qint64 totalRevenueCents = 0;
    QList<SegmentStats> segments; // all of them, "Everyone else" last
    SegmentStats stats;           // the one reported on
    QString nextStep;
    QList<CustomerRow> rows;
    qint64 contactable = 0; // call list: members who may be called
    std::optional<qint64> change30;
    std::optional<qint64> change90;
    std::optional<AsOfDay> day;
    // Segment report: members on each snapshot day of the last year, the
    // as-of day last; how many of those points are snapshots.
    QList<SegmentHistory::SizePoint> sizes;
    int snapshotDays = 0;
    // Overview: who changed segment between two snapshot days (invalid: no
    // snapshot a month back).
    QDate movementFrom;
    QDate movementTo;
    QList<SegmentHistory::Movement> movements;
    // Overview with sections: each segment's report after it.
    QList<std::shared_ptr<const Data>> sections;
};

namespace {

struct Column
{
    Column(const QString &t, qreal w, Qt::Alignment a = Qt::AlignLeft, const QStringList &s = {})
        : title(t)
        , weight(w)
        , align(a)
        , samples(s)
    {
    }

    QString title;
    qreal weight = 1.0; // share of the room the fitted columns leave
    Qt::Alignment align = Qt::AlignLeft;
    QStringList samples; // when given, the column is as wide as the widest of these (and its title's words)
};

// Everything a page needs to be painted twice: once without ink to count the
// pages (for "Page 3 of 7"), once for real.
class Pages
{
public:
    Pages(QPainter &painter, QPagedPaintDevice &device, bool dryRun)
        : p(painter)
        , dev(device)
        , dry(dryRun)
        , unit(device.logicalDpiY() / 25.4)
        , width(device.width())
        , height(device.height())
    {
    }

    qreal mm(qreal v) const { return v * unit; }
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, &dev); }
    qreal bottom() const { return height - footerHeight; }
    bool fits(qreal h) const { return y + h <= bottom() + 0.5; }
    void ensure(qreal h)
    {
        if (y > 0 && !fits(h))
            newPage();
    }
    void newPage()
    {
        if (footer)
            footer(*this);
        turnPage();
        if (pageStart)
            pageStart(*this);
    }
    void finish()
    {
        if (footer)
            footer(*this);
    }
    // The next part of one document starts on a fresh page; its own pass
    // sets the footer and page start again.
    void nextPart()
    {
        footer = nullptr;
        pageStart = nullptr;
        turnPage();
    }
    void turnPage()
    {
        // Asked to stop: the pages so far stay, the rest is laid out unpainted.
        if (!dry && pageDone && !pageDone(page))
            dry = true;
        if (!dry)
            dev.newPage();
        ++page;
        y = 0;
    }

    // Wrapped text across `w` from the cursor; returns its height.
    qreal paragraph(const QString &text, const QFont &font, const QColor &color, qreal x, qreal w)
    {
        const QRectF box = metrics(font).boundingRect(QRectF(x, y, w, 1e7), Qt::TextWordWrap, text);
        ensure(box.height());
        const QRectF rect(x, y, w, box.height());
        if (!dry) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(rect, Qt::TextWordWrap, text);
        }
        y += box.height();
        return box.height();
    }

    QPainter &p;
    QPagedPaintDevice &dev;
    bool dry;
    const qreal unit; // device pixels per millimetre
    const qreal width;
    const qreal height;
    qreal footerHeight = 0;
    qreal y = 0;
    int page = 1;
    std::function<void(Pages &)> footer;
    std::function<void(Pages &)> pageStart;
    std::function<bool(int page)> pageDone; // after each painted page; false stops painting
};

QColor segmentColor(const QString &name)
{
    const QColor c = QColor::fromString(name);
    return c.isValid() ? c : QColor(0x9e, 0x9e, 0x9e);
}

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x5f, 0x5f);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kHeaderFill(0xe4, 0xe4, 0xe4);
const QColor kZebra(0xf3, 0xf3, 0xf3);

bool letterCountry(QLocale::Territory t)
{
    switch (t) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::PuertoRico:
    case QLocale::DominicanRepublic:
        return true;
    default:
        return false;
    }
}

} // namespace

// The painting itself, one object per pass.
class ReportPass
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ReportRenderer)

public:
    ReportPass(const ReportRenderer::Data &data, const QLocale &locale, const QString &title, Pages &pages,
               int total)
        : d(data)
        , loc(locale)
        , m_title(title)
        , pg(pages)
        , m_total(total)
    {
        QFont base;
        base.setStyleHint(QFont::SansSerif);
        base.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                          QStringLiteral("Arial")});
        // No "fi" or "fl" ligatures: in a PDF they come back from copy, search
        // and pdftotext as one odd character ("ﬁgures"). Qt 6.4 has no switch
        // for font features (QFont::setFeature came in 6.6), but its shaper
        // leaves the optional ligatures out of a spaced font and still shapes
        // what other scripts need (Arabic joining, Indic conjuncts), which
        // PreferNoShaping would break. The spacing is the least Qt keeps
        // (1/64 pixel): nobody sees it.
        base.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64.0);
        body = base;
        body.setPointSizeF(9.5);
        small = base;
        small.setPointSizeF(8);
        table = base;
        table.setPointSizeF(7.5);
        tableBold = table;
        tableBold.setBold(true);
        heading = base;
        heading.setPointSizeF(12);
        heading.setBold(true);
        titleFont = base;
        titleFont.setPointSizeF(19);
        titleFont.setBold(true);
        figure = base;
        figure.setPointSizeF(15);
        figure.setBold(true);
        pg.footerHeight = pg.mm(9);
        pg.footer = [this](Pages &p) { paintFooter(p); };
    }

    void run()
    {
        switch (d.request.kind) {
        case ReportRenderer::Kind::Segment:
            segmentReport();
            break;
        case ReportRenderer::Kind::Overview:
            overview();
            break;
        case ReportRenderer::Kind::CallList:
            callList();
            break;
        }
        pg.finish();
    }

private:
    QString money(qint64 cents) const { return Money(cents).toDisplayString(loc, d.currency); }
    QString percent(double share) const { return tr("%1 %").arg(loc.toString(share * 100.0, 'f', 1)); }
    QString date(QDate day) const { return loc.toString(day, QLocale::ShortFormat); }
    QString lastPurchase(qint64 secs) const
    {
        return secs == 0 ? tr("never") : date(d.day ? d.day->localDate(secs) : QDate());
    }
    QString change(qint64 delta) const
    {
        return delta > 0 ? tr("+%1").arg(loc.toString(delta)) : delta < 0 ? tr("−%1").arg(loc.toString(-delta)) : tr("±0");
    }

    void paintFooter(Pages &p)
    {
        if (p.dry)
            return;
        const qreal top = p.height - p.footerHeight + p.mm(3);
        p.p.setPen(QPen(kRule, p.mm(0.2)));
        p.p.drawLine(QPointF(0, top), QPointF(p.width, top));
        p.p.setFont(small);
        p.p.setPen(kMuted);
        const QRectF line(0, top + p.mm(1), p.width, p.footerHeight - p.mm(4));
        const QString left = d.shopName.isEmpty() ? m_title : tr("%1 · %2").arg(d.shopName, m_title);
        const QString right =
            tr("Printed %1 · %2").arg(date(d.printed), tr("Page %1 of %2").arg(p.page).arg(m_total));
        const QFontMetricsF fm = p.metrics(small);
        const qreal rightWidth = fm.horizontalAdvance(right);
        p.p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(left, Qt::ElideRight, p.width - rightWidth - p.mm(5)));
        p.p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
    }

    // Shop name, title with the segment's colour, and the as-of line.
    void header(const QString &title, const QString &subtitle, const QColor *swatch)
    {
        if (!d.shopName.isEmpty())
            pg.paragraph(d.shopName.toUpper(), small, kMuted, 0, pg.width);
        pg.y += pg.mm(1);
        const QFontMetricsF fm = pg.metrics(titleFont);
        qreal x = 0;
        if (swatch) {
            const qreal s = fm.capHeight() * 1.25;
            if (!pg.dry) {
                pg.p.setPen(QPen(kInk, pg.mm(0.25)));
                pg.p.setBrush(*swatch);
                pg.p.drawRoundedRect(QRectF(0, pg.y + fm.ascent() - s, s, s), pg.mm(0.8), pg.mm(0.8));
                pg.p.setBrush(Qt::NoBrush);
            }
            x = s + pg.mm(3);
        }
        pg.paragraph(title, titleFont, kInk, x, pg.width - x);
        pg.y += pg.mm(0.5);
        pg.paragraph(subtitle, body, kMuted, 0, pg.width);
        pg.y += pg.mm(2);
        if (!pg.dry) {
            pg.p.setPen(QPen(kInk, pg.mm(0.4)));
            pg.p.drawLine(QPointF(0, pg.y), QPointF(pg.width, pg.y));
        }
        pg.y += pg.mm(5);
    }

    void sectionHeading(const QString &text, qreal keepWith)
    {
        pg.ensure(pg.metrics(heading).height() * 1.4 + keepWith);
        pg.paragraph(text, heading, kInk, 0, pg.width);
        pg.y += pg.mm(1.5);
    }

    struct Figure
    {
        QString label;
        QString value;
        QString note;
    };

    void figures(const QList<Figure> &list, int perRow)
    {
        const qreal gap = pg.mm(3);
        const qreal w = (pg.width - gap * (perRow - 1)) / perRow;
        const QFontMetricsF fs = pg.metrics(small);
        const QFontMetricsF ff = pg.metrics(figure);
        const qreal pad = pg.mm(2.5);
        const qreal h = pad * 2 + fs.height() * 2 + ff.height() + pg.mm(1.5);
        for (qsizetype i = 0; i < list.size(); i += perRow) {
            pg.ensure(h);
            for (int c = 0; c < perRow && i + c < list.size(); ++c) {
                const Figure &f = list.at(i + c);
                const QRectF box(c * (w + gap), pg.y, w, h);
                if (pg.dry)
                    continue;
                pg.p.setPen(QPen(kRule, pg.mm(0.25)));
                pg.p.setBrush(Qt::NoBrush);
                pg.p.drawRoundedRect(box, pg.mm(1.2), pg.mm(1.2));
                const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
                pg.p.setFont(small);
                pg.p.setPen(kMuted);
                pg.p.drawText(QRectF(inner.left(), inner.top(), inner.width(), fs.height()), Qt::AlignLeft,
                              fs.elidedText(f.label, Qt::ElideRight, inner.width()));
                pg.p.setFont(figure);
                pg.p.setPen(kInk);
                pg.p.drawText(QRectF(inner.left(), inner.top() + fs.height() + pg.mm(0.8), inner.width(), ff.height()),
                              Qt::AlignLeft, ff.elidedText(f.value, Qt::ElideRight, inner.width()));
                pg.p.setFont(small);
                pg.p.setPen(kMuted);
                pg.p.drawText(QRectF(inner.left(), inner.bottom() - fs.height(), inner.width(), fs.height()),
                              Qt::AlignLeft, fs.elidedText(f.note, Qt::ElideRight, inner.width()));
            }
            pg.y += h + gap;
        }
    }

    // A table whose header comes back on every page and whose rows never
    // split: a row that does not fit starts the next page.
    struct Table
    {
        QList<Column> columns;
        qint64 rows = 0;
        bool zebra = true;
        std::function<qreal(qint64)> rowHeight;
        std::function<void(qint64, const QList<QRectF> &)> paintRow;
    };

    // Fitted columns take what their content needs; the others share the rest.
    QList<qreal> columnEdges(const QList<Column> &columns, const QFont &font) const
    {
        const QFontMetricsF fm = pg.metrics(font);
        const QFontMetricsF fb = pg.metrics(tableBold);
        const qreal pad = pg.mm(3);
        QList<qreal> widths;
        qreal fixed = 0;
        qreal weights = 0;
        for (const Column &c : columns) {
            if (c.samples.isEmpty()) {
                widths << -1;
                weights += c.weight;
                continue;
            }
            qreal w = 0;
            for (const QString &sample : c.samples)
                w = std::max(w, fm.horizontalAdvance(sample));
            for (const QString &word : c.title.split(u' ', Qt::SkipEmptyParts))
                w = std::max(w, fb.horizontalAdvance(word));
            widths << w + pad + pg.mm(0.5);
            fixed += widths.last();
        }
        // Too wide: text columns give up room (they elide); figures never do.
        const qreal minFlex = weights > 0 ? pg.width * 0.1 : 0.0;
        const qreal overflow = fixed + minFlex - pg.width;
        if (overflow > 0) {
            qreal text = 0;
            for (qsizetype i = 0; i < columns.size(); ++i)
                if (widths.at(i) >= 0 && !(columns.at(i).align & Qt::AlignRight))
                    text += widths.at(i);
            for (qsizetype i = 0; i < columns.size(); ++i)
                if (widths.at(i) >= 0 && !(columns.at(i).align & Qt::AlignRight) && text > 0) {
                    const qreal cut = overflow * widths.at(i) / text;
                    fixed -= cut;
                    widths[i] -= cut;
                }
        }
        const qreal room = std::max(pg.width - fixed, 0.0);
        QList<qreal> edges{0};
        qreal x = 0;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            x += widths.at(i) >= 0 ? widths.at(i) : room * columns.at(i).weight / std::max(weights, 1.0);
            edges << x;
        }
        // Without a flexible column, the spare room goes to the first one.
        if (weights <= 0 && x < pg.width)
            for (qsizetype i = 1; i < edges.size(); ++i)
                edges[i] += pg.width - x;
        return edges;
    }

    qreal headerHeight(const Table &t, const QList<qreal> &edges) const
    {
        const QFontMetricsF fb = pg.metrics(tableBold);
        qreal h = fb.height();
        const QList<QRectF> rects = cells(edges, 0, 0);
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            h = std::max(h, fb.boundingRect(QRectF(0, 0, rects.at(i).width(), 1e6), Qt::TextWordWrap,
                                            t.columns.at(i).title)
                                .height());
        return h + pg.mm(3);
    }

    QList<QRectF> cells(const QList<qreal> &edges, qreal top, qreal h) const
    {
        QList<QRectF> list;
        const qreal pad = pg.mm(1.5);
        for (qsizetype i = 0; i + 1 < edges.size(); ++i)
            list << QRectF(edges.at(i) + pad, top, edges.at(i + 1) - edges.at(i) - 2 * pad, h);
        return list;
    }

    void tableHeader(const Table &t, const QList<qreal> &edges, qreal h)
    {
        if (!pg.dry) {
            pg.p.setPen(Qt::NoPen);
            pg.p.setBrush(kHeaderFill);
            pg.p.drawRect(QRectF(0, pg.y, pg.width, h));
            pg.p.setBrush(Qt::NoBrush);
            pg.p.setPen(QPen(kInk, pg.mm(0.3)));
            pg.p.drawLine(QPointF(0, pg.y + h), QPointF(pg.width, pg.y + h));
            pg.p.setFont(tableBold);
            const QList<QRectF> rects = cells(edges, pg.y, h);
            for (qsizetype i = 0; i < t.columns.size(); ++i)
                pg.p.drawText(rects.at(i), t.columns.at(i).align | Qt::AlignVCenter | Qt::TextWordWrap,
                              t.columns.at(i).title);
        }
        pg.y += h;
    }

    void paintTable(const Table &t, const QList<qreal> &edges)
    {
        const qreal headH = headerHeight(t, edges);
        pg.ensure(headH + (t.rows > 0 ? t.rowHeight(0) : 0));
        tableHeader(t, edges, headH);
        pg.pageStart = [&](Pages &) { tableHeader(t, edges, headH); };
        for (qint64 r = 0; r < t.rows; ++r) {
            const qreal h = t.rowHeight(r);
            if (!pg.fits(h))
                pg.newPage();
            if (!pg.dry) {
                if (t.zebra && r % 2 == 1) {
                    pg.p.setPen(Qt::NoPen);
                    pg.p.setBrush(kZebra);
                    pg.p.drawRect(QRectF(0, pg.y, pg.width, h));
                    pg.p.setBrush(Qt::NoBrush);
                }
                t.paintRow(r, cells(edges, pg.y, h));
            }
            pg.y += h;
        }
        pg.pageStart = nullptr;
        if (!pg.dry) {
            pg.p.setPen(QPen(kRule, pg.mm(0.2)));
            pg.p.drawLine(QPointF(0, pg.y), QPointF(pg.width, pg.y));
        }
        pg.y += pg.mm(4);
    }

    void cellText(const QRectF &rect, const QString &text, Qt::Alignment align, const QFontMetricsF &fm)
    {
        pg.p.drawText(rect, align | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, rect.width()));
    }

    // Every month's longest day number, and "never": what a date column must hold.
    QStringList dateSamples() const
    {
        QStringList list{tr("never")};
        const int year = d.asOf.isValid() ? d.asOf.year() : 2026;
        for (int month = 1; month <= 12; ++month)
            list << date(QDate(year, month, 28));
        return list;
    }

    qint64 maxOf(qint64 CustomerRow::*field) const
    {
        qint64 m = 0;
        for (const CustomerRow &row : d.rows)
            m = std::max(m, row.*field);
        return m;
    }

    // The longest value of a text field, measured, unless it is wider than `cap`.
    QStringList widest(QString CustomerRow::*field, qreal cap, bool displayName = false) const
    {
        const QFontMetricsF fm = pg.metrics(d.request.kind == ReportRenderer::Kind::CallList ? body : table);
        QString best;
        qreal bestWidth = 0;
        for (const CustomerRow &row : d.rows) {
            const QString text = displayName ? row.displayName() : row.*field;
            const qreal w = fm.horizontalAdvance(text);
            if (w > bestWidth && w <= cap) {
                bestWidth = w;
                best = text;
            }
        }
        return {best};
    }

    void segmentReport()
    {
        const SegmentStats &s = d.stats;
        const QColor color = segmentColor(s.color);
        header(s.name, tr("Segment report as of %1").arg(loc.toString(d.asOf, QLocale::LongFormat)), &color);

        sectionHeading(tr("Who is in it"), pg.metrics(body).height());
        pg.paragraph(s.sentence.isEmpty() ? tr("Everyone who is in none of the other segments.") : s.sentence, body,
                     kInk, 0, pg.width);
        pg.y += pg.mm(5);

        sectionHeading(tr("Key figures"), pg.mm(25));
        QString memberNote = tr("of %1 customers").arg(loc.toString(d.totalCustomers));
        if (d.change30 || d.change90) {
            QStringList parts;
            if (d.change30)
                parts << tr("%1 in 30 days").arg(change(*d.change30));
            if (d.change90)
                parts << tr("%1 in 90 days").arg(change(*d.change90));
            memberNote = parts.join(tr(", "));
        }
        const double revenueShare =
            d.totalRevenueCents > 0 ? double(s.revenueCents) / double(d.totalRevenueCents) : 0.0;
        figures({{tr("Members"), loc.toString(s.members), memberNote},
                 {tr("Share of customers"), percent(s.share), tr("of %1 customers").arg(loc.toString(d.totalCustomers))},
                 {tr("Revenue, last 365 days"), money(s.revenueCents),
                  tr("%1 purchases").arg(loc.toString(s.purchases))},
                 {tr("Share of all revenue"), percent(revenueShare),
                  tr("of %1 in the last 365 days").arg(money(d.totalRevenueCents))},
                 {tr("Average order"), s.purchases > 0 ? money(s.averageOrderCents) : tr("–"),
                  tr("over the last 365 days")},
                 {tr("Purchases per member"), loc.toString(s.purchasesPerMember, 'f', 1), tr("in the last 365 days")}},
                3);
        pg.y += pg.mm(2);

        sizeChart();
        shareChart();

        if (!d.nextStep.trimmed().isEmpty()) {
            sectionHeading(tr("Next step"), pg.metrics(body).height());
            pg.paragraph(d.nextStep.trimmed(), body, kInk, 0, pg.width);
            pg.y += pg.mm(5);
        }

        if (d.request.withoutMembers) // a section of the overview: its own report lists them
            return;
        const qreal rowH = pg.metrics(table).height() + pg.mm(2.2);
        sectionHeading(tr("Members (%1), by total spent").arg(loc.toString(qint64(d.rows.size()))), rowH * 3);
        if (d.rows.isEmpty()) {
            pg.paragraph(tr("No customers are in this segment as of %1.").arg(date(d.asOf)), body, kMuted, 0,
                         pg.width);
            return;
        }
        Table t;
        t.columns = {{tr("Name"), 0, Qt::AlignLeft, widest(&CustomerRow::firstName, pg.width * 0.24, true)},
                     {tr("Email"), 1},
                     {tr("Phone"), 0, Qt::AlignLeft, widest(&CustomerRow::phone, pg.width * 0.17)},
                     {tr("City"), 0, Qt::AlignLeft, widest(&CustomerRow::city, pg.width * 0.12)},
                     {tr("Last purchase"), 0, Qt::AlignRight, dateSamples()},
                     {tr("Purchases"), 0, Qt::AlignRight, {loc.toString(maxOf(&CustomerRow::purchaseCount))}},
                     {tr("Total spent"), 0, Qt::AlignRight, {money(maxOf(&CustomerRow::totalSpentCents))}}};
        t.rows = d.rows.size();
        t.rowHeight = [rowH](qint64) { return rowH; };
        const QFontMetricsF fm = pg.metrics(table);
        t.paintRow = [&](qint64 r, const QList<QRectF> &c) {
            const CustomerRow &row = d.rows.at(r);
            pg.p.setFont(table);
            pg.p.setPen(kInk);
            cellText(c.at(0), row.displayName(), Qt::AlignLeft, fm);
            cellText(c.at(1), row.email, Qt::AlignLeft, fm);
            cellText(c.at(2), row.phone, Qt::AlignLeft, fm);
            cellText(c.at(3), row.city, Qt::AlignLeft, fm);
            cellText(c.at(4), lastPurchase(row.lastPurchaseAt), Qt::AlignRight, fm);
            cellText(c.at(5), loc.toString(row.purchaseCount), Qt::AlignRight, fm);
            cellText(c.at(6), money(row.totalSpentCents), Qt::AlignRight, fm);
        };
        paintTable(t, columnEdges(t.columns, table));
    }

    void overview()
    {
        header(tr("Segments overview"), tr("As of %1").arg(loc.toString(d.asOf, QLocale::LongFormat)), nullptr);
        pg.paragraph(tr("%1 customers in %2 segments; revenue in the last 365 days: %3. Every customer is counted in "
                        "the first segment that matches, so the parts add up to the whole.")
                         .arg(loc.toString(d.totalCustomers), loc.toString(qint64(d.segments.size() - 1)),
                              money(d.totalRevenueCents)),
                     body, kInk, 0, pg.width);
        pg.y += pg.mm(5);
        sharesChart();

        const QFontMetricsF fb = pg.metrics(tableBold);
        const QFontMetricsF fs = pg.metrics(small);
        Table t;
        QStringList averages{tr("–")};
        qint64 allPurchases = 0;
        for (const SegmentStats &x : std::as_const(d.segments)) {
            averages << money(x.averageOrderCents);
            allPurchases += x.purchases;
        }
        if (allPurchases > 0)
            averages << money(d.totalRevenueCents / allPurchases);
        t.columns = {{tr("Segment"), 1},
                     {tr("Members"), 0, Qt::AlignRight, {loc.toString(d.totalCustomers)}},
                     {tr("Share"), 0, Qt::AlignRight, {percent(1.0)}},
                     {tr("Revenue, 365 days"), 0, Qt::AlignRight, {money(d.totalRevenueCents)}},
                     {tr("Share of revenue"), 0, Qt::AlignRight, {percent(1.0)}},
                     {tr("Average order"), 0, Qt::AlignRight, averages},
                     {tr("Purchases per member"), 0, Qt::AlignRight, {loc.toString(999.9, 'f', 1)}}};
        const QList<qreal> edges = columnEdges(t.columns, tableBold);
        const qreal nameWidth = edges.at(1) - edges.at(0) - pg.mm(3);
        const qreal swatch = fb.capHeight() * 1.2;
        const qreal pad = pg.mm(2);
        // The last row is the total.
        t.rows = d.segments.size() + 1;
        t.zebra = false;
        t.rowHeight = [&, nameWidth, swatch, pad](qint64 r) {
            if (r == d.segments.size())
                return fb.height() + pad * 2;
            const QString sentence = d.segments.at(r).sentence;
            const qreal textH =
                sentence.isEmpty()
                    ? 0.0
                    : fs.boundingRect(QRectF(0, 0, nameWidth - swatch - pg.mm(2), 1e7), Qt::TextWordWrap, sentence)
                          .height();
            return fb.height() + textH + pad * 2 + pg.mm(0.5);
        };
        t.paintRow = [&, swatch, pad](qint64 r, const QList<QRectF> &c) {
            const bool total = r == d.segments.size();
            const SegmentStats s = total ? SegmentStats() : d.segments.at(r);
            const qreal top = c.at(0).top() + pad;
            QRectF nameRect = c.at(0);
            if (!total) {
                pg.p.setPen(QPen(kInk, pg.mm(0.2)));
                pg.p.setBrush(segmentColor(s.color));
                pg.p.drawRect(QRectF(nameRect.left(), top + fb.ascent() - swatch, swatch, swatch));
                pg.p.setBrush(Qt::NoBrush);
                nameRect.setLeft(nameRect.left() + swatch + pg.mm(2));
            }
            pg.p.setFont(tableBold);
            pg.p.setPen(kInk);
            const QRectF firstLine(nameRect.left(), top, nameRect.width(), fb.height());
            pg.p.drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter,
                          fb.elidedText(total ? tr("All customers") : s.name, Qt::ElideRight, firstLine.width()));
            if (!total && !s.sentence.isEmpty()) {
                pg.p.setFont(small);
                pg.p.setPen(kMuted);
                pg.p.drawText(QRectF(nameRect.left(), top + fb.height() + pg.mm(0.5), nameRect.width(), 1e5),
                              Qt::TextWordWrap, s.sentence);
            }
            qint64 members = s.members;
            qint64 revenue = s.revenueCents;
            qint64 purchases = s.purchases;
            double share = s.share;
            if (total) {
                members = d.totalCustomers;
                revenue = d.totalRevenueCents;
                purchases = 0;
                for (const SegmentStats &x : d.segments)
                    purchases += x.purchases;
                share = d.totalCustomers > 0 ? 1.0 : 0.0;
            }
            const double revShare = d.totalRevenueCents > 0 ? double(revenue) / double(d.totalRevenueCents) : 0.0;
            const QStringList values{loc.toString(members),
                                     percent(share),
                                     money(revenue),
                                     percent(revShare),
                                     purchases > 0 ? money(revenue / purchases) : tr("–"),
                                     loc.toString(members > 0 ? double(purchases) / double(members) : 0.0, 'f', 1)};
            pg.p.setFont(total ? tableBold : table);
            pg.p.setPen(kInk);
            const QFontMetricsF fm = pg.metrics(total ? tableBold : table);
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QRectF cell = c.at(i + 1);
                pg.p.drawText(QRectF(cell.left(), top, cell.width(), fb.height()), Qt::AlignRight | Qt::AlignVCenter,
                              fm.elidedText(values.at(i), Qt::ElideRight, cell.width()));
            }
            pg.p.setPen(QPen(total ? kInk : kRule, pg.mm(total ? 0.3 : 0.15)));
            pg.p.drawLine(QPointF(0, c.at(0).top()), QPointF(pg.width, c.at(0).top()));
        };
        paintTable(t, edges);
        pg.y += pg.mm(2);
        movementSection();
    }

    // Members on each snapshot day as a black line with round markers on a
    // light grid, so it reads the same on a black-and-white printer.
    void sizeChart()
    {
        const QFontMetricsF fs = pg.metrics(small);
        const qreal chartH = pg.mm(58);
        if (d.snapshotDays < 2) {
            sectionHeading(tr("Members over time"), pg.metrics(body).height() * 2);
            pg.paragraph(tr("Not enough history for a chart yet. Clientele notes the size of every segment once a "
                            "day while it is open; the chart appears from the second day on."),
                         body, kMuted, 0, pg.width);
            pg.y += pg.mm(5);
            return;
        }
        const QList<SegmentHistory::SizePoint> &points = d.sizes;
        sectionHeading(tr("Members over time"), chartH + fs.height() * 2);

        const QDate first = points.first().day;
        const QDate last = points.last().day;
        const qreal spanDays = std::max<qreal>(1, qreal(first.daysTo(last)));
        qint64 top = 0;
        for (const SegmentHistory::SizePoint &p : points)
            top = std::max(top, p.members);
        // A round step, so the axis reads 0, 50, 100, ... not 0, 47, 94.
        qint64 step = 1;
        for (qint64 magnitude = 1;; magnitude *= 10) {
            bool found = false;
            for (const qint64 m : {qint64(1), qint64(2), qint64(5)})
                if (m * magnitude * 4 >= std::max<qint64>(top, 4)) {
                    step = m * magnitude;
                    found = true;
                    break;
                }
            if (found)
                break;
        }
        const qint64 yMax = std::max<qint64>(step, (top + step - 1) / step * step);

        const QString yTitle = tr("Members");
        const qreal left = fs.horizontalAdvance(loc.toString(yMax)) + pg.mm(2.5);
        const qreal plotTop = pg.y + fs.height() + pg.mm(1.5);
        const qreal plotBottom = pg.y + chartH - fs.height() * 2 - pg.mm(3);
        const qreal plotLeft = left;
        const qreal plotRight = pg.width - pg.mm(4);
        const auto xOf = [&](QDate day) {
            return plotLeft + (plotRight - plotLeft) * qreal(first.daysTo(day)) / spanDays;
        };
        const auto yOf = [&](qint64 v) { return plotBottom - (plotBottom - plotTop) * qreal(v) / qreal(yMax); };

        if (!pg.dry) {
            QPainter &p = pg.p;
            p.setFont(small);
            p.setPen(kInk);
            p.drawText(QRectF(0, pg.y, pg.width, fs.height()), Qt::AlignLeft | Qt::AlignVCenter, yTitle);
            // Grid and value labels.
            for (qint64 v = 0; v <= yMax; v += step) {
                const qreal y = yOf(v);
                p.setPen(QPen(v == 0 ? kInk : kRule, pg.mm(v == 0 ? 0.3 : 0.15), v == 0 ? Qt::SolidLine : Qt::DotLine));
                p.drawLine(QPointF(plotLeft, y), QPointF(plotRight, y));
                p.setPen(kInk);
                p.drawText(QRectF(0, y - fs.height() / 2, left - pg.mm(1.5), fs.height()),
                           Qt::AlignRight | Qt::AlignVCenter, loc.toString(v));
            }
            p.setPen(QPen(kInk, pg.mm(0.3)));
            p.drawLine(QPointF(plotLeft, plotTop), QPointF(plotLeft, plotBottom));

            // Dates below: as many as fit side by side, evenly spread.
            const qreal dateW = fs.horizontalAdvance(date(QDate(2000, 12, 28))) + pg.mm(4);
            const int fit = std::max(2, int((plotRight - plotLeft) / (dateW * 1.4)));
            const int ticks = int(std::min<qint64>({qint64(fit), qint64(6), qint64(spanDays) + 1}));
            QList<QDate> tickDays;
            for (int i = 0; i < ticks; ++i)
                tickDays << first.addDays(qRound64(spanDays * i / std::max(1, ticks - 1)));
            for (const QDate day : std::as_const(tickDays)) {
                const qreal x = xOf(day);
                p.setPen(QPen(kInk, pg.mm(0.3)));
                p.drawLine(QPointF(x, plotBottom), QPointF(x, plotBottom + pg.mm(1.2)));
                const qreal lx = std::clamp(x - dateW / 2, 0.0, pg.width - dateW);
                p.setPen(kInk);
                p.drawText(QRectF(lx, plotBottom + pg.mm(1.5), dateW, fs.height()), Qt::AlignCenter, date(day));
            }
            p.drawText(QRectF(plotLeft, plotBottom + pg.mm(1.5) + fs.height(), plotRight - plotLeft, fs.height()),
                       Qt::AlignCenter, tr("Day"));

            // A light wash of the segment's colour under a black line.
            QPolygonF line;
            for (const SegmentHistory::SizePoint &pt : points)
                line << QPointF(xOf(pt.day), yOf(pt.members));
            QPolygonF area = line;
            area << QPointF(line.last().x(), plotBottom) << QPointF(line.first().x(), plotBottom);
            QColor wash = segmentColor(d.stats.color);
            wash.setAlpha(60);
            p.setPen(Qt::NoPen);
            p.setBrush(wash);
            p.drawPolygon(area);
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(kInk, pg.mm(0.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(line);
            // Every point while they stay apart; otherwise the first and the last.
            const bool allMarkers = points.size() <= 60;
            const qreal r = pg.mm(allMarkers ? 0.9 : 1.1);
            p.setPen(QPen(kInk, pg.mm(0.3)));
            p.setBrush(Qt::white);
            for (qsizetype i = 0; i < line.size(); ++i)
                if (allMarkers || i == 0 || i == line.size() - 1)
                    p.drawEllipse(line.at(i), r, r);
            p.setBrush(Qt::NoBrush);
            // The latest size, written next to its point.
            const QString lastText = loc.toString(points.last().members);
            const qreal tw = fs.horizontalAdvance(lastText) + pg.mm(1);
            const QPointF at = line.last();
            p.setPen(kInk);
            p.drawText(QRectF(std::min(at.x() - tw / 2, pg.width - tw), at.y() - r - fs.height() - pg.mm(0.5), tw,
                              fs.height()),
                       Qt::AlignCenter, lastText);
        }
        pg.y += chartH;
        const SegmentHistory::SizePoint &from = points.first();
        const SegmentHistory::SizePoint &to = points.last();
        pg.paragraph(tr("%1 members on %2, %3 on %4 (%5).")
                         .arg(loc.toString(from.members), date(from.day), loc.toString(to.members), date(to.day),
                              change(to.members - from.members)),
                     small, kMuted, 0, pg.width);
        pg.y += pg.mm(5);
    }

    // The segment's part of all customers and of all revenue, side by side:
    // a segment with a small share of customers and a big share of revenue
    // shows at a glance. Hatched, so the part stays visible in black and white.
    void shareChart()
    {
        const SegmentStats &s = d.stats;
        const QFontMetricsF fs = pg.metrics(small);
        const qreal barH = pg.mm(6);
        const qreal gap = pg.mm(2.5);
        sectionHeading(tr("Share of customers and of revenue"), barH * 2 + gap);
        const double revenueShare =
            d.totalRevenueCents > 0 ? double(s.revenueCents) / double(d.totalRevenueCents) : 0.0;
        const QList<std::pair<QString, double>> bars{{tr("Customers"), s.share}, {tr("Revenue"), revenueShare}};
        qreal labelW = 0;
        for (const auto &bar : bars)
            labelW = std::max(labelW, fs.horizontalAdvance(bar.first));
        labelW += pg.mm(3);
        const qreal valueW = fs.horizontalAdvance(tr("%1 of all").arg(percent(1.0))) + pg.mm(3);
        const qreal full = pg.width - labelW - valueW;
        for (const auto &[label, share] : bars) {
            if (!pg.dry) {
                QPainter &p = pg.p;
                p.setFont(small);
                p.setPen(kInk);
                p.drawText(QRectF(0, pg.y, labelW, barH), Qt::AlignLeft | Qt::AlignVCenter, label);
                const QRectF whole(labelW, pg.y, full, barH);
                const QRectF part(labelW, pg.y, full * std::clamp(share, 0.0, 1.0), barH);
                p.setPen(Qt::NoPen);
                p.setBrush(segmentColor(s.color).lighter(115));
                p.drawRect(part);
                p.setBrush(QBrush(kInk, Qt::BDiagPattern));
                p.drawRect(part);
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(kInk, pg.mm(0.25)));
                p.drawRect(whole);
                if (part.width() > 0)
                    p.drawLine(part.topRight(), part.bottomRight());
                p.drawText(QRectF(whole.right() + pg.mm(2), pg.y, valueW - pg.mm(2), barH),
                           Qt::AlignLeft | Qt::AlignVCenter, tr("%1 of all").arg(percent(share)));
            }
            pg.y += barH + gap;
        }
        pg.y += pg.mm(3);
    }

    // Who changed segment in the month up to the as-of day, largest moves first.
    void movementSection()
    {
        const QFontMetricsF fm = pg.metrics(table);
        const qreal rowH = fm.height() + pg.mm(2.2);
        sectionHeading(tr("Movement between segments in the last 30 days"), rowH * 4);
        if (!d.movementFrom.isValid()) {
            pg.paragraph(tr("There is no snapshot from 30 days ago, so movement between segments cannot be shown yet. "
                            "Clientele notes who is in which segment once a day while it is open."),
                         body, kMuted, 0, pg.width);
            pg.y += pg.mm(4);
            return;
        }
        qint64 moved = 0;
        for (const SegmentHistory::Movement &m : d.movements)
            moved += m.customers;
        if (moved == 0) {
            pg.paragraph(tr("Nobody changed segment between %1 and %2.").arg(date(d.movementFrom), date(d.movementTo)),
                         body, kInk, 0, pg.width);
            pg.y += pg.mm(4);
            return;
        }
        pg.paragraph((moved == 1 ? tr("1 customer changed segment between %1 and %2.")
                                       .arg(date(d.movementFrom), date(d.movementTo))
                                 : tr("%1 customers changed segment between %2 and %3.")
                                       .arg(loc.toString(moved), date(d.movementFrom), date(d.movementTo))),
                     body, kInk, 0, pg.width);
        pg.y += pg.mm(2);
        // The overview stays one page: the largest moves that fit, the rest summed up.
        const qreal headH = pg.metrics(tableBold).height() + pg.mm(3);
        const qreal restH = pg.metrics(small).height() + pg.mm(2.5);
        const qint64 room = qint64((pg.bottom() - pg.y - headH - restH) / rowH);
        const qint64 shown = std::min<qint64>(d.movements.size(), std::max<qint64>(room, 5));
        Table t;
        qint64 largest = 0;
        for (const SegmentHistory::Movement &m : d.movements)
            largest = std::max(largest, m.customers);
        t.columns = {{tr("From"), 1}, {tr("To"), 1}, {tr("Customers"), 0, Qt::AlignRight, {loc.toString(largest)}}};
        t.rows = shown;
        t.rowHeight = [rowH](qint64) { return rowH; };
        t.paintRow = [&](qint64 r, const QList<QRectF> &c) {
            const SegmentHistory::Movement &m = d.movements.at(r);
            pg.p.setFont(table);
            pg.p.setPen(kInk);
            cellText(c.at(0), m.fromSegment, Qt::AlignLeft, fm);
            cellText(c.at(1), tr("→ %1").arg(m.toSegment), Qt::AlignLeft, fm);
            cellText(c.at(2), loc.toString(m.customers), Qt::AlignRight, fm);
        };
        paintTable(t, columnEdges(t.columns, table));
        if (shown < d.movements.size()) {
            qint64 rest = 0;
            for (qsizetype i = shown; i < d.movements.size(); ++i)
                rest += d.movements.at(i).customers;
            pg.y -= pg.mm(2);
            pg.paragraph(tr("Smaller moves: %1 customers in %2 other moves.")
                             .arg(loc.toString(rest), loc.toString(qint64(d.movements.size() - shown))),
                         small, kMuted, 0, pg.width);
        }
    }

    // Customers and revenue per segment as two stacked bars, with hatching
    // so the parts stay apart on a black-and-white printer.
    void sharesChart()
    {
        const QFontMetricsF fs = pg.metrics(small);
        const qreal barH = pg.mm(7);
        const qreal labelW = pg.mm(30);
        const qreal legendRows = qreal((d.segments.size() + 1) / 2);
        const qreal h = (barH + pg.mm(3)) * 2 + legendRows * (fs.height() + pg.mm(1.5)) + pg.mm(6);
        sectionHeading(tr("Where customers and revenue are"), h);
        pg.ensure(h);
        static const Qt::BrushStyle patterns[] = {Qt::SolidPattern,     Qt::BDiagPattern,  Qt::Dense4Pattern,
                                                  Qt::FDiagPattern,     Qt::CrossPattern,  Qt::Dense6Pattern,
                                                  Qt::DiagCrossPattern, Qt::HorPattern};
        const auto drawBar = [&](const QString &label, const std::function<double(const SegmentStats &)> &share) {
            if (!pg.dry) {
                pg.p.setFont(small);
                pg.p.setPen(kInk);
                pg.p.drawText(QRectF(0, pg.y, labelW - pg.mm(2), barH), Qt::AlignLeft | Qt::AlignVCenter,
                              fs.elidedText(label, Qt::ElideRight, labelW - pg.mm(2)));
                qreal x = labelW;
                const qreal full = pg.width - labelW;
                for (qsizetype i = 0; i < d.segments.size(); ++i) {
                    const qreal w = full * std::clamp(share(d.segments.at(i)), 0.0, 1.0);
                    if (w <= 0)
                        continue;
                    const QRectF r(x, pg.y, w, barH);
                    pg.p.setPen(Qt::NoPen);
                    pg.p.setBrush(segmentColor(d.segments.at(i).color).lighter(115));
                    pg.p.drawRect(r);
                    pg.p.setBrush(QBrush(kInk, patterns[i % std::size(patterns)]));
                    if (i % std::size(patterns) != 0)
                        pg.p.drawRect(r);
                    pg.p.setBrush(Qt::NoBrush);
                    pg.p.setPen(QPen(kInk, pg.mm(0.25)));
                    pg.p.drawRect(r);
                    x += w;
                }
            }
            pg.y += barH + pg.mm(3);
        };
        drawBar(tr("Customers"), [](const SegmentStats &s) { return s.share; });
        drawBar(tr("Revenue"), [this](const SegmentStats &s) {
            return d.totalRevenueCents > 0 ? double(s.revenueCents) / double(d.totalRevenueCents) : 0.0;
        });
        // The legend, two entries a line.
        const qreal colW = pg.width / 2;
        for (qsizetype i = 0; i < d.segments.size(); ++i) {
            const qreal x = qreal(i % 2) * colW;
            const qreal y = pg.y + qreal(i / 2) * (fs.height() + pg.mm(1.5));
            if (pg.dry)
                continue;
            const QRectF key(x, y, pg.mm(6), fs.height());
            pg.p.setPen(Qt::NoPen);
            pg.p.setBrush(segmentColor(d.segments.at(i).color).lighter(115));
            pg.p.drawRect(key);
            if (i % std::size(patterns) != 0) {
                pg.p.setBrush(QBrush(kInk, patterns[i % std::size(patterns)]));
                pg.p.drawRect(key);
            }
            pg.p.setBrush(Qt::NoBrush);
            pg.p.setPen(QPen(kInk, pg.mm(0.2)));
            pg.p.drawRect(key);
            pg.p.setFont(small);
            pg.p.setPen(kInk);
            const QString text = tr("%1: %2 of customers, %3 of revenue")
                                     .arg(d.segments.at(i).name, percent(d.segments.at(i).share),
                                          percent(d.totalRevenueCents > 0 ? double(d.segments.at(i).revenueCents)
                                                                                / double(d.totalRevenueCents)
                                                                          : 0.0));
            const qreal textX = x + pg.mm(8);
            pg.p.drawText(QRectF(textX, y, colW - pg.mm(10), fs.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fs.elidedText(text, Qt::ElideRight, colW - pg.mm(10)));
        }
        pg.y += legendRows * (fs.height() + pg.mm(1.5)) + pg.mm(6);
    }

    void callList()
    {
        const SegmentStats &s = d.stats;
        const QColor color = segmentColor(s.color);
        const QString order = d.request.order == ReportRenderer::CallListOrder::ByValue
                                  ? tr("by total spent")
                                  : tr("longest since the last purchase first");
        header(tr("Call list: %1").arg(s.name),
               tr("As of %1 · %2 of %3 members agreed to be contacted and have a phone number · %4")
                   .arg(date(d.asOf), loc.toString(d.contactable), loc.toString(s.members), order),
               &color);
        if (!d.nextStep.trimmed().isEmpty()) {
            pg.paragraph(tr("Next step: %1").arg(d.nextStep.trimmed()), body, kInk, 0, pg.width);
            pg.y += pg.mm(4);
        }
        if (d.rows.isEmpty()) {
            pg.paragraph(tr("Nobody in this segment can be called: no member with a phone number agreed to be "
                            "contacted."),
                         body, kMuted, 0, pg.width);
            return;
        }
        const QFontMetricsF fm = pg.metrics(body);
        const qreal rowH = fm.height() + pg.mm(5);
        Table t;
        t.columns = {{tr("Done"), 0, Qt::AlignHCenter, {QStringLiteral("MM")}},
                     {tr("Name"), 55},
                     {tr("Phone"), 0, Qt::AlignLeft, widest(&CustomerRow::phone, pg.width * 0.22)},
                     {tr("Last purchase"), 0, Qt::AlignRight, dateSamples()},
                     {tr("Total spent"), 0, Qt::AlignRight, {money(maxOf(&CustomerRow::totalSpentCents))}},
                     {tr("Notes"), 45}};
        t.rows = d.rows.size();
        t.zebra = false;
        t.rowHeight = [rowH](qint64) { return rowH; };
        t.paintRow = [&](qint64 r, const QList<QRectF> &c) {
            const CustomerRow &row = d.rows.at(r);
            const qreal box = pg.mm(4);
            pg.p.setPen(QPen(kInk, pg.mm(0.3)));
            pg.p.drawRect(QRectF(c.at(0).center().x() - box / 2, c.at(0).center().y() - box / 2, box, box));
            pg.p.setFont(body);
            pg.p.setPen(kInk);
            cellText(c.at(1), row.displayName(), Qt::AlignLeft, fm);
            cellText(c.at(2), row.phone, Qt::AlignLeft, fm);
            cellText(c.at(3), lastPurchase(row.lastPurchaseAt), Qt::AlignRight, fm);
            cellText(c.at(4), money(row.totalSpentCents), Qt::AlignRight, fm);
            // A line to write on, and a hairline between people.
            pg.p.setPen(QPen(kRule, pg.mm(0.2), Qt::DotLine));
            const qreal lineY = c.at(5).bottom() - pg.mm(1.8);
            pg.p.drawLine(QPointF(c.at(5).left(), lineY), QPointF(c.at(5).right(), lineY));
            pg.p.setPen(QPen(kRule, pg.mm(0.15)));
            pg.p.drawLine(QPointF(0, c.at(0).bottom()), QPointF(pg.width, c.at(0).bottom()));
        };
        paintTable(t, columnEdges(t.columns, body));
    }

    const ReportRenderer::Data &d;
    const QLocale loc;
    const QString m_title;
    Pages &pg;
    const int m_total;
    QFont body, small, table, tableBold, heading, titleFont, figure;
};

ReportRenderer::ReportRenderer(Database &db)
    : m_db(db)
    , m_layout(defaultPageLayout(QLocale()))
{
}

ReportRenderer::~ReportRenderer() = default;

void ReportRenderer::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

QPageLayout ReportRenderer::defaultPageLayout(const QLocale &locale, QPageLayout::Orientation orientation)
{
    const QPageSize size(letterCountry(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
    // 15 mm clears the unprintable edge of any home inkjet or laser printer.
    return QPageLayout(size, orientation, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
}

bool ReportRenderer::prepare(const Request &request, QString *error, const Progress &progress)
{
    m_data.reset();
    m_pageCount = 0;
    if (progress && !progress(0, 0))
        return false;
    SegmentEngine engine(m_db);
    engine.setAutoRefresh(false);
    const SegmentResults results = engine.evaluate(request.asOf);
    return prepare(request, results, error, progress);
}

bool ReportRenderer::prepare(const Request &request, const SegmentResults &results, QString *error,
                             const Progress &progress)
{
    m_data.reset();
    m_pageCount = 0;
    const auto carryOn = [&progress](qint64 done, qint64 total) { return !progress || progress(done, total); };
    if (!results.valid) {
        if (error)
            *error = tr("The segments could not be evaluated.");
        return false;
    }
    auto data = std::make_shared<Data>();
    data->request = request;
    const SettingsStore settings(m_db);
    data->shopName = settings.shopName();
    data->currency = settings.currency();
    data->asOf = results.asOf;
    data->printed = QDate::currentDate();
    data->day.emplace(results.asOf, settings.timeZone());
    data->totalCustomers = results.totalCustomers;
    data->segments = results.segments;
    data->segments << results.everyoneElse;
    for (const SegmentStats &s : std::as_const(data->segments))
        data->totalRevenueCents += s.revenueCents;
    const SegmentHistory history(m_db);

    if (request.kind == Kind::Overview) {
        // Who moved: the latest snapshot up to the as-of day against the one
        // a month before it (a week's slack, for a shop closed some days).
        const QList<QDate> days = history.days();
        const QDate monthBefore = results.asOf.addDays(-30);
        for (const QDate day : days) {
            if (day <= results.asOf)
                data->movementTo = day;
            if (day <= monthBefore && day >= monthBefore.addDays(-7))
                data->movementFrom = day;
        }
        if (data->movementFrom.isValid() && data->movementTo.isValid() && data->movementFrom < data->movementTo)
            data->movements = history.movement(data->movementFrom, data->movementTo);
        else
            data->movementFrom = data->movementTo = QDate();
        if (request.withSections) {
            const qint64 parts = data->segments.size();
            for (qint64 i = 0; i < parts; ++i) {
                ReportRenderer section(m_db);
                section.setLocale(m_locale);
                Request part;
                part.kind = Kind::Segment;
                part.withoutMembers = true; // the overview's sections: figures and charts
                part.segmentName = data->segments.at(i).name;
                part.asOf = request.asOf;
                const auto partProgress = [&](qint64 done, qint64 total) {
                    return carryOn(i * 100 + (total > 0 ? done * 100 / total : 0), parts * 100 + 1);
                };
                if (!section.prepare(part, results, error, partProgress))
                    return false;
                data->sections << section.prepared();
            }
        }
        if (!carryOn(1, 1))
            return false;
        m_data = std::move(data);
        return true;
    }

    const auto found = std::find_if(data->segments.cbegin(), data->segments.cend(), [&](const SegmentStats &s) {
        return s.name.compare(request.segmentName.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (found == data->segments.cend()) {
        if (error) {
            QStringList names;
            for (const SegmentStats &s : std::as_const(data->segments))
                names << s.name;
            *error = tr("There is no segment called “%1”. Segments: %2.")
                         .arg(request.segmentName, names.join(tr(", ")));
        }
        return false;
    }
    data->stats = *found;
    if (data->stats.segmentId != 0) {
        if (const auto segment = SegmentStore(m_db).find(data->stats.segmentId))
            data->nextStep = segment->nextStep;
    }

    const QList<qint64> ids = request.withoutMembers ? QList<qint64>() : results.membersOf(data->stats.segmentId);
    CustomerStore customers(m_db);
    // In slices, so a big segment shows progress and can be stopped.
    constexpr qsizetype kSlice = 2000;
    QList<CustomerRow> rows;
    rows.reserve(ids.size());
    if (!carryOn(0, ids.size()))
        return false;
    for (qsizetype i = 0; i < ids.size(); i += kSlice) {
        rows << customers.rowsByIds(ids.mid(i, kSlice));
        if (!carryOn(std::min(i + kSlice, ids.size()), ids.size()))
            return false;
    }

    if (request.kind == Kind::CallList) {
        CustomerQuery query;
        query.ids = ids;
        query.restrictToIds = true;
        query.emailConsentOnly = true;
        QSet<qint64> consented;
        for (const CustomerRow &row : customers.rows(query, 0, ids.size() + 1))
            consented.insert(row.id);
        QList<CustomerRow> callable;
        for (const CustomerRow &row : std::as_const(rows)) {
            if (row.phone.trimmed().isEmpty())
                continue;
            bool ok = consented.contains(row.id);
            if (!ok) {
                const auto c = customers.find(row.id);
                ok = c && c->consentSms;
            }
            if (ok)
                callable << row;
        }
        rows = callable;
        data->contactable = rows.size();
    } else {
        // The size over the last year, and against 30 and 90 days ago.
        QList<SegmentHistory::SizePoint> points =
            history.sizeOverTime(data->stats.name, results.asOf.addDays(-365), results.asOf);
        data->snapshotDays = int(points.size());
        if (points.isEmpty() || points.last().day != results.asOf)
            points << SegmentHistory::SizePoint{results.asOf, data->stats.members, data->stats.revenueCents};
        const auto pointNear = [&](int daysAgo) -> std::optional<qint64> {
            const QDate target = results.asOf.addDays(-daysAgo);
            std::optional<qint64> best;
            qint64 bestDistance = 8;
            for (const SegmentHistory::SizePoint &p : std::as_const(points)) {
                const qint64 distance = qAbs(p.day.daysTo(target));
                if (p.day < results.asOf && distance < bestDistance) {
                    bestDistance = distance;
                    best = data->stats.members - p.members;
                }
            }
            return best;
        };
        data->change30 = pointNear(30);
        data->change90 = pointNear(90);
        data->sizes = std::move(points);
    }

    if (request.kind == Kind::CallList && request.order == CallListOrder::ByLastPurchase) {
        // Longest since the last purchase first; those who never bought at the end.
        std::stable_sort(rows.begin(), rows.end(), [](const CustomerRow &a, const CustomerRow &b) {
            const qint64 ka = a.lastPurchaseAt == 0 ? std::numeric_limits<qint64>::max() : a.lastPurchaseAt;
            const qint64 kb = b.lastPurchaseAt == 0 ? std::numeric_limits<qint64>::max() : b.lastPurchaseAt;
            return ka < kb;
        });
    } else {
        std::stable_sort(rows.begin(), rows.end(), [](const CustomerRow &a, const CustomerRow &b) {
            if (a.totalSpentCents != b.totalSpentCents)
                return a.totalSpentCents > b.totalSpentCents;
            return a.id < b.id;
        });
    }
    data->rows = std::move(rows);
    m_data = std::move(data);
    return true;
}

void ReportRenderer::setPrepared(Prepared data)
{
    m_data = std::move(data);
    m_pageCount = 0;
}

qint64 ReportRenderer::rowCount() const
{
    if (!m_data)
        return 0;
    return m_data->request.kind == Kind::Overview ? m_data->segments.size() : m_data->rows.size();
}

QString ReportRenderer::title() const
{
    return m_data ? titleOf(*m_data) : QString();
}

QString ReportRenderer::titleOf(const Data &data)
{
    switch (data.request.kind) {
    case Kind::Segment:
        return tr("Segment report: %1").arg(data.stats.name);
    case Kind::Overview:
        return tr("Segments overview");
    case Kind::CallList:
        return tr("Call list: %1").arg(data.stats.name);
    }
    return QString();
}

int ReportRenderer::paint(QPagedPaintDevice *device, const Progress &progress)
{
    m_pageCount = 0;
    if (!m_data || !device)
        return 0;
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // The report, then its sections (overview with one report per segment),
    // as one document with one page count.
    const auto runAll = [this](Pages &on, int total) {
        ReportPass(*m_data, m_locale, titleOf(*m_data), on, total).run();
        for (const auto &section : m_data->sections) {
            on.nextPart();
            ReportPass(*section, m_locale, titleOf(*section), on, total).run();
        }
    };
    int total = 0;
    {
        Pages dry(painter, *device, true);
        runAll(dry, 0);
        total = dry.page;
    }
    Pages pages(painter, *device, false);
    int painted = 0;
    if (progress)
        pages.pageDone = [&](int page) {
            painted = page;
            return progress(page, total);
        };
    runAll(pages, total);
    painter.end();
    m_pageCount = pages.dry ? painted : pages.page;
    return m_pageCount;
}

bool ReportRenderer::writePdf(const QString &fileName, QString *error)
{
    if (!m_data) {
        if (error)
            *error = tr("There is no report to write.");
        return false;
    }
    QPdfWriter writer(fileName);
    writer.setResolution(600);
    writer.setPageLayout(m_layout);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Clientele"));
    if (paint(&writer) == 0) {
        if (error)
            *error = tr("Cannot write “%1”. Check that the folder exists and that you may write there.")
                         .arg(fileName);
        return false;
    }
    return true;
}

} // namespace clientele
