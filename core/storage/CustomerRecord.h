#pragma once

#include "model/Customer.h"
#include "model/Interaction.h"
#include "model/Purchase.h"

#include <QtCore/QList>

namespace clientele {

// Everything a customer is made of, taken before a deletion so that undo
// can put it all back with the same ids (the customer table, segments and
// history keep pointing at the right person).
struct CustomerRecord
{
    Customer customer;
    qint64 batchId = 0;
    QList<Purchase> purchases;
    QList<Interaction> interactions;
    QList<qint64> tagIds;
};

} // namespace clientele
