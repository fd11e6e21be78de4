#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

class QSettings;

namespace clientele {

// Settings of this computer and user (not of the shop): which file to open,
// window layout, language. One typed class with defaults; tests make a
// throw-away instance on a temporary file so they never touch the user's.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The user's settings file (XDG config location).
    AppSettings();
    // Settings kept in `fileName` (INI format): for tests and portable use.
    explicit AppSettings(const QString &fileName);
    ~AppSettings();

    QString fileName() const;

    QString lastDatabase() const; // empty: the default file
    void setLastDatabase(const QString &path);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    QByteArray customerTableHeader() const;
    void setCustomerTableHeader(const QByteArray &state);

    QString language() const; // "" = the system's
    void setLanguage(const QString &code);

    QString backupFolder() const; // default: a "backups" folder next to the database
    void setBackupFolder(const QString &folder);

    int backupKeepCount() const; // how many automatic backups to keep
    int backupEveryDays() const; // automatic backups: 1 daily (default), 7 weekly, 0 never
    void setBackupEveryDays(int days);
    void setBackupKeepCount(int count);

    // Brings settings written by older versions up to date.
    void migrate();

    void sync();

private:
    static constexpr int CurrentVersion = 1;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace clientele
