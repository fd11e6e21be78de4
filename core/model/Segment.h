#pragma once

#include <QtCore/QString>

namespace clientele {

// A named rule with its place in the priority order. The rule is kept as
// JSON text, as stored; segments/RuleJson reads it.
struct Segment
{
    qint64 id = 0;
    QString name;
    QString color;     // "#rrggbb", empty for the default
    int priority = 0;  // 1 = checked first
    QString ruleJson;
    QString description;
    QString nextStep;  // what the owner means to do with these customers
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace clientele
