// The CSV reader against public conformance suites (see docs/csv.md).
//
// Deliberate differences, also listed in docs/csv.md:
//  - Blank lines are skipped (cpython gives [], papaparse [""]): an empty
//    line in a customer file is never a customer.
//  - CR, LF and CRLF all end a line, even mixed in one file (papaparse keeps
//    the first kind it sees and treats the others as data).
//  - A quote closes a quoted field even when text follows it; the text is
//    kept and the row gets a problem (papaparse keeps the field open until a
//    well-placed quote, which can swallow the rest of a file).
//  - Only one-character delimiters, never NUL or space; no comment lines, escape characters or
//    other quote characters: cases that need those options are not run.
#include "QtGTestPrinters.h"
#include "io/CsvReader.h"

#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

using Rows = QList<QStringList>;

QString suites()
{
    return QStringLiteral(CLIENTELE_SHARED_DATA_DIR "/csv-suites");
}

#define REQUIRE_SUITES()                                                                                               \
    do {                                                                                                               \
        if (!QFileInfo::exists(suites())) {                                                                            \
            GTEST_SKIP() << "The shared conformance suites are not here: " << suites().toStdString();                  \
        }                                                                                                              \
    } while (false)

QByteArray readFile(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

Rows parseWith(const QByteArray &bytes, QChar delimiter, QStringList *problems = nullptr)
{
    CsvReader::Options o;
    o.delimiter = delimiter;
    return CsvReader::parse(bytes, o, problems);
}

Rows withoutBlankRows(Rows rows)
{
    rows.removeIf([](const QStringList &r) { return r.isEmpty() || (r.size() == 1 && r[0].isEmpty()); });
    return rows;
}

Rows rowsFromJson(const QJsonArray &array)
{
    Rows rows;
    for (const QJsonValue &row : array) {
        QStringList fields;
        for (const QJsonValue &v : row.toArray())
            fields << v.toString();
        rows << fields;
    }
    return rows;
}

std::string show(const Rows &rows)
{
    QString s;
    for (const QStringList &r : rows)
        s += u'[' + r.join(QStringLiteral("|")) + QStringLiteral("] ");
    return s.toStdString();
}

} // namespace

TEST(CsvConformance, CsvSpectrum)
{
    REQUIRE_SUITES();
    const QDir dir(suites() + QStringLiteral("/csv-spectrum"));
    const QStringList csvs = QDir(dir.filePath(QStringLiteral("csvs"))).entryList({QStringLiteral("*.csv")});
    ASSERT_GE(csvs.size(), 10);
    for (const QString &name : csvs) {
        SCOPED_TRACE(name.toStdString());
        const Rows rows = parseWith(readFile(dir.filePath(QStringLiteral("csvs/") + name)), u',');
        const QJsonArray expected =
            QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("json/") + QString(name).replace(
                                                                                     QStringLiteral(".csv"),
                                                                                     QStringLiteral(".json")))))
                .array();
        ASSERT_EQ(rows.size(), expected.size() + 1);
        const QStringList header = rows[0];
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject object = expected[i].toObject();
            ASSERT_EQ(rows[i + 1].size(), object.size());
            for (qsizetype c = 0; c < header.size(); ++c)
                EXPECT_EQ(rows[i + 1][c], object.value(header[c]).toString());
        }
    }
}

TEST(CsvConformance, CPythonReaderCases)
{
    REQUIRE_SUITES();
    const QJsonObject doc =
        QJsonDocument::fromJson(readFile(suites() + QStringLiteral("/cpython/cpython_test_csv_cases.json"))).object();
    int run = 0;
    for (const QJsonValue &value : doc.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = value.toObject();
        const QJsonObject kwargs = c.value(QStringLiteral("kwargs")).toObject();
        if (c.value(QStringLiteral("kind")).toString() != u"read" || c.contains(QStringLiteral("expect_error")))
            continue;
        // Only the default dialect and plain one-character delimiters apply.
        if (!(kwargs.isEmpty() || (kwargs.keys() == QStringList{QStringLiteral("delimiter")}
                                   && kwargs.value(QStringLiteral("delimiter")).toString() != u" "
                                   && kwargs.value(QStringLiteral("delimiter")).toString() != QChar(0))))
            continue;
        QByteArray input;
        const QJsonArray inputLines = c.value(QStringLiteral("input")).toArray();
        for (qsizetype i = 0; i < inputLines.size(); ++i) {
            // The cases feed lines one by one; a line without its own end still ends there.
            const QByteArray l = inputLines[i].toString().toUtf8();
            input += l;
            if (i + 1 < inputLines.size() && !l.endsWith('\n') && !l.endsWith('\r'))
                input += '\n';
        }
        const QString d = kwargs.value(QStringLiteral("delimiter")).toString(QStringLiteral(","));
        const Rows expected = withoutBlankRows(rowsFromJson(c.value(QStringLiteral("expect")).toArray()));
        const Rows got = parseWith(input, d.at(0));
        EXPECT_EQ(got, expected) << c.value(QStringLiteral("test")).toString().toStdString() << ": " << input.toStdString()
                                 << " -> " << show(got);
        ++run;
    }
    EXPECT_GE(run, 20);
}

TEST(CsvConformance, PapaParseCases)
{
    REQUIRE_SUITES();
    const QJsonObject doc =
        QJsonDocument::fromJson(readFile(suites() + QStringLiteral("/papaparse/papaparse_test_cases.json"))).object();
    // Cases where we differ on purpose (see the top of this file); the reader
    // must at least flag the malformed ones as problems.
    const QStringList differentOnPurpose = {
        QStringLiteral("Mixed slash n and slash r should choose first as precident"),
        QStringLiteral("Quoted field has invalid trailing quote after delimiter with a valid closer"),
        QStringLiteral("Quoted field has invalid trailing quote after delimiter"),
        QStringLiteral("Quoted field has invalid trailing quote before delimiter"),
        QStringLiteral("Quoted field has invalid trailing quote after new line"),
    };
    int run = 0;
    int differing = 0;
    for (const QString &group : {QStringLiteral("CORE_PARSER_TESTS"), QStringLiteral("PARSE_TESTS")}) {
        for (const QJsonValue &value : doc.value(group).toArray()) {
            const QJsonObject c = value.toObject();
            const QJsonObject config = c.value(QStringLiteral("config")).toObject();
            bool applicable = true;
            for (const QString &key : config.keys())
                applicable = applicable && (key == u"delimiter" || key == u"newline");
            const QString d = config.value(QStringLiteral("delimiter")).toString();
            if (!applicable || d.size() > 1)
                continue;
            const QString description = c.value(QStringLiteral("description")).toString();
            QChar delimiter = d.isEmpty() || d == u"\n" ? QChar() : d.at(0); // papaparse ignores a newline delimiter
            const QByteArray input = c.value(QStringLiteral("input")).toString().toUtf8();
            QStringList problems;
            const Rows got = parseWith(input, delimiter, &problems);
            const Rows expected =
                withoutBlankRows(rowsFromJson(c.value(QStringLiteral("expected")).toObject().value(QStringLiteral("data")).toArray()));
            if (differentOnPurpose.contains(description)) {
                ++differing;
                if (description.contains(u"invalid")) {
                    EXPECT_FALSE(problems.isEmpty()) << description.toStdString();
                }
                continue;
            }
            EXPECT_EQ(got, expected) << description.toStdString() << " -> " << show(got);
            ++run;
        }
    }
    EXPECT_GE(run, 60);
    EXPECT_EQ(differing, differentOnPurpose.size());
}

TEST(CsvConformance, CommonsCsvControlFiles)
{
    REQUIRE_SUITES();
    const QDir dir(suites() + QStringLiteral("/apache-commons-csv/CSVFileParser"));
    int run = 0;
    for (const QString &control : dir.entryList({QStringLiteral("test*.txt")})) {
        const QStringList lines = QString::fromUtf8(readFile(dir.filePath(control))).split(u'\n');
        const QStringList settings = lines.value(0).split(u' ', Qt::SkipEmptyParts);
        // Only the default format (with or without skipping empty lines) applies.
        if (settings.size() > 2 || (settings.size() == 2 && settings[1] != u"IgnoreEmpty=true"))
            continue;
        SCOPED_TRACE(control.toStdString());
        const Rows rows = parseWith(readFile(dir.filePath(settings[0])), u',');
        qsizetype i = 0;
        for (qsizetype l = 2; l < lines.size(); ++l) {
            const QString line = lines[l];
            // Blank lines are skipped here, kept as empty records by commons-csv.
            if (line.isEmpty() || line.startsWith(u'#') || line == u"1:[]")
                continue;
            const qsizetype colon = line.indexOf(u':');
            ASSERT_LT(i, rows.size());
            EXPECT_EQ(rows[i].size(), line.left(colon).toInt()) << line.toStdString();
            EXPECT_EQ(u'[' + rows[i].join(QStringLiteral(", ")) + u']', line.mid(colon + 1));
            ++i;
        }
        EXPECT_EQ(i, rows.size());
        ++run;
    }
    EXPECT_GE(run, 1);
}

// The other suites have no machine-readable expectations: every file must
// read without a crash, each record with a line number that grows, and the
// files that test encodings and line endings must give the right text.
TEST(CsvConformance, EveryFileOfEverySuiteReads)
{
    REQUIRE_SUITES();
    QDirIterator it(suites(), {QStringLiteral("*.csv"), QStringLiteral("*.tsv"), QStringLiteral("*.txt")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        CsvReader reader(&f);
        ASSERT_TRUE(reader.open()) << path.toStdString();
        CsvReader::Record r;
        qint64 last = 0;
        while (reader.readRecord(r)) {
            EXPECT_GT(r.line, last) << path.toStdString();
            last = r.line;
        }
        ++files;
    }
    EXPECT_GE(files, 80);
}

TEST(CsvConformance, EncodingsAndLineEndingsOfTheSuites)
{
    REQUIRE_SUITES();
    struct Case
    {
        const char *file;
        TextDecoder::Encoding encoding;
        int row;
        int column;
        const char *text; // UTF-8
    };
    const Case cases[] = {
        {"csvkit/examples/test_latin1.csv", TextDecoder::Encoding::Windows1252, 2, 2, "©"},
        {"csvkit/examples/test_utf8.csv", TextDecoder::Encoding::Utf8, 2, 2, "ʤ"},
        {"csvkit/examples/test_utf8_bom.csv", TextDecoder::Encoding::Utf8, 0, 0, "foo"},
        {"csvkit/examples/test_utf8_bom.csv", TextDecoder::Encoding::Utf8, 2, 2, "ʤ"},
        {"csvkit/examples/test_utf16_little.csv", TextDecoder::Encoding::Utf16LE, 2, 2, "ʤ"},
        {"csvkit/examples/test_utf16_big.csv", TextDecoder::Encoding::Utf16BE, 2, 2, "ʤ"},
        {"csvlint-rb/features/fixtures/invalid-byte-sequence.csv", TextDecoder::Encoding::Windows1252, 0, 2, "Histórico"},
        {"rust-csv/examples/data/uspop-latin1.csv", TextDecoder::Encoding::Windows1252, 0, 0, "City"},
        {"apache-commons-csv/CSVFileParser/bom.csv", TextDecoder::Encoding::Utf8, 0, 0, "Date"},
        {"apache-commons-csv/CSV-196/japanese.csv", TextDecoder::Encoding::Utf8, 0, 0, "id"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file);
        QFile f(suites() + u'/' + QLatin1String(c.file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        CsvReader reader(&f);
        ASSERT_TRUE(reader.open());
        EXPECT_EQ(reader.encoding(), c.encoding);
        CsvReader::Record r;
        Rows rows;
        while (reader.readRecord(r))
            rows << r.fields;
        ASSERT_GT(rows.size(), c.row);
        ASSERT_GT(rows[c.row].size(), c.column);
        EXPECT_EQ(rows[c.row][c.column], QString::fromUtf8(c.text));
    }
    // Mac (CR-only), Windows and Unix line ends give the same records.
    const Rows cr = parseWith(readFile(suites() + QStringLiteral("/csvlint-rb/features/fixtures/cr-line-endings.csv")), u',');
    const Rows lf = parseWith(readFile(suites() + QStringLiteral("/csvlint-rb/features/fixtures/lf-line-endings.csv")), u',');
    const Rows crlf =
        parseWith(readFile(suites() + QStringLiteral("/csvlint-rb/features/fixtures/crlf-line-endings.csv")), u',');
    EXPECT_GT(lf.size(), 1);
    EXPECT_EQ(cr.size(), lf.size());
    EXPECT_EQ(crlf.size(), cr.size()); // the fixtures differ in one letter ("Bsr")
    EXPECT_EQ(cr[0], (QStringList{QStringLiteral("Foo"), QStringLiteral("Bar"), QStringLiteral("Baz")}));
    EXPECT_EQ(parseWith(readFile(suites() + QStringLiteral("/csvkit/examples/mac_newlines.csv")), QChar()).size(), 3);
    // A NUL byte is read and flagged.
    QStringList problems;
    const Rows nul = parseWith(readFile(suites() + QStringLiteral("/csvkit/examples/null_byte.csv")), QChar(), &problems);
    EXPECT_EQ(nul.size(), 2);
    EXPECT_EQ(problems.size(), 1);
}
