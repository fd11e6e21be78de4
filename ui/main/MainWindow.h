#pragma once

#include "io/Exporter.h"

#include <QtWidgets/QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace clientele {

class AppSettings;
class CustomersPage;
class Database;
class EditController;
class SegmentEngine;

// The window: navigation on the left (Customers, Segments, Dashboard,
// Reports), the chosen page on the right, file actions in the menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { CustomersPageIndex, SegmentsPageIndex, DashboardPageIndex, ReportsPageIndex };

    MainWindow(Database &db, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    CustomersPage *customersPage() const { return m_customers; }
    EditController *edits() const { return m_edits; }
    SegmentEngine *segmentEngine() const { return m_engine; }

    // On an empty shop: opens the first-run wizard (demo shop, import or an empty start).
    void offerDemoShop();
    // The first-run wizard, from the Help menu too; acts on its customers choice.
    void gettingStarted();
    // Writes customers to a CSV file chosen by the owner, in the background.
    void exportCustomers(const QList<qint64> &ids, bool selectionOnly);
    // All purchases to a CSV file.
    void exportPurchases();
    void exportList();
    // Where to write a CSV file, and its column separator (chosen as the file type).
    QString askCsvTarget(const QString &title, const QString &suggested, QChar *delimiter);
    void exportInteractions();
    void exportAll(Exporter::Kind kind);
    // What the shop holds about one customer: their details and their
    // purchases, in two CSV files side by side.
    void exportPersonalData(qint64 customerId);
    // Fills the (empty) file with a demo shop in the background.
    // Over `over` (the window when null); `done` is called when it has finished.
    void addDemoHistory();
    void createDemoShop(QWidget *over = nullptr, const std::function<void()> &done = {});
    // Opens the import wizard, on `path` when given (a file dropped on the window).
    void importFile(const QString &path = QString());

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void checkInBackground();
    void backUp();
    void restore();
    void about();
    void manageTags();
    void findDuplicates();
    void backUpAutomatically();
    void editSettings();

    Database &m_db;
    AppSettings &m_settings;
    EditController *m_edits = nullptr;
    SegmentEngine *m_engine = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    CustomersPage *m_customers = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace clientele
