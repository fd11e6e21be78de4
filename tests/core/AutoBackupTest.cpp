#include "TempDatabase.h"

#include "storage/AutoBackup.h"
#include "storage/CustomerStore.h"

#include <QtCore/QDir>

using namespace clientele;

class AutoBackupTest : public TempDatabaseTest
{
protected:
    QString folder() const { return file(QStringLiteral("backups")); }
    int backups() const
    {
        return int(QDir(folder()).entryList({QStringLiteral("clientele-auto-*.sqlite")}, QDir::Files).size());
    }
};

TEST_F(AutoBackupTest, WritesAHealthyCopyWhenDueAndOnlyThen)
{
    Customer c;
    c.firstName = QStringLiteral("Anna");
    CustomerStore(db).add(c);
    const QDateTime monday(QDate(2026, 11, 23), QTime(9, 30));
    AutoBackup::Result r = AutoBackup::run(path(), folder(), 1, 10, monday);
    ASSERT_TRUE(r.made) << r.error.toStdString();
    EXPECT_TRUE(Database::inspect(r.file).kind == DatabaseError::Kind::None);
    Database copy;
    ASSERT_FALSE(copy.open(r.file, Database::Lock::None).isError());
    EXPECT_EQ(CustomerStore(copy).count(), 1);

    // The same day: not due. The next day: due. Never: never.
    EXPECT_FALSE(AutoBackup::run(path(), folder(), 1, 10, monday.addSecs(3600)).made);
    EXPECT_TRUE(AutoBackup::run(path(), folder(), 1, 10, monday.addDays(1)).made);
    EXPECT_FALSE(AutoBackup::run(path(), folder(), 0, 10, monday.addDays(30)).made);
    EXPECT_FALSE(AutoBackup::isDue(folder(), 7, monday.addDays(3)));
    EXPECT_TRUE(AutoBackup::isDue(folder(), 7, monday.addDays(8)));
    EXPECT_EQ(backups(), 2);
}

TEST_F(AutoBackupTest, KeepsOnlyTheNewestAndNeverTouchesOtherFiles)
{
    QDir().mkpath(folder());
    QFile mine(QDir(folder()).filePath(QStringLiteral("my-own-copy.sqlite")));
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.write("keep me");
    mine.close();
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0));
    for (int day = 0; day < 5; ++day)
        ASSERT_TRUE(AutoBackup::run(path(), folder(), 1, 3, start.addDays(day)).made);
    EXPECT_EQ(backups(), 3);
    EXPECT_EQ(AutoBackup::newest(folder()), start.addDays(4));
    EXPECT_TRUE(QFile::exists(mine.fileName()));
}
