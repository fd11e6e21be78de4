#include "LocationStore.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QtSql/QSqlQuery>

namespace clientele {

LocationStore::LocationStore(Database &db)
    : m_db(db)
{
}

QList<Location> LocationStore::all() const
{
    QList<Location> result;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT id, name, kind, city FROM locations ORDER BY name COLLATE NOCASE")))
        while (q.next())
            result << Location{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return result;
}

std::optional<qint64> LocationStore::add(const Location &l)
{
    QSqlQuery q(m_db.connection());
    if (l.name.trimmed().isEmpty()
        || !sql::exec(q, QStringLiteral("INSERT INTO locations (name, kind, city) VALUES (?, ?, ?)"),
                      {l.name.trimmed(), l.kind.isEmpty() ? QStringLiteral("store") : l.kind, l.city.trimmed()}))
        return std::nullopt;
    m_db.notifier()->notifyLocations();
    return q.lastInsertId().toLongLong();
}

std::optional<qint64> LocationStore::ensure(const QString &name)
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT id FROM locations WHERE name = ?"), {name.trimmed()}) && q.next())
        return q.value(0).toLongLong();
    return add(Location{0, name, QString(), QString()});
}

bool LocationStore::rename(qint64 id, const QString &name)
{
    QSqlQuery q(m_db.connection());
    if (name.trimmed().isEmpty()
        || !sql::exec(q, QStringLiteral("UPDATE locations SET name = ? WHERE id = ?"), {name.trimmed(), id}))
        return false;
    m_db.notifier()->notifyLocations();
    return true;
}

bool LocationStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM locations WHERE id = ?"), {id}))
        return false;
    m_db.notifier()->notifyLocations();
    return true;
}

} // namespace clientele
