#pragma once

#include "model/Location.h"

#include <QtCore/QList>

#include <optional>

namespace clientele {

class Database;

// Stores, branches, ATMs and web shops where purchases happen.
class LocationStore final
{
public:
    explicit LocationStore(Database &db);

    QList<Location> all() const;
    std::optional<qint64> add(const Location &location);
    // The location of that name (case-insensitive), created when missing.
    std::optional<qint64> ensure(const QString &name);
    bool rename(qint64 id, const QString &name);
    bool remove(qint64 id);

private:
    Database &m_db;
};

} // namespace clientele
