#pragma once

#include "io/ColumnMapping.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace clientele {

// Named column mappings the owner saved in the import wizard ("Shopify
// customers", "Till export"), so the next file from the same program is
// mapped in one click. Each is a JSON file in the application's data folder,
// in the format `clientele-cli import --mapping` reads.
class MappingProfiles final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::MappingProfiles)

public:
    MappingProfiles() = delete;

    static QString folder();
    static QStringList names();
    // The file a profile of this name is kept in; characters file systems
    // refuse are replaced.
    static QString fileFor(const QString &name);
    static bool save(const QString &name, const ColumnMapping &mapping, QString *error);
    static std::optional<ColumnMapping> load(const QString &name, QString *error);
};

} // namespace clientele
