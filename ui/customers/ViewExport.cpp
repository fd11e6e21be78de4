#include "ViewExport.h"

#include "CustomerTableModel.h"
#include "io/CsvWriter.h"
#include "model/Money.h"
#include "storage/CustomerStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QSaveFile>

namespace clientele {

ViewExport ViewExport::of(const CustomerTableModel &model, const QList<int> &visible)
{
    ViewExport e;
    e.query = model.query();
    e.columns = visible;
    for (int c : visible)
        e.headers << model.headerData(c, Qt::Horizontal).toString();
    e.segmentOf = model.segmentOf();
    e.segmentNames = model.segmentNames();
    return e;
}

QString ViewExport::write(Database &db, const QString &path, const BackgroundTask::Progress &progress,
                          qint64 *rows) const
{
    const QString name = QDir::toNativeSeparators(path);
    CustomerStore store(db);
    const QList<qint64> ids = store.sortedIds(query, [&] { return progress && !progress(0, 1); });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Clientele cannot write “%1”: %2.").arg(name, file.errorString());
    CsvWriter::Options options;
    options.bom = true; // Excel then reads accents right
    options.delimiter = delimiter;
    CsvWriter writer(&file, options);
    writer.writeRecord(headers);
    // Values a spreadsheet understands: ISO dates, plain numbers.
    const auto date = [](qint64 secs) {
        return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs).date().toString(Qt::ISODate) : QString();
    };
    constexpr qsizetype chunk = 2000;
    for (qsizetype at = 0; at < ids.size(); at += chunk) {
        if (progress && !progress(at, ids.size()))
            return {}; // cancelled: QSaveFile leaves nothing behind
        for (const CustomerRow &r : store.rowsByIds(ids.mid(at, chunk))) {
            QStringList cells;
            for (int c : columns) {
                switch (CustomerTableModel::Column(c)) {
                case CustomerTableModel::Name:
                    cells << r.displayName();
                    break;
                case CustomerTableModel::Email:
                    cells << r.email;
                    break;
                case CustomerTableModel::Phone:
                    cells << r.phone;
                    break;
                case CustomerTableModel::City:
                    cells << r.city;
                    break;
                case CustomerTableModel::Segment:
                    cells << segmentNames.value(segmentOf.value(r.id, 0));
                    break;
                case CustomerTableModel::Tags:
                    cells << r.tags.join(QStringLiteral(", "));
                    break;
                case CustomerTableModel::LastPurchase:
                    cells << date(r.lastPurchaseAt);
                    break;
                case CustomerTableModel::Purchases:
                    cells << QString::number(r.purchaseCount);
                    break;
                case CustomerTableModel::TotalSpent:
                    cells << Money::fromCents(r.totalSpentCents).toPlainString();
                    break;
                case CustomerTableModel::Created:
                    cells << date(r.createdAt);
                    break;
                case CustomerTableModel::ColumnCount:
                    break;
                }
            }
            if (!writer.writeRecord(cells))
                break;
            if (rows)
                ++*rows;
        }
    }
    if (!writer.flush() || !file.commit())
        return tr("Clientele could not write “%1”: %2.")
            .arg(name, writer.errorString().isEmpty() ? file.errorString() : writer.errorString());
    if (progress)
        progress(ids.size(), ids.size());
    return {};
}

} // namespace clientele
