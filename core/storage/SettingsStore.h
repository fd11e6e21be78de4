#pragma once

#include <QtCore/QString>
#include <QtCore/QTimeZone>
#include <QtCore/QVariant>

namespace clientele {

class Database;

// Settings that belong to the shop and travel with its file (name, currency,
// time zone ...), as typed accessors over the settings table. Settings that
// belong to this computer (window layout, last file) live in AppSettings.
class SettingsStore final
{
public:
    explicit SettingsStore(Database &db);

    QString value(const QString &key, const QString &defaultValue = QString()) const;
    bool setValue(const QString &key, const QString &value);

    QString shopName() const;
    bool setShopName(const QString &name);

    // ISO 4217 code, e.g. "EUR". Defaults to the system locale's currency.
    QString currency() const;
    bool setCurrency(const QString &code);

    // ISO 3166 alpha-2, used to read national phone numbers. System default.
    QString country() const;
    bool setCountry(const QString &code);

    // Days are calendar days in this zone; the system's zone by default.
    QTimeZone timeZone() const;
    bool setTimeZone(const QTimeZone &zone);

    // "cafe", "retail", "salon", "online", "crypto_atm", "finance", "other".
    QString businessKind() const;
    bool setBusinessKind(const QString &kind);

    // Set once the owner finished or skipped the first-run questions.
    bool isOnboarded() const;
    bool setOnboarded(bool done);

private:
    Database &m_db;
};

} // namespace clientele
