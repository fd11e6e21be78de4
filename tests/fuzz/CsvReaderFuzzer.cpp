// libFuzzer target for the CSV reading path of an import: arbitrary bytes go
// through a QIODevice into CsvReader exactly as Importer feeds a file
// (encoding and delimiter detected, then record by record, then the header
// guess), and the results are checked against rules that must always hold.
// Any broken rule aborts, so libFuzzer saves the input as a crash.
//
// Rules checked for every input:
//  - reading ends, never fails on an in-memory device, and reads every byte;
//  - every record has at least one field, starts on line 1 or later, and on
//    a later line than the record before it, and no later than the number
//    of physical lines in the text;
//  - the records hold no more fields than there are delimiters plus records,
//    and no more characters than the decoded text;
//  - reading the same bytes in small chunks (so that characters, BOMs, CRLF
//    and quotes are cut at every place) gives exactly the same records;
//  - TextDecoder gives the same text whether bytes come whole or in pieces,
//    keeps one character per byte in the 8-bit encodings, and agrees with Qt
//    on valid UTF-8;
//  - a small record limit stops a runaway record without harm;
//  - the records written back with CsvWriter, as an export does, read back
//    the same.
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/TextDecoder.h"

#include <QtCore/QBuffer>
#include <QtCore/QByteArray>
#include <QtCore/QHashFunctions>
#include <QtCore/QStringDecoder>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace clientele;

namespace {

[[noreturn]] void fail(const char *rule)
{
    std::fprintf(stderr, "csv_reader_fuzzer: broken rule: %s\n", rule);
    std::abort();
}

#define CHECK(condition)                                                                                               \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            fail(#condition);                                                                                          \
    } while (false)

struct Reading
{
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QChar delimiter;
    bool hadBom = false;
    QList<CsvReader::Record> records;
    QString error;
    qint64 bytesRead = 0;
    qint64 invalidBytes = 0;
};

bool sameRecord(const CsvReader::Record &a, const CsvReader::Record &b)
{
    return a.line == b.line && a.fields == b.fields && a.problem == b.problem;
}

Reading read(const QByteArray &bytes, const CsvReader::Options &options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    CHECK(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, options);
    CHECK(reader.open());
    Reading r;
    r.encoding = reader.encoding();
    r.delimiter = reader.delimiter();
    r.hadBom = reader.hadBom();
    CsvReader::Record record;
    while (reader.readRecord(record))
        r.records << record;
    // The end is the end: asking again gives nothing.
    CHECK(!reader.readRecord(record));
    r.error = reader.errorString();
    r.bytesRead = reader.bytesRead();
    r.invalidBytes = reader.invalidBytes();
    return r;
}

QString decodeWhole(TextDecoder::Encoding encoding, QByteArrayView bytes)
{
    TextDecoder d(encoding);
    QString text = d.decode(bytes);
    text += d.finish();
    return text;
}

// Physical lines as CsvReader counts them: CR, LF and CRLF each end one.
qint64 physicalLines(const QString &text)
{
    qint64 lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r' || (text[i] == u'\n' && (i == 0 || text[i - 1] != u'\r')))
            ++lines;
    }
    return lines;
}

void checkDecoder(const QByteArray &bytes, std::size_t seed)
{
    const TextDecoder::Encoding all[] = {TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Utf16LE,
                                         TextDecoder::Encoding::Utf16BE, TextDecoder::Encoding::Windows1252,
                                         TextDecoder::Encoding::Latin1};
    for (TextDecoder::Encoding encoding : all) {
        const QString whole = decodeWhole(encoding, bytes);
        // The same bytes in pieces of 1 to 7 bytes.
        TextDecoder pieces(encoding);
        QString text;
        qsizetype step = qsizetype(seed % 7) + 1;
        for (qsizetype at = 0; at < bytes.size(); at += step)
            text += pieces.decode(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
        text += pieces.finish();
        CHECK(text == whole);
        switch (encoding) {
        case TextDecoder::Encoding::Utf8: {
            TextDecoder counted(encoding);
            counted.decode(bytes);
            counted.finish();
            CHECK(counted.invalidBytes() >= 0 && counted.invalidBytes() <= bytes.size());
            CHECK(whole.size() <= bytes.size());
            if (TextDecoder::isValidUtf8(bytes, true)) {
                CHECK(counted.invalidBytes() == 0);
                // Qt's decoder, keeping a BOM as TextDecoder does (CsvReader drops it).
                QStringDecoder qt(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
                CHECK(whole == QString(qt.decode(bytes)));
            } else {
                CHECK(counted.invalidBytes() > 0);
            }
            break;
        }
        case TextDecoder::Encoding::Utf16LE:
        case TextDecoder::Encoding::Utf16BE:
            CHECK(whole.size() <= bytes.size() / 2 + 1);
            break;
        case TextDecoder::Encoding::Windows1252:
        case TextDecoder::Encoding::Latin1:
            CHECK(whole.size() == bytes.size());
            break;
        }
    }
    const TextDecoder::Detection d = TextDecoder::detect(bytes, true);
    CHECK(d.bomLength == TextDecoder::bomLength(bytes, d.encoding));
    CHECK(TextDecoder::fromName(TextDecoder::name(d.encoding)) == d.encoding);
}

void checkReading(const QByteArray &bytes, const Reading &r)
{
    CHECK(r.error.isEmpty());
    CHECK(r.bytesRead == bytes.size());
    CHECK(r.invalidBytes >= 0 && r.invalidBytes <= bytes.size());
    const QChar delimiters[] = {u',', u';', u'\t', u'|'};
    CHECK(std::find(std::begin(delimiters), std::end(delimiters), r.delimiter) != std::end(delimiters));

    const int bom = TextDecoder::bomLength(bytes, r.encoding);
    CHECK(r.hadBom == (bom > 0));
    const QString text = decodeWhole(r.encoding, QByteArrayView(bytes).sliced(bom));
    const qint64 lines = physicalLines(text);
    qint64 previousLine = 0;
    qsizetype fields = 0;
    qsizetype chars = 0;
    for (const CsvReader::Record &record : r.records) {
        CHECK(!record.fields.isEmpty());
        CHECK(record.line >= 1);
        CHECK(record.line > previousLine);
        CHECK(record.line <= lines);
        previousLine = record.line;
        fields += record.fields.size();
        for (const QString &field : record.fields)
            chars += field.size();
    }
    CHECK(r.records.size() <= lines);
    CHECK(fields <= text.count(r.delimiter) + r.records.size());
    CHECK(chars <= text.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::size_t seed = qHash(bytes);

    checkDecoder(bytes, seed);

    // As an import reads a file: everything detected, default chunks.
    const Reading whole = read(bytes, CsvReader::Options());
    checkReading(bytes, whole);

    // The importer's header guess over the first rows.
    if (!whole.records.isEmpty()) {
        QList<QStringList> following;
        for (qsizetype i = 1; i < whole.records.size() && i <= 20; ++i)
            following << whole.records[i].fields;
        CsvReader::looksLikeHeader(whole.records.first().fields, following);
    }

    // The same file read in small chunks, with what was detected: the same records.
    CsvReader::Options small;
    small.encoding = whole.encoding;
    small.delimiter = whole.delimiter;
    small.chunkSize = qsizetype(seed % 13) + 1;
    small.sampleBytes = qsizetype((seed >> 8) % 13) + 1;
    const Reading chunked = read(bytes, small);
    CHECK(chunked.error.isEmpty());
    CHECK(chunked.hadBom == whole.hadBom);
    CHECK(chunked.records.size() == whole.records.size());
    for (qsizetype i = 0; i < whole.records.size(); ++i)
        CHECK(sameRecord(chunked.records[i], whole.records[i]));

    // A small record limit: reading stops cleanly, with a message.
    CsvReader::Options limited = small;
    limited.maxRecordChars = qsizetype((seed >> 16) % 64) + 1;
    const Reading cut = read(bytes, limited);
    CHECK(cut.records.size() <= whole.records.size());
    if (!cut.error.isEmpty())
        CHECK(!cut.records.isEmpty() && cut.records.last().problem == cut.error);

    // Written back with CsvWriter (as an export) and read again: the same fields.
    {
        QList<QStringList> written;
        QBuffer out;
        CHECK(out.open(QIODevice::WriteOnly));
        {
            CsvWriter::Options w;
            w.delimiter = whole.delimiter;
            w.bom = seed & 1;
            w.neutralizeFormulas = false;
            CsvWriter writer(&out, w);
            for (const CsvReader::Record &record : whole.records) {
                // UTF-8 cannot carry a lone surrogate (a broken UTF-16 file); leave such rows out.
                if (!std::all_of(record.fields.begin(), record.fields.end(),
                                 [](const QString &f) { return QStringView(f).isValidUtf16(); }))
                    continue;
                CHECK(writer.writeRecord(record.fields));
                written << record.fields;
            }
            CHECK(writer.flush());
        }
        CsvReader::Options again;
        again.encoding = TextDecoder::Encoding::Utf8;
        again.delimiter = whole.delimiter;
        again.chunkSize = small.chunkSize;
        const Reading reread = read(out.data(), again);
        CHECK(reread.records.size() == written.size());
        for (qsizetype i = 0; i < written.size(); ++i)
            CHECK(reread.records[i].fields == written[i]);
    }

    // Forced encodings and delimiters, as the wizard and the CLI allow.
    CsvReader::Options forced;
    const TextDecoder::Encoding encodings[] = {TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Utf16LE,
                                               TextDecoder::Encoding::Utf16BE, TextDecoder::Encoding::Windows1252,
                                               TextDecoder::Encoding::Latin1};
    const char16_t delimiters[] = {u',', u';', u'\t', u'|'};
    forced.encoding = encodings[(seed >> 24) % 5];
    forced.delimiter = QChar(delimiters[(seed >> 28) % 4]);
    checkReading(bytes, read(bytes, forced));
    return 0;
}
