#include "QtGTestPrinters.h"
#include "io/CsvReader.h"

#include <QtCore/QBuffer>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

using Rows = QList<QStringList>;

Rows parse(const QByteArray &bytes, QChar delimiter = QChar(), QStringList *problems = nullptr, qsizetype chunk = 0)
{
    CsvReader::Options o;
    o.delimiter = delimiter;
    if (chunk > 0) {
        o.chunkSize = chunk;
        o.sampleBytes = chunk;
    }
    return CsvReader::parse(bytes, o, problems);
}

QList<qint64> lines(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    EXPECT_TRUE(reader.open());
    QList<qint64> result;
    CsvReader::Record r;
    while (reader.readRecord(r))
        result << r.line;
    return result;
}

} // namespace

TEST(CsvReader, QuotesEscapedQuotesAndEmbeddedLineBreaks)
{
    const Rows rows = parse("name,note\r\n\"Doe, Jane\",\"said \"\"hi\"\"\nthen left\"\r\nBob,\r\n");
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("Doe, Jane"), QStringLiteral("said \"hi\"\nthen left")}));
    EXPECT_EQ(rows[2], (QStringList{QStringLiteral("Bob"), QString()}));
}

TEST(CsvReader, EveryLineEndingCountsAsOneLine)
{
    EXPECT_EQ(lines("a\nb\rc\r\nd"), (QList<qint64>{1, 2, 3, 4}));
    // A quoted line break moves the next record down; blank lines are skipped but counted.
    EXPECT_EQ(lines("a,\"x\r\ny\"\r\n\r\nb\n\nc"), (QList<qint64>{1, 4, 6}));
}

TEST(CsvReader, ChunkBoundariesChangeNothing)
{
    QByteArray text = "id;name;city\r\n1;\"Ève \"\"la\"\" Grande\";Zürich\r\n2;\"two\r\nlines\";€uro\r\n";
    for (int i = 0; i < 50; ++i)
        text += QByteArray::number(i) + ";\"x" + QByteArray(i, 'y') + "\";\xF0\x9F\x98\x80\n";
    const Rows whole = parse(text);
    ASSERT_EQ(whole.size(), 53);
    for (qsizetype chunk : {1, 2, 3, 5, 7, 64})
        EXPECT_EQ(parse(text, u';', nullptr, chunk), whole) << chunk;
    EXPECT_EQ(whole[1][1], QStringLiteral("Ève \"la\" Grande"));
    EXPECT_EQ(whole[3][2], QStringLiteral("😀"));
}

// Found by tests/fuzz: with a forced encoding and a sample of one or two
// bytes the BOM was cut, read as U+FEFF and kept in the first field; a second
// BOM cut by the sample's end was kept too.
TEST(CsvReader, ABomIsDroppedWhateverTheSampleSize)
{
    const QByteArray bom("\xEF\xBB\xBF");
    for (const QByteArray &bytes : QList<QByteArray>{bom + "a,b\n1,2\n", bom + bom + "a,b\n1,2\n"}) {
        for (qsizetype sample = 1; sample <= 7; ++sample) {
            CsvReader::Options o;
            o.encoding = TextDecoder::Encoding::Utf8;
            o.delimiter = u',';
            o.sampleBytes = sample;
            o.chunkSize = 1;
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer, o);
            ASSERT_TRUE(reader.open());
            EXPECT_TRUE(reader.hadBom()) << sample;
            CsvReader::Record r;
            ASSERT_TRUE(reader.readRecord(r));
            EXPECT_EQ(r.fields, (QStringList{QStringLiteral("a"), QStringLiteral("b")})) << sample;
        }
    }
}

TEST(CsvReader, DetectsTheDelimiter)
{
    EXPECT_EQ(CsvReader::detectDelimiter(u"a;b;c\n1;2,5;3\n"), QChar(u';'));
    EXPECT_EQ(CsvReader::detectDelimiter(u"a\tb\n1\t2\n"), QChar(u'\t'));
    EXPECT_EQ(CsvReader::detectDelimiter(u"a|b|c\n\"x,y\"|2|3\n"), QChar(u'|'));
    EXPECT_EQ(CsvReader::detectDelimiter(u"a,b\n1,2\n"), QChar(u','));
    EXPECT_EQ(CsvReader::detectDelimiter(u"just one column\nhere\n"), QChar(u','));
}

TEST(CsvReader, DetectsEncodings)
{
    // Windows-1252 from Excel: é is E9, € is 80, ’ is 92.
    QBuffer cp;
    cp.setData("Nom;Prix\nCaf\xE9 cr\xE8me;3\x80\nl\x92\x65t\xE9;2\n");
    cp.open(QIODevice::ReadOnly);
    CsvReader reader(&cp);
    ASSERT_TRUE(reader.open());
    EXPECT_EQ(reader.encoding(), TextDecoder::Encoding::Windows1252);
    EXPECT_EQ(reader.delimiter(), QChar(u';'));
    CsvReader::Record r;
    ASSERT_TRUE(reader.readRecord(r));
    ASSERT_TRUE(reader.readRecord(r));
    EXPECT_EQ(r.fields, (QStringList{QStringLiteral("Café crème"), QStringLiteral("3€")}));
    ASSERT_TRUE(reader.readRecord(r));
    EXPECT_EQ(r.fields.first(), QStringLiteral("l’eté"));

    const QString text = QStringLiteral("Name,City\nZoë,Łódź\n");
    using Input = std::pair<QByteArray, TextDecoder::Encoding>;
    const QList<Input> inputs = {
        Input{QByteArray("\xEF\xBB\xBF") + text.toUtf8(), TextDecoder::Encoding::Utf8},
        Input{text.toUtf8(), TextDecoder::Encoding::Utf8},
        Input{QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
              TextDecoder::Encoding::Utf16LE}};
    for (const auto &[bytes, encoding] : inputs) {
        QBuffer b;
        b.setData(bytes);
        b.open(QIODevice::ReadOnly);
        CsvReader rd(&b);
        ASSERT_TRUE(rd.open());
        EXPECT_EQ(rd.encoding(), encoding);
        ASSERT_TRUE(rd.readRecord(r));
        EXPECT_EQ(r.fields.first(), QStringLiteral("Name"));
        ASSERT_TRUE(rd.readRecord(r));
        EXPECT_EQ(r.fields, (QStringList{QStringLiteral("Zoë"), QStringLiteral("Łódź")}));
    }
    QByteArray be("\xFE\xFF");
    for (QChar c : text)
        be += char(c.unicode() >> 8), be += char(c.unicode() & 0xFF);
    EXPECT_EQ(parse(be).value(1), (QStringList{QStringLiteral("Zoë"), QStringLiteral("Łódź")}));
}

TEST(CsvReader, NamesProblemsWithTheirLine)
{
    QStringList problems;
    Rows rows = parse("a,b\n1,\"open\nnever closed", QChar(), &problems);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("open\nnever closed")}));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(u"line 2")) << problems[0].toStdString();

    problems.clear();
    rows = parse(QByteArray("a,b\nx\0y,2\n", 10), QChar(), &problems);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1][0], QString(QStringLiteral("x")) + QChar(0) + u'y');
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(u"NUL")) << problems[0].toStdString();

    problems.clear();
    rows = parse("a,b\n\"ab\"c,2\n", QChar(), &problems);
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("abc"), QStringLiteral("2")}));
    EXPECT_EQ(problems.size(), 1);
}

TEST(CsvReader, ReadsATenMegabyteField)
{
    const QByteArray big(10 * 1024 * 1024, 'x');
    const Rows rows = parse("id,notes\n1,\"" + big + "\"\n2,short\n");
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1][1].size(), big.size());
    EXPECT_EQ(rows[2][1], QStringLiteral("short"));
}

TEST(CsvReader, StopsOnARunawayQuote)
{
    CsvReader::Options o;
    o.maxRecordChars = 1000;
    QStringList problems;
    const Rows rows = CsvReader::parse("a\n\"" + QByteArray(5000, 'z') + "\nb\n", o, &problems);
    EXPECT_EQ(rows.size(), 2);
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.last().contains(u"line 2"));
}

TEST(CsvReader, RecognisesAHeader)
{
    EXPECT_TRUE(CsvReader::looksLikeHeader({QStringLiteral("Email"), QStringLiteral("Name")},
                                           {{QStringLiteral("a@b.c"), QStringLiteral("Ann")}}));
    EXPECT_FALSE(CsvReader::looksLikeHeader({QStringLiteral("a@b.c"), QStringLiteral("Ann")}));
    EXPECT_FALSE(CsvReader::looksLikeHeader({QStringLiteral("17850"), QStringLiteral("2010-12-01")}));
    EXPECT_TRUE(CsvReader::looksLikeHeader({QStringLiteral("InvoiceNo"), QStringLiteral("Quantity")},
                                           {{QStringLiteral("536365"), QStringLiteral("6")}}));
}
