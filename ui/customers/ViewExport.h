#pragma once

#include "common/BackgroundTask.h"
#include "storage/CustomerQuery.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace clientele {

class CustomerTableModel;
class Database;

// "Export this list": the customers the table shows (its search and
// filters, in its order) with the columns it shows, as a CSV file. Taken
// from the table on the GUI thread (cheap copies), written in a worker.
struct ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ViewExport)

public:
    CustomerQuery query;
    QList<int> columns; // CustomerTableModel columns, in the order shown
    QStringList headers;
    QHash<qint64, qint64> segmentOf;     // customer -> segment (0: everyone else)
    QHash<qint64, QString> segmentNames; // segment -> name
    QChar delimiter = u',';

    // What the table shows now; `visible` are its shown columns in order.
    static ViewExport of(const CustomerTableModel &model, const QList<int> &visible);

    // Writes the file (UTF-8 with a BOM for Excel; formulas neutralised);
    // returns an error in plain words, empty when it worked.
    QString write(Database &db, const QString &path, const BackgroundTask::Progress &progress,
                  qint64 *rows = nullptr) const;
};

} // namespace clientele
