#pragma once

#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace clientele {

enum class RuleOp {
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Between,
    Contains,
    NotContains,
    StartsWith,
    IsEmpty,
    IsNotEmpty,
    Has,
    NotHas,
    In,
    NotIn,
};

// A segment rule: a group (all / any of its children) or one condition on a
// field ("purchases.count in the last 180 days > 3"). Plain value type; the
// JSON form is read and written by RuleJson, checked by RuleJson::validate.
//
// Empty values and negations: a negation (!=, not_contains, not_has, not_in)
// is the exact complement of its positive form. A customer with no city
// matches "city is not Lyon"; a customer who never bought matches "average
// purchase is not 20.00". So every customer matches exactly one of a
// condition and its negation, and the plain-language sentence says so
// ("including customers with no city"). The positive comparisons (=, >, <,
// between, contains ...) never match an empty value.
struct Rule
{
    enum class Kind { All, Any, Condition };

    Kind kind = Kind::All;
    QList<Rule> children; // groups only

    // Conditions only.
    QString field;
    RuleOp op = RuleOp::Equal;
    QJsonValue value;    // a number, text, true/false, or a list; Undefined when the operator takes none
    int windowDays = 0;  // 0: no window ("ever")

    static Rule all(const QList<Rule> &children = {});
    static Rule any(const QList<Rule> &children = {});
    static Rule condition(const QString &field, RuleOp op, const QJsonValue &value = QJsonValue::Undefined,
                          int windowDays = 0);

    bool isGroup() const { return kind != Kind::Condition; }
    // Conditions in document order, depth first: the numbering of error messages.
    QList<const Rule *> conditions() const;

    bool operator==(const Rule &other) const;

    static QString opKey(RuleOp op);
    static std::optional<RuleOp> opFromKey(QStringView key);
    static bool isNegation(RuleOp op);
    // The positive form of a negation (!= -> =); other operators unchanged.
    static RuleOp positive(RuleOp op);
};

} // namespace clientele
