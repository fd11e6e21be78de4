#include "Database.h"

#include "ChangeNotifier.h"
#include "Schema.h"

#include <QtCore/QAtomicInt>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QStandardPaths>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <sqlite3.h>

#include <mutex>

namespace clientele {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("clientele-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool isMemory(const QString &path)
{
    return path == u":memory:";
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Checks the first bytes of an existing file before SQLite sees it, so that a
// spreadsheet opened by mistake gets a plain answer and is never touched.
DatabaseError checkHeader(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        return {DatabaseError::Kind::Io, Database::tr("“%1” is a folder, not a Clientele file.").arg(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {DatabaseError::Kind::Io,
                Database::tr("Clientele cannot read “%1”: %2.").arg(name, file.errorString())};
    if (file.size() == 0)
        return {}; // an empty file becomes a new database
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {DatabaseError::Kind::NotClientele,
                Database::tr("“%1” is not a Clientele file. Choose a file that Clientele made, or a new file name.")
                    .arg(name)};
    // The header's page size times page count is the size SQLite expects.
    const auto byte = [&](int i) { return quint32(quint8(header.at(i))); };
    quint32 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
    if (header.size() < 100 || (pageCount > 0 && qint64(pageSize) * pageCount > file.size()))
        return {DatabaseError::Kind::Damaged,
                Database::tr("“%1” is damaged: the file is shorter than it should be. Restore it from a backup.")
                    .arg(name)};
    return {};
}

} // namespace

Database::Database()
    : m_notifier(std::make_unique<ChangeNotifier>())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/clientele.sqlite");
}

QString Database::lockFilePath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
}

DatabaseError Database::open(const QString &path, Lock lock, Check check)
{
    // Nobody reads SQLite's memory statistics: keeping them costs a mutex
    // per allocation. This only takes effect before SQLite starts, hence
    // once, here.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    close();
    m_path = path;
    const QString name = QDir::toNativeSeparators(path);

    if (!isMemory(path)) {
        if (DatabaseError e = checkHeader(path))
            return e;
        const QFileInfo info(path);
        if (!info.exists() && !QDir().mkpath(info.absolutePath()))
            return {DatabaseError::Kind::Io,
                    tr("Clientele cannot create the folder “%1”.").arg(QDir::toNativeSeparators(info.absolutePath()))};
        if (lock == Lock::Exclusive) {
            m_lock = std::make_unique<QLockFile>(lockFilePath(path));
            // A lock left by a crashed Clientele is detected by its process id;
            // never time out a live one.
            m_lock->setStaleLockTime(0);
            if (!m_lock->tryLock(0)) {
                qint64 pid = 0;
                QString host;
                QString app;
                m_lock->getLockInfo(&pid, &host, &app);
                const QLockFile::LockError err = m_lock->error();
                m_lock.reset();
                if (err == QLockFile::PermissionError)
                    return {DatabaseError::Kind::Io,
                            tr("Clientele cannot write next to “%1”. Check that the folder is not read-only.").arg(name)};
                return {DatabaseError::Kind::Locked,
                        tr("“%1” is already open in another Clientele window (process %2 on %3). "
                           "Close it there first, or work on a copy.")
                            .arg(name)
                            .arg(pid)
                            .arg(host.isEmpty() ? tr("this computer") : host)};
            }
        }
    }

    m_connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const DatabaseError e{DatabaseError::Kind::Io,
                                  tr("Clientele cannot open “%1”: %2.").arg(name, db.lastError().text())};
            close();
            return e;
        }
    }

    if (DatabaseError e = applyPragmas()) {
        close();
        return e;
    }
    m_needsBackgroundCheck = false;
    if (check == Check::Auto && !isMemory(path) && QFileInfo(path).size() > QuickCheckLimit) {
        m_needsBackgroundCheck = true;
        check = Check::Skip;
    }
    if (check != Check::Skip) {
        const QStringList problems = this->check(false);
        if (!problems.isEmpty()) {
            const DatabaseError e{DatabaseError::Kind::Damaged,
                                  tr("“%1” is damaged (%2). Restore it from a backup.").arg(name, problems.first())};
            close();
            return e;
        }
    }
    if (DatabaseError e = prepareSchema()) {
        close();
        return e;
    }
    return {};
}

void Database::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    return handleOf(connection());
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

DatabaseError Database::sqlError(const QString &what) const
{
    const QString text = what;
    if (text.contains(u"malformed") || text.contains(u"not a database") || text.contains(u"corrupt"))
        return {DatabaseError::Kind::Damaged,
                tr("“%1” is damaged (%2). Restore it from a backup.").arg(QDir::toNativeSeparators(m_path), text)};
    return {DatabaseError::Kind::Sql, tr("A database command failed on “%1”: %2.").arg(QDir::toNativeSeparators(m_path), text)};
}

DatabaseError Database::applyPragmas()
{
    QSqlQuery q(connection());
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return sqlError(q.lastError().text());
    }
    return {};
}

QStringList Database::check(bool full) const
{
    QSqlQuery q(connection());
    QStringList problems;
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"))) {
        problems << q.lastError().databaseText();
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (full && problems.isEmpty()) {
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
            problems << tr("a %1 row points to a missing %2 row").arg(q.value(0).toString(), q.value(2).toString());
        else if (q.exec(QStringLiteral("INSERT INTO customers_fts (customers_fts, rank) VALUES ('integrity-check', 1)"))
                 == false
                 && schemaVersion() >= 1)
            problems << tr("the search index does not match the customers (%1)").arg(q.lastError().databaseText());
    }
    return problems;
}

DatabaseError Database::prepareSchema()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return sqlError(q.lastError().text());
    const int appId = q.value(0).toInt();
    const int version = schemaVersion();
    const QString name = QDir::toNativeSeparators(m_path);

    if (version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return sqlError(q.lastError().text());
        if (q.value(0).toInt() > 0)
            return {DatabaseError::Kind::NotClientele,
                    tr("“%1” is a database, but not a Clientele file. Choose a file that Clientele made, or a new "
                       "file name.")
                        .arg(name)};
    } else if (appId != Schema::ApplicationId) {
        return {DatabaseError::Kind::NotClientele,
                tr("“%1” is a database, but not a Clientele file. Choose a file that Clientele made, or a new file "
                   "name.")
                    .arg(name)};
    }
    if (version > Schema::latestVersion())
        return {DatabaseError::Kind::TooNew,
                tr("“%1” was saved by a newer version of Clientele. Update Clientele to open it.").arg(name)};
    if (version == Schema::latestVersion())
        return {};

    // Before changing the layout of an existing file, keep a copy. VACUUM
    // INTO refuses to run while a statement of this connection is open.
    q.finish();
    if (version > 0 && !isMemory(m_path)) {
        const QString copy = m_path + QStringLiteral(".before-upgrade-v%1").arg(version);
        if (!QFileInfo::exists(copy))
            if (DatabaseError e = backupTo(copy))
                return e;
    }
    return upgrade(db, Schema::latestVersion());
}

DatabaseError Database::upgrade(QSqlDatabase db, int targetVersion)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return {DatabaseError::Kind::Sql, q.lastError().text()};
    int version = q.value(0).toInt();
    while (version < targetVersion) {
        const int next = version + 1;
        const QStringList statements = Schema::stepStatements(next);
        if (statements.isEmpty())
            return {DatabaseError::Kind::Sql, tr("No upgrade step to schema version %1.").arg(next)};
        // Each step is all or nothing: a failure leaves the file at `version`.
        if (!db.transaction())
            return {DatabaseError::Kind::Sql, db.lastError().text()};
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                db.rollback();
                return {DatabaseError::Kind::Sql, tr("Upgrade to schema version %1 failed: %2").arg(next).arg(error)};
            }
        }
        // Both pragmas take no bound parameters; the values are our own integers.
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId))
            || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(next))) {
            const QString error = q.lastError().text();
            db.rollback();
            return {DatabaseError::Kind::Sql, error};
        }
        if (!db.commit())
            return {DatabaseError::Kind::Sql, db.lastError().text()};
        version = next;
    }
    return {};
}

DatabaseError Database::backupTo(const QString &target) const
{
    const QString name = QDir::toNativeSeparators(target);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return {DatabaseError::Kind::Io, tr("A backup cannot overwrite the file it copies.")};
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return {DatabaseError::Kind::Io, tr("Clientele cannot replace “%1”.").arg(name)};
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return {DatabaseError::Kind::Io,
                tr("Clientele could not write the backup “%1”: %2.").arg(name, q.lastError().databaseText())};
    return {};
}

DatabaseError Database::inspect(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return {DatabaseError::Kind::Io, tr("“%1” does not exist.").arg(name)};
    if (QFileInfo(path).size() == 0)
        return {DatabaseError::Kind::NotClientele, tr("“%1” is empty, not a Clientele file.").arg(name)};
    if (DatabaseError e = checkHeader(path))
        return e;
    sqlite3 *raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString error = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString();
        sqlite3_close(raw);
        return {DatabaseError::Kind::Io, tr("Clientele cannot open “%1”: %2.").arg(name, error)};
    }
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    auto scalar = [&](const char *sql, QString *text, int *number) -> bool {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db.get(), sql, -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            if (text)
                *text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            if (number)
                *number = sqlite3_column_int(stmt, 0);
        }
        sqlite3_finalize(stmt);
        return rc == SQLITE_ROW || rc == SQLITE_DONE;
    };
    QString integrity;
    if (!scalar("PRAGMA integrity_check(1)", &integrity, nullptr) || integrity != u"ok")
        return {DatabaseError::Kind::Damaged,
                tr("“%1” is damaged (%2). Choose another backup.")
                    .arg(name, integrity.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db.get())) : integrity)};
    int appId = 0;
    int version = 0;
    scalar("PRAGMA application_id", nullptr, &appId);
    scalar("PRAGMA user_version", nullptr, &version);
    if (appId != Schema::ApplicationId || version < 1)
        return {DatabaseError::Kind::NotClientele, tr("“%1” is a database, but not a Clientele file.").arg(name)};
    if (version > Schema::latestVersion())
        return {DatabaseError::Kind::TooNew,
                tr("“%1” was saved by a newer version of Clientele. Update Clientele to use it.").arg(name)};
    return {};
}

DatabaseError Database::restoreFrom(const QString &source, const QString &safetyCopy)
{
    if (DatabaseError e = inspect(source))
        return e;
    if (!safetyCopy.isEmpty())
        if (DatabaseError e = backupTo(safetyCopy))
            return e;

    sqlite3 *raw = nullptr;
    const QByteArray file = QFile::encodeName(source);
    if (sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return {DatabaseError::Kind::Io, tr("Clientele cannot open “%1”.").arg(QDir::toNativeSeparators(source))};
    }
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> src(raw, &sqlite3_close);
    sqlite3 *dest = handle();
    // The online backup API copies every page inside one write transaction:
    // either the whole backup arrives or the current data stays as it was.
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src.get(), "main");
    if (!backup)
        return sqlError(QString::fromUtf8(sqlite3_errmsg(dest)));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqlError(QString::fromUtf8(sqlite3_errstr(rc)));
    if (DatabaseError e = applyPragmas())
        return e;
    if (DatabaseError e = prepareSchema())
        return e;
    m_notifier->notifyReset();
    return {};
}

} // namespace clientele
