#include "QtGTestPrinters.h"
#include "TempDatabase.h"

#include "cli/ImportExportCommands.h"
#include "demo/DemoShop.h"
#include "io/CsvReader.h"
#include "io/Exporter.h"
#include "io/Importer.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "storage/CustomerStore.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

using namespace clientele;

namespace {

// The customers and purchases as a user sees them, in a stable order.
QStringList contents(const Database &db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral(
        "SELECT id, first_name, last_name, email, email_norm, phone, phone_norm, street, postal_code, city, country, "
        "origin, consent_email, consent_sms, coalesce(consent_email_at, 0), coalesce(consent_sms_at, 0), "
        "coalesce(birthday, ''), notes, external_id, created_at, "
        "(SELECT group_concat(name, ',') FROM (SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
        " WHERE ct.customer_id = c.id ORDER BY t.name)) FROM customers c ORDER BY id")));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        rows << values.join(u'|');
    }
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT p.customer_id, p.time, p.amount_cents, p.channel, p.category, "
                                      "coalesce(l.name, '') FROM purchases p LEFT JOIN locations l ON l.id = "
                                      "p.location_id ORDER BY 1, 2, 3, 4, 5, 6")));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < 6; ++i)
            values << q.value(i).toString();
        rows << values.join(u'|');
    }
    return rows;
}

} // namespace

class ExportTest : public TempDatabaseTest
{
};

TEST_F(ExportTest, RoundTripIntoAnEmptyFileGivesTheSameData)
{
    DemoShop::Options demo;
    demo.customers = 300;
    demo.asOf = QDate(2026, 3, 31);
    ASSERT_TRUE(DemoShop::generate(db, demo).ok);
    // Make the data hostile: formulas, quotes, line breaks, a leading apostrophe.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET notes = '=1+2' WHERE id = 1")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET notes = '\"Hi\", she said;' || char(10) || 'bye' WHERE id = 2")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET last_name = '''+tricky' WHERE id = 3")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET notes = '-12.50' WHERE id = 4")));

    Exporter::Options o;
    o.csv.bom = true;
    o.csv.delimiter = u';';
    const Exporter::Result customers = Exporter::run(db, file(QStringLiteral("customers.csv")), o);
    ASSERT_TRUE(customers.ok) << customers.error.toStdString();
    EXPECT_EQ(customers.rows, 300);
    o.kind = Exporter::Kind::Purchases;
    const Exporter::Result purchases = Exporter::run(db, file(QStringLiteral("purchases.csv")), o);
    ASSERT_TRUE(purchases.ok);

    QFile exported(file(QStringLiteral("customers.csv")));
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains(";'=1+2;"));    // neutralised
    EXPECT_TRUE(bytes.contains(";-12.50;"));   // a plain number stays a number

    Database empty;
    ASSERT_FALSE(empty.open(file(QStringLiteral("empty.sqlite"))).isError());
    Importer::Options in;
    const Importer::Result c = Importer::run(empty, file(QStringLiteral("customers.csv")), in);
    ASSERT_TRUE(c.ok()) << c.error.toStdString();
    EXPECT_EQ(c.imported, 300);
    EXPECT_EQ(c.rejected, 0);
    in.kind = Importer::Kind::Purchases;
    const Importer::Result p = Importer::run(empty, file(QStringLiteral("purchases.csv")), in);
    ASSERT_TRUE(p.ok()) << p.error.toStdString();
    EXPECT_EQ(p.imported, purchases.rows);
    EXPECT_EQ(p.rejected, 0);

    // Origins of demo customers are kept; so is everything else a user sees.
    const QStringList before = contents(db);
    const QStringList after = contents(empty);
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        ASSERT_EQ(after[i], before[i]) << i;
}

TEST_F(ExportTest, OnlyTheChosenCustomers)
{
    for (const char *email : {"a@example.com", "b@example.com", "c@example.com"}) {
        Customer c;
        c.email = QString::fromLatin1(email);
        CustomerStore(db).add(c);
    }
    Exporter::Options o;
    o.customerIds = QList<qint64>{1, 3};
    const Exporter::Result r = Exporter::run(db, file(QStringLiteral("some.csv")), o);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.rows, 2);
    QFile f(file(QStringLiteral("some.csv")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvReader::parse(f.readAll());
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[2][3], QStringLiteral("c@example.com"));
}

class ImportCli : public TempDatabaseTest
{
protected:
    int run(bool import, const QStringList &args)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        return import ? runImport(db, args, out, err) : runExport(db, args, out, err);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(file(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    QString m_out;
    QString m_err;
};

TEST_F(ImportCli, JsonSummaryAndExitCodes)
{
    const QString csv = write(QStringLiteral("c.csv"), "name,email\nAnn,ann@example.com\nBad,nope\nAnn again,ANN@example.com\n");
    const QString rejects = file(QStringLiteral("r.csv"));
    ASSERT_EQ(run(true, {QStringLiteral("customers"), csv, QStringLiteral("--json"), QStringLiteral("--rejects"), rejects}), 0)
        << m_err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(m_out.toUtf8()).object();
    EXPECT_EQ(json.keys(), (QStringList{QStringLiteral("imported"), QStringLiteral("merged"),
                                        QStringLiteral("rejected"), QStringLiteral("rejects_file"),
                                        QStringLiteral("rows_read"), QStringLiteral("skipped_duplicates"),
                                        QStringLiteral("updated")}));
    EXPECT_EQ(json.value(QStringLiteral("rows_read")).toInt(), 3);
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("skipped_duplicates")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("rejected")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("rejects_file")).toString(), rejects);
    EXPECT_TRUE(m_err.contains(u"c.csv: line 3:")) << m_err.toStdString();

    EXPECT_EQ(run(true, {QStringLiteral("customers"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("merge"),
                         QStringLiteral("--dry-run"), QStringLiteral("--json")}),
              0);
    EXPECT_EQ(QJsonDocument::fromJson(m_out.toUtf8()).object().value(QStringLiteral("merged")).toInt(), 2);
    EXPECT_EQ(CustomerStore(db).count(), 1);

    EXPECT_EQ(run(true, {QStringLiteral("customers")}), 1);
    EXPECT_EQ(run(true, {QStringLiteral("clients"), csv}), 1);
    EXPECT_EQ(run(true, {QStringLiteral("customers"), csv, QStringLiteral("--on-duplicate"), QStringLiteral("maybe")}), 1);
    EXPECT_EQ(run(true, {QStringLiteral("customers"), csv, QStringLiteral("--encoding"), QStringLiteral("klingon")}), 1);
    EXPECT_EQ(run(true, {QStringLiteral("customers"), file(QStringLiteral("missing.csv"))}), 2);
    EXPECT_TRUE(m_err.contains(u"missing.csv"));
    EXPECT_EQ(run(true, {QStringLiteral("customers"), write(QStringLiteral("x.csv"), "colour\nred\n")}), 2);
}

TEST_F(ImportCli, OverridesAndAMappingFile)
{
    const QString csv = write(QStringLiteral("p.csv"), "when|who|paid\n03/04/2025|K1|12,50\n04/25/2025|K2|3\n");
    const QString map = write(QStringLiteral("map.json"),
                              R"({"kind": "purchases", "columns": {"when": "time", "who": "customer_external_id",
                                  "paid": "amount"}, "decimal_mark": "comma"})");
    ASSERT_EQ(run(true, {QStringLiteral("purchases"), csv, QStringLiteral("--mapping"), map, QStringLiteral("--delimiter"),
                         QStringLiteral("|"), QStringLiteral("--date-format"), QStringLiteral("MM/DD/YYYY"),
                         QStringLiteral("--create-customers"), QStringLiteral("--json")}),
              0)
        << m_err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(m_out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 2) << m_out.toStdString() << m_err.toStdString();
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sum(amount_cents), count(DISTINCT customer_id) FROM purchases")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1550);
    EXPECT_EQ(q.value(1).toLongLong(), 2);

    const QString bad = write(QStringLiteral("bad.json"), R"({"kind": "purchases", "columns": {"when": "moon_phase"}})");
    EXPECT_EQ(run(true, {QStringLiteral("purchases"), csv, QStringLiteral("--mapping"), bad}), 2);
    EXPECT_TRUE(m_err.contains(u"moon_phase"));
}

TEST_F(ImportCli, ExportCommand)
{
    Customer c;
    c.firstName = QStringLiteral("=cmd");
    c.email = QStringLiteral("x@example.com");
    CustomerStore(db).add(c);
    const QString out = file(QStringLiteral("out.csv"));
    ASSERT_EQ(run(false, {QStringLiteral("customers"), out, QStringLiteral("--excel")}), 0) << m_err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "Clientele ID,"));
    EXPECT_TRUE(bytes.contains(",'=cmd,"));
    // No such segment: bad input, said plainly.
    EXPECT_EQ(run(false, {QStringLiteral("customers"), out, QStringLiteral("--segment"), QStringLiteral("VIP")}), 2);
    EXPECT_TRUE(m_err.contains(QStringLiteral("VIP")));
    EXPECT_EQ(run(false, {QStringLiteral("customers"), out, QStringLiteral("--as-of"), QStringLiteral("soon")}), 1);
    EXPECT_EQ(run(false, {QStringLiteral("orders"), out}), 1);
    EXPECT_EQ(run(false, {QStringLiteral("purchases"), file(QStringLiteral("no/such/dir/p.csv"))}), 3);
}

TEST_F(ImportCli, ExportsASegmentsMembersAndTheirInteractions)
{
    DemoShop::Options demo;
    demo.customers = 300;
    demo.asOf = QDate(2026, 3, 31);
    ASSERT_TRUE(DemoShop::generate(db, demo).ok);
    Segment regulars;
    regulars.name = QStringLiteral("Regulars");
    regulars.ruleJson = QStringLiteral(R"({"all": [{"field": "visits.count", "window_days": 30, "op": ">", "value": 3}]})");
    ASSERT_TRUE(SegmentStore(db).add(regulars));
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    const SegmentResults r = engine.evaluate(demo.asOf);
    ASSERT_FALSE(r.segments.isEmpty());
    const qint64 members = r.segments.first().members;
    ASSERT_GT(members, 0);

    const QString out = file(QStringLiteral("regulars.csv"));
    ASSERT_EQ(run(false, {QStringLiteral("customers"), out, QStringLiteral("--segment"), QStringLiteral("Regulars"),
                          QStringLiteral("--as-of"), QStringLiteral("2026-03-31")}),
              0)
        << m_err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvReader::parse(f.readAll());
    ASSERT_EQ(rows.size(), members + 1);
    for (qsizetype i = 1; i < rows.size(); ++i)
        EXPECT_EQ(r.segmentOf.value(rows[i][0].toLongLong()), r.segments.first().segmentId) << rows[i][0].toStdString();

    // Their interactions: every row belongs to a member, and all of theirs are there.
    const QString visits = file(QStringLiteral("visits.csv"));
    ASSERT_EQ(run(false, {QStringLiteral("interactions"), visits, QStringLiteral("--segment"), QStringLiteral("Regulars"),
                          QStringLiteral("--as-of"), QStringLiteral("2026-03-31")}),
              0)
        << m_err.toStdString();
    QFile vf(visits);
    ASSERT_TRUE(vf.open(QIODevice::ReadOnly));
    const QList<QStringList> vrows = CsvReader::parse(vf.readAll());
    ASSERT_GT(vrows.size(), 1);
    EXPECT_EQ(vrows.first(), Exporter::header(Exporter::Kind::Interactions));
    QSqlQuery q(db.connection());
    qint64 expected = 0;
    for (auto it = r.segmentOf.cbegin(); it != r.segmentOf.cend(); ++it) {
        if (it.value() != r.segments.first().segmentId)
            continue;
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = %1").arg(it.key())));
        ASSERT_TRUE(q.next());
        expected += q.value(0).toLongLong();
    }
    EXPECT_EQ(vrows.size() - 1, expected);
}

TEST_F(ExportTest, InteractionsAndConsentDatesRoundTrip)
{
    DemoShop::Options demo;
    demo.customers = 200;
    demo.asOf = QDate(2026, 3, 31);
    ASSERT_TRUE(DemoShop::generate(db, demo).ok);
    QSqlQuery q(db.connection());
    // A consent given on a known day must come back as that day, not as the import's.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE customers SET consent_sms = 1, consent_sms_at = 1600000000 WHERE id = 5")));

    Exporter::Options o;
    ASSERT_TRUE(Exporter::run(db, file(QStringLiteral("c.csv")), o).ok);
    o.kind = Exporter::Kind::Interactions;
    const Exporter::Result interactions = Exporter::run(db, file(QStringLiteral("i.csv")), o);
    ASSERT_TRUE(interactions.ok);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM interactions")) && q.next());
    EXPECT_EQ(interactions.rows, q.value(0).toLongLong());

    Database empty;
    ASSERT_FALSE(empty.open(file(QStringLiteral("empty.sqlite"))).isError());
    Importer::Options in;
    ASSERT_TRUE(Importer::run(empty, file(QStringLiteral("c.csv")), in).ok());
    in.kind = Importer::Kind::Interactions;
    const Importer::Result i = Importer::run(empty, file(QStringLiteral("i.csv")), in);
    ASSERT_TRUE(i.ok()) << i.error.toStdString();
    EXPECT_EQ(i.imported, interactions.rows);
    EXPECT_EQ(i.rejected, 0);

    const auto rows = [](const Database &d) {
        QStringList out;
        QSqlQuery r(d.connection());
        EXPECT_TRUE(r.exec(QStringLiteral("SELECT i.customer_id, i.time, i.kind, i.detail, coalesce(l.name, '') "
                                          "FROM interactions i LEFT JOIN locations l ON l.id = i.location_id "
                                          "ORDER BY 1, 2, 3, 4, 5")));
        while (r.next())
            out << QStringLiteral("%1|%2|%3|%4|%5")
                       .arg(r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                            r.value(3).toString(), r.value(4).toString());
        return out;
    };
    EXPECT_EQ(rows(empty), rows(db));
    QSqlQuery e(empty.connection());
    ASSERT_TRUE(e.exec(QStringLiteral("SELECT consent_sms, consent_sms_at FROM customers WHERE id = 5")) && e.next());
    EXPECT_EQ(e.value(0).toInt(), 1);
    EXPECT_EQ(e.value(1).toLongLong(), 1600000000);
}
