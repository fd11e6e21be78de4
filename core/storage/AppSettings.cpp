#include "AppSettings.h"

#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>

namespace clientele {

namespace {
const QString kVersion = QStringLiteral("settings_version");
const QString kLastDatabase = QStringLiteral("database/last");
const QString kGeometry = QStringLiteral("main_window/geometry");
const QString kState = QStringLiteral("main_window/state");
const QString kCustomerHeader = QStringLiteral("customers/header");
const QString kLanguage = QStringLiteral("ui/language");
const QString kBackupFolder = QStringLiteral("backup/folder");
const QString kBackupKeep = QStringLiteral("backup/keep");
const QString kBackupEvery = QStringLiteral("backup/every_days");
} // namespace

AppSettings::AppSettings()
    : AppSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/clientele.conf"))
{
}

AppSettings::AppSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::migrate()
{
    const int version = m_settings->value(kVersion, 0).toInt();
    if (version >= CurrentVersion)
        return;
    // Version 0 had no keys worth keeping; later versions rename keys here.
    m_settings->setValue(kVersion, CurrentVersion);
}

QString AppSettings::lastDatabase() const
{
    return m_settings->value(kLastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString &path)
{
    m_settings->setValue(kLastDatabase, path);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QByteArray AppSettings::customerTableHeader() const
{
    return m_settings->value(kCustomerHeader).toByteArray();
}

void AppSettings::setCustomerTableHeader(const QByteArray &state)
{
    m_settings->setValue(kCustomerHeader, state);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(kLanguage, code);
}

QString AppSettings::backupFolder() const
{
    return m_settings->value(kBackupFolder).toString();
}

void AppSettings::setBackupFolder(const QString &folder)
{
    m_settings->setValue(kBackupFolder, folder);
}

int AppSettings::backupKeepCount() const
{
    return qBound(1, m_settings->value(kBackupKeep, 10).toInt(), 1000);
}

void AppSettings::setBackupKeepCount(int count)
{
    m_settings->setValue(kBackupKeep, count);
}

int AppSettings::backupEveryDays() const
{
    return qBound(0, m_settings->value(kBackupEvery, 1).toInt(), 365);
}

void AppSettings::setBackupEveryDays(int days)
{
    m_settings->setValue(kBackupEvery, days);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace clientele
