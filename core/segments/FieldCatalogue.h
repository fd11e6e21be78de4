#pragma once

#include "Rule.h"

#include <QtCore/QDate>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace clientele {

// What a rule field holds, which decides its operators and values.
enum class FieldType {
    Count,        // how many events: purchases, visits, email opens ... (0 when none)
    Money,        // value in major units in JSON (150.00), compared in cents
    Days,         // days since something, from the as-of day (empty when it never happened)
    Text,         // a text on the customer (city, email ...) or a custom field
    Origin,       // walk-in, online, referral, imported
    YesNo,        // consent
    Tag,          // tags the customer carries
    PurchaseText, // what purchases were: category, location
    Score,        // RFM scores (empty when the customer bought nothing in the period)
    Date,         // a calendar day, "YYYY-MM-DD" in JSON: a birthday, when someone became a customer
};

struct FieldInfo
{
    QString key;
    FieldType type = FieldType::Text;
    bool windowed = false; // takes window_days ("in the last N days")
    bool canBeEmpty = false;
    QList<RuleOp> ops;
    int minValue = 0; // Count, Days and Score values
    int maxValue = 0;
};

// Every field a rule can use, with its type, whether it takes a window and
// which operators it allows. Custom fields are "custom.<name>".
class FieldCatalogue final
{
public:
    static const QList<FieldInfo> &fields();
    static std::optional<FieldInfo> find(const QString &key);

    // "custom.Loyalty card" -> "Loyalty card"; empty for other fields.
    static QString customFieldName(const QString &key);

    // A Date field's value: "2024-03-14" (ISO 8601, a real day); invalid otherwise.
    static QDate dateValue(const QJsonValue &value);

    // The RFM period when a rule gives no window_days.
    static constexpr int DefaultRfmPeriodDays = 365;
    static constexpr int MaxWindowDays = 36500;
};

} // namespace clientele
