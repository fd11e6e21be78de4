#include "SegmentListModel.h"

#include "model/Money.h"

#include <QtCore/QDataStream>
#include <QtCore/QLocale>
#include <QtCore/QMimeData>
#include <QtGui/QColor>

namespace clientele {

namespace {

const QString kMime = QStringLiteral("application/x-clientele-segment-id");

} // namespace

SegmentListModel::SegmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SegmentListModel::~SegmentListModel() = default;

void SegmentListModel::setResults(const SegmentResults &results, const QString &currency)
{
    beginResetModel();
    m_results = results;
    m_currency = currency;
    endResetModel();
}

QList<qint64> SegmentListModel::segmentIds() const
{
    QList<qint64> ids;
    for (const SegmentStats &s : m_results.segments)
        ids << s.segmentId;
    return ids;
}

int SegmentListModel::rowOf(qint64 segmentId) const
{
    if (segmentId == 0)
        return m_results.asOf.isValid() ? int(m_results.segments.size()) : -1;
    for (qsizetype i = 0; i < m_results.segments.size(); ++i)
        if (m_results.segments.at(i).segmentId == segmentId)
            return int(i);
    return -1;
}

const SegmentStats *SegmentListModel::statsAt(int row) const
{
    if (row < 0 || row > m_results.segments.size())
        return nullptr;
    return row == m_results.segments.size() ? &m_results.everyoneElse : &m_results.segments.at(row);
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_results.asOf.isValid())
        return 0;
    return int(m_results.segments.size()) + 1;
}

int SegmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentStats *s = statsAt(index.row());
    if (!s)
        return {};
    const bool everyoneElse = index.row() == m_results.segments.size();
    switch (role) {
    case IdRole:
        return s->segmentId;
    case ColorRole:
        return everyoneElse || s->color.isEmpty() ? QColor() : QColor(s->color);
    case SentenceRole:
        return everyoneElse ? tr("Customers no segment above takes.") : s->sentence;
    case ShareRole:
        return s->share;
    case IsEveryoneElseRole:
        return everyoneElse;
    case ErrorRole:
        return s->error;
    case Qt::ToolTipRole:
        if (!s->error.isEmpty())
            return tr("This segment could not be counted: %1").arg(s->error);
        return everyoneElse ? tr("Customers no segment above takes.") : s->sentence;
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        if (index.column() == Name)
            return everyoneElse ? s->name : tr("%1: %2").arg(s->name, s->sentence);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return s->name;
    case Members:
        return QLocale().toString(s->members);
    case Share:
        return QStringLiteral("%1%").arg(QLocale().toString(s->share * 100, 'f', s->share > 0 && s->share < 0.1 ? 1 : 0));
    case Revenue:
        return Money(s->revenueCents).toDisplayString(QLocale(), m_currency);
    default:
        return {};
    }
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Revenue)
        return tr("What the segment's customers spent in the last 12 months");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Segment, checked from the top");
    case Members:
        return tr("Customers");
    case Share:
        return tr("Share");
    case Revenue:
        return tr("Spent in the last year");
    default:
        return {};
    }
}

Qt::ItemFlags SegmentListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.row() < m_results.segments.size())
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    else
        f |= Qt::ItemIsDropEnabled; // dropping on "Everyone else" puts a segment last
    return f;
}

Qt::DropActions SegmentListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SegmentListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList SegmentListModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *SegmentListModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.row() < m_results.segments.size()) {
            auto *data = new QMimeData;
            data->setData(kMime, QByteArray::number(m_results.segments.at(i.row()).segmentId));
            return data;
        }
    }
    return nullptr;
}

bool SegmentListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(kMime);
}

QList<qint64> SegmentListModel::orderAfterMove(qint64 segmentId, int row) const
{
    QList<qint64> order = segmentIds();
    const qsizetype from = order.indexOf(segmentId);
    if (from < 0)
        return order;
    order.removeAt(from);
    int to = qBound(0, row, int(m_results.segments.size()));
    if (to > from)
        --to;
    order.insert(to, segmentId);
    return order;
}

bool SegmentListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const qint64 id = data->data(kMime).toLongLong(&ok);
    if (!ok)
        return false;
    // On a row: take its place; between rows: go there; below everything: last.
    int target = row >= 0 ? row : int(m_results.segments.size());
    if (row < 0 && parent.isValid())
        target = parent.row() > segmentIds().indexOf(id) ? parent.row() + 1 : parent.row();
    const QList<qint64> order = orderAfterMove(id, target);
    if (order != segmentIds())
        Q_EMIT reorderRequested(order);
    // The rows move when the new results come, not here: false keeps the
    // view from removing the dragged row itself.
    return false;
}

} // namespace clientele
