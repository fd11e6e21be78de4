#include "QtGTestPrinters.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QtCore/QBuffer>

#include <gtest/gtest.h>

using namespace clientele;

TEST(CsvWriter, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(CsvWriter::formatRecord({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""),
                                       QStringLiteral("two\nlines"), QString(), QStringLiteral(" pad ")}),
              QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",,\" pad \"\r\n"));
    CsvWriter::Options semicolon;
    semicolon.delimiter = u';';
    EXPECT_EQ(CsvWriter::formatRecord({QStringLiteral("1,5"), QStringLiteral("a;b")}, semicolon),
              QStringLiteral("1,5;\"a;b\"\r\n"));
}

TEST(CsvWriter, NeutralisesFormulasButNotNumbers)
{
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("=HYPERLINK(\"http://x\")")), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("+33 6 12 34 56 78")), QStringLiteral("'+33 6 12 34 56 78"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("\rcmd")), QStringLiteral("'\rcmd"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("-3")), QStringLiteral("-3"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("Anna")), QStringLiteral("Anna"));
    EXPECT_EQ(CsvWriter::neutralized(QStringLiteral("'=x")), QStringLiteral("''=x")); // kept whole through import
}

TEST(CsvWriter, WritesABomForExcelAndReadsBack)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options o;
    o.bom = true;
    const QList<QStringList> rows = {{QStringLiteral("Name"), QStringLiteral("Note")},
                                     {QStringLiteral("Zoë"), QStringLiteral("a \"quote\"\r\nand ; , |")},
                                     {QString(), QString()}};
    {
        CsvWriter writer(&buffer, o);
        for (const QStringList &r : rows)
            ASSERT_TRUE(writer.writeRecord(r));
    }
    EXPECT_TRUE(buffer.data().startsWith("\xEF\xBB\xBFName,Note\r\n"));
    EXPECT_EQ(CsvReader::parse(buffer.data()), rows);
}

// Found by tests/fuzz (written back and read again): a value starting with
// U+FEFF at the start of the file read back as a byte order mark and lost it.
TEST(CsvWriter, AValueStartingWithFeffReadsBackWhole)
{
    const QStringList fields{QString(QChar(0xFEFF)) + u'a', QStringLiteral("b")};
    for (bool bom : {false, true}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter::Options o;
        o.bom = bom;
        {
            CsvWriter writer(&buffer, o);
            ASSERT_TRUE(writer.writeRecord(fields));
        }
        EXPECT_EQ(CsvReader::parse(buffer.data()), QList<QStringList>{fields}) << bom;
    }
}
