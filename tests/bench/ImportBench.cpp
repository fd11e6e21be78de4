// Imports one CSV file of customers into a new Clientele file and prints the
// time taken, for tests/bench/import_vs_sqlite3.sh (which compares it with
// the sqlite3 shell's .import of the same file in the same run).
//   import_bench CUSTOMERS.csv NEW.sqlite
#include "io/Importer.h"
#include "storage/Database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>

#include <cstdio>

using namespace clientele;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: import_bench CUSTOMERS.csv NEW.sqlite\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Database db;
    if (const DatabaseError e = db.open(args[2])) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 3;
    }
    Importer::Options options;
    options.rejectsPath = args[2] + QStringLiteral(".rejects.csv");
    const Importer::Result r = Importer::run(db, args[1], options);
    db.close();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error));
        return 2;
    }
    std::printf("%.3f %s\n", seconds, QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
    return 0;
}
