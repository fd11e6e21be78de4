#include "TempDatabase.h"

#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/Schema.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtSql/QSqlQuery>

using namespace clientele;

namespace {

QString pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA ") + name));
    return q.next() ? q.value(0).toString() : QString();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

using DatabaseTest = TempDatabaseTest;

TEST_F(DatabaseTest, NewFileGetsTheLatestSchemaWithWalAndForeignKeys)
{
    EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
    EXPECT_EQ(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(pragma(db, QStringLiteral("application_id")).toInt(), Schema::ApplicationId);
    EXPECT_TRUE(db.check(true).isEmpty());
}

TEST_F(DatabaseTest, ReopensAnExistingFileKeepingItsData)
{
    Customer c;
    c.firstName = QStringLiteral("Anna");
    ASSERT_TRUE(CustomerStore(db).add(c));
    db.close();
    ASSERT_FALSE(db.open(path()).isError());
    EXPECT_EQ(CustomerStore(db).count(), 1);
}

TEST_F(DatabaseTest, SecondOpenOfTheSameFileIsToldItIsLocked)
{
    Database second;
    const DatabaseError e = second.open(path());
    EXPECT_EQ(e.kind, DatabaseError::Kind::Locked);
    EXPECT_TRUE(e.message.contains(QStringLiteral("already open"))) << e.message.toStdString();
    EXPECT_FALSE(second.isOpen());
    // Once the first closes, the file can be opened again.
    db.close();
    EXPECT_FALSE(second.open(path()).isError());
}

TEST_F(DatabaseTest, WorkerConnectionsOpenWithoutTheLock)
{
    Database worker;
    EXPECT_FALSE(worker.open(path(), Database::Lock::None).isError());
    Customer c;
    c.lastName = QStringLiteral("Worker");
    ASSERT_TRUE(CustomerStore(worker).add(c));
    EXPECT_EQ(CustomerStore(db).count(), 1);
}

TEST_F(DatabaseTest, StaleLockOfADeadProcessIsTakenOver)
{
    db.close();
    // A lock file left by a process that no longer exists.
    QProcess p;
    p.start(QStringLiteral("true"));
    p.waitForFinished();
    const qint64 deadPid = p.processId() > 0 ? p.processId() : 999999;
    writeFile(Database::lockFilePath(path()),
              QByteArray::number(deadPid) + "\nclientele\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    Database again;
    EXPECT_FALSE(again.open(path()).isError());
}

TEST_F(DatabaseTest, TextFileIsNotAClienteleFile)
{
    writeFile(file(QStringLiteral("customers.csv")), "name,email\nAnna,anna@example.com\n");
    Database other;
    const DatabaseError e = other.open(file(QStringLiteral("customers.csv")));
    EXPECT_EQ(e.kind, DatabaseError::Kind::NotClientele);
    EXPECT_TRUE(e.message.contains(QStringLiteral("customers.csv")));
    // The file is never touched.
    QFile f(file(QStringLiteral("customers.csv")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("name,email\nAnna,anna@example.com\n"));
}

TEST_F(DatabaseTest, ForeignSqliteDatabaseIsNotAClienteleFile)
{
    const QString foreign = file(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(foreign);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    Database other;
    EXPECT_EQ(other.open(foreign).kind, DatabaseError::Kind::NotClientele);
}

TEST_F(DatabaseTest, TruncatedFileIsReportedAsDamaged)
{
    Customer c;
    c.firstName = QStringLiteral("Anna");
    for (int i = 0; i < 200; ++i)
        ASSERT_TRUE(CustomerStore(db).add(c));
    const QString copy = file(QStringLiteral("copy.sqlite"));
    ASSERT_FALSE(db.backupTo(copy).isError());
    QFile f(copy);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.resize(f.size() / 2));
    f.close();
    Database damaged;
    const DatabaseError e = damaged.open(copy);
    EXPECT_EQ(e.kind, DatabaseError::Kind::Damaged) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("backup")));
}

TEST_F(DatabaseTest, FileFromANewerClienteleIsRefused)
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
    db.close();
    Database again;
    EXPECT_EQ(again.open(path()).kind, DatabaseError::Kind::TooNew);
}

TEST_F(DatabaseTest, BackupAndRestoreRoundTrip)
{
    CustomerStore store(db);
    Customer anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Müller");
    ASSERT_TRUE(store.add(anna));
    const QString backup = file(QStringLiteral("backup.sqlite"));
    ASSERT_FALSE(db.backupTo(backup).isError());
    EXPECT_TRUE(Database::inspect(backup).kind == DatabaseError::Kind::None);

    Customer bob;
    bob.firstName = QStringLiteral("Bob");
    ASSERT_TRUE(store.add(bob));
    EXPECT_EQ(store.count(), 2);

    int resets = 0;
    QObject::connect(db.notifier(), &ChangeNotifier::reset, db.notifier(), [&] { ++resets; });
    const QString safety = file(QStringLiteral("before-restore.sqlite"));
    const DatabaseError e = db.restoreFrom(backup, safety);
    ASSERT_FALSE(e.isError()) << e.message.toStdString();
    EXPECT_EQ(resets, 1);
    EXPECT_EQ(store.count(), 1);
    EXPECT_EQ(store.rows({}, 0, 10).first().lastName, QStringLiteral("Müller"));
    // Search still works on the restored data.
    CustomerQuery q;
    q.text = QStringLiteral("muller");
    EXPECT_EQ(store.count(q), 1);
    // The data from before the restore was kept.
    Database before;
    ASSERT_FALSE(before.open(safety, Database::Lock::None).isError());
    EXPECT_EQ(CustomerStore(before).count(), 2);
}

TEST_F(DatabaseTest, RestoreRefusesADamagedOrForeignBackupAndKeepsTheData)
{
    Customer c;
    c.firstName = QStringLiteral("Kept");
    ASSERT_TRUE(CustomerStore(db).add(c));
    const QString bad = file(QStringLiteral("bad.sqlite"));
    writeFile(bad, "SQLite format 3");
    EXPECT_TRUE(db.restoreFrom(bad).isError());
    writeFile(bad, "hello");
    EXPECT_EQ(db.restoreFrom(bad).kind, DatabaseError::Kind::NotClientele);
    EXPECT_EQ(CustomerStore(db).count(), 1);
}

TEST_F(DatabaseTest, BackupRefusesToOverwriteItsOwnFile)
{
    EXPECT_TRUE(db.backupTo(path()).isError());
    EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
}

TEST(DatabaseMemory, InMemoryDatabaseWorksForTests)
{
    Database db;
    ASSERT_FALSE(db.open(QStringLiteral(":memory:")).isError());
    EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
}
