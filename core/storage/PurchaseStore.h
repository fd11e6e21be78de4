#pragma once

#include "model/Purchase.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

#include <optional>

namespace clientele {

class Database;

// Sales, always in integer cents.
class PurchaseStore final
{
public:
    explicit PurchaseStore(Database &db);

    // Adds a purchase; with purchase.id set, under that id (for undo).
    std::optional<qint64> add(const Purchase &purchase);
    bool update(const Purchase &purchase);
    bool remove(qint64 purchaseId);

    std::optional<Purchase> find(qint64 id) const;
    QList<Purchase> forCustomer(qint64 customerId) const; // newest first
    qint64 count() const;
    qint64 countForCustomer(qint64 customerId) const;
    Money totalForCustomer(qint64 customerId) const;

    // The categories purchases are in, most common first (for pickers).
    // Read from the newest `recent` purchases only, so a picker opens at
    // once on ten million of them; a category not sold for that long is
    // still typed by hand.
    QStringList categories(int limit = 500, int recent = 200'000) const;

private:
    Database &m_db;
};

} // namespace clientele
