#include "MainWindow.h"

#include "AboutDialog.h"
#include "SettingsDialog.h"
#include "commands/EditController.h"
#include "customers/DuplicatesDialog.h"
#include "customers/ViewExport.h"
#include "customers/TagManagerDialog.h"
#include "dashboard/DashboardPage.h"
#include "reports/ReportsPage.h"
#include "segments/SegmentsPage.h"
#include "io/Exporter.h"
#include "segments/SegmentEngine.h"
#include "common/BackgroundTask.h"
#include "customers/CustomersPage.h"
#include "demo/DemoShop.h"
#include "storage/AppSettings.h"
#include "storage/AutoBackup.h"
#include "storage/ChangeNotifier.h"
#include "segments/SegmentStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "wizards/import/ImportWizard.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDateTime>
#include <QtCore/QFutureWatcher>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QMimeData>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtGui/QCloseEvent>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>
#include <QtGui/QScreen>
#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>

namespace clientele {

MainWindow::MainWindow(Database &db, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString shop = SettingsStore(db).shopName();
    setWindowTitle(shop.isEmpty() ? tr("Clientele") : tr("%1 – Clientele").arg(shop));
    connect(db.notifier(), &ChangeNotifier::settingsChanged, this, [this](const QString &key) {
        if (key == u"shop/name") {
            const QString name = SettingsStore(m_db).shopName();
            setWindowTitle(name.isEmpty() ? tr("Clientele") : tr("%1 – Clientele").arg(name));
        }
    });

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    const struct
    {
        QString icon;
        QString text;
    } sections[] = {
        {QStringLiteral(":/icons/customers.svg"), tr("Customers")},
        {QStringLiteral(":/icons/segments.svg"), tr("Segments")},
        {QStringLiteral(":/icons/dashboard.svg"), tr("Dashboard")},
        {QStringLiteral(":/icons/reports.svg"), tr("Reports")},
    };
    for (const auto &s : sections) {
        auto *item = new QListWidgetItem(QIcon(s.icon), s.text, m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    const int navWidth = m_navigation->fontMetrics().horizontalAdvance(tr("Dashboard")) + 90;
    m_navigation->setFixedWidth(qMax(160, navWidth));
    QPalette navPalette = m_navigation->palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window));
    m_navigation->setPalette(navPalette);

    m_edits = new EditController(db, this);
    m_engine = new SegmentEngine(db, this);
    m_engine->setBackgroundRefresh(true);
    m_pages = new QStackedWidget(this);
    m_customers = new CustomersPage(db, settings, *m_edits, m_engine, m_pages);
    connect(m_customers, &CustomersPage::duplicatesRequested, this, &MainWindow::findDuplicates);
    connect(m_customers, &CustomersPage::listExportRequested, this, &MainWindow::exportList);
    connect(m_customers, &CustomersPage::exportRequested, this,
            [this](const QList<qint64> &ids) { exportCustomers(ids, true); });
    connect(m_customers, &CustomersPage::personalDataExportRequested, this, &MainWindow::exportPersonalData);
    m_pages->addWidget(m_customers);
    auto *segments = new SegmentsPage(db, *m_edits, m_engine, m_pages);
    connect(segments, &SegmentsPage::showMembersRequested, this, [this](qint64 segmentId) {
        // The page says 0 for "Everyone else"; the customer filter says -1.
        m_customers->filterBySegment(segmentId == 0 ? -1 : segmentId);
        showPage(CustomersPageIndex);
    });
    m_pages->addWidget(segments);
    auto *dashboard = new DashboardPage(db, m_engine, m_pages);
    dashboard->setEditController(m_edits);
    connect(dashboard, &DashboardPage::showSegmentRequested, this, [this](qint64 segmentId) {
        m_customers->filterBySegment(segmentId);
        showPage(CustomersPageIndex);
    });
    connect(dashboard, &DashboardPage::showCustomersRequested, this,
            [this](const QList<qint64> &ids, const QString &description) {
                m_customers->showCustomers(ids, description);
                showPage(CustomersPageIndex);
            });
    m_pages->addWidget(dashboard);
    m_pages->addWidget(new ReportsPage(db, m_engine, m_pages));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(CustomersPageIndex);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    auto *file = new QLabel(QDir::toNativeSeparators(db.path()), this);
    file->setToolTip(tr("The file with this shop's data"));
    file->setEnabled(false);
    statusBar()->addPermanentWidget(file);
    m_status->setText(m_customers->summary());
    connect(m_customers, &CustomersPage::summaryChanged, m_status, &QLabel::setText);

    createMenus();
    setAcceptDrops(true); // a CSV file dropped on the window opens the import wizard

    // First start: most of the screen, up to a comfortable size.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    if (!m_settings.mainWindowGeometry().isEmpty())
        restoreGeometry(m_settings.mainWindowGeometry());
    if (!m_settings.mainWindowState().isEmpty())
        restoreState(m_settings.mainWindowState());
    // Segments are evaluated on a worker: the window never waits for them,
    // and the list gets its segment colours when the answer arrives.
    QTimer::singleShot(0, m_engine, &SegmentEngine::refresh);
    // The automatic backup, when one is due, a little after the start.
    QTimer::singleShot(15000, this, &MainWindow::backUpAutomatically);
    // Checked once the window is up and its first rows are shown.
    if (db.needsBackgroundCheck())
        QTimer::singleShot(4000, this, &MainWindow::checkInBackground);
}

void MainWindow::checkInBackground()
{
    // A big file opens at once; its pages are read for damage while the
    // owner already works, and a problem is reported as soon as it is found.
    statusBar()->showMessage(tr("Checking the file for damage…"));
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        const QStringList problems = watcher->result();
        watcher->deleteLater();
        statusBar()->clearMessage();
        if (problems.isEmpty())
            return;
        QMessageBox::warning(this, tr("The file is damaged"),
                             tr("Clientele found damage in “%1” (%2).\n\nMake no more changes, and restore the "
                                "last backup with File → Restore from a backup.")
                                 .arg(QDir::toNativeSeparators(m_db.path()), problems.first()));
    });
    const QString path = m_db.path();
    watcher->setFuture(QtConcurrent::run([path] {
        Database worker;
        if (const DatabaseError e = worker.openForWorker(path))
            return QStringList{e.message};
        return worker.check(false);
    }));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *demo = fileMenu->addAction(tr("Try the &demo shop…"), this, &MainWindow::offerDemoShop);
    demo->setObjectName(QStringLiteral("actionDemoShop"));
    QAction *importAction =
        fileMenu->addAction(tr("&Import customers, purchases or visits…"), this, [this] { importFile(); });
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    fileMenu->addAction(tr("&Export all customers…"), this, [this] { exportCustomers({}, false); })
        ->setObjectName(QStringLiteral("actionExportCustomers"));
    fileMenu->addAction(tr("Export all &purchases…"), this, &MainWindow::exportPurchases)
        ->setObjectName(QStringLiteral("actionExportPurchases"));
    fileMenu->addAction(tr("Export all &visits and contacts…"), this, &MainWindow::exportInteractions)
        ->setObjectName(QStringLiteral("actionExportInteractions"));
    fileMenu->addSeparator();
    QAction *backup = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Back up…"), this,
                                          &MainWindow::backUp);
    backup->setObjectName(QStringLiteral("actionBackUp"));
    QAction *restoreAction = fileMenu->addAction(tr("&Restore from a backup…"), this, &MainWindow::restore);
    restoreAction->setObjectName(QStringLiteral("actionRestore"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                        &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_edits->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_edits->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *newCustomer = editMenu->addAction(tr("&New customer"), this, [this] {
        showPage(CustomersPageIndex);
        m_customers->newCustomer();
    });
    newCustomer->setShortcut(QKeySequence::New);
    newCustomer->setShortcutContext(Qt::WidgetShortcut); // the page's own shortcut does the work
    editMenu->addAction(tr("&Tags…"), this, &MainWindow::manageTags)->setObjectName(QStringLiteral("actionTags"));
    editMenu->addAction(tr("Find &duplicates…"), this, &MainWindow::findDuplicates)
        ->setObjectName(QStringLiteral("actionDuplicates"));
    editMenu->addSeparator();
    QAction *preferences = editMenu->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    preferences->setShortcut(QKeySequence::Preferences);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Customers"), tr("&Segments"), tr("&Dashboard"), tr("&Reports")};
    for (int i = 0; i < 4; ++i) {
        QAction *a = viewMenu->addAction(names[i], this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Getting started…"), this, &MainWindow::gettingStarted)
        ->setObjectName(QStringLiteral("actionGettingStarted"));
    helpMenu->addAction(tr("&About Clientele"), this, &MainWindow::about);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    event->accept();
}

QString MainWindow::askCsvTarget(const QString &title, const QString &suggested, QChar *delimiter)
{
    const QString comma = tr("CSV, comma-separated (*.csv)");
    const QString semicolon = tr("CSV, semicolon-separated, as Excel expects in many countries (*.csv)");
    const QString tab = tr("Tab-separated text (*.tsv *.txt)");
    // Where numbers are written with a decimal comma, Excel expects semicolons.
    QString chosen = QLocale().decimalPoint() == u',' ? semicolon : comma;
    const QString target = QFileDialog::getSaveFileName(
        this, title, suggested, comma + QStringLiteral(";;") + semicolon + QStringLiteral(";;") + tab, &chosen);
    *delimiter = chosen == semicolon ? u';' : chosen == tab ? u'\t' : u',';
    return target;
}

void MainWindow::exportCustomers(const QList<qint64> &ids, bool selectionOnly)
{
    const QString suggested = QFileInfo(m_db.path()).absolutePath() + u'/'
                              + (selectionOnly ? tr("customers-selection") : tr("customers")) + QStringLiteral("-")
                              + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    QChar delimiter = u',';
    const QString target = askCsvTarget(tr("Export customers"), suggested, &delimiter);
    if (target.isEmpty())
        return;
    const QString path = m_db.path();
    BackgroundTask::runOnDatabase(
        this, tr("Writing the file…"), path,
        [target, ids, selectionOnly, delimiter](Database &worker, const BackgroundTask::Progress &) -> QString {
            Exporter::Options options;
            options.kind = Exporter::Kind::Customers;
            options.csv.delimiter = delimiter;
            options.csv.bom = true; // Excel then reads accents right
            if (selectionOnly)
                options.customerIds = ids;
            const Exporter::Result result = Exporter::run(worker, target, options);
            return result.ok ? QString() : result.error;
        },
        [this, target](const QString &error, bool) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export customers"), error);
            else
                statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(target)), 8000);
        });
}

void MainWindow::exportList()
{
    ViewExport list = ViewExport::of(*m_customers->model(), m_customers->visibleColumns());
    const QString suggested = QFileInfo(m_db.path()).absolutePath() + u'/' + tr("customer-list") + QStringLiteral("-")
                              + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    QChar delimiter = u',';
    const QString target = askCsvTarget(tr("Export this list"), suggested, &delimiter);
    if (target.isEmpty())
        return;
    list.delimiter = delimiter;
    auto rows = std::make_shared<qint64>(0);
    BackgroundTask::runOnDatabase(
        this, tr("Writing the file…"), m_db.path(),
        [list, target, rows](Database &worker, const BackgroundTask::Progress &progress) -> QString {
            return list.write(worker, target, progress, rows.get());
        },
        [this, target, rows](const QString &error, bool cancelled) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export this list"), error);
            else if (!cancelled)
                statusBar()->showMessage(tr("Exported %1 customers to %2")
                                             .arg(QLocale().toString(*rows), QDir::toNativeSeparators(target)),
                                         8000);
        });
}

void MainWindow::exportPurchases()
{
    exportAll(Exporter::Kind::Purchases);
}

void MainWindow::exportInteractions()
{
    exportAll(Exporter::Kind::Interactions);
}

void MainWindow::exportAll(Exporter::Kind kind)
{
    const bool purchases = kind == Exporter::Kind::Purchases;
    const QString title = purchases ? tr("Export purchases") : tr("Export visits and other contacts");
    const QString suggested = QFileInfo(m_db.path()).absolutePath() + u'/'
                              + (purchases ? tr("purchases") : tr("visits-and-contacts")) + QStringLiteral("-")
                              + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    QChar delimiter = u',';
    const QString target = askCsvTarget(title, suggested, &delimiter);
    if (target.isEmpty())
        return;
    const QString path = m_db.path();
    BackgroundTask::runOnDatabase(
        this, tr("Writing the file…"), path,
        [target, kind, delimiter](Database &worker, const BackgroundTask::Progress &) -> QString {
            Exporter::Options options;
            options.kind = kind;
            options.csv.delimiter = delimiter;
            options.csv.bom = true;
            const Exporter::Result result = Exporter::run(worker, target, options);
            return result.ok ? QString() : result.error;
        },
        [this, target, title](const QString &error, bool) {
            if (!error.isEmpty())
                QMessageBox::warning(this, title, error);
            else
                statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(target)), 8000);
        });
}

void MainWindow::exportPersonalData(qint64 customerId)
{
    const std::optional<Customer> customer = CustomerStore(m_db).find(customerId);
    if (!customer)
        return;
    QString base = customer->displayName();
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\-. ]")), QStringLiteral("_"));
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Export their data"), QFileInfo(m_db.path()).absolutePath() + u'/' + base + QStringLiteral(".csv"),
        tr("CSV files (*.csv);;All files (*)"));
    if (target.isEmpty())
        return;
    QString purchasesFile = target;
    if (purchasesFile.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        purchasesFile.chop(4);
    const QString stem = purchasesFile;
    purchasesFile += tr("-purchases") + QStringLiteral(".csv");
    const QString contactsFile = stem + tr("-visits-and-contacts") + QStringLiteral(".csv");
    const QString path = m_db.path();
    BackgroundTask::runOnDatabase(
        this, tr("Writing the file…"), path,
        [target, purchasesFile, contactsFile, customerId](Database &worker,
                                                          const BackgroundTask::Progress &) -> QString {
            Exporter::Options options;
            options.csv.bom = true;
            options.customerIds = QList<qint64>{customerId};
            options.kind = Exporter::Kind::Customers;
            Exporter::Result result = Exporter::run(worker, target, options);
            if (!result.ok)
                return result.error;
            options.kind = Exporter::Kind::Purchases;
            result = Exporter::run(worker, purchasesFile, options);
            if (!result.ok)
                return result.error;
            options.kind = Exporter::Kind::Interactions;
            result = Exporter::run(worker, contactsFile, options);
            return result.ok ? QString() : result.error;
        },
        [this, target, purchasesFile, contactsFile](const QString &error, bool) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export their data"), error);
            else
                statusBar()->showMessage(tr("Exported to %1, %2 and %3")
                                             .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(purchasesFile),
                                                  QDir::toNativeSeparators(contactsFile)),
                                         10000);
        });
}

void MainWindow::backUpAutomatically()
{
    const QString folder = m_settings.backupFolder().isEmpty()
                               ? QFileInfo(m_db.path()).absolutePath() + QStringLiteral("/backups")
                               : m_settings.backupFolder();
    const int every = m_settings.backupEveryDays();
    const int keep = m_settings.backupKeepCount();
    if (!AutoBackup::isDue(folder, every))
        return;
    const QString path = m_db.path();
    auto *watcher = new QFutureWatcher<AutoBackup::Result>(this);
    connect(watcher, &QFutureWatcher<AutoBackup::Result>::finished, this, [this, watcher] {
        const AutoBackup::Result result = watcher->result();
        watcher->deleteLater();
        if (!result.error.isEmpty())
            statusBar()->showMessage(tr("The automatic backup could not be made: %1").arg(result.error), 15000);
        else if (result.made)
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(result.file)), 8000);
    });
    watcher->setFuture(QtConcurrent::run([path, folder, every, keep] { return AutoBackup::run(path, folder, every, keep); }));
}

void MainWindow::manageTags()
{
    TagManagerDialog dialog(m_db, *m_edits, this);
    dialog.exec();
}

void MainWindow::findDuplicates()
{
    DuplicatesDialog dialog(m_db, *m_edits, this);
    dialog.exec();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_db, m_settings, this);
    dialog.exec();
}

void MainWindow::about()
{
    AboutDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::offerDemoShop()
{
    if (CustomerStore(m_db).count() > 0) {
        QMessageBox::information(this, tr("Demo shop"),
                                 tr("The demo shop needs an empty file, and this one already has customers.\n\n"
                                    "To look at the demo shop, start Clientele with a new file:\n"
                                    "clientele --db demo.sqlite"));
        return;
    }
    gettingStarted();
}

void MainWindow::gettingStarted()
{
    OnboardingWizard wizard(m_db, *m_edits, m_settings, m_engine, this);
    // The demo shop or the import happens on the way, and the wizard comes
    // back for the groups, counted on the customers just brought in.
    wizard.setCustomersHandler([this, &wizard](OnboardingWizard::CustomersChoice choice) {
        const qint64 before = CustomerStore(m_db).count();
        if (choice == OnboardingWizard::CustomersChoice::DemoShop) {
            QEventLoop loop;
            createDemoShop(&wizard, [&loop] { loop.quit(); });
            loop.exec();
        } else {
            ImportWizard import(m_db, QString(), &wizard);
            import.exec();
        }
        return CustomerStore(m_db).count() > before;
    });
    const int result = wizard.exec();
    if (result == QDialog::Accepted && wizard.customersBroughtIn()
        && wizard.customersChoice() == OnboardingWizard::CustomersChoice::DemoShop)
        addDemoHistory(); // the groups were chosen after the demo shop was made
    if (result != QDialog::Accepted || wizard.customersBroughtIn())
        return;
    switch (wizard.customersChoice()) {
    case OnboardingWizard::CustomersChoice::DemoShop:
        createDemoShop();
        break;
    case OnboardingWizard::CustomersChoice::ImportFile:
        importFile();
        break;
    case OnboardingWizard::CustomersChoice::StartEmpty:
        break;
    }
}

void MainWindow::addDemoHistory()
{
    const QString path = m_db.path();
    BackgroundTask::runOnDatabase(
        this, tr("Filling in the past of your segments…"), path,
        [](Database &worker, const BackgroundTask::Progress &progress) -> QString {
            const DemoShop::Options options;
            const int history = DemoShop::addHistory(worker, options.asOf, 52, [&progress](int made, int total) {
                return progress(made, total);
            });
            return history < 0 ? tr("The demo shop is ready, but its segment history could not be saved.") : QString();
        },
        [this](const QString &error, bool) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Demo shop"), error);
            m_db.notifier()->notifySegments();
        });
}

void MainWindow::createDemoShop(QWidget *over, const std::function<void()> &done)
{
    const QString path = m_db.path();
    BackgroundTask::runOnDatabase(
        over ? over : this, tr("Making the demo shop…"), path,
        [](Database &worker, const BackgroundTask::Progress &progress) -> QString {
            DemoShop::Options options;
            // Customers and purchases take most of the time; the weeks of
            // segment history the rest of the bar.
            const DemoShop::Result result = DemoShop::generate(worker, options, [&progress](qint64 made, qint64 total) {
                return progress(made * 8, total * 10);
            });
            if (!result.ok)
                return result.cancelled ? QString() : result.error;
            // Segments there already get a past, so the charts over time show
            // something true. Without segments yet (Getting started chooses
            // them next), addDemoHistory() does it once they exist.
            if (SegmentStore(worker).all().isEmpty())
                return QString();
            const int history = DemoShop::addHistory(worker, options.asOf, 52, [&progress](int made, int total) {
                return progress(8 * qint64(total) + 2 * qint64(made), 10 * qint64(total));
            });
            return history < 0 ? tr("The demo shop is ready, but its segment history could not be saved.") : QString();
        },
        [this, over, done](const QString &error, bool cancelled) {
            if (!error.isEmpty())
                QMessageBox::warning(over ? over : this, tr("Demo shop"), error);
            else if (!cancelled)
                SettingsStore(m_db).setOnboarded(true);
            m_db.notifier()->notifyReset();
            showPage(CustomersPageIndex);
            if (done)
                done();
        });
}

void MainWindow::backUp()
{
    const QString folder = m_settings.backupFolder().isEmpty() ? QFileInfo(m_db.path()).absolutePath() + QStringLiteral("/backups")
                                                               : m_settings.backupFolder();
    QDir().mkpath(folder);
    const QString suggested =
        folder + QStringLiteral("/clientele-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up to"), suggested,
                                                        tr("Clientele files (*.sqlite);;All files (*)"));
    if (target.isEmpty())
        return;
    const QString path = m_db.path();
    BackgroundTask::runOnDatabase(
        this, tr("Writing the backup…"), path,
        [target](Database &worker, const BackgroundTask::Progress &) -> QString {
            return worker.backupTo(target).message;
        },
        [this, target](const QString &error, bool) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Back up"), error);
            else
                statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
        });
}

void MainWindow::restore()
{
    const QString source = QFileDialog::getOpenFileName(this, tr("Restore from a backup"),
                                                        QFileInfo(m_db.path()).absolutePath(),
                                                        tr("Clientele files (*.sqlite);;All files (*)"));
    if (source.isEmpty())
        return;
    const QFileInfo info(source);
    QMessageBox confirm(QMessageBox::Warning, tr("Restore from a backup"),
                        tr("Replace all data in this shop with the backup from %1?")
                            .arg(QLocale().toString(info.lastModified(), QLocale::LongFormat)),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(tr("Customers, purchases and segments added since that backup will be gone from "
                                  "this file. A copy of today's data is kept next to it, so you can go back."));
    QPushButton *go = confirm.addButton(tr("Replace with the backup"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != go)
        return;
    const QString path = m_db.path();
    const QString safety = path + QStringLiteral(".before-restore-")
                           + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    BackgroundTask::runOnDatabase(
        this, tr("Restoring…"), path,
        [source, safety](Database &worker, const BackgroundTask::Progress &) -> QString {
            return worker.restoreFrom(source, safety).message;
        },
        [this, safety](const QString &error, bool) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Restore from a backup"), error);
                return;
            }
            m_db.notifier()->notifyReset();
            statusBar()->showMessage(
                tr("Restored. The data from before is kept in %1").arg(QDir::toNativeSeparators(safety)), 10000);
        });
}

namespace {

// The local CSV or text file being dragged, or an empty string.
QString droppedCsvFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return QString();
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"txt" || suffix == u"tsv" ? path : QString();
}

} // namespace

void MainWindow::importFile(const QString &path)
{
    auto *wizard = new ImportWizard(m_db, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsvFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsvFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the source program waits for it.
    QTimer::singleShot(0, this, [this, path] { importFile(path); });
}

} // namespace clientele
