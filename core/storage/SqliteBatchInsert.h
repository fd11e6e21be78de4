#pragma once

#include <QtCore/QString>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace clientele {

class SqliteStatement;

// Inserts many rows into one table through multi-row INSERT statements
// (64 rows per statement by default): one statement step per 64 rows
// instead of per row, which halves the cost of bulk writes. Values are
// bound, never pasted into the SQL. Call flush() before commit.
class SqliteBatchInsert final
{
    Q_DISABLE_COPY_MOVE(SqliteBatchInsert)

public:
    SqliteBatchInsert(sqlite3 *db, std::string_view table, std::vector<std::string> columns, int rowsPerStatement = 64);
    ~SqliteBatchInsert();

    void set(int column, qint64 value);
    void set(int column, std::string_view utf8);
    void setNull(int column);
    // Ends the current row; runs a statement when enough rows are waiting.
    bool endRow();
    // Writes the rows still waiting.
    bool flush();

    QString error() const { return m_error; }

private:
    struct Cell
    {
        enum Type : unsigned char { Null, Int, Text } type = Null;
        qint64 integer = 0;
        std::string text;
    };

    bool run(int rows);
    std::string statementFor(int rows) const;

    sqlite3 *m_db = nullptr;
    std::string m_table;
    std::vector<std::string> m_columns;
    int m_rowsPerStatement = 64;
    int m_rows = 0;
    std::vector<Cell> m_cells;
    std::unique_ptr<SqliteStatement> m_full;
    QString m_error;
};

} // namespace clientele
