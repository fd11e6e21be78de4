#pragma once

#include "analytics/DashboardData.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableWidget;
template<typename T>
class QFutureWatcher;
QT_END_NAMESPACE

namespace clientele {

class ChartCard;
class Database;
class EditController;
class NextStepsPanel;
class RfmHeatMap;
class SegmentEngine;

// The dashboard: what the segments mean for the business, in charts with a
// plain title and a one-line takeaway each. The numbers are computed on a
// worker connection (DashboardData) while a progress bar runs, again a
// moment after the segment engine has new results. Clicking a slice, bar or
// cell asks for the customers behind it (showCustomersRequested).
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum Chart {
        SegmentShare,
        SegmentRevenue,
        SegmentSizes,
        Movement,
        RfmGrid,
        NewVsReturning,
        Locations,
        SegmentsByLocation,
        ChartCount
    };

    DashboardPage(Database &db, SegmentEngine *engine, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Computes again now (in the background).
    void refresh();
    bool isComputing() const;
    // True once numbers have been shown (on an empty shop too).
    bool hasData() const { return m_hasData; }
    bool showsEmptyShop() const;
    const DashboardData &data() const { return m_data; }

    int chartCount() const { return ChartCount; }
    ChartCard *card(int index) const;
    QChartView *chartView(int index) const;
    RfmHeatMap *rfmHeatMap() const { return m_rfm; }
    QTableWidget *movementTable() const { return m_movementTable; }

    // Lets "What to do next" change a segment's plan (undoably).
    void setEditController(EditController *edits);

    // What the charts' context menus do; false when the file cannot be written.
    bool saveChartPng(int index, const QString &path);
    void copyChart(int index);

Q_SIGNALS:
    void showCustomersRequested(const QList<qint64> &customerIds, const QString &description);
    // "Show them" on a segment's next step.
    void showSegmentRequested(qint64 segmentId);
    // New numbers are on the charts.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    NextStepsPanel *m_nextSteps = nullptr;
    void scheduleRefresh();
    void setBusy(bool busy);
    void apply(const DashboardData &data);
    void askSavePath(int index);
    void lookUp(std::function<QList<qint64>(Database &)> query, const QString &description);
    void showTip(const QString &text);
    void refillMovementPickers();
    void computeMovement();
    QColor colorOf(qsizetype segmentIndex) const;
    QString money(qint64 cents) const;

    void fillShare();
    void fillRevenue();
    void fillSizes();
    void fillMovement();
    void fillRfm();
    void fillNewVsReturning();
    void fillLocations();
    void fillSegmentsByLocation();

    Database &m_db;
    SegmentEngine *m_engine = nullptr;
    DashboardData m_data;
    bool m_hasData = false;
    bool m_dirty = true;
    bool m_restart = false;
    QString m_currency;
    QTimer m_debounce;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_loadingPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_chartsPage = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QList<ChartCard *> m_cards;
    QList<QChartView *> m_views;
    QComboBox *m_period = nullptr;
    QComboBox *m_movementFrom = nullptr;
    QComboBox *m_movementTo = nullptr;
    QTableWidget *m_movementTable = nullptr;
    RfmHeatMap *m_rfm = nullptr;
    QFutureWatcher<DashboardData> *m_watcher = nullptr;
};

} // namespace clientele
