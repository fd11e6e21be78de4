#pragma once

#include "Money.h"

#include <QtCore/QString>

namespace clientele {

// One sale to one customer. `time` is UTC seconds since the epoch.
struct Purchase
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 time = 0;
    Money amount;
    qint64 locationId = 0; // 0: no location recorded
    QString channel;       // "in-store", "online", "phone" ... free text
    QString category;      // product category, free text
    qint64 batchId = 0;    // import batch that brought it in, 0 if typed in
};

} // namespace clientele
