#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real clientele-cli, as a script or cron job would.
CliRun cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(CLIENTELE_CLI));
    p.setArguments(args);
    p.start();
    EXPECT_TRUE(p.waitForFinished(120000));
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class CliTest : public ::testing::Test
{
protected:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

TEST_F(CliTest, HelpAndVersion)
{
    CliRun r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    for (const char *word : {"demo", "check", "backup", "restore", "--db", "Exit codes"})
        EXPECT_TRUE(r.out.contains(QLatin1String(word))) << word;
    r = cli({QStringLiteral("--version")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("clientele-cli ")));
}

TEST_F(CliTest, UsageErrorsExitWithOne)
{
    EXPECT_EQ(cli({}).code, 1);
    const CliRun unknown = cli({QStringLiteral("--db"), file(QStringLiteral("a.sqlite")), QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("frobnicate")));
    EXPECT_EQ(cli({QStringLiteral("--db"), file(QStringLiteral("a.sqlite")), QStringLiteral("demo"),
                   QStringLiteral("--customers"), QStringLiteral("many")})
                  .code,
              1);
    EXPECT_EQ(cli({QStringLiteral("--db"), file(QStringLiteral("a.sqlite")), QStringLiteral("backup")}).code, 1);
}

TEST_F(CliTest, DemoThenCheckSaysHealthy)
{
    const QString db = file(QStringLiteral("x.sqlite"));
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("500"),
                 QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("500 customers"))) << r.out.toStdString();
    r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("healthy"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("500 customers")));
    // A second demo into the same file is refused, the data stays.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    EXPECT_NE(r.code, 0);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST_F(CliTest, BackupAndRestoreRoundTrip)
{
    const QString db = file(QStringLiteral("shop.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("50")}).code, 0);
    const QString backup = file(QStringLiteral("backup.sqlite"));
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), backup});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(backup));

    // Change the shop, then restore the backup.
    {
        Database d;
        ASSERT_FALSE(d.open(db).isError());
        CustomerStore(d).remove({1, 2, 3});
        ASSERT_EQ(CustomerStore(d).count(), 47);
    }
    r = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("before-restore")));
    Database d;
    ASSERT_FALSE(d.open(db).isError());
    EXPECT_EQ(CustomerStore(d).count(), 50);
}

TEST_F(CliTest, RestoringFromABadFileIsBadInputAndKeepsTheData)
{
    const QString db = file(QStringLiteral("shop.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("20")}).code, 0);
    QFile junk(file(QStringLiteral("junk.sqlite")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all");
    junk.close();
    const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("restore"), junk.fileName()});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("junk.sqlite")));
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("check")}).code, 0);
}

TEST_F(CliTest, TruncatedOrForeignDatabaseExitsWithThree)
{
    const QString db = file(QStringLiteral("shop.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300")}).code, 0);
    ASSERT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("backup"), file(QStringLiteral("copy.sqlite"))}).code, 0);
    QFile copy(file(QStringLiteral("copy.sqlite")));
    ASSERT_TRUE(copy.open(QIODevice::ReadWrite));
    ASSERT_TRUE(copy.resize(copy.size() / 3));
    copy.close();
    CliRun r = cli({QStringLiteral("--db"), copy.fileName(), QStringLiteral("check")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("damaged"))) << r.err.toStdString();

    QFile csv(file(QStringLiteral("customers.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("name;email\nAnna;anna@example.com\n");
    csv.close();
    r = cli({QStringLiteral("--db"), csv.fileName(), QStringLiteral("check")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Clientele file"))) << r.err.toStdString();
}

TEST_F(CliTest, ASecondInstanceOnTheSameFileIsToldSo)
{
    const QString db = file(QStringLiteral("shop.sqlite"));
    Database holder;
    ASSERT_FALSE(holder.open(db).isError());
    const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already open"))) << r.err.toStdString();
}

TEST_F(CliTest, MessagesFollowTheLanguage)
{
    const CliRun r = cli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--db"),
                       file(QStringLiteral("a.sqlite")), QStringLiteral("frobnicate")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unbekannter Befehl"))) << r.err.toStdString();
}
