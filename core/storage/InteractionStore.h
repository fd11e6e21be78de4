#pragma once

#include "model/Interaction.h"

#include <QtCore/QList>

#include <optional>

namespace clientele {

class Database;

// Visits, email opens and clicks, abandoned carts, support tickets, notes.
class InteractionStore final
{
public:
    explicit InteractionStore(Database &db);

    std::optional<qint64> add(const Interaction &interaction);
    bool remove(qint64 interactionId);
    QList<Interaction> forCustomer(qint64 customerId) const; // newest first
    qint64 count() const;
    qint64 count(InteractionKind kind) const;

private:
    Database &m_db;
};

} // namespace clientele
