#include "TempDatabase.h"

#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "demo/DemoShop.h"
#include "main/MainWindow.h"
#include "storage/AppSettings.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace clientele;

class MainWindowTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        DemoShop::Options o;
        o.customers = 400;
        o.asOf = QDate(2026, 3, 31);
        ASSERT_TRUE(DemoShop::generate(db, o).ok);
        settings = std::make_unique<AppSettings>(file(QStringLiteral("settings.conf")));
    }

    QString statusText(MainWindow &w)
    {
        const auto labels = w.statusBar()->findChildren<QLabel *>();
        for (QLabel *l : labels)
            if (l->text().contains(QStringLiteral("customer")))
                return l->text();
        return {};
    }

    std::unique_ptr<AppSettings> settings;
};

TEST_F(MainWindowTest, ShowsTheCustomersAndFiltersAsYouType)
{
    MainWindow w(db, *settings);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QTableView *table = w.findChild<QTableView *>(QStringLiteral("customerTable"));
    ASSERT_TRUE(table);
    EXPECT_TRUE(table->isVisible());
    EXPECT_GT(table->model()->rowCount(), 100);
    EXPECT_EQ(statusText(w), QStringLiteral("400 customers"));

    QLineEdit *search = w.findChild<QLineEdit *>(QStringLiteral("customerSearch"));
    ASSERT_TRUE(search);
    QTest::keySequence(&w, QKeySequence::Find);
    EXPECT_TRUE(search->hasFocus());
    const QString wanted = table->model()->index(5, CustomerTableModel::Name).data().toString();
    QTest::keyClicks(search, wanted.section(u' ', -1)); // the last name
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() < 100, 2000);
    EXPECT_GE(table->model()->rowCount(), 1);
    bool found = false;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        found |= table->model()->index(r, CustomerTableModel::Name).data().toString() == wanted;
    EXPECT_TRUE(found);
    EXPECT_TRUE(statusText(w).contains(QStringLiteral(" of 400 customers"))) << statusText(w).toStdString();

    // Something that matches nobody says so.
    search->setText(QStringLiteral("zzzzqqq"));
    QTRY_VERIFY_WITH_TIMEOUT(!table->isVisible(), 2000);
}

TEST_F(MainWindowTest, NavigationSwitchesPagesByClickAndShortcut)
{
    MainWindow w(db, *settings);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = w.findChild<QStackedWidget *>();
    ASSERT_TRUE(nav && pages);
    EXPECT_EQ(nav->count(), 4);
    const QRect segments = nav->visualItemRect(nav->item(MainWindow::SegmentsPageIndex));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, segments.center());
    EXPECT_EQ(pages->currentIndex(), int(MainWindow::SegmentsPageIndex));
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(pages->currentIndex(), int(MainWindow::DashboardPageIndex));
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(pages->currentIndex(), int(MainWindow::CustomersPageIndex));
}

TEST_F(MainWindowTest, RemembersItsGeometry)
{
    {
        MainWindow w(db, *settings);
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.resize(1000, 700);
        w.close();
    }
    EXPECT_FALSE(settings->mainWindowGeometry().isEmpty());
    MainWindow again(db, *settings);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.size(), QSize(1000, 700));
}
