#pragma once

#include "CsvWriter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace clientele {

class Database;

// Writes customers or purchases to CSV, all of them or those of a list of
// customers (a segment, a selection). The columns are named so that the
// importer maps them back by itself: an export imported into an empty file
// gives the same customers and purchases (tests/core/ExportTest.cpp).
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Exporter)

public:
    enum class Kind { Customers, Purchases, Interactions };

    struct Options
    {
        Kind kind = Kind::Customers;
        CsvWriter::Options csv;
        std::optional<QList<qint64>> customerIds; // everyone when empty
    };

    struct Result
    {
        bool ok = false;
        QString error;
        qint64 rows = 0;
    };

    static Result run(Database &db, const QString &path, const Options &options);

    static QStringList header(Kind kind);
};

} // namespace clientele
