#include "TempDatabase.h"

#include "customers/CustomerTableModel.h"
#include "storage/CustomerStore.h"
#include "storage/PurchaseStore.h"

#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>

using namespace clientele;

class CustomerTableModelTest : public TempDatabaseTest
{
protected:
    void addMany(int n)
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO customers (first_name, last_name, city, created_at, updated_at) "
            "SELECT 'First' || i, printf('Last%05d', i), CASE WHEN i % 10 = 0 THEN 'Lyon' ELSE 'Paris' END, 0, 0 FROM n")
                               .arg(n)));
    }
};

TEST_F(CustomerTableModelTest, ShowsEveryRowButHoldsOnlyPagesInMemory)
{
    addMany(20000);
    CustomerTableModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The scroll bar is true to size at once; the first page is there at once.
    EXPECT_EQ(model.rowCount(), 20000);
    EXPECT_EQ(model.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("First1 Last00001"));
    // The whole order arrives from a worker; then any row can be shown.
    QSignalSpy completed(&model, &CustomerTableModel::completed);
    if (!model.isComplete()) {
        ASSERT_TRUE(completed.wait(10000));
    }
    EXPECT_EQ(model.index(19999, CustomerTableModel::Name).data().toString(), QStringLiteral("First20000 Last20000"));
    EXPECT_EQ(model.customerId(12345), 12346);
    // Reading every row never keeps more than a bounded number in memory.
    for (int row = 0; row < model.rowCount(); row += 50)
        model.index(row, CustomerTableModel::Email).data();
    EXPECT_LE(model.cachedRowCount(), qsizetype(CustomerTableModel::MaxPages) * CustomerTableModel::PageSize);
}

TEST_F(CustomerTableModelTest, DeepRowsWaitForTheOrderInsteadOfBlocking)
{
    addMany(20000);
    CustomerQuery q;
    q.sort = CustomerQuery::Sort::TotalSpent; // not from an index
    CustomerTableModel model(db);
    QSignalSpy completed(&model, &CustomerTableModel::completed);
    model.setQuery(q);
    if (!model.isComplete()) {
        EXPECT_EQ(model.index(15000, CustomerTableModel::Name).data().toString(), QStringLiteral("Loading…"));
        ASSERT_TRUE(completed.wait(10000));
    }
    EXPECT_TRUE(model.index(15000, CustomerTableModel::Name).data().toString().startsWith(u"First"));
}

TEST_F(CustomerTableModelTest, SortsAndFiltersInTheDatabase)
{
    addMany(300);
    CustomerTableModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(CustomerTableModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, CustomerTableModel::Name).data().toString(), QStringLiteral("First300 Last00300"));

    CustomerQuery q = model.query();
    q.text = QStringLiteral("lyon");
    QSignalSpy completed(&model, &CustomerTableModel::completed);
    model.setQuery(q); // searches are answered by a worker
    ASSERT_TRUE(completed.wait(10000));
    EXPECT_EQ(model.totalCount(), 30);
    EXPECT_EQ(model.rowCount(), 30);
    EXPECT_TRUE(model.isComplete()); // small answers are whole at once
}

TEST_F(CustomerTableModelTest, FollowsChangesThroughTheNotifier)
{
    CustomerTableModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    Customer c;
    c.firstName = QStringLiteral("Chloé");
    const qint64 id = *CustomerStore(db).add(c);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.customerId(0), id);
    Purchase p;
    p.customerId = id;
    p.time = 1700000000;
    p.amount = Money(4250);
    PurchaseStore(db).add(p);
    EXPECT_EQ(model.index(0, CustomerTableModel::Purchases).data().toString(), QStringLiteral("1"));
    EXPECT_TRUE(model.index(0, CustomerTableModel::TotalSpent).data().toString().contains(QStringLiteral("42")));
}
