#include "SettingsStore.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "SqlUtil.h"

#include <QtCore/QLocale>
#include <QtSql/QSqlQuery>

namespace clientele {

SettingsStore::SettingsStore(Database &db)
    : m_db(db)
{
}

QString SettingsStore::value(const QString &key, const QString &defaultValue) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return defaultValue;
}

bool SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value}))
        return false;
    m_db.notifier()->notifySettings(key);
    return true;
}

QString SettingsStore::shopName() const
{
    return value(QStringLiteral("shop/name"));
}

bool SettingsStore::setShopName(const QString &name)
{
    return setValue(QStringLiteral("shop/name"), name.trimmed());
}

QString SettingsStore::currency() const
{
    QString fallback = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    if (fallback.isEmpty())
        fallback = QStringLiteral("EUR");
    return value(QStringLiteral("shop/currency"), fallback);
}

bool SettingsStore::setCurrency(const QString &code)
{
    return setValue(QStringLiteral("shop/currency"), code.trimmed().toUpper());
}

QString SettingsStore::country() const
{
    QString fallback = QLocale::territoryToCode(QLocale::system().territory());
    if (fallback.isEmpty() || fallback == u"AA")
        fallback = QString();
    return value(QStringLiteral("shop/country"), fallback);
}

bool SettingsStore::setCountry(const QString &code)
{
    return setValue(QStringLiteral("shop/country"), code.trimmed().toUpper());
}

QTimeZone SettingsStore::timeZone() const
{
    const QString id = value(QStringLiteral("shop/time_zone"));
    if (!id.isEmpty()) {
        QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

bool SettingsStore::setTimeZone(const QTimeZone &zone)
{
    return setValue(QStringLiteral("shop/time_zone"), QString::fromUtf8(zone.id()));
}

QString SettingsStore::businessKind() const
{
    return value(QStringLiteral("shop/business_kind"), QStringLiteral("other"));
}

bool SettingsStore::setBusinessKind(const QString &kind)
{
    return setValue(QStringLiteral("shop/business_kind"), kind);
}

bool SettingsStore::isOnboarded() const
{
    return value(QStringLiteral("shop/onboarded")) == u"1";
}

bool SettingsStore::setOnboarded(bool done)
{
    return setValue(QStringLiteral("shop/onboarded"), done ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace clientele
