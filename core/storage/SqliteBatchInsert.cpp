#include "SqliteBatchInsert.h"

#include "SqliteStatement.h"

namespace clientele {

SqliteBatchInsert::SqliteBatchInsert(sqlite3 *db, std::string_view table, std::vector<std::string> columns,
                                     int rowsPerStatement)
    : m_db(db)
    , m_table(table)
    , m_columns(std::move(columns))
    , m_rowsPerStatement(rowsPerStatement)
    , m_cells(size_t(rowsPerStatement) * m_columns.size())
{
    m_full = std::make_unique<SqliteStatement>(db, statementFor(rowsPerStatement));
    if (!m_full->isValid())
        m_error = m_full->error();
}

SqliteBatchInsert::~SqliteBatchInsert() = default;

std::string SqliteBatchInsert::statementFor(int rows) const
{
    std::string sql = "INSERT INTO " + m_table + " (";
    std::string row = "(";
    for (size_t c = 0; c < m_columns.size(); ++c) {
        sql += (c ? ", " : "") + m_columns[c];
        row += c ? ", ?" : "?";
    }
    row += ')';
    sql += ") VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += (r ? ", " : "") + row;
    return sql;
}

void SqliteBatchInsert::set(int column, qint64 value)
{
    Cell &cell = m_cells[size_t(m_rows) * m_columns.size() + size_t(column)];
    cell.type = Cell::Int;
    cell.integer = value;
}

void SqliteBatchInsert::set(int column, std::string_view utf8)
{
    Cell &cell = m_cells[size_t(m_rows) * m_columns.size() + size_t(column)];
    cell.type = Cell::Text;
    cell.text.assign(utf8);
}

void SqliteBatchInsert::setNull(int column)
{
    m_cells[size_t(m_rows) * m_columns.size() + size_t(column)].type = Cell::Null;
}

bool SqliteBatchInsert::endRow()
{
    if (!m_error.isEmpty())
        return false;
    ++m_rows;
    if (m_rows < m_rowsPerStatement)
        return true;
    return run(m_rows);
}

bool SqliteBatchInsert::flush()
{
    if (!m_error.isEmpty())
        return false;
    return m_rows == 0 || run(m_rows);
}

bool SqliteBatchInsert::run(int rows)
{
    std::unique_ptr<SqliteStatement> partial;
    SqliteStatement *stmt = m_full.get();
    if (rows != m_rowsPerStatement) {
        partial = std::make_unique<SqliteStatement>(m_db, statementFor(rows));
        stmt = partial.get();
    }
    const size_t count = size_t(rows) * m_columns.size();
    for (size_t i = 0; i < count; ++i) {
        const Cell &cell = m_cells[i];
        const int index = int(i) + 1;
        switch (cell.type) {
        case Cell::Null:
            stmt->bindNull(index);
            break;
        case Cell::Int:
            stmt->bind(index, cell.integer);
            break;
        case Cell::Text:
            stmt->bindStatic(index, cell.text);
            break;
        }
    }
    const bool ok = stmt->step();
    if (!ok)
        m_error = stmt->error();
    for (size_t i = 0; i < count; ++i)
        m_cells[i].type = Cell::Null;
    m_rows = 0;
    return ok;
}

} // namespace clientele
