#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

namespace clientele {

class Database;

// Imports customers, purchases or interactions from a CSV file, all or
// nothing: one transaction, rolled back on Cancel, on an error, in a dry run
// or when the process dies (SQLite's journal puts the file back).
//
// Nothing is lost: every row read is counted exactly once as imported,
// updated, merged, skipped as a duplicate, or rejected; a rejected row goes,
// as read, to the rejects file with its line number and a reason that names
// the column. Every import is recorded as a batch (import_batches), and the
// rows it created carry the batch id, so undoBatch() can take them away.
//
// Customers already known are found by normalised email, then normalised
// phone, then the ID from the other program (external_id); the same within
// the file. A duplicate is skipped, updated (non-empty cells replace what is
// there; empty cells never erase) or merged (only empty fields are filled).
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Importer)

public:
    using Kind = ColumnMapping::Kind;
    enum class DuplicatePolicy { Skip, Update, Merge };

    // Called now and then with bytes read so far and the file size; return
    // false to cancel (the database is then left exactly as it was).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Options
    {
        Kind kind = Kind::Customers;
        std::optional<ColumnMapping> mapping; // guessed from the header when empty
        CsvReader::Options csv;
        DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
        // Where rejected rows go; written only when a row is rejected. Empty:
        // next to the file, as NAME.rejects.csv.
        QString rejectsPath;
        bool dryRun = false; // everything is checked and counted, nothing is kept
        // Overrides of the mapping's settings (the CLI's --date-format, --create-customers, --tag).
        std::optional<DateParser::Order> dateOrder;
        std::optional<bool> createCustomers;
        QStringList tags;
        Progress progress;
    };

    struct Result
    {
        enum class Status { Done, Cancelled, BadInput, DatabaseProblem };
        Status status = Status::Done;
        QString error; // plain words, naming the file (and line and column when it is about one)

        qint64 rowsRead = 0;
        qint64 imported = 0;
        qint64 updated = 0;
        qint64 merged = 0;
        qint64 skippedDuplicates = 0;
        qint64 rejected = 0;
        qint64 customersCreated = 0; // purchases and interactions: customers made for rows not found
        QString rejectsFile;         // empty when nothing was rejected
        QStringList firstProblems;   // "line 12: ..." for the first rejected rows
        qint64 batchId = 0;          // 0 for a dry run or a failure

        ColumnMapping mapping; // as used
        TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
        QChar delimiter;
        bool hasHeader = true;

        bool ok() const { return status == Status::Done; }
        // {"rows_read", "imported", "updated", "merged", "skipped_duplicates", "rejected", "rejects_file"}
        QJsonObject toJson() const;
    };

    static Result run(Database &db, const QString &path, const Options &options);

    static constexpr int MaxProblemsKept = 20;

    struct UndoResult
    {
        bool ok = false;
        QString error;
        qint64 customers = 0;
        qint64 purchases = 0;
        qint64 interactions = 0;
    };
    // Deletes the customers, purchases and interactions the batch created
    // (with the purchases, interactions and tags of those customers).
    // Changes made to customers who were already there (update, merge, tags
    // added) stay: their earlier values are not kept. See docs/csv.md.
    static UndoResult undoBatch(Database &db, qint64 batchId);
};

} // namespace clientele
