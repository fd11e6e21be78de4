#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/TagStore.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
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
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile f(file(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    }
    // A demo shop of `customers` as of 2026-03-31.
    QString demoShop(int customers)
    {
        const QString db = file(QStringLiteral("shop.sqlite"));
        const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
                              QString::number(customers), QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return db;
    }
    QTemporaryDir m_dir;
};

TEST_F(CliTest, HelpAndVersion)
{
    CliRun r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    for (const char *word : {"demo", "check", "backup", "restore", "--db", "Exit codes", "segments eval", "tag add"})
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

TEST_F(CliTest, SegmentsAddListAndEvalAsJson)
{
    const QString db = demoShop(500);
    for (const char *t : {"cafe/regulars", "cafe/new", "cafe/occasional"}) {
        const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
                              QString::fromLatin1(t).section(u'/', 1), QStringLiteral("--template"), QString::fromLatin1(t)});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("Customers who"))) << r.out.toStdString();
        EXPECT_TRUE(r.err.isEmpty());
    }
    const QString rule = write(QStringLiteral("vip.json"), R"({"any": [{"field": "tag", "op": "has", "value": "VIP"}]})");
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("VIPs"), QStringLiteral("--rule"), rule, QStringLiteral("--color"), QStringLiteral("#c2185b")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("list")});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("1. regulars"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("4. VIPs (#c2185b)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Customers who have the tag VIP.")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("eval"), QStringLiteral("--as-of"),
             QStringLiteral("2026-03-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("everyone_else"), QStringLiteral("segments"),
                                     QStringLiteral("total_customers")}));
    EXPECT_EQ(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-31"));
    EXPECT_EQ(o.value(QStringLiteral("total_customers")).toInt(), 500);
    const QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
    ASSERT_EQ(segments.size(), 4);
    int sum = o.value(QStringLiteral("everyone_else")).toObject().value(QStringLiteral("customers")).toInt();
    double revenue = o.value(QStringLiteral("everyone_else")).toObject().value(QStringLiteral("revenue")).toDouble();
    for (const QJsonValue &v : segments) {
        const QJsonObject s = v.toObject();
        EXPECT_EQ(s.keys(), (QStringList{QStringLiteral("customers"), QStringLiteral("name"), QStringLiteral("revenue"),
                                         QStringLiteral("share")}));
        sum += s.value(QStringLiteral("customers")).toInt();
        revenue += s.value(QStringLiteral("revenue")).toDouble();
        EXPECT_NEAR(s.value(QStringLiteral("share")).toDouble(), s.value(QStringLiteral("customers")).toDouble() / 500.0, 1e-9);
    }
    EXPECT_EQ(sum, 500);
    EXPECT_GT(revenue, 1000.0); // in major units: a café's year
    EXPECT_EQ(segments.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("regulars"));
    EXPECT_GT(segments.at(0).toObject().value(QStringLiteral("customers")).toInt(), 0);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("reorder"), QStringLiteral("VIPs")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("VIPs, regulars, new, occasional"))) << r.out.toStdString();
    r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("remove"), QStringLiteral("vips")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("remove"), QStringLiteral("VIPs")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("VIPs")));
}

TEST_F(CliTest, ABadRuleFileIsBadInputNamingTheFileAndThePart)
{
    const QString db = demoShop(20);
    const QString rule = write(QStringLiteral("typo.json"), R"({"all": [{"field": "city", "op": "=", "value": "Lyon"},
        {"field": "purchases.cout", "op": ">", "value": 3}]})");
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("X"), QStringLiteral("--rule"), rule});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("typo.json"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("condition 2: field 'purchases.cout' is not known"))) << r.err.toStdString();
    const QString broken = write(QStringLiteral("broken.json"), "{\"all\": [");
    r = cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("T"), QStringLiteral("--rule"),
             broken});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("broken.json")) && r.err.contains(QStringLiteral("not valid JSON")))
        << r.err.toStdString();
    r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("X"), QStringLiteral("--rule"), file(QStringLiteral("missing.json"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.json")));
    // Usage errors.
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("segments")}).code, 1);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("X")})
                  .code,
              1);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("eval"), QStringLiteral("--as-of"),
                   QStringLiteral("yesterday")})
                  .code,
              1);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("X"), QStringLiteral("--template"), QStringLiteral("nonsense")})
                  .code,
              2);
}

TEST_F(CliTest, MoreThanFiveSegmentsIsAWarningNotAnError)
{
    const QString db = demoShop(50);
    for (int i = 1; i <= 6; ++i) {
        const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("S%1").arg(i), QStringLiteral("--template"), QStringLiteral("rfm/champions")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_EQ(r.err.contains(QStringLiteral("6 segments")), i == 6) << r.err.toStdString();
    }
    const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("eval"), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Three to five")));
    EXPECT_TRUE(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
}

TEST_F(CliTest, TagBySegmentRuleOrIds)
{
    const QString db = demoShop(300);
    ASSERT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("Lapsed"), QStringLiteral("--template"), QStringLiteral("cafe/lapsed")})
                  .code,
              0);
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("Win back"),
                    QStringLiteral("--segment"), QStringLiteral("Lapsed"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    qint64 lapsed = 0;
    {
        Database d;
        ASSERT_FALSE(d.open(db).isError());
        const auto tag = TagStore(d).findByName(QStringLiteral("Win back"));
        ASSERT_TRUE(tag);
        lapsed = tag->customerCount;
    }
    EXPECT_GT(lapsed, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Tagged %1 customers").arg(lapsed))) << r.out.toStdString();

    const QString rule = write(QStringLiteral("lyon.json"), R"({"field": "tag", "op": "has", "value": "Win back"})");
    r = cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("remove"), QStringLiteral("Win back"),
             QStringLiteral("--rule"), rule});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("from %1 customers").arg(lapsed))) << r.out.toStdString();

    r = cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("Picked"),
             QStringLiteral("--ids"), QStringLiteral("1,2,3")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Tagged 3 customers")));
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("Picked"),
                   QStringLiteral("--ids"), QStringLiteral("1,x")})
                  .code,
              1);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("Picked"),
                   QStringLiteral("--ids"), QStringLiteral("1,99999")})
                  .code,
              2);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("Picked")}).code, 1);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("Picked"),
                   QStringLiteral("--ids"), QStringLiteral("1"), QStringLiteral("--segment"), QStringLiteral("Lapsed")})
                  .code,
              1);
}

TEST_F(CliTest, ReportWritesAPdfWithoutADisplay)
{
    const QString db = demoShop(300);
    for (const char *t : {"cafe/regulars", "cafe/occasional", "cafe/lapsed"}) {
        const CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("segments"), QStringLiteral("add"), QStringLiteral("--name"),
                              QString::fromLatin1(t).section(u'/', 1), QStringLiteral("--template"), QString::fromLatin1(t)});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    const auto pdf = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-" && f.size() > 1000;
    };
    const QString segment = file(QStringLiteral("occasional.pdf"));
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--segment"), QStringLiteral("occasional"),
                    QStringLiteral("--pdf"), segment, QStringLiteral("--as-of"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(pdf(segment));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Segment report: occasional"))) << r.out.toStdString();

    const QString overview = file(QStringLiteral("all.pdf"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--pdf"), overview});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(pdf(overview));

    const QString calls = file(QStringLiteral("calls.pdf"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--segment"), QStringLiteral("Lapsed"),
             QStringLiteral("--call-list"), QStringLiteral("--sort"), QStringLiteral("last-purchase"), QStringLiteral("--pdf"), calls});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(pdf(calls));

    // Usage errors are 1, a segment that does not exist is bad input.
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--all")}).code, 1);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--segment"),
                   QStringLiteral("Lapsed"), QStringLiteral("--pdf"), calls})
                  .code,
              1);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--segment"), QStringLiteral("Nobody"),
             QStringLiteral("--pdf"), file(QStringLiteral("nobody.pdf"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("lapsed"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("nobody.pdf"))));
    EXPECT_TRUE(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("report (--segment NAME | --all)")));
}
