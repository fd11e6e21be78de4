#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace clientele {

class Database;

// The `import` and `export` commands of clientele-cli. `args` are the words
// after the command name, e.g. {"customers", "shop.csv", "--json"}. They
// return the exit codes of the CLI contract: 0 done, 1 usage error, 2 bad
// input (the message names the file, line and column), 3 database problem.
int runImport(Database &db, const QStringList &args, QTextStream &out, QTextStream &err);
int runExport(Database &db, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace clientele
