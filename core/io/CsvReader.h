#pragma once

#include "TextDecoder.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

class QIODevice;

namespace clientele {

// Reads CSV records from a file one at a time, so a file of any size is read
// with a few hundred kilobytes of memory (plus the longest record).
//
// RFC 4180 with the tolerance real files need: CR, LF and CRLF line ends
// (mixed too), quoted fields with doubled quotes and line breaks, quotes in
// the middle of an unquoted field taken literally, spaces after a closing
// quote ignored. Blank lines are skipped. Each record knows the physical line
// it starts on, and carries a problem in plain words when something is wrong
// with it (a quote never closed, a NUL byte, text after a closing quote), so
// that an import can reject exactly that row and name its line.
//
// The encoding and the delimiter are detected from the first 256 KB unless
// given. See docs/csv.md for the rules and the deliberate differences from
// other parsers.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    struct Options
    {
        std::optional<TextDecoder::Encoding> encoding; // detected when empty
        QChar delimiter;                               // detected when null
        qsizetype chunkSize = 256 * 1024;              // bytes read at a time
        qsizetype sampleBytes = 256 * 1024;            // bytes looked at for detection
        // A quote left open would otherwise swallow the rest of a huge file.
        qsizetype maxRecordChars = 128 * 1024 * 1024;
    };

    struct Record
    {
        QStringList fields;
        qint64 line = 0;  // physical line where the record starts, from 1
        QString problem;  // empty when the record is well formed
    };

    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);

    // Reads the sample and detects what was not given. False when the device
    // cannot be read (see errorString()).
    bool open();

    // The next record; false at the end of the file or on a read error.
    bool readRecord(Record &record);

    TextDecoder::Encoding encoding() const { return m_decoder ? m_decoder->encoding() : TextDecoder::Encoding::Utf8; }
    bool hadBom() const { return m_bomLength > 0; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 invalidBytes() const { return m_decoder ? m_decoder->invalidBytes() : 0; }
    // Empty unless reading failed (not for problems of single records).
    QString errorString() const { return m_error; }

    // The delimiter that splits the lines of `sample` into the most fields,
    // the same number on every line: one of , ; tab |. Comma when unsure.
    static QChar detectDelimiter(QStringView sample);
    // True when `first` looks like column names rather than data, judged
    // against the rows after it.
    static bool looksLikeHeader(const QStringList &first, const QList<QStringList> &following = {});

    // For tests and small files: all records of `bytes`.
    static QList<QStringList> parse(const QByteArray &bytes);
    static QList<QStringList> parse(const QByteArray &bytes, const Options &options, QStringList *problems = nullptr);

private:
    bool fill();
    int next();

    QIODevice *m_device;
    Options m_options;
    std::optional<TextDecoder> m_decoder;
    QChar m_delimiter;
    QString m_text;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_lastWasCR = false;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    int m_bomLength = 0;
    QString m_error;
};

} // namespace clientele
