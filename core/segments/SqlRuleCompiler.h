#pragma once

#include "AsOfDay.h"
#include "Rule.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QVariant>

namespace clientele {

// A rule as a SQL condition over `customers c`, with every value bound.
struct CompiledRule
{
    QString where;         // e.g. "(c.city = ? COLLATE NOCASE AND c.id IN (...))"
    QVariantList values;   // qint64 or QString, in placeholder order
    QList<int> rfmPeriods; // RFM periods (days) the temp table must hold before running
};

// Turns a rule into a parameterised SQL condition. Values never become SQL
// text: a value like "'; DROP TABLE customers; --" is bound and matched
// literally. Aggregates ("bought more than 3 times in the last 6 months")
// become `EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = c.id AND
// <window> HAVING count(*) > ?)`; when customers with no events match too
// (fewer than 3 times), the compiler writes NOT EXISTS of the complement
// instead, so nobody is lost for having no rows. Tags, categories, places
// and custom fields become `c.id [NOT] IN (SELECT customer_id ...)`. Text comparisons ignore the case of A-Z (SQLite's
// NOCASE and lower()), and text values are trimmed as stored values are.
//
// The rule must be valid (RuleJson::validate); an invalid condition
// compiles to a condition that matches nobody.
class SqlRuleCompiler final
{
public:
    explicit SqlRuleCompiler(const AsOfDay &asOf);

    CompiledRule compile(const Rule &rule) const;

    // The temp table RFM conditions read; filled by RfmTable.
    static QString rfmTable() { return QStringLiteral("temp.clientele_rfm"); }

private:
    QString node(const Rule &rule, CompiledRule &out) const;
    QString condition(const Rule &c, CompiledRule &out) const;

    AsOfDay m_asOf;
};

} // namespace clientele
