#include "CsvReader.h"

#include <QtCore/QBuffer>
#include <QtCore/QHash>
#include <QtCore/QIODevice>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <algorithm>
#include <array>

namespace clientele {

namespace {

bool isLineBreak(int c)
{
    return c == '\r' || c == '\n';
}

// Splits one line of a sample by `delimiter`, honouring quotes; lines of a
// quoted field spanning lines are joined first by the caller's split.
qsizetype countFields(QStringView line, QChar delimiter)
{
    qsizetype fields = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'"')
            quoted = !quoted;
        else if (c == delimiter && !quoted)
            ++fields;
    }
    return fields;
}

// Logical lines of a sample: line breaks inside quotes do not split.
QList<QStringView> sampleLines(QStringView sample)
{
    QList<QStringView> lines;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < sample.size() && lines.size() < 200; ++i) {
        const QChar c = sample[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (i > start)
                lines << sample.mid(start, i - start);
            start = i + 1;
        }
    }
    // The last line of a sample may be cut: use it only if it is all we have.
    if (lines.isEmpty() && start < sample.size())
        lines << sample.mid(start);
    return lines;
}

bool looksLikeData(const QString &value)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+(]?[\d\s.,']*\d[\d\s.,']*\)?%?$)"));
    static const QRegularExpression date(QStringLiteral(R"(^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}([ T].*)?$)"));
    const QString v = value.trimmed();
    return v.contains(u'@') || number.match(v).hasMatch() || date.match(v).hasMatch();
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options())
{
}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvReader::open()
{
    if (!m_device || !m_device->isReadable()) {
        m_error = tr("The file cannot be read.");
        return false;
    }
    // However small the sample asked for, enough to see a byte order mark.
    const QByteArray sample = m_device->read(std::max<qsizetype>(m_options.sampleBytes, 4));
    if (sample.isEmpty() && !m_device->atEnd()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bytesRead = sample.size();
    const bool complete = m_device->atEnd();
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    if (m_options.encoding) {
        encoding = *m_options.encoding;
        m_bomLength = TextDecoder::bomLength(sample, encoding);
    } else {
        const TextDecoder::Detection d = TextDecoder::detect(sample, complete);
        encoding = d.encoding;
        m_bomLength = d.bomLength;
    }
    m_decoder.emplace(encoding);
    m_text = m_decoder->decode(QByteArrayView(sample).sliced(m_bomLength));
    if (complete) {
        m_text += m_decoder->finish();
        m_eof = true;
    }
    // The first character may be cut by the end of a small sample.
    if (m_text.isEmpty() && !fill() && !m_error.isEmpty())
        return false;
    // A BOM in a file declared UTF-16 without one, or a second one: drop it.
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter(QStringView(m_text).mid(m_pos)) : m_options.delimiter;
    return true;
}

bool CsvReader::fill()
{
    if (m_eof || !m_decoder)
        return false;
    m_text.remove(0, m_pos);
    m_pos = 0;
    while (m_pos >= m_text.size() && !m_eof) {
        const QByteArray chunk = m_device->read(m_options.chunkSize);
        if (chunk.isEmpty()) {
            if (!m_device->atEnd())
                m_error = m_device->errorString();
            m_text += m_decoder->finish();
            m_eof = true;
            break;
        }
        m_bytesRead += chunk.size();
        m_text += m_decoder->decode(chunk);
    }
    return m_pos < m_text.size();
}

// The next character, counting physical lines: CR, LF and CRLF each end one.
inline int CsvReader::next()
{
    if (m_pos >= m_text.size() && !fill())
        return -1;
    const char16_t c = m_text.at(m_pos++).unicode();
    if (c == u'\n') {
        if (!m_lastWasCR)
            ++m_line;
        m_lastWasCR = false;
    } else if (c == u'\r') {
        ++m_line;
        m_lastWasCR = true;
    } else {
        m_lastWasCR = false;
    }
    return c;
}

bool CsvReader::readRecord(Record &record)
{
    record.fields.clear();
    record.problem.clear();
    if (!m_decoder)
        return false;
    int c = next();
    while (isLineBreak(c)) // blank lines, and the LF of a CRLF that ended the last record
        c = next();
    if (c < 0)
        return false;
    record.line = m_line;
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype recordChars = 0;
    QString field;
    auto problem = [&](const QString &text) {
        if (record.problem.isEmpty())
            record.problem = text;
    };
    auto tooLong = [&] {
        recordChars += 1;
        return recordChars > m_options.maxRecordChars;
    };
    auto giveUp = [&] {
        problem(tr("The row that starts on line %1 is longer than %2 million characters; a quote is probably "
                   "never closed. Reading stopped there.")
                    .arg(record.line)
                    .arg(m_options.maxRecordChars / 1000000));
        m_error = record.problem;
        m_eof = true;
        m_text.clear();
        m_pos = 0;
        record.fields << field;
        return true;
    };
    auto nulFound = [&] {
        problem(tr("There is a NUL character (a zero byte) on line %1; the file may be damaged or in another "
                   "encoding.")
                    .arg(m_line));
    };

    for (;;) {
        // At the start of a field, `c` is its first character.
        if (c == u'"') {
            const qint64 quoteLine = m_line;
            for (;;) {
                // Fast path: a run of ordinary characters.
                const qsizetype begin = m_pos;
                const char16_t *data = reinterpret_cast<const char16_t *>(m_text.constData());
                qsizetype end = begin;
                while (end < m_text.size() && data[end] != u'"' && data[end] != u'\r' && data[end] != u'\n'
                       && data[end] != 0)
                    ++end;
                if (end > begin) {
                    field.append(QStringView(m_text).mid(begin, end - begin));
                    m_pos = end;
                    m_lastWasCR = false;
                    recordChars += end - begin;
                    if (recordChars > m_options.maxRecordChars)
                        return giveUp();
                }
                c = next();
                if (c < 0) {
                    problem(tr("The quoted text that starts on line %1 is never closed.").arg(quoteLine));
                    record.fields << field;
                    return true;
                }
                if (c == u'"') {
                    c = next();
                    if (c == u'"') {
                        field += QChar(u'"');
                        continue;
                    }
                    // Closing quote. Spaces between it and the delimiter are ignored.
                    while (c == u' ' || (c == u'\t' && delimiter != u'\t'))
                        c = next();
                    if (c == delimiter || c < 0 || isLineBreak(c))
                        break;
                    problem(tr("On line %1 there is text right after a closing quote; a quote inside a quoted "
                               "value must be doubled (\"\").")
                                .arg(m_line));
                    // Keep the rest of the field as plain text, as most spreadsheets do.
                    while (c >= 0 && c != delimiter && !isLineBreak(c)) {
                        if (c == 0)
                            nulFound();
                        field += QChar(char16_t(c));
                        if (tooLong())
                            return giveUp();
                        c = next();
                    }
                    break;
                }
                if (c == 0)
                    nulFound();
                field += QChar(char16_t(c));
                if (tooLong())
                    return giveUp();
            }
        } else {
            while (c >= 0 && c != delimiter && !isLineBreak(c)) {
                if (c == 0)
                    nulFound();
                field += QChar(char16_t(c));
                // Fast path: the rest of a plain field.
                const qsizetype begin = m_pos;
                const char16_t *data = reinterpret_cast<const char16_t *>(m_text.constData());
                qsizetype end = begin;
                while (end < m_text.size() && data[end] != delimiter && data[end] != u'\r' && data[end] != u'\n'
                       && data[end] != 0)
                    ++end;
                if (end > begin) {
                    field.append(QStringView(m_text).mid(begin, end - begin));
                    m_pos = end;
                    m_lastWasCR = false;
                    recordChars += end - begin;
                }
                if (tooLong())
                    return giveUp();
                c = next();
            }
        }
        // `c` is now the delimiter, a line break or the end.
        record.fields << field;
        field.clear();
        if (c != delimiter)
            return true;
        c = next();
    }
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    const std::array<QChar, 4> candidates = {u',', u';', u'\t', u'|'};
    const QList<QStringView> lines = sampleLines(sample);
    QChar best = u',';
    double bestScore = 0;
    for (QChar candidate : candidates) {
        QHash<qsizetype, int> counts;
        for (QStringView line : lines)
            ++counts[countFields(line, candidate)];
        qsizetype modeFields = 1;
        int modeLines = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > modeLines || (it.value() == modeLines && it.key() > modeFields)) {
                modeFields = it.key();
                modeLines = it.value();
            }
        if (modeFields < 2)
            continue;
        // Consistency first (share of lines with the usual count), then more fields.
        const double consistency = lines.isEmpty() ? 0 : double(modeLines) / double(lines.size());
        const double score = consistency * 1000.0 + double(std::min<qsizetype>(modeFields, 999));
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

bool CsvReader::looksLikeHeader(const QStringList &first, const QList<QStringList> &following)
{
    if (first.isEmpty())
        return false;
    QSet<QString> seen;
    int named = 0;
    for (const QString &name : first) {
        const QString n = name.trimmed();
        if (n.isEmpty())
            continue;
        if (looksLikeData(n))
            return false;
        seen.insert(n.toLower());
        ++named;
    }
    if (named == 0)
        return false;
    // Column names are mostly distinct; data rows repeat values less reliably.
    if (seen.size() * 2 < named)
        return false;
    // When a later row has data where the first has names, the first is a header.
    for (const QStringList &row : following)
        for (qsizetype i = 0; i < row.size() && i < first.size(); ++i)
            if (looksLikeData(row.at(i)))
                return true;
    return named * 2 > first.size();
}

QList<QStringList> CsvReader::parse(const QByteArray &bytes)
{
    return parse(bytes, Options());
}

QList<QStringList> CsvReader::parse(const QByteArray &bytes, const Options &options, QStringList *problems)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<QStringList> rows;
    if (!reader.open())
        return rows;
    Record record;
    while (reader.readRecord(record)) {
        rows << record.fields;
        if (problems && !record.problem.isEmpty())
            *problems << record.problem;
    }
    return rows;
}

} // namespace clientele
