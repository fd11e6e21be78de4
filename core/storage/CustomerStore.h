#pragma once

#include "CustomerQuery.h"
#include "CustomerRecord.h"
#include "model/Customer.h"

#include <QtCore/QCoreApplication>

#include <functional>
#include <optional>

namespace clientele {

class Database;

// Reads and writes customers. Every write tells the database's notifier.
class CustomerStore final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::CustomerStore)

public:
    explicit CustomerStore(Database &db);

    std::optional<qint64> add(const Customer &customer);
    bool update(const Customer &customer);
    // Deletes customers with their purchases, interactions and tags.
    int remove(const QList<qint64> &ids);

    // Erases a customer for good (privacy): name, contact, address, notes,
    // custom fields, tags and interactions are gone; the purchases stay,
    // anonymous, so the shop's revenue figures do not change. No undo.
    bool erase(qint64 id);

    // Customers with their purchases, interactions and tags, for undo.
    QList<CustomerRecord> records(const QList<qint64> &ids) const;
    // Puts records back with their original ids (all or nothing).
    bool restore(const QList<CustomerRecord> &records);

    // Two records of one person become one: `kept` (already holding the
    // merged details, see mergedDetails()) gets the other's purchases,
    // interactions, tags and custom fields, and the other is deleted. All or
    // nothing. Take records() of both first to undo it with unmerge().
    bool merge(const Customer &kept, qint64 otherId);
    // Undoes merge(): both customers exactly as `before` recorded them.
    bool unmerge(const QList<CustomerRecord> &before);
    // The details of the merged customer: the kept one's, completed by the
    // other's where the kept one has nothing. An email, phone or external
    // id that differs is not lost: it goes into the notes. The earliest
    // "customer since", and consent when either record gave it.
    static Customer mergedDetails(const Customer &keep, const Customer &other);

    std::optional<Customer> find(qint64 id) const;
    std::optional<qint64> findByEmail(const QString &email) const;
    std::optional<qint64> findByPhone(const QString &phone) const;
    std::optional<qint64> findByExternalId(const QString &externalId) const;

    qint64 count(const CustomerQuery &query = {}) const;
    // The cities customers live in, most common first (for pickers).
    QStringList cities(int limit = 500) const;
    QList<CustomerRow> rows(const CustomerQuery &query, qint64 offset, qint64 limit) const;
    // The rows of these customers, in the order given.
    QList<CustomerRow> rowsByIds(const QList<qint64> &ids) const;
    // Matching customers by id (for bulk actions).
    QList<qint64> ids(const CustomerQuery &query) const;
    // Matching customers in the query's order: what row N of the table is.
    // `cancelled` is asked now and then; when it says yes, nothing is returned.
    QList<qint64> sortedIds(const CustomerQuery &query, const std::function<bool()> &cancelled = {}) const;
    // Sorts the database answers from an index at once, even for a million customers.
    static bool isIndexedSort(CustomerQuery::Sort sort);

    // For duplicate detection: lower-case, trimmed; empty when not an email.
    static QString normalizeEmail(const QString &email);
    // Digits only, international prefix "00" folded into "+": "+33 6 12" -> "33612".
    static QString normalizePhone(const QString &phone);
    // The FTS5 query for what the user typed: every word as a prefix, all required.
    static QString ftsQuery(const QString &text);

private:
    QString whereClause(const CustomerQuery &query, QVariantList &values) const;
    static QString orderClause(const CustomerQuery &query);
    bool writeCustomFields(qint64 id, const QMap<QString, QString> &fields);
    bool writeUpdate(const Customer &customer);
    bool insertRecords(const QList<CustomerRecord> &records);

    Database &m_db;
};

} // namespace clientele
