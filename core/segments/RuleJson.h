#pragma once

#include "Rule.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>

#include <optional>

namespace clientele {

// Reads and writes rules in the JSON form of DESIGN.md, and checks them.
// Error messages name the bad part in plain words, counting conditions and
// groups in the order they appear ("condition 3: field 'purchases.cout' is
// not known"), so the owner or a script can find it.
class RuleJson final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::RuleJson)

public:
    // Parses and validates. On failure returns nullopt and sets `error`.
    static std::optional<Rule> parse(const QByteArray &json, QString *error = nullptr);
    static std::optional<Rule> fromJson(const QJsonValue &json, QString *error = nullptr);

    static QJsonObject toJson(const Rule &rule);
    static QByteArray write(const Rule &rule, bool compact = true);

    // Empty when the rule is sound: known fields, allowed operators, values
    // of the right kind, windows only where they make sense.
    static QString validate(const Rule &rule);

    // Nesting deeper than this is refused: no owner builds it, and a hostile
    // file must not exhaust the stack.
    static constexpr int MaxDepth = 16;
};

} // namespace clientele
