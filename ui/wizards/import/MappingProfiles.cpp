#include "MappingProfiles.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>

namespace clientele {

QString MappingProfiles::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mappings");
}

QStringList MappingProfiles::names()
{
    QStringList names;
    const QFileInfoList files = QDir(folder()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files)
        names << info.completeBaseName();
    return names;
}

QString MappingProfiles::fileFor(const QString &name)
{
    QString safe = name.trimmed();
    for (QChar &c : safe)
        if (c.unicode() < 32 || QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'_';
    if (safe.startsWith(u'.'))
        safe.replace(0, 1, u'_');
    return folder() + u'/' + safe + QStringLiteral(".json");
}

bool MappingProfiles::save(const QString &name, const ColumnMapping &mapping, QString *error)
{
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = tr("Clientele cannot make the folder “%1”.").arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    return mapping.save(fileFor(name), error);
}

std::optional<ColumnMapping> MappingProfiles::load(const QString &name, QString *error)
{
    return ColumnMapping::load(fileFor(name), error);
}

} // namespace clientele
