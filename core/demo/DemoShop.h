#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QString>

#include <functional>

namespace clientele {

class Database;

// Fills an empty database with a believable shop: a café-bakery with two
// stores and a web shop, two years of purchases with seasons, and customers
// who behave differently (regulars, occasional buyers, big spenders, lapsed,
// new, one-timers), so that segments and charts mean something.
//
// The same seed, size and as-of date always give the same file contents.
class DemoShop final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::DemoShop)

public:
    struct Options
    {
        int customers = 2000;
        quint64 seed = 1;
        QDate asOf = QDate::currentDate(); // the last day with purchases
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        qint64 customers = 0;
        qint64 purchases = 0;
        qint64 interactions = 0;
    };

    // Called now and then with customers done so far; return false to cancel
    // (the database is then left exactly as it was).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result generate(Database &db, const Options &options, const Progress &progress = {});

    // Gives the demo's segments a past: a snapshot every week for `weeks`
    // weeks up to `asOf` (today by default), each the segments evaluated as
    // of that day, so "sizes over time" has something true to show on the
    // first day. Call it once the segments exist. Returns the snapshots
    // taken, -1 on a database error.
    static int addHistory(Database &db, QDate asOf = QDate(), int weeks = 52, const Progress &progress = {});

    static constexpr int MaxCustomers = 5'000'000;
};

} // namespace clientele
