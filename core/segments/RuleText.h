#pragma once

#include "Rule.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QVariant>

namespace clientele {

// The plain-language sentence of a rule, through tr(): "Customers who
// bought more than 3 times in the last 6 months and who have the tag VIP or
// live in Lyon."
//
// Groups read as "and" / "or". A nested group with more than one condition
// is put in brackets, except when it is the last part of the sentence,
// where "and who ... or ..." cannot be misread. Windows are shown in the
// largest exact unit: 365 days is a year, 30 days a month, 7 days a week
// (180 -> "6 months", 14 -> "2 weeks", 45 -> "45 days"); the rule itself
// always counts days. Negations say that they include customers with
// nothing recorded ("do not live in Lyon (including customers with no
// city)").
class RuleText final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::RuleText)

public:
    static QString sentence(const Rule &rule);

    // One condition as a clause without "who": "bought more than 3 times in the last 6 months".
    static QString condition(const Rule &condition);

    // "in the last 6 months"; empty for 0.
    static QString window(int days);

    // A day as the owner's locale writes it, with the whole year
    // ("14/03/1990", not "14/03/90": birthdays span a century).
    static QString date(QDate day);
    // A day in words as the locale writes it, without the day of the week
    // ("23 November 2026", "23. November 2026").
    static QString longDate(QDate day);

    // A customer's actual value for a condition with what the rule asks,
    // for explanations: "bought 5 times in the last 6 months (more than 3)".
    // `actual` is what CustomerFacts returns: a number (cents for money,
    // days, counts), a text, a list of texts, a bool, or invalid for empty.
    static QString explain(const Rule &condition, const QVariant &actual);

    // The shop's currency (ISO code, e.g. "EUR") for amounts in sentences:
    // "spent at least €500.00" ("500,00 €" in German). Like the default
    // locale, it is set for the whole program: the segment engine sets it
    // from the shop's settings. Empty: amounts without a currency.
    static void setCurrency(const QString &code);
    static QString currency();
};

} // namespace clientele
