#pragma once

#include <QtCore/QStringList>

namespace clientele {

// The database schema as a list of numbered steps. Step N takes a database
// at user_version N-1 to N. Steps are never edited once released: a change
// is a new step, so every file ever written can be brought up to date.
class Schema final
{
public:
    // 'CLNT': lets us tell our files from other SQLite files.
    static constexpr int ApplicationId = 0x434C4E54;

    static int latestVersion();

    // The statements of one step (1-based). Empty for an unknown version.
    static QStringList stepStatements(int toVersion);
};

} // namespace clientele
