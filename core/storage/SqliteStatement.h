#pragma once

#include <QtCore/QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace clientele {

// A prepared statement on the raw SQLite handle, for the few bulk paths
// (demo shop, imports) where QSqlQuery's per-row overhead would dominate.
// Values are always bound, exactly as with QSqlQuery.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement(sqlite3 *db, std::string_view sql);
    ~SqliteStatement();

    // Runs SQL without values (DDL, BEGIN, COMMIT, pragmas with our own numbers).
    static bool exec(sqlite3 *db, const QString &sql, QString *error = nullptr);

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const;

    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bindText(int index, std::string_view utf8);
    void bindNull(int index);
    // The text must stay alive and unchanged until the next step() or reset().
    void bindStatic(int index, std::string_view utf8);

    // Runs the statement to completion and resets it for the next row.
    bool step();
    // For queries: true while there is a row.
    bool next();
    // The last next() stopped on an error, not at the end of the rows.
    bool failed() const { return m_failed; }
    void reset();

    qint64 columnInt64(int index) const;
    QString columnText(int index) const;
    // The column's UTF-8 bytes, valid until the next step.
    std::string_view columnUtf8(int index) const;
    bool columnIsNull(int index) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace clientele
