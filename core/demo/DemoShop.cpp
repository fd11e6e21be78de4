#include "DemoShop.h"

#include "DemoNames.h"
#include "segments/AsOfDay.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentHistory.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/SqliteBatchInsert.h"
#include "storage/SqliteStatement.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QScopeGuard>
#include <QtCore/QThread>
#include <QtCore/QTimeZone>
#include <QtCore/QVector>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <cmath>
#include <string>
#include <tuple>

Q_LOGGING_CATEGORY(lcDemo, "clientele.demo", QtWarningMsg)

namespace clientele {

namespace {

// xoshiro256** seeded through splitmix64: fast, and the same numbers on
// every platform and compiler (std:: distributions are not).
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (auto &s : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double real() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(real() * double(hi - lo + 1)); }
    bool chance(double p) { return real() < p; }
    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[size_t(between(0, qint64(items.size()) - 1))];
    }
    // Log-normal around `median`, for amounts: most small, a few large.
    double logNormal(double median, double sigma)
    {
        const double u1 = std::max(real(), 1e-12);
        const double u2 = real();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        return median * std::exp(sigma * z);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

enum class Persona { Regular, Occasional, BigSpender, Lapsed, New, OneTimer };

struct Category
{
    const char *name;
    double median; // euros
    double sigma;
};

// A café-bakery-deli: what a regular buys differs from what a big spender buys.
constexpr Category kCafe[] = {{"Coffee", 4.2, 0.35}, {"Pastries", 6.5, 0.4}, {"Lunch", 13.0, 0.3}};
constexpr Category kShop[] = {{"Groceries", 28.0, 0.6}, {"Gifts", 45.0, 0.6}, {"Tea", 18.0, 0.5}, {"Catering", 160.0, 0.5}};

// Relative busyness by month (January = 0): December gifts, August holidays.
constexpr double kSeason[12] = {0.85, 0.85, 0.95, 1.0, 1.0, 0.95, 0.9, 0.65, 1.0, 1.05, 1.15, 1.5};

std::string asciiFold(std::string_view utf8)
{
    const QString folded = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).normalized(QString::NormalizationForm_KD);
    std::string out;
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            out += char(u);
        else if (u >= 'A' && u <= 'Z')
            out += char(u - 'A' + 'a');
        else if (u == 0x0141 || u == 0x0142)
            out += 'l';
        else if (u == 0x00D8 || u == 0x00F8)
            out += 'o';
        else if (u == 0x00DF)
            out += "ss";
        else if (u == 0x0131)
            out += 'i';
        else if (u == 0x0110 || u == 0x0111)
            out += 'd';
    }
    return out;
}

std::string phoneFor(Random &rnd, std::string_view country)
{
    char buf[40];
    if (country == "FR")
        std::snprintf(buf, sizeof buf, "+33 %d %02d %02d %02d %02d", rnd.chance(0.8) ? 6 : 7, int(rnd.between(0, 99)),
                      int(rnd.between(0, 99)), int(rnd.between(0, 99)), int(rnd.between(0, 99)));
    else if (country == "DE")
        std::snprintf(buf, sizeof buf, "+49 15%d %07d", int(rnd.between(1, 9)), int(rnd.between(0, 9999999)));
    else if (country == "CH")
        std::snprintf(buf, sizeof buf, "+41 7%d %03d %02d %02d", int(rnd.between(6, 9)), int(rnd.between(0, 999)),
                      int(rnd.between(0, 99)), int(rnd.between(0, 99)));
    else if (country == "IT")
        std::snprintf(buf, sizeof buf, "+39 3%02d %07d", int(rnd.between(20, 99)), int(rnd.between(0, 9999999)));
    else
        std::snprintf(buf, sizeof buf, "+34 6%02d %03d %03d", int(rnd.between(0, 99)), int(rnd.between(0, 999)),
                      int(rnd.between(0, 999)));
    return buf;
}

template<typename T>
const T &weighted(Random &rnd, std::span<const T> items)
{
    int total = 0;
    for (const T &i : items)
        total += i.weight;
    int r = int(rnd.between(0, total - 1));
    for (const T &i : items) {
        if (r < i.weight)
            return i;
        r -= i.weight;
    }
    return items.back();
}

// Everything the inner loop writes, prepared once.
struct Writer
{
    explicit Writer(sqlite3 *db)
        : customer(db, "customers",
                   {"id", "first_name", "last_name", "email", "email_norm", "phone", "phone_norm", "street",
                    "postal_code", "city", "country", "origin", "consent_email", "consent_email_at", "consent_sms",
                    "consent_sms_at", "birthday", "notes", "created_at", "updated_at", "batch_id"})
        , purchase(db, "purchases", {"customer_id", "time", "amount_cents", "location_id", "channel", "category", "batch_id"})
        , interaction(db, "interactions", {"customer_id", "time", "kind", "location_id", "detail", "batch_id"})
        , tag(db, "customer_tags", {"customer_id", "tag_id"})
    {
    }
    bool isValid() const
    {
        return customer.error().isEmpty() && purchase.error().isEmpty() && interaction.error().isEmpty() && tag.error().isEmpty();
    }
    bool flush() { return customer.flush() && purchase.flush() && interaction.flush() && tag.flush(); }

    SqliteBatchInsert customer;
    SqliteBatchInsert purchase;
    SqliteBatchInsert interaction;
    SqliteBatchInsert tag;
};

} // namespace

DemoShop::Result DemoShop::generate(Database &db, const Options &options, const Progress &progress)
{
    Result result;
    sqlite3 *h = db.handle();
    if (!h) {
        result.error = tr("The database is not open.");
        return result;
    }
    if (options.customers < 1 || options.customers > MaxCustomers) {
        result.error = tr("The demo shop can have between 1 and %1 customers.").arg(MaxCustomers);
        return result;
    }
    {
        SqliteStatement count(h, "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM purchases)");
        if (count.next() && count.columnInt64(0) > 0) {
            result.error = tr("This file already has customers. The demo shop needs an empty file: "
                              "choose a new file name for it.");
            return result;
        }
    }

    QString error;
    // Keep the whole build in memory until commit: spilling half-built
    // index pages to the log again and again is what makes big demos slow.
    qint64 oldCache = -65536;
    {
        SqliteStatement cache(h, "PRAGMA cache_size");
        if (cache.next())
            oldCache = cache.columnInt64(0);
    }
    const qint64 bigCache = -qBound(qint64(65536), qint64(options.customers) * 2, qint64(4000000)); // KiB
    SqliteStatement::exec(h, QStringLiteral("PRAGMA cache_size = %1").arg(bigCache), nullptr);
    // The generator only writes rows whose parents it wrote first; checking
    // every foreign key row by row would triple the cost of each insert.
    SqliteStatement::exec(h, QStringLiteral("PRAGMA foreign_keys = OFF"), nullptr);
    // Let SQLite sort for the index rebuilds on more than one core.
    SqliteStatement::exec(h, QStringLiteral("PRAGMA threads = %1").arg(qBound(1, QThread::idealThreadCount(), 4)), nullptr);
    // With the write-ahead log, a fresh file of a million customers would be
    // written twice (log, then checkpoint). When this is the only connection,
    // write it once through a rollback journal, then go back to the log.
    // With other connections open the switch is refused and the log stays.
    const bool leftWal = [&] {
        SqliteStatement mode(h, "PRAGMA journal_mode = DELETE");
        return mode.next() && mode.columnText(0) == u"delete";
    }();
    const auto restorePragmas = qScopeGuard([&] {
        SqliteStatement::exec(h, QStringLiteral("PRAGMA cache_size = %1").arg(oldCache), nullptr);
        SqliteStatement::exec(h, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
        SqliteStatement::exec(h, QStringLiteral("PRAGMA threads = 0"), nullptr);
        if (leftWal)
            SqliteStatement::exec(h, QStringLiteral("PRAGMA journal_mode = WAL"), nullptr);
    });
    if (!SqliteStatement::exec(h, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        result.error = error;
        return result;
    }
    auto fail = [&](const QString &message) {
        SqliteStatement::exec(h, QStringLiteral("ROLLBACK"), nullptr);
        result.error = message;
        return result;
    };

    // Indexes whose keys arrive in random order, and the search trigger, are
    // rebuilt once at the end: far faster than maintaining them row by row
    // for a million customers. Indexes whose keys grow as rows are
    // written (purchases by customer and time, by batch) stay.
    QStringList recreate;
    {
        SqliteStatement deferred(h,
                                 "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                                 "((type = 'index' AND tbl_name IN ('purchases', 'interactions', 'customers') "
                                 "  AND name NOT IN ('purchases_customer_time', 'interactions_customer_kind_time', "
                                 "                   'customers_batch', 'purchases_batch', 'interactions_batch')) OR "
                                 "(type = 'trigger' AND name = 'customers_fts_insert'))");
        QStringList drops;
        while (deferred.next()) {
            drops << QStringLiteral("DROP %1 %2").arg(deferred.columnText(0).toUpper(), deferred.columnText(1));
            recreate << deferred.columnText(2);
        }
        deferred.reset();
        for (const QString &drop : std::as_const(drops))
            if (!SqliteStatement::exec(h, drop, &error))
                return fail(error);
    }

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const int historyDays = 730;
    const QDate firstDay = asOf.addDays(-(historyDays - 1));
    // UTC second of each local midnight: events get local shop hours.
    QVector<qint64> dayStart(historyDays + 1);
    for (int d = 0; d <= historyDays; ++d)
        dayStart[d] = QDateTime(firstDay.addDays(d), QTime(0, 0), zone).toSecsSinceEpoch();
    const auto at = [&](int day, int secondsIntoDay) { return dayStart[qBound(0, day, historyDays - 1)] + secondsIntoDay; };

    Random rnd(options.seed * 0x2545F4914F6CDD1DULL + 17);
    const qint64 batchCreated = dayStart[historyDays - 1] + 20 * 3600;

    const QString webShopName = tr("Web shop");

    // Shop, locations, tags, batch.
    {
        const QStringList setup = {
            QStringLiteral("INSERT INTO import_batches (id, kind, file_name, started_at, finished_at) "
                           "VALUES (1, 'demo', 'demo shop', %1, %1)")
                .arg(batchCreated),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('shop/name', 'Maison Clémence (demo)'), "
                           "('shop/currency', 'EUR'), ('shop/country', 'FR'), ('shop/business_kind', 'cafe'), "
                           "('shop/demo', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        };
        for (const QString &s : setup)
            if (!SqliteStatement::exec(h, s, &error))
                return fail(error);
        // Names a shop owner reads, in the language Clientele speaks.
        SqliteStatement location(h, "INSERT INTO locations (id, name, kind, city) VALUES (?, ?, ?, ?)");
        const std::tuple<qint64, QString, const char *, const char *> locations[] = {
            {1, tr("Old Town"), "store", "Lyon"}, {2, tr("Harbour"), "store", "Lyon"}, {3, webShopName, "online", ""}};
        for (const auto &[id, name, kind, city] : locations) {
            location.bind(1, id);
            location.bind(2, name);
            location.bindText(3, kind);
            location.bindText(4, city);
            if (!location.step())
                return fail(location.error());
        }
        SqliteStatement tag(h, "INSERT INTO tags (id, name, color) VALUES (?, ?, ?)");
        const std::tuple<qint64, QString, const char *> tags[] = {
            {1, tr("VIP"), "#c2185b"},      {2, tr("Newsletter"), "#1976d2"},  {3, tr("Loyalty card"), "#388e3c"},
            {4, tr("Catering"), "#f57c00"}, {5, tr("Gluten-free"), "#7b1fa2"}, {6, tr("Staff"), "#455a64"}};
        for (const auto &[id, name, color] : tags) {
            tag.bind(1, id);
            tag.bind(2, name);
            tag.bindText(3, color);
            if (!tag.step())
                return fail(tag.error());
        }
    }

    Writer w(h);
    if (!w.isValid())
        return fail(w.customer.error());
    const std::string cafeCategories[] = {tr("Coffee").toStdString(), tr("Pastries").toStdString(),
                                          tr("Lunch").toStdString()};
    const std::string shopCategories[] = {tr("Groceries").toStdString(), tr("Gifts").toStdString(),
                                          tr("Tea").toStdString(), tr("Catering").toStdString()};
    const std::string oatMilk = tr("Prefers oat milk.").toStdString();
    const std::string nuts = tr("Allergic to nuts: check the pastries.").toStdString();
    const std::string newsletter = tr("Monthly newsletter").toStdString();
    const std::string webShop = webShopName.toStdString();
    const std::string lateDelivery = tr("Asked about a late delivery").toStdString();

    const auto pools = demo::namePools();
    const auto cityList = demo::cities();
    const auto streetList = demo::streets();
    const int monthlyCampaigns = historyDays / 30;

    struct PendingInteraction
    {
        const char *kind;
        qint64 time;
        qint64 location;
        const char *detail;
    };
    std::vector<PendingInteraction> pending;
    auto addPurchase = [&](qint64 customerId, int day, bool online, int homeStore, bool cafe, bool scan) -> bool {
        const qint64 which = cafe ? rnd.between(0, 2) : rnd.between(0, 3);
        const Category &cat = cafe ? kCafe[which] : kShop[which];
        const qint64 cents = std::max<qint64>(50, qint64(std::llround(rnd.logNormal(cat.median, cat.sigma) * 10.0)) * 10);
        const int secs = online ? int(rnd.between(6 * 3600, 23 * 3600)) : int(rnd.between(7 * 3600, 19 * 3600));
        w.purchase.set(0, customerId);
        w.purchase.set(1, at(day, secs));
        w.purchase.set(2, cents);
        w.purchase.set(3, online ? 3 : homeStore);
        w.purchase.set(4, online ? "online" : "in-store");
        w.purchase.set(5, cafe ? cafeCategories[which] : shopCategories[which]);
        w.purchase.set(6, 1);
        if (!w.purchase.endRow())
            return false;
        ++result.purchases;
        if (!online && scan) // loyalty-card scans: how the café knows about visits
            pending.push_back({"visit", at(day, secs), homeStore, ""});
        return true;
    };
    auto addInteraction = [&](int day, const char *kind, const char *detail) {
        pending.push_back({kind, at(day, int(rnd.between(8 * 3600, 22 * 3600))), 0, detail});
    };
    // A customer's interactions go in (kind, time) order, the order of the
    // index on interactions: it then grows at its end instead of being rebuilt.
    auto writeInteractions = [&](qint64 customerId) -> bool {
        std::sort(pending.begin(), pending.end(), [](const PendingInteraction &a, const PendingInteraction &b) {
            const int byKind = std::strcmp(a.kind, b.kind);
            return byKind != 0 ? byKind < 0 : a.time < b.time;
        });
        for (const PendingInteraction &i : pending) {
            w.interaction.set(0, customerId);
            w.interaction.set(1, i.time);
            w.interaction.set(2, i.kind);
            if (i.location > 0)
                w.interaction.set(3, i.location);
            else
                w.interaction.setNull(3);
            w.interaction.set(4, i.detail);
            w.interaction.set(5, 1);
            if (!w.interaction.endRow())
                return false;
            ++result.interactions;
        }
        pending.clear();
        return true;
    };
    std::vector<double> seasonChance(size_t(historyDays) + 1);
    for (int d = 0; d <= historyDays; ++d)
        seasonChance[size_t(d)] = kSeason[firstDay.addDays(d).month() - 1] / 1.5;
    auto seasonal = [&](int day) { return rnd.real() < seasonChance[size_t(day)]; };

    QElapsedTimer phase;
    phase.start();
    std::vector<int> days;
    for (qint64 id = 1; id <= options.customers; ++id) {
        // Who they are.
        const demo::NamePool &pool = weighted(rnd, pools);
        const std::string_view first = rnd.pick(pool.first);
        const std::string_view last = rnd.pick(pool.last);
        const demo::City &city = weighted(rnd, cityList);
        const double p = rnd.real();
        const Persona persona = p < 0.06   ? Persona::Regular
                                : p < 0.37 ? Persona::Occasional
                                : p < 0.42 ? Persona::BigSpender
                                : p < 0.60 ? Persona::Lapsed
                                : p < 0.70 ? Persona::New
                                           : Persona::OneTimer;
        const bool onlineShopper = persona != Persona::Regular && rnd.chance(0.3);
        const char *origin = onlineShopper ? "online" : (rnd.chance(0.18) ? "referral" : "walk-in");
        const int homeStore = rnd.chance(0.6) ? 1 : 2;

        // When they were active, as day indexes into the history.
        int activeFrom = 0;
        int activeTo = historyDays - 1;
        switch (persona) {
        case Persona::Regular:
            // Regulars of today: they started coming three to eleven months ago.
            activeFrom = int(rnd.between(historyDays - 330, historyDays - 90));
            break;
        case Persona::Occasional:
        case Persona::BigSpender:
            activeFrom = int(rnd.between(0, historyDays - 60));
            break;
        case Persona::Lapsed:
            activeFrom = int(rnd.between(0, historyDays - 400));
            activeTo = int(rnd.between(activeFrom + 60, historyDays - 120));
            break;
        case Persona::New:
            activeFrom = int(rnd.between(historyDays - 60, historyDays - 1));
            break;
        case Persona::OneTimer:
            activeFrom = activeTo = int(rnd.between(0, historyDays - 1));
            break;
        }

        // What they bought.
        days.clear();
        switch (persona) {
        case Persona::Regular: {
            const double perDay = double(rnd.between(9, 14)) / 30.0;
            for (int d = activeFrom; d <= activeTo; ++d)
                if (rnd.real() < perDay)
                    days.push_back(d);
            break;
        }
        case Persona::Occasional:
        case Persona::Lapsed: {
            const double perDay = 1.0 / double(rnd.between(20, 75));
            for (int d = activeFrom; d <= activeTo; ++d)
                if (rnd.real() < perDay && seasonal(d))
                    days.push_back(d);
            if (days.empty())
                days.push_back(activeFrom);
            break;
        }
        case Persona::BigSpender: {
            const double perDay = 1.0 / double(rnd.between(10, 25));
            for (int d = activeFrom; d <= activeTo; ++d)
                if (rnd.real() < perDay && seasonal(d))
                    days.push_back(d);
            if (days.empty())
                days.push_back(activeTo);
            break;
        }
        case Persona::New: {
            const int n = int(rnd.between(1, 3));
            for (int i = 0; i < n; ++i)
                days.push_back(int(rnd.between(activeFrom, activeTo)));
            std::sort(days.begin(), days.end());
            break;
        }
        case Persona::OneTimer:
            days.push_back(activeFrom);
            break;
        }

        const int firstPurchaseDay = days.front();
        const int createdDay = std::max(0, firstPurchaseDay - int(rnd.between(0, 3)));
        const qint64 createdAt = at(createdDay, int(rnd.between(8 * 3600, 18 * 3600)));
        const bool hasEmail = onlineShopper || rnd.chance(0.82);
        const bool hasPhone = rnd.chance(persona == Persona::BigSpender ? 0.9 : 0.65);
        const bool consentEmail = hasEmail && rnd.chance(0.55);
        const bool consentSms = hasPhone && rnd.chance(0.3);

        const std::string email = hasEmail ? asciiFold(first) + "." + asciiFold(last) + std::to_string(id % 997)
                                                 + (id % 3 == 0 ? "@example.org" : id % 3 == 1 ? "@example.com" : "@example.net")
                                           : std::string();
        const std::string phone = hasPhone ? phoneFor(rnd, city.country) : std::string();
        std::string phoneNorm;
        for (char c : phone)
            if (c >= '0' && c <= '9')
                phoneNorm += c;
        std::string postal(city.postalPrefix);
        while (postal.size() < (city.country == "CH" ? 4u : 5u))
            postal += char('0' + rnd.between(0, 9));
        const std::string street = std::to_string(rnd.between(1, 120)) + " " + std::string(rnd.pick(streetList));
        char birthday[16] = {0};
        const bool hasBirthday = rnd.chance(0.35);
        if (hasBirthday)
            std::snprintf(birthday, sizeof birthday, "%04d-%02d-%02d", int(rnd.between(1945, 2006)),
                          int(rnd.between(1, 12)), int(rnd.between(1, 28)));
        const char *note = !rnd.chance(0.04) ? ""
                           : rnd.chance(0.5)  ? oatMilk.c_str()
                                              : nuts.c_str();

        w.customer.set(0, id);
        w.customer.set(1, first);
        w.customer.set(2, last);
        w.customer.set(3, email);
        w.customer.set(4, email);
        w.customer.set(5, phone);
        w.customer.set(6, phoneNorm);
        w.customer.set(7, street);
        w.customer.set(8, postal);
        w.customer.set(9, city.name);
        w.customer.set(10, city.country);
        w.customer.set(11, origin);
        w.customer.set(12, consentEmail ? 1 : 0);
        if (consentEmail)
            w.customer.set(13, createdAt);
        else
            w.customer.setNull(13);
        w.customer.set(14, consentSms ? 1 : 0);
        if (consentSms)
            w.customer.set(15, createdAt);
        else
            w.customer.setNull(15);
        if (hasBirthday)
            w.customer.set(16, birthday);
        else
            w.customer.setNull(16);
        w.customer.set(17, note);
        w.customer.set(18, createdAt);
        w.customer.set(19, createdAt);
        w.customer.set(20, 1);
        if (!w.customer.endRow())
            return fail(w.customer.error());
        ++result.customers;

        const bool cafe = persona == Persona::Regular || (persona != Persona::BigSpender && rnd.chance(0.5));
        const bool loyaltyCard = !onlineShopper && rnd.chance(persona == Persona::Regular ? 0.75 : 0.08);
        for (int d : days)
            if (!addPurchase(id, d, onlineShopper && rnd.chance(0.8), homeStore, cafe && !onlineShopper, loyaltyCard))
                return fail(w.purchase.error());

        // Newsletter once a month for the last year: some open it, a few click.
        if (consentEmail) {
            const double openRate = rnd.real() * (persona == Persona::Lapsed ? 0.15 : 0.5);
            for (int m = monthlyCampaigns - 12; m < monthlyCampaigns; ++m) {
                const int day = m * 30 + 3;
                if (day < createdDay || !rnd.chance(openRate))
                    continue;
                addInteraction(day, "email_open", newsletter.c_str());
                if (rnd.chance(0.25))
                    addInteraction(day, "email_click", newsletter.c_str());
            }
        }
        if (onlineShopper && rnd.chance(0.35)) {
            const int carts = int(rnd.between(1, 3));
            for (int i = 0; i < carts; ++i)
                addInteraction(int(rnd.between(createdDay, historyDays - 1)), "cart_abandoned", webShop.c_str());
        }
        if (rnd.chance(0.01))
            addInteraction(int(rnd.between(createdDay, historyDays - 1)), "support_ticket", lateDelivery.c_str());
        if (!writeInteractions(id))
            return fail(w.interaction.error());

        // Tags.
        auto tag = [&](int tagId) {
            w.tag.set(0, id);
            w.tag.set(1, tagId);
            return w.tag.endRow();
        };
        if ((persona == Persona::BigSpender && rnd.chance(0.6)) && !tag(1))
            return fail(w.tag.error());
        if (consentEmail && !tag(2))
            return fail(w.tag.error());
        if (loyaltyCard && !tag(3))
            return fail(w.tag.error());
        if (persona == Persona::BigSpender && rnd.chance(0.3) && !tag(4))
            return fail(w.tag.error());
        if (rnd.chance(0.03) && !tag(5))
            return fail(w.tag.error());
        if (id % 401 == 7 && !tag(6))
            return fail(w.tag.error());

        if (progress && (id % 2000 == 0 || id == options.customers) && !progress(id, options.customers)) {
            SqliteStatement::exec(h, QStringLiteral("ROLLBACK"), nullptr);
            result.cancelled = true;
            result.error = tr("Cancelled: the file was left as it was.");
            return result;
        }
    }

    if (!w.flush())
        return fail(w.customer.error() + w.purchase.error() + w.interaction.error() + w.tag.error());
    qCDebug(lcDemo) << "rows written after" << phase.restart() << "ms";
    for (const QString &statement : std::as_const(recreate)) {
        QElapsedTimer one;
        one.start();
        if (!SqliteStatement::exec(h, statement, &error))
            return fail(error);
        qCDebug(lcDemo) << statement.left(60) << one.elapsed() << "ms";
    }
    qCDebug(lcDemo) << "indexes rebuilt after" << phase.restart() << "ms";
    if (!SqliteStatement::exec(h, QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')"), &error))
        return fail(error);
    qCDebug(lcDemo) << "search index rebuilt after" << phase.restart() << "ms";
    if (!SqliteStatement::exec(h,
                    QStringLiteral("UPDATE import_batches SET rows_read = %1, imported = %1 WHERE id = 1")
                        .arg(result.customers),
                    &error)
        || !SqliteStatement::exec(h, QStringLiteral("COMMIT"), &error))
        return fail(error);
    qCDebug(lcDemo) << "committed after" << phase.restart() << "ms";
    // Statistics for the query planner from a sample: enough to pick indexes.
    SqliteStatement::exec(h, QStringLiteral("PRAGMA analysis_limit = 1000"), nullptr);
    SqliteStatement::exec(h, QStringLiteral("ANALYZE"), nullptr);
    qCDebug(lcDemo) << "analyze after" << phase.restart() << "ms";
    result.ok = true;
    db.notifier()->notifyReset();
    return result;
}

int DemoShop::addHistory(Database &db, QDate asOf, int weeks, const Progress &progress)
{
    SegmentEngine engine(db);
    engine.setAutoRefresh(false);
    engine.setAsOf(asOf);
    const QDate to = AsOfDay::forDatabase(db, asOf).day();
    SegmentHistory::Progress step;
    if (progress)
        step = [&progress](int done, int total) { return progress(done, total); };
    return SegmentHistory(db).backfill(engine, to.addDays(-7 * qint64(weeks)), to, 7, step);
}

} // namespace clientele
