#include "CsvWriter.h"

#include <QtCore/QIODevice>

namespace clientele {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;

bool startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

void appendField(QString &out, const QString &field, const CsvWriter::Options &options)
{
    const QString cell = options.neutralizeFormulas ? CsvWriter::neutralized(field) : field;
    // A leading U+FEFF at the start of a file reads as a byte order mark and
    // is dropped: quoted, it stays part of the value.
    bool quote = !cell.isEmpty() && (cell.front() == u' ' || cell.back() == u' ' || cell.front() == QChar(0xFEFF));
    for (QChar c : cell) {
        if (c == options.delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += cell;
        return;
    }
    out += u'"';
    for (QChar c : cell) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Options())
{
}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    if (i < cell.size() && cell[i] == u'-')
        ++i;
    qsizetype digits = 0;
    while (i < cell.size() && cell[i].isDigit() && cell[i].unicode() < 128) {
        ++i;
        ++digits;
    }
    if (digits == 0)
        return false;
    if (i < cell.size() && (cell[i] == u'.' || cell[i] == u',')) {
        ++i;
        qsizetype decimals = 0;
        while (i < cell.size() && cell[i].isDigit() && cell[i].unicode() < 128) {
            ++i;
            ++decimals;
        }
        if (decimals == 0)
            return false;
    }
    return i == cell.size();
}

QString CsvWriter::neutralized(const QString &cell)
{
    if (startsLikeFormula(cell) && !isPlainNumber(cell))
        return u'\'' + cell;
    // The importer takes one apostrophe off a cell like '+33..., so a cell
    // that really starts that way gets one more to keep it whole.
    if (cell.size() > 1 && cell.front() == u'\''
        && (startsLikeFormula(QStringView(cell).mid(1)) || cell[1] == u'\'' || cell[1].isDigit()))
        return u'\'' + cell;
    return cell;
}

QString CsvWriter::formatRecord(const QStringList &fields)
{
    return formatRecord(fields, Options());
}

QString CsvWriter::formatRecord(const QStringList &fields, const Options &options)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += options.delimiter;
        appendField(line, fields[i], options);
    }
    // A record of one empty field would read back as a blank line, which
    // readers skip: quote it so it stays a record.
    if (fields.size() == 1 && fields[0].isEmpty())
        line = QStringLiteral("\"\"");
    line += QStringLiteral("\r\n");
    return line;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    if (m_options.bom && !m_bomWritten) {
        m_buffer += "\xEF\xBB\xBF";
        m_bomWritten = true;
    }
    m_buffer += formatRecord(fields, m_options).toUtf8();
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return m_error.isEmpty();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty() || !m_device)
        return m_error.isEmpty();
    if (m_device->write(m_buffer) != m_buffer.size())
        m_error = m_device->errorString();
    m_buffer.clear();
    return m_error.isEmpty();
}

} // namespace clientele
