#pragma once

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>
#include <QtCore/QStringList>

#include <optional>

namespace clientele {

// The first rows of a CSV file as a table, read the way the import will read
// them (same reader, same encoding and delimiter), so that what the owner
// sees in the wizard is what gets imported. Row headers are the file's line
// numbers, the ones problems are reported with.
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvPreviewModel)

public:
    static constexpr int MaxRows = 20;

    explicit CsvPreviewModel(QObject *parent = nullptr);

    // Reads the first rows of `path`. What `options` leaves open (encoding,
    // delimiter) is detected, and so is the header when `hasHeader` is not
    // given. Returns an error in plain words, empty on success.
    QString load(const QString &path, const CsvReader::Options &options, std::optional<bool> hasHeader,
                 ColumnMapping::Kind kind);
    void clear();

    TextDecoder::Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    bool hasHeader() const { return m_hasHeader; }
    // How columns are named in a mapping: the header text, or "#n" without a
    // header and for a name seen before (as ColumnMapping::guess does).
    QStringList columnKeys() const { return m_keys; }
    // The header's names as written (the keys' fallback: "#n").
    QStringList headers() const { return m_headers; }
    const QList<QStringList> &rows() const { return m_rows; }
    // The cells of column `column` in the rows read, empty ones left out.
    QStringList samples(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QStringList m_keys;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    int m_columns = 0;
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Utf8;
    QChar m_delimiter = u',';
    bool m_hasHeader = true;
};

} // namespace clientele
