#include "AutoBackup.h"

#include "Database.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>

#include <algorithm>

namespace clientele {

namespace {
const QString kPrefix = QStringLiteral("clientele-auto-");
const QString kFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

QFileInfoList automaticBackups(const QString &folder)
{
    // Newest first by the time in the name, not the file's date, which a
    // copy to a USB stick may change.
    QFileInfoList files = QDir(folder).entryInfoList({kPrefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    std::reverse(files.begin(), files.end());
    return files;
}
} // namespace

QString AutoBackup::fileName(const QDateTime &when)
{
    return kPrefix + when.toString(kFormat) + QStringLiteral(".sqlite");
}

QDateTime AutoBackup::newest(const QString &folder)
{
    const QFileInfoList files = automaticBackups(folder);
    for (const QFileInfo &f : files) {
        const QString stamp = f.completeBaseName().mid(kPrefix.size());
        const QDateTime when = QDateTime::fromString(stamp, kFormat);
        if (when.isValid())
            return when;
    }
    return {};
}

bool AutoBackup::isDue(const QString &folder, int everyDays, const QDateTime &now)
{
    if (everyDays <= 0)
        return false;
    const QDateTime last = newest(folder);
    return !last.isValid() || last.daysTo(now) >= everyDays;
}

AutoBackup::Result AutoBackup::run(const QString &databasePath, const QString &folder, int everyDays, int keep,
                                   const QDateTime &now)
{
    Result result;
    if (!isDue(folder, everyDays, now))
        return result;
    if (!QDir().mkpath(folder)) {
        result.error = tr("Clientele cannot make the backup folder “%1”.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    Database db;
    if (const DatabaseError e = db.openForWorker(databasePath)) {
        result.error = e.message;
        return result;
    }
    result.file = QDir(folder).filePath(fileName(now));
    if (const DatabaseError e = db.backupTo(result.file)) {
        result.error = e.message;
        return result;
    }
    result.made = true;
    const QFileInfoList files = automaticBackups(folder);
    for (qsizetype i = qMax(1, keep); i < files.size(); ++i)
        if (QFile::remove(files.at(i).absoluteFilePath()))
            ++result.removed;
    return result;
}

} // namespace clientele
