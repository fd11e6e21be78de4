#pragma once

#include "DatabaseError.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <memory>

class QLockFile;
struct sqlite3;

namespace clientele {

class ChangeNotifier;

// One open Clientele file: a SQLite connection with our pragmas, the schema
// brought up to date, and (for the owning connection) a lock file so that a
// second Clientele on the same file is told so instead of writing to it.
//
// A Database is used from the thread that opened it. Workers open their own
// with Lock::None on the same path (one connection per thread).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Lock { Exclusive, None };
    // Quick: PRAGMA quick_check before anything else. Auto: the same for
    // files up to QuickCheckLimit; bigger files open at once, and the caller
    // checks them in the background (quick_check reads every page: seconds
    // on a million customers). Skip: for worker connections.
    enum class Check { Auto, Quick, Skip };
    static constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

    Database();
    ~Database();

    // Opens (and if needed creates or upgrades) the file. ":memory:" works
    // for tests. On failure the database stays closed and the error says why.
    DatabaseError open(const QString &path, Lock lock = Lock::Exclusive, Check check = Check::Auto);

    // A worker thread's own connection to the same file: it takes no lock
    // and leaves the checks to the connection that opened the file first.
    DatabaseError openForWorker(const QString &path) { return open(path, Lock::None, Check::Skip); }
    // Whether a worker thread can open this database too (openForWorker);
    // an in-memory database is seen by this connection only.
    bool workersCanOpen() const { return isOpen() && !m_path.isEmpty() && m_path != u":memory:"; }

    // True when open() left the integrity check to the caller (Check::Auto on a big file).
    bool needsBackgroundCheck() const { return m_needsBackgroundCheck; }
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    sqlite3 *handle() const;

    ChangeNotifier *notifier() const { return m_notifier.get(); }

    int schemaVersion() const;

    // PRAGMA integrity_check (full) or quick_check; empty list means healthy.
    QStringList check(bool full) const;

    // Writes a consistent copy of the whole database to `target` (VACUUM INTO).
    DatabaseError backupTo(const QString &target) const;

    // Replaces the contents of this database with those of `source`, after
    // checking that source is a healthy Clientele file. The current contents
    // are copied to `safetyCopy` first when it is not empty.
    DatabaseError restoreFrom(const QString &source, const QString &safetyCopy = QString());

    // Checks a file without keeping it open: is it a healthy Clientele file?
    static DatabaseError inspect(const QString &path);

    // Applies the schema steps that take `db` up to `targetVersion`, each in a
    // transaction. Public so tests can build every earlier version.
    static DatabaseError upgrade(QSqlDatabase db, int targetVersion);

    // The file name for a lock of `path`.
    static QString lockFilePath(const QString &path);

    static QString defaultPath();

private:
    DatabaseError applyPragmas();
    DatabaseError prepareSchema();
    DatabaseError sqlError(const QString &what) const;

    QString m_path;
    QString m_connectionName;
    bool m_needsBackgroundCheck = false;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ChangeNotifier> m_notifier;
};

} // namespace clientele
