#include "QtGTestPrinters.h"
#include "io/CellValue.h"
#include "io/ColumnMapping.h"
#include "io/DateParser.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

QString fieldOf(const ColumnMapping &m, const QString &column)
{
    return m.columns().value(column);
}

} // namespace

TEST(ImportMapping, GuessesHeadersInFourLanguages)
{
    const ColumnMapping de = ColumnMapping::guess(ColumnMapping::Kind::Customers,
                                                  {QStringLiteral("Vorname"), QStringLiteral("Nachname"),
                                                   QStringLiteral("E-Mail"), QStringLiteral("Telefon"),
                                                   QStringLiteral("Straße"), QStringLiteral("PLZ"), QStringLiteral("Ort"),
                                                   QStringLiteral("Geburtsdatum")});
    EXPECT_EQ(fieldOf(de, QStringLiteral("Vorname")), QStringLiteral("first_name"));
    EXPECT_EQ(fieldOf(de, QStringLiteral("E-Mail")), QStringLiteral("email"));
    EXPECT_EQ(fieldOf(de, QStringLiteral("Straße")), QStringLiteral("street"));
    EXPECT_EQ(fieldOf(de, QStringLiteral("PLZ")), QStringLiteral("postal_code"));
    EXPECT_EQ(fieldOf(de, QStringLiteral("Geburtsdatum")), QStringLiteral("birthday"));
    const ColumnMapping fr = ColumnMapping::guess(ColumnMapping::Kind::Customers,
                                                  {QStringLiteral("Prénom"), QStringLiteral("Nom"),
                                                   QStringLiteral("Courriel"), QStringLiteral("Téléphone"),
                                                   QStringLiteral("Code postal"), QStringLiteral("Ville")});
    EXPECT_EQ(fieldOf(fr, QStringLiteral("Prénom")), QStringLiteral("first_name"));
    EXPECT_EQ(fieldOf(fr, QStringLiteral("Nom")), QStringLiteral("last_name"));
    EXPECT_EQ(fieldOf(fr, QStringLiteral("Téléphone")), QStringLiteral("phone"));
    EXPECT_EQ(fieldOf(fr, QStringLiteral("Code postal")), QStringLiteral("postal_code"));
    const ColumnMapping es = ColumnMapping::guess(ColumnMapping::Kind::Customers,
                                                  {QStringLiteral("Nombre"), QStringLiteral("Apellidos"),
                                                   QStringLiteral("Correo electrónico"), QStringLiteral("Teléfono"),
                                                   QStringLiteral("Ciudad"), QStringLiteral("País")});
    EXPECT_EQ(fieldOf(es, QStringLiteral("Apellidos")), QStringLiteral("last_name"));
    EXPECT_EQ(fieldOf(es, QStringLiteral("Correo electrónico")), QStringLiteral("email"));
    EXPECT_EQ(fieldOf(es, QStringLiteral("País")), QStringLiteral("country"));
}

TEST(ImportMapping, KnowsTheExportsOfOtherPrograms)
{
    const QString path = QStringLiteral(CLIENTELE_SHARED_DATA_DIR "/crm-export-formats/HEADERS.txt");
    if (!QFile::exists(path))
        GTEST_SKIP() << "shared data not here";
    // Shopify (current export), WooCommerce user meta, Mailchimp and HubSpot, as listed in HEADERS.txt.
    const QString shopify = QStringLiteral(
        "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address "
        "Address1,Default Address Address2,Default Address City,Default Address Province Code,Default Address Country "
        "Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax "
        "Exempt,Tags");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ASSERT_TRUE(QString::fromUtf8(f.readAll()).contains(shopify)); // the test follows the shared list
    const ColumnMapping s = ColumnMapping::guess(ColumnMapping::Kind::Customers, shopify.split(u','));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Customer ID")), QStringLiteral("external_id"));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Accepts Email Marketing")), QStringLiteral("consent_email"));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Default Address Address1")), QStringLiteral("street"));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Default Address Zip")), QStringLiteral("postal_code"));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Default Address Phone")), QStringLiteral("phone"));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Default Address Country Code")), QStringLiteral("country"));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Accepts SMS Marketing")), QStringLiteral("consent_sms"));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Tags")), QStringLiteral("tags"));
    EXPECT_EQ(fieldOf(s, QStringLiteral("Note")), QStringLiteral("notes"));
    EXPECT_TRUE(fieldOf(s, QStringLiteral("Phone")).isEmpty()); // phone is taken once

    const ColumnMapping woo = ColumnMapping::guess(
        ColumnMapping::Kind::Customers,
        QStringLiteral("billing_first_name,billing_last_name,billing_company,billing_address_1,billing_city,"
                       "billing_postcode,billing_country,billing_email,billing_phone")
            .split(u','));
    EXPECT_EQ(woo.columns().size(), 8);
    EXPECT_EQ(fieldOf(woo, QStringLiteral("billing_email")), QStringLiteral("email"));
    const ColumnMapping mc = ColumnMapping::guess(
        ColumnMapping::Kind::Customers,
        QStringLiteral("Email Address,First Name,Last Name,MEMBER_RATING,OPTIN_TIME,CC,LEID,NOTES,TAGS").split(u','));
    EXPECT_EQ(fieldOf(mc, QStringLiteral("Email Address")), QStringLiteral("email"));
    EXPECT_EQ(fieldOf(mc, QStringLiteral("OPTIN_TIME")), QStringLiteral("created_at"));
    EXPECT_EQ(fieldOf(mc, QStringLiteral("TAGS")), QStringLiteral("tags"));
    const ColumnMapping hs = ColumnMapping::guess(
        ColumnMapping::Kind::Customers,
        QStringLiteral("Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Create Date").split(u','));
    EXPECT_EQ(fieldOf(hs, QStringLiteral("Record ID")), QStringLiteral("external_id"));
    EXPECT_EQ(fieldOf(hs, QStringLiteral("Phone Number")), QStringLiteral("phone"));
    EXPECT_EQ(fieldOf(hs, QStringLiteral("Create Date")), QStringLiteral("created_at"));
}

TEST(ImportMapping, SavesAndLoadsJsonAndNamesBadFields)
{
    ColumnMapping m = ColumnMapping::guess(ColumnMapping::Kind::Purchases,
                                           {QStringLiteral("CustomerID"), QStringLiteral("InvoiceDate"),
                                            QStringLiteral("Quantity"), QStringLiteral("UnitPrice")});
    m.dateOrder = DateParser::Order::MonthDayYear;
    m.tags = {QStringLiteral("Wholesale")};
    m.createCustomers = true;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.json"));
    QString error;
    ASSERT_TRUE(m.save(path, &error)) << error.toStdString();
    const auto back = ColumnMapping::load(path, &error);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->columns(), m.columns());
    EXPECT_EQ(back->dateOrder, DateParser::Order::MonthDayYear);
    EXPECT_EQ(back->tags, m.tags);
    EXPECT_TRUE(back->createCustomers);

    QJsonObject bad = m.toJson();
    bad.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("X"), QStringLiteral("shoe_size")}});
    EXPECT_FALSE(ColumnMapping::fromJson(bad, &error));
    EXPECT_TRUE(error.contains(u"shoe_size"));
}

TEST(ImportMapping, GuessesDayOrMonthFirstFromTheData)
{
    bool ambiguous = false;
    EXPECT_EQ(DateParser::guess({QStringLiteral("03/04/2024"), QStringLiteral("25/04/2024")}),
              DateParser::Order::DayMonthYear);
    EXPECT_EQ(DateParser::guess({QStringLiteral("03/04/2024"), QStringLiteral("04/25/2024 10:30")}),
              DateParser::Order::MonthDayYear);
    EXPECT_EQ(DateParser::guess({QStringLiteral("03.04.2024")}, DateParser::Order::DayMonthYear, &ambiguous),
              DateParser::Order::DayMonthYear);
    EXPECT_TRUE(ambiguous);
    EXPECT_EQ(DateParser::guess({QStringLiteral("2024-04-25 09:14:00")}), DateParser::Order::YearMonthDay);

    const DateParser dmy(DateParser::Order::DayMonthYear);
    EXPECT_EQ(dmy.toDate(u"25.04.2024"), QDate(2024, 4, 25));
    EXPECT_EQ(dmy.toDate(u"2024-04-25"), QDate(2024, 4, 25));
    EXPECT_EQ(dmy.toDate(u"31.02.2024"), std::nullopt);
    EXPECT_EQ(dmy.toDate(u"soon"), std::nullopt);
    EXPECT_EQ(dmy.toUtcSeconds(u"2024-04-25T10:00:00Z"), QDateTime(QDate(2024, 4, 25), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
    EXPECT_EQ(dmy.toUtcSeconds(u"2024-04-25 12:00+02:00"), QDateTime(QDate(2024, 4, 25), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
    EXPECT_EQ(dmy.toUtcSeconds(u"25/04/2024 09:14"),
              QDateTime(QDate(2024, 4, 25), QTime(9, 14), Qt::LocalTime).toSecsSinceEpoch());
    const DateParser mdy(DateParser::Order::MonthDayYear);
    EXPECT_EQ(mdy.toDate(u"04/25/24"), QDate(2024, 4, 25));
}

TEST(ImportMapping, CellsFromRealExports)
{
    const QStringList nulls{QStringLiteral("NULL")};
    EXPECT_EQ(CellValue::clean(QStringLiteral("'+33612345678"), nulls), QStringLiteral("+33612345678"));
    EXPECT_EQ(CellValue::clean(QStringLiteral("'7210448301122"), nulls), QStringLiteral("7210448301122"));
    EXPECT_EQ(CellValue::clean(QStringLiteral("'Tis"), nulls), QStringLiteral("'Tis"));
    EXPECT_EQ(CellValue::clean(QStringLiteral("NULL"), nulls), QString());
    EXPECT_EQ(CellValue::clean(QStringLiteral("Null"), nulls), QStringLiteral("Null")); // a real surname
    EXPECT_EQ(CellValue::externalId(u"17850.0"), QStringLiteral("17850"));
    EXPECT_EQ(CellValue::externalId(u"17850.5"), QStringLiteral("17850.5"));
    EXPECT_EQ(CellValue::countryCode(u"United Kingdom"), QStringLiteral("GB"));
    EXPECT_EQ(CellValue::countryCode(u"Deutschland"), QStringLiteral("DE"));
    EXPECT_EQ(CellValue::countryCode(u"USA"), QStringLiteral("US"));
    EXPECT_EQ(CellValue::countryCode(u"Channel Islands"), QStringLiteral("Channel Islands"));
    EXPECT_EQ(CellValue::yesNo(u"Oui"), true);
    EXPECT_EQ(CellValue::yesNo(u"nein"), false);
    EXPECT_EQ(CellValue::yesNo(u"maybe"), std::nullopt);
    EXPECT_EQ(CellValue::micros(u"2,55", true), 2550000);
    EXPECT_EQ(CellValue::micros(u"-0.001", false), -1000);
}
