#pragma once

#include "AsOfDay.h"
#include "Rule.h"

#include <QtCore/QVariant>

namespace clientele {

class Database;

// One customer's actual value for a condition's field, as of a day: what
// an explanation shows next to the rule ("bought 5 times in the last 6
// months (more than 3)"). Counts, cents and days come back as qint64, texts
// as QString, tags, categories and places as QStringList, consent as bool;
// an invalid QVariant means "nothing recorded".
class CustomerFacts final
{
public:
    explicit CustomerFacts(Database &db);

    QVariant value(const Rule &condition, qint64 customerId, const AsOfDay &asOf) const;

private:
    Database &m_db;
};

} // namespace clientele
