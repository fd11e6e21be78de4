#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace clientele {

// Automatic backups: a consistent copy of the shop's file (VACUUM INTO) in
// the backup folder when the newest one is older than the chosen interval,
// keeping the newest few. Runs on its own connection, so a worker thread
// can do it while the owner works.
class AutoBackup final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::AutoBackup)

public:
    struct Result
    {
        bool made = false;  // a new backup was written
        QString file;       // its path
        QString error;      // plain words; empty when all went well
        int removed = 0;    // older automatic backups removed
    };

    // The newest automatic backup in `folder` (invalid when there is none).
    static QDateTime newest(const QString &folder);
    static bool isDue(const QString &folder, int everyDays, const QDateTime &now = QDateTime::currentDateTime());

    // Writes a backup when one is due (everyDays 0: never), then keeps the
    // newest `keep` automatic backups in the folder.
    static Result run(const QString &databasePath, const QString &folder, int everyDays, int keep,
                      const QDateTime &now = QDateTime::currentDateTime());

    // "clientele-auto-2026-11-23-0930.sqlite": only such files are ever removed.
    static QString fileName(const QDateTime &when);
};

} // namespace clientele
