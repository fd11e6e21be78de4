#pragma once

#include <QtCore/QString>

namespace clientele {

// A place where the shop sells: a store, a branch, an ATM, the web shop.
struct Location
{
    qint64 id = 0;
    QString name;
    QString kind; // "store", "branch", "atm", "online" ...
    QString city;
};

} // namespace clientele
