#include "DashboardPage.h"

#include "NextStepsPanel.h"

#include "ChartCard.h"
#include "ChartStyle.h"
#include "RfmHeatMap.h"
#include "model/Money.h"
#include "segments/AsOfDay.h"
#include "segments/RuleText.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentHistory.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalPercentBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>
#include <QtGui/QFontMetricsF>
#include <QtCore/QPromise>
#include <QtCore/QStandardPaths>
#include <QtGui/QClipboard>
#include <QtGui/QCursor>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolTip>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

constexpr int DebounceMs = 300;
constexpr int CardMinimumHeight = 340;

QString percent(double share)
{
    return QLocale().toString(std::lround(share * 100)) + QStringLiteral("%");
}

// A column title that fits `width`: on one line, or on two, broken at the
// space nearest the middle, or for one long word ("Gelegenheitskunden")
// with a hyphen where the width ends. What still does not fit is elided.
QString fitTitle(const QString &name, const QFontMetrics &fm, int width)
{
    if (width <= 0 || fm.horizontalAdvance(name) <= width)
        return name;
    const auto elide = [&](const QString &line) { return fm.elidedText(line, Qt::ElideRight, width); };
    qsizetype best = -1;
    for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1))
        if (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2))
            best = i;
    if (best > 0)
        return elide(name.left(best)) + u'\n' + elide(name.mid(best + 1));
    qsizetype k = name.size() - 1;
    while (k > 2 && fm.horizontalAdvance(name.left(k) + u'-') > width)
        --k;
    return name.left(k) + QStringLiteral("-\n") + elide(name.mid(k));
}

// The movement table's column titles, fitted to their columns; the whole
// name is kept in FullNameRole.
constexpr int FullNameRole = Qt::UserRole + 1;

void fitColumnTitles(QTableWidget *table)
{
    const QHeaderView *header = table->horizontalHeader();
    const QFontMetrics fm(header->font());
    for (int i = 0; i < table->columnCount(); ++i)
        if (QTableWidgetItem *item = table->horizontalHeaderItem(i))
            item->setText(fitTitle(item->data(FullNameRole).toString(), fm, header->sectionSize(i) - 10));
}

// Fits them again whenever the table is resized.
class ColumnTitleFitter final : public QObject
{
public:
    explicit ColumnTitleFitter(QTableWidget *table)
        : QObject(table)
        , m_table(table)
    {
        table->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::Resize) // after the sections follow
            QMetaObject::invokeMethod(this, [table = m_table] { fitColumnTitles(table); }, Qt::QueuedConnection);
        return false;
    }

private:
    QTableWidget *m_table;
};

QString longDate(QDate day)
{
    return RuleText::longDate(day);
}

QString monthYear(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

// "1 customer", "2,345 customers".
QString customerCount(qint64 n)
{
    return n == 1 ? DashboardPage::tr("1 customer") : DashboardPage::tr("%1 customers").arg(QLocale().toString(n));
}

double units(qint64 cents)
{
    return double(cents) / 100.0;
}

// The real segments first: "Everyone else" only when there are none.
qsizetype topBy(const QList<DashboardData::SegmentSlice> &segments,
                const std::function<double(const DashboardData::SegmentSlice &)> &value)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].segmentId == 0 && segments.size() > 1)
            continue;
        if (best < 0 || value(segments[i]) > value(segments[best]))
            best = i;
    }
    return best;
}

} // namespace

DashboardPage::DashboardPage(Database &db, SegmentEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_engine(engine)
    , m_watcher(new QFutureWatcher<DashboardData>(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_currency = SettingsStore(db).currency();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Header: title, what the numbers are as of, and the progress while computing.
    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 14, 20, 8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Dashboard"), header);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    titles->addWidget(title);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("dashboardSubtitle"));
    titles->addWidget(m_subtitle);
    headerLayout->addLayout(titles, 1);
    m_busyLabel = new QLabel(tr("Updating the charts…"), header);
    m_busyLabel->setObjectName(QStringLiteral("dashboardBusy"));
    headerLayout->addWidget(m_busyLabel);
    m_progress = new QProgressBar(header);
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(160);
    m_progress->setRange(0, 0);
    headerLayout->addWidget(m_progress);
    layout->addWidget(header);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_loadingPage = new QLabel(tr("Working out the numbers…"), m_stack);
    static_cast<QLabel *>(m_loadingPage)->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_loadingPage);

    m_emptyPage = new QWidget(m_stack);
    m_emptyPage->setObjectName(QStringLiteral("dashboardEmpty"));
    {
        auto *v = new QVBoxLayout(m_emptyPage);
        v->addStretch(2);
        auto *big = new QLabel(tr("No purchases yet: import them or try the demo shop"), m_emptyPage);
        big->setObjectName(QStringLiteral("dashboardEmptyMessage"));
        QFont f = big->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        big->setFont(f);
        big->setAlignment(Qt::AlignCenter);
        big->setWordWrap(true);
        v->addWidget(big);
        auto *small = new QLabel(tr("The charts fill in as soon as there are purchases: how many customers each "
                                    "segment has, the money they bring, and how they change over time. Use File → "
                                    "Try the demo shop to see them with made-up customers."),
                                 m_emptyPage);
        small->setAlignment(Qt::AlignCenter);
        small->setWordWrap(true);
        small->setFixedWidth(520);
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(small);
        row->addStretch();
        v->addLayout(row);
        v->addStretch(3);
    }
    m_stack->addWidget(m_emptyPage);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_chartsPage = new QWidget(scroll);
    auto *grid = new QGridLayout(m_chartsPage);
    grid->setContentsMargins(20, 8, 20, 20);
    grid->setSpacing(16);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_nextSteps = new NextStepsPanel(db, m_chartsPage);
    connect(m_nextSteps, &NextStepsPanel::showSegmentRequested, this, &DashboardPage::showSegmentRequested);
    grid->addWidget(m_nextSteps, 0, 0, 1, 2);
    scroll->setWidget(m_chartsPage);
    m_stack->addWidget(scroll);
    m_chartsPage->setProperty("scrollArea", QVariant::fromValue(static_cast<QWidget *>(scroll)));

    const QString titlesText[ChartCount] = {
        tr("Who your customers are"),        tr("Where the money comes from"),
        tr("Segment sizes over time"),       tr("Who moved between segments"),
        tr("Recency and frequency"),         tr("New and returning customers"),
        tr("Revenue and customers by location"), tr("Which segments shop where"),
    };
    for (int i = 0; i < ChartCount; ++i) {
        auto *card = new ChartCard(titlesText[i], m_chartsPage);
        card->setMinimumHeight(CardMinimumHeight);
        connect(card, &ChartCard::copyRequested, this, [this, i] { copyChart(i); });
        connect(card, &ChartCard::saveRequested, this, [this, i] { askSavePath(i); });
        QWidget *body = nullptr;
        if (i == Movement) {
            m_movementTable = new QTableWidget(card);
            m_movementTable->setObjectName(QStringLiteral("movementTable"));
            m_movementTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
            m_movementTable->setSelectionMode(QAbstractItemView::NoSelection);
            m_movementTable->setFocusPolicy(Qt::NoFocus);
            m_movementTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            m_movementTable->horizontalHeader()->setTextElideMode(Qt::ElideRight);
            m_movementTable->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            m_movementTable->setCornerButtonEnabled(false);
            new ColumnTitleFitter(m_movementTable);
            connect(m_movementTable, &QTableWidget::cellClicked, this, [this](int row, int column) {
                QTableWidgetItem *item = m_movementTable->item(row, column);
                if (!item || item->data(Qt::UserRole).toLongLong() <= 0)
                    return;
                const qint64 from = m_movementTable->verticalHeaderItem(row)->data(Qt::UserRole).toLongLong();
                const qint64 to = m_movementTable->horizontalHeaderItem(column)->data(Qt::UserRole).toLongLong();
                const QDate a = m_data.movementFrom;
                const QDate b = m_data.movementTo;
                lookUp([a, b, from, to](Database &worker) { return DashboardData::movers(worker, a, b, from, to); },
                       tr("Moved from %1 to %2 between %3 and %4")
                           .arg(m_movementTable->verticalHeaderItem(row)->text(),
                                m_movementTable->horizontalHeaderItem(column)->data(FullNameRole).toString(),
                                longDate(a), longDate(b)));
            });
            // An empty grid says nothing: the takeaway explains, the box stays calm.
            auto *stack = new QStackedWidget(card);
            stack->addWidget(m_movementTable);
            auto *none = new QLabel(tr("No movement to show yet."), stack);
            none->setObjectName(QStringLiteral("movementNone"));
            none->setAlignment(Qt::AlignCenter);
            none->setEnabled(false);
            stack->addWidget(none);
            body = stack;
            m_movementFrom = new QComboBox(card);
            m_movementFrom->setObjectName(QStringLiteral("movementFrom"));
            m_movementFrom->setAccessibleName(tr("From"));
            m_movementTo = new QComboBox(card);
            m_movementTo->setObjectName(QStringLiteral("movementTo"));
            m_movementTo->setAccessibleName(tr("To"));
            for (QComboBox *box : {m_movementFrom, m_movementTo}) // "Automatic" and dates fit whole
                box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            card->addTool(m_movementFrom);
            card->addTool(new QLabel(tr("to"), card));
            card->addTool(m_movementTo);
            connect(m_movementFrom, &QComboBox::activated, this, &DashboardPage::computeMovement);
            connect(m_movementTo, &QComboBox::activated, this, &DashboardPage::computeMovement);
        } else if (i == RfmGrid) {
            m_rfm = new RfmHeatMap(card);
            connect(m_rfm, &RfmHeatMap::cellClicked, this, [this](int r, int f) {
                const QList<qint64> &ids = m_data.rfmCustomers(r, f);
                if (!ids.isEmpty())
                    Q_EMIT showCustomersRequested(ids, tr("Recency %1, frequency %2 (%3)").arg(r).arg(f).arg(customerCount(ids.size())));
            });
            body = m_rfm;
        } else {
            auto *view = new QChartView(card);
            view->setRenderHint(QPainter::Antialiasing);
            view->setFrameShape(QFrame::NoFrame);
            view->setStyleSheet(QStringLiteral("background: transparent"));
            view->setChart(ChartStyle::newChart(palette()));
            view->setMinimumHeight(240);
            body = view;
            if (i == SegmentSizes) {
                m_period = new QComboBox(card);
                m_period->setObjectName(QStringLiteral("sizesPeriod"));
                m_period->setAccessibleName(tr("Period"));
                m_period->addItem(tr("Last 30 days"), 30);
                m_period->addItem(tr("Last 3 months"), 91);
                m_period->addItem(tr("Last 12 months"), 365);
                m_period->addItem(tr("All"), 0);
                m_period->setCurrentIndex(1);
                card->addTool(m_period);
                connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::fillSizes);
            }
        }
        m_views << qobject_cast<QChartView *>(body);
        card->setBody(body);
        m_cards << card;
        grid->addWidget(card, 1 + i / 2, i % 2);
    }

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_watcher, &QFutureWatcher<DashboardData>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcher<DashboardData>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<DashboardData>::finished, this, [this] {
        const bool usable = !m_watcher->isCanceled() && m_watcher->future().resultCount() > 0;
        if (m_restart || !usable) {
            m_restart = false;
            setBusy(false);
            refresh();
            return;
        }
        apply(m_watcher->result());
    });
    if (m_engine)
        connect(m_engine, &SegmentEngine::resultsChanged, this, &DashboardPage::scheduleRefresh);
    ChangeNotifier *n = db.notifier();
    connect(n, &ChangeNotifier::reset, this, &DashboardPage::scheduleRefresh);
    connect(n, &ChangeNotifier::locationsChanged, this, &DashboardPage::scheduleRefresh);
    if (!m_engine) {
        connect(n, &ChangeNotifier::customerDataChanged, this, &DashboardPage::scheduleRefresh);
        connect(n, &ChangeNotifier::segmentsChanged, this, &DashboardPage::scheduleRefresh);
    }
    connect(n, &ChangeNotifier::settingsChanged, this, [this](const QString &key) {
        if (key == u"shop/currency") {
            m_currency = SettingsStore(m_db).currency();
            scheduleRefresh();
        }
    });

    setBusy(false);
    m_stack->setCurrentWidget(m_loadingPage);
}

DashboardPage::~DashboardPage()
{
    // The worker has its own connection and a copy of everything it reads;
    // it only needs to stop before the file may go away.
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

bool DashboardPage::isComputing() const
{
    return m_watcher->isRunning() || m_debounce.isActive();
}

bool DashboardPage::showsEmptyShop() const
{
    return m_stack->currentWidget() == m_emptyPage;
}

ChartCard *DashboardPage::card(int index) const
{
    return m_cards.value(index);
}

QChartView *DashboardPage::chartView(int index) const
{
    return m_views.value(index);
}

void DashboardPage::setEditController(EditController *edits)
{
    m_nextSteps->setEditController(edits);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && !m_watcher->isRunning())
        QTimer::singleShot(0, this, &DashboardPage::refresh);
}

void DashboardPage::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_debounce.start();
}

void DashboardPage::refresh()
{
    m_debounce.stop();
    m_dirty = false;
    if (m_watcher->isRunning()) {
        // The running numbers are already out of date: start over when it stops.
        m_restart = true;
        m_watcher->cancel();
        return;
    }
    DashboardData::Options options;
    options.snapshotIfMissing = true;
    std::optional<SegmentResults> results;
    if (m_engine) {
        options.asOf = m_engine->asOf();
        // Fresh results cost nothing to pass; stale ones would be evaluated
        // here, on the GUI thread, so the worker evaluates them instead.
        if (!m_engine->isStale())
            results = m_engine->results();
    }
    if (m_movementFrom->currentIndex() > 0 && m_movementTo->currentIndex() > 0) {
        options.movementFrom = m_movementFrom->currentData().toDate();
        options.movementTo = m_movementTo->currentData().toDate();
    }
    setBusy(true);
    if (!m_db.workersCanOpen()) {
        // Nothing else can open an in-memory database: compute here.
        apply(DashboardData::compute(m_db, options, results));
        return;
    }
    const QString path = m_db.path();
    m_watcher->setFuture(QtConcurrent::run([path, options, results](QPromise<DashboardData> &promise) {
        Database worker;
        if (const DatabaseError e = worker.openForWorker(path)) {
            DashboardData failed;
            failed.error = e.message;
            promise.addResult(failed);
            return;
        }
        promise.setProgressRange(0, 6);
        DashboardData d = DashboardData::compute(worker, options, results, [&promise](int step, int steps) {
            promise.setProgressRange(0, steps);
            promise.setProgressValue(step);
            return !promise.isCanceled();
        });
        if (!d.cancelled)
            promise.addResult(std::move(d));
    }));
}

void DashboardPage::setBusy(bool busy)
{
    m_busyLabel->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setValue(0);
    }
}

void DashboardPage::apply(const DashboardData &data)
{
    setBusy(false);
    m_data = data;
    m_hasData = true;
    const QLocale locale;
    if (!data.error.isEmpty()) {
        m_subtitle->setText(tr("The numbers could not be worked out: %1").arg(data.error));
    } else {
        m_subtitle->setText(tr("As of %1 · %2 · revenue of the last 12 months: %3")
                                .arg(longDate(data.asOf), customerCount(data.totalCustomers), money(data.revenueCents)));
    }
    if (data.purchasesEver == 0) {
        m_subtitle->setText(data.asOf.isValid() ? tr("As of %1").arg(longDate(data.asOf)) : QString());
        m_stack->setCurrentWidget(m_emptyPage);
        Q_EMIT updated();
        return;
    }
    m_stack->setCurrentWidget(m_chartsPage->property("scrollArea").value<QWidget *>());
    m_nextSteps->showSegments(data.segments);
    fillShare();
    fillRevenue();
    fillSizes();
    refillMovementPickers();
    fillMovement();
    fillRfm();
    fillNewVsReturning();
    fillLocations();
    fillSegmentsByLocation();
    Q_EMIT updated();
}

QColor DashboardPage::colorOf(qsizetype segmentIndex) const
{
    const DashboardData::SegmentSlice &s = m_data.segments.at(segmentIndex);
    return ChartStyle::segmentColor(s.color, s.segmentId, segmentIndex);
}

QString DashboardPage::money(qint64 cents) const
{
    // Whole units read better on a chart; cents are in the customer list.
    const qint64 rounded = (cents >= 0 ? cents + 50 : cents - 50) / 100 * 100;
    QString text = Money(rounded).toDisplayString(QLocale(), m_currency);
    const QString zeros = QLocale().decimalPoint() + QStringLiteral("00");
    return text.replace(zeros, QString());
}

void DashboardPage::showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void DashboardPage::lookUp(std::function<QList<qint64>(Database &)> query, const QString &description)
{
    if (!m_db.workersCanOpen()) {
        Q_EMIT showCustomersRequested(query(m_db), description);
        return;
    }
    auto *watcher = new QFutureWatcher<QList<qint64>>(this);
    connect(watcher, &QFutureWatcher<QList<qint64>>::finished, this, [this, watcher, description] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            Q_EMIT showCustomersRequested(watcher->result(), description);
    });
    const QString path = m_db.path();
    watcher->setFuture(QtConcurrent::run([path, query = std::move(query)] {
        Database worker;
        if (worker.openForWorker(path))
            return QList<qint64>();
        return query(worker);
    }));
}

bool DashboardPage::saveChartPng(int index, const QString &path)
{
    ChartCard *c = card(index);
    if (!c || path.isEmpty())
        return false;
    return c->image().save(path, "PNG");
}

void DashboardPage::copyChart(int index)
{
    if (ChartCard *c = card(index))
        QGuiApplication::clipboard()->setImage(c->image());
}

void DashboardPage::askSavePath(int index)
{
    ChartCard *c = card(index);
    if (!c)
        return;
    QString name = c->title();
    name.replace(u' ', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                      folder + u'/' + name.toLower() + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveChartPng(index, path))
        QMessageBox::warning(this, tr("Chart not saved"),
                             tr("Clientele could not write “%1”. Choose another folder or file name.")
                                 .arg(QFileInfo(path).fileName()));
}

void DashboardPage::fillShare()
{
    QChartView *view = m_views[SegmentShare];
    QChart *old = view->chart();
    QChart *chart = ChartStyle::newChart(palette());
    auto *series = new QPieSeries(chart);
    series->setHoleSize(0.5);
    series->setPieSize(0.9);
    const QLocale locale;
    for (qsizetype i = 0; i < m_data.segments.size(); ++i) {
        const DashboardData::SegmentSlice s = m_data.segments[i];
        if (s.members == 0)
            continue;
        QPieSlice *slice = series->append(tr("%1 (%2)").arg(s.name, percent(s.share)), double(s.members));
        slice->setProperty("segmentId", s.segmentId);
        slice->setColor(colorOf(i));
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setBorderWidth(2);
        const QString tip = tr("%1: %2, %3 of all. Click to see them.").arg(s.name, customerCount(s.members), percent(s.share));
        connect(slice, &QPieSlice::hovered, this, [this, slice, tip](bool on) {
            slice->setExploded(on);
            slice->setExplodeDistanceFactor(0.04);
            showTip(on ? tip : QString());
        });
        connect(slice, &QPieSlice::clicked, this, [this, s] {
            const QList<qint64> ids = m_data.membersOf(s.segmentId);
            Q_EMIT showCustomersRequested(ids, tr("%1 (%2)").arg(s.name, customerCount(ids.size())));
        });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    // The legend keeps room for its longest name ("Gelegenheitskunden (28%)");
    // the donut gives way.
    qreal longest = 0;
    const QFontMetricsF legendMetrics(chart->legend()->font());
    for (const QPieSlice *slice : series->slices())
        longest = std::max(longest, legendMetrics.horizontalAdvance(slice->label()));
    chart->legend()->setMinimumWidth(longest + legendMetrics.height() * 3);
    view->setChart(chart);
    delete old;

    const qsizetype top = topBy(m_data.segments, [](const auto &s) { return double(s.members); });
    if (m_data.segments.size() == 1)
        m_cards[SegmentShare]->setTakeaway(
            tr("No segments yet: all %1 are in “Everyone else”. Add segments on the Segments page.")
                .arg(customerCount(m_data.totalCustomers)));
    else if (top >= 0)
        m_cards[SegmentShare]->setTakeaway(tr("Biggest group: %1, with %2 of your customers.")
                                               .arg(m_data.segments[top].name, percent(m_data.segments[top].share)));
}

void DashboardPage::fillRevenue()
{
    QChartView *view = m_views[SegmentRevenue];
    QChart *old = view->chart();
    QChart *chart = ChartStyle::newChart(palette());
    auto *series = new QHorizontalStackedBarSeries(chart);
    series->setBarWidth(0.7);
    QStringList names;
    const qsizetype n = m_data.segments.size();
    // Bars are drawn bottom up: the first segment goes last, to be on top.
    for (qsizetype k = n - 1; k >= 0; --k) {
        const DashboardData::SegmentSlice s = m_data.segments[k];
        names << s.name;
        auto *set = new QBarSet(s.name, series);
        for (qsizetype j = n - 1; j >= 0; --j)
            *set << (j == k ? units(s.revenueCents) : 0.0);
        set->setColor(colorOf(k));
        set->setBorderColor(colorOf(k));
        const QString tip = tr("%1: %2 in the last 12 months, %3 of revenue, from %4 of customers. Click to see "
                               "them.")
                                .arg(s.name, money(s.revenueCents), percent(s.revenueShare), percent(s.share));
        connect(set, &QBarSet::hovered, this, [this, tip](bool on, int) { showTip(on ? tip : QString()); });
        connect(set, &QBarSet::clicked, this, [this, s](int) {
            const QList<qint64> ids = m_data.membersOf(s.segmentId);
            Q_EMIT showCustomersRequested(ids, tr("%1 (%2)").arg(s.name, customerCount(ids.size())));
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(names);
    auto *values = new QValueAxis(chart);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("Revenue of the last 12 months (%1)").arg(Money::currencySymbol(m_currency)));
    values->setMin(0);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->applyNiceNumbers();
    ChartStyle::styleAxis(categories, palette());
    ChartStyle::styleAxis(values, palette());
    categories->setGridLineVisible(false);
    // The bars are named on the axis; a legend would say it twice.
    chart->legend()->setVisible(false);
    view->setChart(chart);
    delete old;

    const qsizetype top = topBy(m_data.segments, [](const auto &s) { return double(s.revenueCents); });
    if (m_data.revenueCents <= 0)
        m_cards[SegmentRevenue]->setTakeaway(tr("No purchases in the last 12 months."));
    else if (top >= 0)
        m_cards[SegmentRevenue]->setTakeaway(tr("%1 bring %2 of revenue, with %3 of your customers.")
                                                 .arg(m_data.segments[top].name,
                                                      percent(m_data.segments[top].revenueShare),
                                                      percent(m_data.segments[top].share)));
}

void DashboardPage::fillSizes()
{
    if (!m_hasData)
        return;
    QChartView *view = m_views[SegmentSizes];
    QChart *old = view->chart();
    QChart *chart = ChartStyle::newChart(palette());
    const int days = m_period->currentData().toInt();
    const QDate from = days > 0 ? m_data.asOf.addDays(1 - days) : QDate();
    auto *x = new QDateTimeAxis(chart);
    auto *y = new QValueAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QDate first;
    QDate last;
    qint64 highest = 0;
    // The biggest change over the period, for the takeaway.
    qsizetype changed = -1;
    qint64 change = 0;
    QDate changedSince;
    for (qsizetype i = 0; i < m_data.sizes.size(); ++i) {
        const DashboardData::SizeSeries &s = m_data.sizes[i];
        auto *line = new QLineSeries(chart);
        line->setName(s.name);
        QPen pen(colorOf(i));
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        QList<SegmentHistory::SizePoint> points;
        for (const SegmentHistory::SizePoint &p : s.points)
            if (!from.isValid() || p.day >= from)
                points << p;
        for (const SegmentHistory::SizePoint &p : std::as_const(points)) {
            line->append(double(QDateTime(p.day, QTime(12, 0)).toMSecsSinceEpoch()), double(p.members));
            highest = std::max(highest, p.members);
            first = !first.isValid() || p.day < first ? p.day : first;
            last = !last.isValid() || p.day > last ? p.day : last;
        }
        if (points.size() >= 2 && (s.segmentId != 0 || m_data.sizes.size() == 1)) {
            const qint64 delta = points.last().members - points.first().members;
            if (changed < 0 || std::abs(delta) > std::abs(change)) {
                changed = i;
                change = delta;
                changedSince = points.first().day;
            }
        }
        const QString name = s.name;
        connect(line, &QLineSeries::hovered, this, [this, name](const QPointF &p, bool on) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
            showTip(on ? tr("%1 on %2: %3").arg(name, longDate(day), customerCount(std::lround(p.y())))
                       : QString());
        });
        const qint64 id = s.segmentId;
        connect(line, &QLineSeries::clicked, this, [this, id, name](const QPointF &) {
            const QList<qint64> ids = m_data.membersOf(id);
            Q_EMIT showCustomersRequested(ids, tr("%1 (%2)").arg(name, customerCount(ids.size())));
        });
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (!first.isValid())
        first = last = m_data.asOf;
    // A single day still gets a readable axis around it.
    const QDate axisFrom = first == last ? first.addDays(-3) : first;
    const QDate axisTo = first == last ? last.addDays(3) : last;
    x->setRange(QDateTime(axisFrom, QTime(0, 0)), QDateTime(axisTo, QTime(23, 59)));
    x->setFormat(axisFrom.daysTo(axisTo) > 300 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    x->setTickCount(int(std::clamp<qint64>(axisFrom.daysTo(axisTo) + 1, 2, 6)));
    y->setRange(0, double(std::max<qint64>(highest, 4)) * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    y->setTitleText(tr("Customers"));
    ChartStyle::styleAxis(x, palette());
    ChartStyle::styleAxis(y, palette());
    view->setChart(chart);
    delete old;

    QString takeaway;
    if (changed >= 0 && change != 0) {
        const QString name = m_data.sizes[changed].name;
        takeaway = change > 0 ? tr("%1 grew the most: %2 more since %3.").arg(name, customerCount(change), longDate(changedSince))
                              : tr("%1 changed the most: %2 fewer since %3.").arg(name, customerCount(-change), longDate(changedSince));
    } else if (changed >= 0) {
        takeaway = tr("The segment sizes have not changed since %1.").arg(longDate(changedSince));
    } else {
        const qsizetype top = topBy(m_data.segments, [](const auto &s) { return double(s.members); });
        if (top >= 0)
            takeaway = tr("Today %1 has %2. Clientele notes the sizes once a day, so the lines grow from here.")
                           .arg(m_data.segments[top].name, customerCount(m_data.segments[top].members));
    }
    m_cards[SegmentSizes]->setTakeaway(takeaway);
}

void DashboardPage::refillMovementPickers()
{
    const auto fill = [this](QComboBox *box, QDate chosen) {
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("Automatic"), QDate());
        for (qsizetype i = m_data.snapshotDays.size() - 1; i >= 0; --i)
            box->addItem(QLocale().toString(m_data.snapshotDays[i], QLocale::ShortFormat), m_data.snapshotDays[i]);
        const int index = box->findData(chosen);
        box->setCurrentIndex(index > 0 ? index : 0);
        box->setEnabled(m_data.snapshotDays.size() >= 2);
        box->setMinimumWidth(box->sizeHint().width()); // the header must not squeeze "Automatic"
    };
    fill(m_movementFrom, m_data.movementFrom);
    fill(m_movementTo, m_data.movementTo);
}

void DashboardPage::computeMovement()
{
    // On a big shop the memberships of two days are millions of rows: the
    // worker reads them, with the pair of days the owner chose.
    refresh();
}

void DashboardPage::fillMovement()
{
    QTableWidget *t = m_movementTable;
    t->clear();
    ChartCard *card = m_cards[Movement];
    if (!m_data.movementFrom.isValid() || !m_data.movementTo.isValid() || m_data.movementFrom == m_data.movementTo) {
        t->setRowCount(0);
        t->setColumnCount(0);
        if (auto *stack = qobject_cast<QStackedWidget *>(card->body()))
            stack->setCurrentIndex(1);
        card->setTakeaway(tr("Movement shows once Clientele has noted your segments on two different days. It "
                             "notes them once a day when the dashboard is open."));
        return;
    }
    if (auto *stack = qobject_cast<QStackedWidget *>(card->body()))
        stack->setCurrentIndex(0);
    const qsizetype n = m_data.segments.size();
    t->setRowCount(int(n));
    t->setColumnCount(int(n));
    qint64 max = 1;
    for (const SegmentHistory::Movement &m : std::as_const(m_data.movements))
        max = std::max(max, m.customers);
    const QColor base = palette().color(QPalette::Base);
    for (qsizetype i = 0; i < n; ++i) {
        const DashboardData::SegmentSlice &s = m_data.segments[i];
        auto *rowHeader = new QTableWidgetItem(s.name);
        rowHeader->setData(Qt::UserRole, s.segmentId);
        rowHeader->setForeground(colorOf(i));
        rowHeader->setToolTip(tr("In %1 on %2").arg(s.name, longDate(m_data.movementFrom)));
        t->setVerticalHeaderItem(int(i), rowHeader);
        // Narrow columns: the title is fitted to its column (ColumnTitleFitter).
        auto *columnHeader = new QTableWidgetItem(s.name);
        columnHeader->setData(Qt::UserRole, s.segmentId);
        columnHeader->setData(FullNameRole, s.name);
        columnHeader->setToolTip(tr("In %1 on %2").arg(s.name, longDate(m_data.movementTo)));
        t->setHorizontalHeaderItem(int(i), columnHeader);
        for (qsizetype j = 0; j < n; ++j) {
            auto *item = new QTableWidgetItem(i == j ? QStringLiteral("–") : QStringLiteral("0"));
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(Qt::UserRole, qint64(0));
            t->setItem(int(i), int(j), item);
        }
    }
    const QLocale locale;
    qint64 moved = 0;
    for (const SegmentHistory::Movement &m : std::as_const(m_data.movements)) {
        qsizetype from = -1;
        qsizetype to = -1;
        for (qsizetype i = 0; i < n; ++i) {
            if (m_data.segments[i].segmentId == m.fromSegmentId)
                from = i;
            if (m_data.segments[i].segmentId == m.toSegmentId)
                to = i;
        }
        moved += m.customers;
        if (from < 0 || to < 0)
            continue; // a segment deleted since
        QTableWidgetItem *item = t->item(int(from), int(to));
        item->setText(locale.toString(m.customers));
        item->setData(Qt::UserRole, m.customers);
        // Tinted by the segment they moved to, stronger for more customers.
        const QColor c = colorOf(to);
        const double k = 0.15 + 0.75 * std::sqrt(double(m.customers) / double(max));
        const QColor fill = QColor::fromRgbF(float(base.redF() + (c.redF() - base.redF()) * k),
                                             float(base.greenF() + (c.greenF() - base.greenF()) * k),
                                             float(base.blueF() + (c.blueF() - base.blueF()) * k));
        item->setBackground(fill);
        item->setForeground(ChartStyle::textOn(fill));
        item->setToolTip(SegmentHistory::describe(m, m_data.movementFrom) + u' ' + tr("Click to see them."));
    }
    if (m_data.movements.isEmpty())
        card->setTakeaway(tr("Nobody changed segments between %1 and %2.")
                              .arg(longDate(m_data.movementFrom), longDate(m_data.movementTo)));
    else
        card->setTakeaway(SegmentHistory::describe(m_data.movements.first(), m_data.movementFrom));
    fitColumnTitles(t);
    t->setToolTip(tr("Rows: the segment on %1. Columns: the segment on %2. %3 moved in all.")
                      .arg(longDate(m_data.movementFrom), longDate(m_data.movementTo), customerCount(moved)));
}

void DashboardPage::fillRfm()
{
    RfmHeatMap::Counts counts{};
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            counts[size_t(r - 1)][size_t(f - 1)] = m_data.rfmCount(r, f);
    m_rfm->setCounts(counts);
    ChartCard *card = m_cards[RfmGrid];
    if (m_data.rfmCustomersTotal == 0) {
        card->setTakeaway(tr("Nobody bought in the last 12 months."));
        return;
    }
    qint64 best = 0;
    for (int r = 4; r <= 5; ++r)
        for (int f = 4; f <= 5; ++f)
            best += m_data.rfmCount(r, f);
    qint64 fading = 0;
    for (int r = 1; r <= 2; ++r)
        for (int f = 1; f <= 2; ++f)
            fading += m_data.rfmCount(r, f);
    card->setTakeaway(tr("%1 bought recently and often (top right); %2 bought rarely and not lately (bottom left).")
                          .arg(percent(double(best) / double(m_data.rfmCustomersTotal)),
                               percent(double(fading) / double(m_data.rfmCustomersTotal))));
}

void DashboardPage::fillNewVsReturning()
{
    QChartView *view = m_views[NewVsReturning];
    QChart *old = view->chart();
    QChart *chart = ChartStyle::newChart(palette());
    auto *series = new QStackedBarSeries(chart);
    series->setBarWidth(0.7);
    auto *returning = new QBarSet(tr("Returning"), series);
    auto *fresh = new QBarSet(tr("New"), series);
    returning->setColor(QColor(0x3f, 0x7f, 0xbf));
    returning->setBorderColor(returning->color());
    fresh->setColor(QColor(0xf2, 0xa5, 0x41));
    fresh->setBorderColor(fresh->color());
    QStringList names;
    const QLocale locale;
    qint64 highest = 0;
    for (const DashboardData::Month &m : std::as_const(m_data.months)) {
        *returning << double(m.returningCustomers);
        *fresh << double(m.newCustomers);
        highest = std::max(highest, m.newCustomers + m.returningCustomers);
        // Short names fit twelve bars ("Sep", not "Sept."); the tooltip says the year.
        names << locale.standaloneMonthName(m.month.month(), QLocale::ShortFormat);
    }
    series->append(returning);
    series->append(fresh);
    const auto hook = [this](QBarSet *set, bool isReturning) {
        connect(set, &QBarSet::hovered, this, [this, isReturning](bool on, int index) {
            if (!on || index < 0 || index >= m_data.months.size()) {
                showTip(QString());
                return;
            }
            const DashboardData::Month &m = m_data.months[index];
            showTip(isReturning ? tr("%1: %2 came back. Click to see them.").arg(monthYear(m.month), customerCount(m.returningCustomers))
                                : tr("%1: %2 bought for the first time. Click to see them.")
                                      .arg(monthYear(m.month), customerCount(m.newCustomers)));
        });
        connect(set, &QBarSet::clicked, this, [this, isReturning](int index) {
            if (index < 0 || index >= m_data.months.size())
                return;
            const QDate month = m_data.months[index].month;
            const QDate asOf = m_data.asOf;
            lookUp(
                [month, asOf, isReturning](Database &db) {
                    return DashboardData::customersInMonth(db, AsOfDay::forDatabase(db, asOf), month, isReturning);
                },
                isReturning ? tr("Returning customers in %1").arg(monthYear(month))
                            : tr("New customers in %1").arg(monthYear(month)));
        });
    };
    hook(returning, true);
    hook(fresh, false);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(names);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, double(std::max<qint64>(highest, 4)));
    y->applyNiceNumbers();
    y->setTitleText(tr("Customers who bought"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::styleAxis(x, palette());
    ChartStyle::styleAxis(y, palette());
    x->setGridLineVisible(false);
    view->setChart(chart);
    delete old;

    // The latest month with buyers (the as-of month may have just begun).
    const DashboardData::Month *latest = nullptr;
    for (const DashboardData::Month &m : std::as_const(m_data.months))
        if (m.newCustomers + m.returningCustomers > 0)
            latest = &m;
    if (!latest) {
        m_cards[NewVsReturning]->setTakeaway(tr("Nobody bought in the last 12 months."));
        return;
    }
    const qint64 all = latest->newCustomers + latest->returningCustomers;
    m_cards[NewVsReturning]->setTakeaway(
        tr("In %1, %2 of the customers had bought before; %3 new.")
            .arg(locale.toString(latest->month, QStringLiteral("MMMM")),
                 percent(double(latest->returningCustomers) / double(all)), customerCount(latest->newCustomers)));
}

void DashboardPage::fillLocations()
{
    QChartView *view = m_views[Locations];
    QChart *old = view->chart();
    QChart *chart = ChartStyle::newChart(palette());
    auto *bars = new QBarSeries(chart);
    bars->setBarWidth(0.6);
    auto *revenue = new QBarSet(tr("Revenue (%1)").arg(Money::currencySymbol(m_currency)), bars);
    revenue->setColor(QColor(0x3f, 0x7f, 0xbf));
    revenue->setBorderColor(revenue->color());
    auto *customers = new QLineSeries(chart);
    customers->setName(tr("Customers"));
    QPen pen(QColor(0xe0, 0x6c, 0x3c));
    pen.setWidthF(2.5);
    customers->setPen(pen);
    customers->setPointsVisible(true);
    QStringList names;
    qint64 mostRevenue = 0;
    qint64 mostCustomers = 0;
    for (qsizetype i = 0; i < m_data.locations.size(); ++i) {
        const DashboardData::LocationTotals &l = m_data.locations[i];
        names << l.name;
        *revenue << units(l.revenueCents);
        customers->append(double(i), double(l.customers));
        mostRevenue = std::max(mostRevenue, l.revenueCents);
        mostCustomers = std::max(mostCustomers, l.customers);
    }
    bars->append(revenue);
    const auto tipFor = [this](int index) {
        if (index < 0 || index >= m_data.locations.size())
            return QString();
        const DashboardData::LocationTotals &l = m_data.locations[index];
        return tr("%1: %2 from %3 in the last 12 months. Click to see them.")
            .arg(l.name, money(l.revenueCents), customerCount(l.customers));
    };
    connect(revenue, &QBarSet::hovered, this,
            [this, tipFor](bool on, int index) { showTip(on ? tipFor(index) : QString()); });
    connect(customers, &QLineSeries::hovered, this,
            [this, tipFor](const QPointF &p, bool on) { showTip(on ? tipFor(int(std::lround(p.x()))) : QString()); });
    const auto open = [this](int index) {
        if (index < 0 || index >= m_data.locations.size())
            return;
        const DashboardData::LocationTotals &l = m_data.locations[index];
        const qint64 id = l.locationId;
        const QDate asOf = m_data.asOf;
        lookUp(
            [id, asOf](Database &db) {
                return DashboardData::customersAtLocation(db, AsOfDay::forDatabase(db, asOf), 365, id);
            },
            tr("Customers who bought at %1 in the last 12 months").arg(l.name));
    };
    connect(revenue, &QBarSet::clicked, this, open);
    connect(customers, &QLineSeries::clicked, this, [open](const QPointF &p) { open(int(std::lround(p.x()))); });
    chart->addSeries(bars);
    chart->addSeries(customers);
    auto *x = new QBarCategoryAxis(chart);
    x->append(names);
    auto *moneyAxis = new QValueAxis(chart);
    moneyAxis->setLabelFormat(QStringLiteral("%.0f"));
    moneyAxis->setRange(0, std::max(units(mostRevenue), 1.0));
    moneyAxis->applyNiceNumbers();
    moneyAxis->setTitleText(tr("Revenue (%1)").arg(Money::currencySymbol(m_currency)));
    auto *people = new QValueAxis(chart);
    people->setLabelFormat(QStringLiteral("%.0f"));
    people->setRange(0, double(std::max<qint64>(mostCustomers, 4)));
    people->applyNiceNumbers();
    people->setTitleText(tr("Customers"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(moneyAxis, Qt::AlignLeft);
    chart->addAxis(people, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(moneyAxis);
    customers->attachAxis(x);
    customers->attachAxis(people);
    for (QAbstractAxis *a : {static_cast<QAbstractAxis *>(x), static_cast<QAbstractAxis *>(moneyAxis),
                             static_cast<QAbstractAxis *>(people)})
        ChartStyle::styleAxis(a, palette());
    x->setGridLineVisible(false);
    people->setGridLineVisible(false);
    view->setChart(chart);
    delete old;

    ChartCard *card = m_cards[Locations];
    qint64 total = 0;
    for (const DashboardData::LocationTotals &l : std::as_const(m_data.locations))
        total += l.revenueCents;
    if (m_data.locations.isEmpty() || total <= 0) {
        card->setTakeaway(tr("No purchases with a location in the last 12 months."));
        return;
    }
    const DashboardData::LocationTotals &top = m_data.locations.first();
    card->setTakeaway(tr("%1 brings %2 of revenue, from %3.")
                          .arg(top.name, percent(double(top.revenueCents) / double(total)), customerCount(top.customers)));
}

void DashboardPage::fillSegmentsByLocation()
{
    QChartView *view = m_views[SegmentsByLocation];
    QChart *old = view->chart();
    QChart *chart = ChartStyle::newChart(palette());
    auto *series = new QHorizontalPercentBarSeries(chart);
    series->setBarWidth(0.6);
    QStringList names;
    // Bottom up, like every horizontal bar chart: the biggest location on top.
    QList<qsizetype> order;
    for (qsizetype i = m_data.locations.size() - 1; i >= 0; --i) {
        if (m_data.locations[i].customers == 0)
            continue;
        order << i;
        names << m_data.locations[i].name;
    }
    for (qsizetype s = 0; s < m_data.segments.size(); ++s) {
        const DashboardData::SegmentSlice seg = m_data.segments[s];
        auto *set = new QBarSet(seg.name, series);
        set->setColor(colorOf(s));
        set->setBorderColor(palette().color(QPalette::Base));
        for (qsizetype i : std::as_const(order))
            *set << double(m_data.locations[i].customersBySegment.value(s));
        connect(set, &QBarSet::hovered, this, [this, order, s](bool on, int index) {
            if (!on || index < 0 || index >= order.size()) {
                showTip(QString());
                return;
            }
            const DashboardData::LocationTotals &l = m_data.locations[order[index]];
            const qint64 n = l.customersBySegment.value(s);
            showTip(tr("%1 at %2: %3, %4 of its customers. Click to see them.")
                        .arg(m_data.segments[s].name, l.name, customerCount(n),
                             percent(l.customers > 0 ? double(n) / double(l.customers) : 0.0)));
        });
        connect(set, &QBarSet::clicked, this, [this, order, seg](int index) {
            if (index < 0 || index >= order.size())
                return;
            const DashboardData::LocationTotals &l = m_data.locations[order[index]];
            const qint64 id = l.locationId;
            const QDate asOf = m_data.asOf;
            const QHash<qint64, qint64> segmentOf = m_data.segmentOf;
            const qint64 segmentId = seg.segmentId;
            lookUp(
                [id, asOf, segmentOf, segmentId](Database &db) {
                    QList<qint64> ids;
                    const QList<qint64> all =
                        DashboardData::customersAtLocation(db, AsOfDay::forDatabase(db, asOf), 365, id);
                    for (qint64 c : all)
                        if (segmentOf.value(c, 0) == segmentId)
                            ids << c;
                    return ids;
                },
                tr("%1 who bought at %2 in the last 12 months").arg(seg.name, l.name));
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis(chart);
    y->append(names);
    auto *x = new QValueAxis(chart);
    x->setLabelFormat(QStringLiteral("%.0f") + QLocale().percent());
    x->setTitleText(tr("Share of the location's customers, last 12 months"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    ChartStyle::styleAxis(x, palette());
    ChartStyle::styleAxis(y, palette());
    y->setGridLineVisible(false);
    view->setChart(chart);
    delete old;

    // Where the biggest real segment shops most.
    ChartCard *card = m_cards[SegmentsByLocation];
    const qsizetype top = topBy(m_data.segments, [](const auto &s) { return double(s.members); });
    qsizetype where = -1;
    for (qsizetype i = 0; i < m_data.locations.size() && top >= 0; ++i)
        if (where < 0
            || m_data.locations[i].customersBySegment.value(top) > m_data.locations[where].customersBySegment.value(top))
            where = i;
    if (top < 0 || where < 0 || m_data.locations[where].customersBySegment.value(top) == 0) {
        card->setTakeaway(tr("No purchases with a location in the last 12 months."));
        return;
    }
    const qint64 there = m_data.locations[where].customersBySegment.value(top);
    card->setTakeaway(tr("%1 shop most at %2: %3 in the last 12 months.")
                          .arg(m_data.segments[top].name, m_data.locations[where].name, customerCount(there)));
}

} // namespace clientele
