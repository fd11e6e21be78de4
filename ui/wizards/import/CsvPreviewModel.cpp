#include "CsvPreviewModel.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>

namespace clientele {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CsvPreviewModel::clear()
{
    beginResetModel();
    m_headers.clear();
    m_keys.clear();
    m_rows.clear();
    m_lines.clear();
    m_columns = 0;
    endResetModel();
}

QString CsvPreviewModel::load(const QString &path, const CsvReader::Options &options, std::optional<bool> hasHeader,
                              ColumnMapping::Kind kind)
{
    clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Clientele cannot read “%1”: %2.").arg(QFileInfo(path).fileName(), file.errorString());
    CsvReader reader(&file, options);
    if (!reader.open())
        return tr("Clientele cannot read “%1”: %2.").arg(QFileInfo(path).fileName(), reader.errorString());
    m_encoding = reader.encoding();
    m_delimiter = reader.delimiter();

    QList<CsvReader::Record> records;
    CsvReader::Record record;
    while (records.size() <= MaxRows && reader.readRecord(record))
        records << record;
    if (records.isEmpty())
        return reader.errorString().isEmpty()
                   ? tr("“%1” is empty: there is nothing to import.").arg(QFileInfo(path).fileName())
                   : tr("Clientele cannot read “%1”: %2.").arg(QFileInfo(path).fileName(), reader.errorString());

    const QStringList first = records.first().fields;
    if (hasHeader) {
        m_hasHeader = *hasHeader;
    } else {
        // The importer's rule: known column names decide, else the look of the rows.
        QList<QStringList> following;
        for (qsizetype i = 1; i < records.size(); ++i)
            following << records[i].fields;
        m_hasHeader = !ColumnMapping::guess(kind, first).columns().isEmpty()
                      || CsvReader::looksLikeHeader(first, following);
    }

    beginResetModel();
    if (m_hasHeader)
        records.removeFirst();
    else if (records.size() > MaxRows)
        records.removeLast();
    m_columns = int(first.size());
    for (const CsvReader::Record &r : std::as_const(records)) {
        m_rows << r.fields;
        m_lines << r.line;
        m_columns = qMax(m_columns, int(r.fields.size()));
    }
    QSet<QString> seen;
    for (int i = 0; i < m_columns; ++i) {
        const QString number = u'#' + QString::number(i + 1);
        const QString name = m_hasHeader && i < first.size() ? first[i] : QString();
        m_headers << (name.isEmpty() ? number : name);
        m_keys << (name.isEmpty() || seen.contains(name) ? number : name);
        seen.insert(name);
    }
    endResetModel();
    return QString();
}

QStringList CsvPreviewModel::samples(int column) const
{
    QStringList out;
    for (const QStringList &row : m_rows)
        if (column < row.size() && !row[column].trimmed().isEmpty())
            out << row[column].trimmed();
    return out;
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QVariant();
    const QStringList &row = m_rows[index.row()];
    return index.column() < row.size() ? row[index.column()] : QString();
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_lines.size() ? QVariant(m_lines[section]) : QVariant();
    if (section < 0 || section >= m_columns)
        return QVariant();
    return m_hasHeader && !m_headers[section].startsWith(u'#') ? m_headers[section]
                                                                : tr("Column %1").arg(section + 1);
}

} // namespace clientele
