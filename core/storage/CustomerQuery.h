#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QtGlobal>

namespace clientele {

// What the customer table asks for: a search text, quick filters and a sort.
struct CustomerQuery
{
    enum class Sort { Name, Email, Phone, City, Created, LastPurchase, Purchases, TotalSpent };

    QString text;          // free text, matched with full-text search (prefix, accents folded)
    QList<qint64> tagIds;  // customers carrying all of these tags
    QString origin;        // "walk-in", "online" ... empty for any
    bool emailConsentOnly = false;
    QList<qint64> ids;     // restrict to these customers (a segment's members); empty = no restriction
    bool restrictToIds = false;
    Sort sort = Sort::Name;
    bool descending = false;
};

// One line of the customer table: the customer with what they did.
struct CustomerRow
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString city;
    QStringList tags;
    qint64 lastPurchaseAt = 0; // 0: never bought
    qint64 purchaseCount = 0;
    qint64 totalSpentCents = 0;
    qint64 createdAt = 0;

    QString displayName() const;
};

} // namespace clientele
