#pragma once

#include "model/Tag.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

#include <optional>

namespace clientele {

class Database;

// Tags and who carries them. Bulk tagging takes lists of customer ids and
// runs in one transaction, so 50,000 customers are tagged in one step.
class TagStore final
{
public:
    explicit TagStore(Database &db);

    QList<Tag> all() const; // with customer counts, by name
    // The tags' names alone, in the order of all() (no counting).
    QStringList names() const;
    std::optional<Tag> find(qint64 id) const;
    std::optional<Tag> findByName(const QString &name) const;
    // The tag of that name (case-insensitive), created when missing.
    std::optional<qint64> ensure(const QString &name, const QString &color = QString());

    bool rename(qint64 tagId, const QString &newName);
    bool setColor(qint64 tagId, const QString &color);
    bool remove(qint64 tagId);
    // Brings a removed tag back with its id, colour and customers (for undo).
    bool restore(const Tag &tag, const QList<qint64> &customerIds);
    // Everyone tagged `from` gets `into`; `from` goes away.
    bool merge(qint64 from, qint64 into);

    // Returns how many customers newly got (or lost) the tag; -1 on failure.
    qint64 tagCustomers(qint64 tagId, const QList<qint64> &customerIds);
    qint64 untagCustomers(qint64 tagId, const QList<qint64> &customerIds);

    QList<Tag> tagsOf(qint64 customerId) const;
    QList<qint64> customersWith(qint64 tagId) const;

private:
    Database &m_db;
};

} // namespace clientele
