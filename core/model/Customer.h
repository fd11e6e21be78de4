#pragma once

#include <QtCore/QDate>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QtGlobal>

#include <optional>

namespace clientele {

// How a customer first came to the shop.
enum class Origin { Unknown, WalkIn, Online, Referral, Imported };

// Stable words used in the database, JSON rules and CSV ("walk-in", ...).
QString originKey(Origin origin);
std::optional<Origin> originFromKey(QStringView key);

// One person the shop knows. Times are UTC seconds since the epoch; 0 means
// "not recorded". Plain value type: stores read and write it.
struct Customer
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString street;
    QString postalCode;
    QString city;
    QString country; // ISO 3166 alpha-2, e.g. "FR"
    Origin origin = Origin::Unknown;
    bool consentEmail = false;
    qint64 consentEmailAt = 0;
    bool consentSms = false;
    qint64 consentSmsAt = 0;
    QDate birthday;
    QString notes;
    QString externalId; // the id this customer has in another system (Shopify, Square ...)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QMap<QString, QString> customFields;

    QString displayName() const;
};

} // namespace clientele
