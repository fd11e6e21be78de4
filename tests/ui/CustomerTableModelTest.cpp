#include "TempDatabase.h"

#include "customers/CustomerTableModel.h"
#include "storage/CustomerStore.h"
#include "storage/PurchaseStore.h"

#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>

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

TEST_F(CustomerTableModelTest, LoadsPagesLazily)
{
    addMany(1000);
    CustomerTableModel model(db);
    EXPECT_EQ(model.totalCount(), 1000);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::PageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * CustomerTableModel::PageSize);
    // The tester fetches on its own as it checks.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(model.index(999, CustomerTableModel::Name).data().toString(), QStringLiteral("First1000 Last01000"));
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
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 30);
    EXPECT_EQ(model.rowCount(), 30);
    EXPECT_FALSE(model.canFetchMore({}));
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
