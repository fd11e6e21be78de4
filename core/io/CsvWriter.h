#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QIODevice;

namespace clientele {

// Writes CSV in UTF-8: fields quoted only when they need it (delimiter,
// quote, line break, or spaces at an end), CRLF line ends as RFC 4180 says.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (and
// some also after a tab or CR) as a formula, so a customer named
// "=HYPERLINK(...)" could act when the owner opens the export. With
// neutralizeFormulas such a cell is written with a leading apostrophe, which
// spreadsheets read as "this is text" and do not show. Plain numbers such as
// -12.50 stay numbers. Clientele's importer removes one such apostrophe again
// (as it does for Shopify's '+3361...), and a cell that really starts with an
// apostrophe before one of those characters or a digit gets a second one, so
// an export imports back unchanged (docs/csv.md).
class CsvWriter final
{
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    struct Options
    {
        QChar delimiter = u',';
        bool bom = false; // "UTF-8 with BOM": what Excel needs to read accents right
        bool neutralizeFormulas = true;
    };

    // The device must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const Options &options);
    ~CsvWriter();

    bool writeRecord(const QStringList &fields);
    // Writes what is buffered; false when the device refused it.
    bool flush();
    QString errorString() const { return m_error; }

    // One record as text, with its line end.
    static QString formatRecord(const QStringList &fields, const Options &options);
    static QString formatRecord(const QStringList &fields);
    // The cell as written when formulas are neutralised.
    static QString neutralized(const QString &cell);
    // -12.50, 3, 1,5: a number a spreadsheet may read as a number.
    static bool isPlainNumber(QStringView cell);

private:
    QIODevice *m_device;
    Options m_options;
    QByteArray m_buffer;
    bool m_bomWritten = false;
    QString m_error;
};

} // namespace clientele
