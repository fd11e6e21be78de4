#pragma once

#include <QtCore/QString>

namespace clientele {

// A label the owner puts on customers ("VIP", "Newsletter").
struct Tag
{
    qint64 id = 0;
    QString name;
    QString color;      // "#rrggbb", empty for the default
    qint64 customerCount = 0; // filled by queries that count, 0 otherwise
};

} // namespace clientele
