#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

using namespace clientele;

// Builds a file at every earlier schema version, puts a customer in it when
// the version has customers, and checks that opening it brings it up to date
// without losing the customer.
class MigrationTest : public ::testing::TestWithParam<int>
{
};

TEST_P(MigrationTest, UpgradesFromEveryEarlierVersion)
{
    const int from = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migration"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        ASSERT_FALSE(Database::upgrade(raw, from).isError());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        ASSERT_EQ(q.value(0).toInt(), from);
        if (from >= 1) {
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO customers (first_name, last_name, created_at, updated_at) "
                                              "VALUES ('Chloé', 'Lefèvre', 1, 1)")));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migration"));

    Database db;
    const DatabaseError e = db.open(path);
    ASSERT_FALSE(e.isError()) << e.message.toStdString();
    EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
    EXPECT_TRUE(db.check(true).isEmpty());
    if (from >= 1) {
        CustomerQuery q;
        q.text = QStringLiteral("chloe");
        EXPECT_EQ(CustomerStore(db).count(q), 1);
        // A copy of the file as it was is kept before its layout changes.
        if (from < Schema::latestVersion()) {
            EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".before-upgrade-v%1").arg(from)));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(AllVersions, MigrationTest, ::testing::Range(0, Schema::latestVersion() + 1));

TEST(Migration, AFailingStepLeavesTheFileAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("failing"));
    raw.setDatabaseName(path);
    ASSERT_TRUE(raw.open());
    QSqlQuery q(raw);
    // A table in the way of step 1 makes it fail half-way.
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE purchases (x)")));
    EXPECT_TRUE(Database::upgrade(raw, 1).isError());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'customers'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    q.finish();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("failing"));
}
