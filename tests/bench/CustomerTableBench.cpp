// Measures the customer table on a big file, as the owner would feel it:
// first rows, each keystroke of a search, reaching the last row, memory.
//
//   build/bench/tests/bench/customer_table_bench [FILE]
//
// Without FILE it makes a 100,000-customer demo shop in a temporary folder;
// for the million-customer figures make one first:
//   clientele-cli --db /tmp/big.sqlite demo --customers 1000000
#include "customers/CustomerTableModel.h"
#include "demo/DemoShop.h"
#include "storage/Database.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QApplication>

#include <cstdio>

using namespace clientele;

namespace {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("shop.sqlite"));
    Database db;
    if (const DatabaseError e = db.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message));
        return 3;
    }
    if (argc <= 1) {
        DemoShop::Options o;
        o.customers = 100000;
        DemoShop::generate(db, o);
    }

    QElapsedTimer t;
    t.start();
    CustomerTableModel model(db);
    model.index(0, CustomerTableModel::Name).data();
    std::printf("first rows shown:        %6lld ms (%d customers)\n", t.elapsed(), model.rowCount());

    QSignalSpy completed(&model, &CustomerTableModel::completed);
    t.restart();
    if (!model.isComplete())
        completed.wait(60000);
    std::printf("whole order loaded:      %6lld ms (in a worker; the window stays usable)\n", t.elapsed());
    t.restart();
    const QString last = model.index(model.rowCount() - 1, CustomerTableModel::Name).data().toString();
    std::printf("last row reached:        %6lld ms (%s)\n", t.elapsed(), qPrintable(last));

    for (const char *typed : {"m", "mu", "mul", "mull", "mulle", "muller", "lyon", "chloe lef"}) {
        CustomerQuery q = model.query();
        q.text = QString::fromUtf8(typed);
        t.restart();
        model.setQuery(q);
        const qint64 blocked = t.elapsed(); // the window is held only this long
        if (!model.isComplete())
            completed.wait(60000);
        model.index(0, CustomerTableModel::Name).data();
        std::printf("keystroke \"%s\":%*s window held %3lld ms, answer after %5lld ms (%d matches)\n", typed,
                    int(12 - qstrlen(typed)), "", blocked, t.elapsed(), model.rowCount());
    }
    std::printf("resident memory:         %6ld MiB\n", residentKiB() / 1024);
    return 0;
}
