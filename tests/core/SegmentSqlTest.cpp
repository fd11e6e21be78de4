#include "TempDatabase.h"

#include "analytics/RfmScores.h"
#include "segments/FieldCatalogue.h"
#include "segments/MemorySegmentEvaluator.h"
#include "segments/RuleJson.h"
#include "segments/SqlRuleCompiler.h"
#include "segments/SqlSegmentEvaluator.h"
#include "storage/SettingsStore.h"
#include "storage/SqlUtil.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <map>
#include <set>

using namespace clientele;

namespace {

const QDate kAsOf(2026, 3, 29); // the day Paris moves its clocks forward

// ASCII-only case folding, as SQLite's NOCASE and lower() do.
QString fold(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    return out;
}

struct Event
{
    qint64 time = 0;
    qint64 cents = 0;
    QString category;
    QString location; // empty: none
};

// Everything the reference evaluator knows about one customer.
struct Person
{
    qint64 id = 0;
    QString city, country, postal, email, phone, origin;
    bool consentEmail = false, consentSms = false;
    qint64 created = 0;
    QDate birthday; // invalid: not known
    QStringList tags;
    QString level; // custom field "Level"
    QList<Event> purchases;
    QMap<QString, QList<qint64>> interactions; // kind -> times
};

} // namespace

class SegmentSqlTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        SettingsStore(db).setTimeZone(QTimeZone("Europe/Paris"));
        exec(QStringLiteral("INSERT INTO locations (id, name) VALUES (1, 'Old Town'), (2, 'Web shop')"));
    }

    AsOfDay asOf(QDate day = kAsOf) const { return AsOfDay(day, QTimeZone("Europe/Paris")); }

    // Local time in Paris on `day` at `hour`.
    static qint64 at(QDate day, int hour = 12)
    {
        return QDateTime(day, QTime(hour, 0), QTimeZone("Europe/Paris")).toSecsSinceEpoch();
    }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        forgetReadData();
        QSqlQuery q(db.connection());
        ASSERT_TRUE(sql::exec(q, sql, values)) << sql.toStdString();
    }

    qint64 add(const Person &p)
    {
        forgetReadData();
        QSqlQuery q(db.connection());
        EXPECT_TRUE(sql::exec(q,
                              QStringLiteral("INSERT INTO customers (city, country, postal_code, email, phone, origin, "
                                             "consent_email, consent_sms, created_at, updated_at, birthday) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {p.city, p.country, p.postal, p.email, p.phone, p.origin, p.consentEmail ? 1 : 0,
                               p.consentSms ? 1 : 0, p.created, p.created,
                               p.birthday.isValid() ? QVariant(p.birthday.toString(Qt::ISODate)) : sql::null()}));
        const qint64 id = q.lastInsertId().toLongLong();
        for (const QString &t : p.tags) {
            exec(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"), {t});
            exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"),
                 {id, t});
        }
        if (!p.level.isEmpty()) {
            exec(QStringLiteral("INSERT OR IGNORE INTO custom_fields (name) VALUES ('Level')"));
            exec(QStringLiteral("INSERT INTO customer_custom_values (customer_id, field_id, value) "
                                "SELECT ?, id, ? FROM custom_fields WHERE name = 'Level'"),
                 {id, p.level});
        }
        for (const Event &e : p.purchases)
            exec(QStringLiteral("INSERT INTO purchases (customer_id, time, amount_cents, category, location_id) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {id, e.time, e.cents, e.category,
                  e.location.isEmpty() ? sql::idOrNull(0) : QVariant(e.location == u"Old Town" ? 1 : 2)});
        for (auto it = p.interactions.cbegin(); it != p.interactions.cend(); ++it)
            for (qint64 t : it.value())
                exec(QStringLiteral("INSERT INTO interactions (customer_id, time, kind) VALUES (?, ?, ?)"),
                     {id, t, it.key()});
        return id;
    }

    // Who matches, by the SQL evaluator; every answer is checked against
    // the in-memory evaluator, which keeps what it read between rules as it
    // does in the application.
    QList<qint64> ids(const Rule &rule, QDate day = kAsOf)
    {
        SqlSegmentEvaluator e(db);
        const auto r = e.matchingIds(rule, asOf(day));
        EXPECT_TRUE(r.has_value()) << e.lastError().toStdString() << " " << RuleJson::write(rule).toStdString();
        if (!memory)
            memory = std::make_unique<MemorySegmentEvaluator>(db);
        const auto m = memory->matchingIds(rule, asOf(day));
        EXPECT_TRUE(m.has_value()) << memory->lastError().toStdString();
        EXPECT_EQ(m.value_or(QList<qint64>{}), r.value_or(QList<qint64>{}))
            << "in memory and in SQL differ, as of " << day.toString(Qt::ISODate).toStdString() << ": "
            << RuleJson::write(rule).toStdString();
        EXPECT_EQ(memory->count(rule, asOf(day)), r.value_or(QList<qint64>{}).size());
        return r.value_or(QList<qint64>{});
    }

    // Data written after the in-memory evaluator read it: it must read again.
    void forgetReadData()
    {
        if (memory)
            memory->invalidate();
    }

    std::unique_ptr<MemorySegmentEvaluator> memory;
};

// --- A reference evaluator in plain C++: slow, obvious, independent of SQL.

namespace {

class Reference
{
public:
    Reference(const QList<Person> &people, QDate day, const QTimeZone &zone)
        : m_people(people)
        , m_day(day)
        , m_zone(zone)
    {
    }

    QList<qint64> matching(const Rule &rule)
    {
        QList<qint64> out;
        for (const Person &p : m_people)
            if (eval(rule, p))
                out << p.id;
        return out;
    }

private:
    QDate date(qint64 t) const { return QDateTime::fromSecsSinceEpoch(t, m_zone).date(); }
    bool inWindow(qint64 t, int window) const
    {
        const QDate d = date(t);
        return d <= m_day && (window == 0 || d >= m_day.addDays(1 - window));
    }

    static bool cmp(qint64 x, RuleOp op, const QJsonValue &v, bool money)
    {
        auto num = [&](const QJsonValue &j) { return money ? qint64(std::llround(j.toDouble() * 100)) : qint64(j.toInt()); };
        switch (op) {
        case RuleOp::Equal:
            return x == num(v);
        case RuleOp::NotEqual:
            return x != num(v);
        case RuleOp::Greater:
            return x > num(v);
        case RuleOp::GreaterOrEqual:
            return x >= num(v);
        case RuleOp::Less:
            return x < num(v);
        case RuleOp::LessOrEqual:
            return x <= num(v);
        case RuleOp::Between:
            return x >= num(v.toArray().at(0)) && x <= num(v.toArray().at(1));
        default:
            ADD_FAILURE() << "no number operator";
            return false;
        }
    }

    // A value that may be empty: empty matches only negations and is_empty.
    static bool nullable(std::optional<qint64> x, RuleOp op, const QJsonValue &v, bool money = false)
    {
        if (op == RuleOp::IsEmpty)
            return !x;
        if (op == RuleOp::IsNotEmpty)
            return x.has_value();
        if (!x)
            return op == RuleOp::NotEqual;
        return cmp(*x, op, v, money);
    }

    // A day (as a Julian day number) against "YYYY-MM-DD" values.
    static bool nullableDay(std::optional<qint64> day, RuleOp op, const QJsonValue &v)
    {
        if (op == RuleOp::IsEmpty)
            return !day;
        if (op == RuleOp::IsNotEmpty)
            return day.has_value();
        if (!day)
            return op == RuleOp::NotEqual;
        const auto jd = [](const QJsonValue &j) { return QDate::fromString(j.toString(), Qt::ISODate).toJulianDay(); };
        switch (op) {
        case RuleOp::Equal:
            return *day == jd(v);
        case RuleOp::NotEqual:
            return *day != jd(v);
        case RuleOp::Greater:
            return *day > jd(v);
        case RuleOp::GreaterOrEqual:
            return *day >= jd(v);
        case RuleOp::Less:
            return *day < jd(v);
        case RuleOp::LessOrEqual:
            return *day <= jd(v);
        case RuleOp::Between:
            return *day >= jd(v.toArray().at(0)) && *day <= jd(v.toArray().at(1));
        default:
            ADD_FAILURE() << "no date operator";
            return false;
        }
    }

    // One text against the operator (positive form).
    static bool textOne(const QString &s, RuleOp op, const QJsonValue &v)
    {
        switch (Rule::positive(op)) {
        case RuleOp::Equal:
            return fold(s) == fold(v.toString().trimmed());
        case RuleOp::Contains:
            return fold(s).contains(fold(v.toString().trimmed()));
        case RuleOp::StartsWith:
            return fold(s).startsWith(fold(v.toString().trimmed()));
        case RuleOp::In:
            for (const QJsonValue &item : v.toArray())
                if (fold(s) == fold(item.toString().trimmed()))
                    return true;
            return false;
        case RuleOp::IsNotEmpty:
            return !s.isEmpty();
        default:
            ADD_FAILURE() << "no text operator";
            return false;
        }
    }
    // Several texts (categories, tags): does any match? Negations: none.
    static bool textSet(const QStringList &values, RuleOp op, const QJsonValue &v)
    {
        bool anyMatch = false;
        for (const QString &s : values)
            if (!s.isEmpty() && textOne(s, op, v))
                anyMatch = true;
        return Rule::isNegation(op) ? !anyMatch : anyMatch;
    }

    std::optional<RfmScore> rfm(const Person &p, int period)
    {
        if (!m_rfm.contains(period)) {
            QList<RfmInput> inputs;
            for (const Person &q : m_people) {
                RfmInput in{q.id, 0, 0, 0};
                qint64 last = 0;
                for (const Event &e : q.purchases)
                    if (inWindow(e.time, period)) {
                        ++in.frequency;
                        in.monetaryCents += e.cents;
                        last = std::max(last, e.time);
                    }
                if (in.frequency == 0)
                    continue;
                in.recencyDays = date(last).daysTo(m_day);
                inputs << in;
            }
            std::map<qint64, RfmScore> byId;
            for (const RfmScore &s : RfmScores::compute(inputs))
                byId[s.customerId] = s;
            m_rfm[period] = byId;
        }
        const auto &scores = m_rfm[period];
        const auto it = scores.find(p.id);
        if (it == scores.end())
            return std::nullopt;
        return it->second;
    }

    bool eval(const Rule &r, const Person &p)
    {
        if (r.kind == Rule::Kind::All) {
            for (const Rule &c : r.children)
                if (!eval(c, p))
                    return false;
            return true;
        }
        if (r.kind == Rule::Kind::Any) {
            for (const Rule &c : r.children)
                if (eval(c, p))
                    return true;
            return false;
        }
        const QString &f = r.field;
        QList<Event> window;
        for (const Event &e : p.purchases)
            if (inWindow(e.time, r.windowDays))
                window << e;
        auto countOf = [&](const char *kind) {
            qint64 n = 0;
            for (qint64 t : p.interactions.value(QString::fromLatin1(kind)))
                n += inWindow(t, r.windowDays) ? 1 : 0;
            return n;
        };
        if (f == u"purchases.count")
            return cmp(window.size(), r.op, r.value, false);
        if (f == u"purchases.total" || f == u"purchases.average") {
            qint64 sum = 0;
            for (const Event &e : window)
                sum += e.cents;
            if (f == u"purchases.total")
                return cmp(sum, r.op, r.value, true);
            if (window.isEmpty())
                return nullable(std::nullopt, r.op, r.value);
            if (r.op == RuleOp::IsEmpty || r.op == RuleOp::IsNotEmpty)
                return nullable(sum, r.op, r.value);
            // Exact: compare sum with value * count.
            auto scaled = [&](const QJsonValue &j) { return qint64(std::llround(j.toDouble() * 100)) * window.size(); };
            QJsonValue v = r.value;
            switch (r.op) {
            case RuleOp::Between:
                return sum >= scaled(v.toArray().at(0)) && sum <= scaled(v.toArray().at(1));
            case RuleOp::Equal:
                return sum == scaled(v);
            case RuleOp::NotEqual:
                return sum != scaled(v);
            case RuleOp::Greater:
                return sum > scaled(v);
            case RuleOp::GreaterOrEqual:
                return sum >= scaled(v);
            case RuleOp::Less:
                return sum < scaled(v);
            case RuleOp::LessOrEqual:
                return sum <= scaled(v);
            default:
                return false;
            }
        }
        if (f == u"purchases.days_since_last" || f == u"purchases.days_since_first") {
            std::optional<qint64> d;
            for (const Event &e : window) {
                const qint64 days = date(e.time).daysTo(m_day);
                if (!d || (f == u"purchases.days_since_last" ? days < *d : days > *d))
                    d = days;
            }
            return nullable(d, r.op, r.value);
        }
        if (f == u"email.days_since_last_open") {
            std::optional<qint64> d;
            for (qint64 t : p.interactions.value(QStringLiteral("email_open")))
                if (inWindow(t, r.windowDays) && (!d || date(t).daysTo(m_day) < *d))
                    d = date(t).daysTo(m_day);
            return nullable(d, r.op, r.value);
        }
        if (f == u"purchases.first_date" || f == u"purchases.last_date") {
            std::optional<qint64> day;
            for (const Event &e : window) {
                const qint64 jd = date(e.time).toJulianDay();
                if (!day || (f == u"purchases.last_date" ? jd > *day : jd < *day))
                    day = jd;
            }
            return nullableDay(day, r.op, r.value);
        }
        if (f == u"customer.created")
            return nullableDay(date(p.created).toJulianDay(), r.op, r.value);
        if (f == u"birthday")
            return nullableDay(p.birthday.isValid() ? std::optional<qint64>(p.birthday.toJulianDay()) : std::nullopt,
                               r.op, r.value);
        if (f == u"purchases.category" || f == u"purchases.location") {
            QStringList values;
            for (const Event &e : window)
                values << (f == u"purchases.category" ? e.category : e.location);
            return textSet(values, r.op, r.value);
        }
        if (f == u"visits.count")
            return cmp(countOf("visit"), r.op, r.value, false);
        if (f == u"email.opens")
            return cmp(countOf("email_open"), r.op, r.value, false);
        if (f == u"cart.abandoned")
            return cmp(countOf("cart_abandoned"), r.op, r.value, false);
        if (f == u"tag") {
            if (r.op == RuleOp::IsEmpty)
                return p.tags.isEmpty();
            if (r.op == RuleOp::IsNotEmpty)
                return !p.tags.isEmpty();
            const RuleOp op = r.op == RuleOp::Has ? RuleOp::Equal : r.op == RuleOp::NotHas ? RuleOp::NotEqual : r.op;
            return textSet(p.tags, op, r.value);
        }
        if (f == u"customer.days_since_created")
            return cmp(date(p.created).daysTo(m_day), r.op, r.value, false);
        if (f == u"consent.email" || f == u"consent.sms") {
            const bool v = f == u"consent.email" ? p.consentEmail : p.consentSms;
            return (v == r.value.toBool()) == (r.op == RuleOp::Equal);
        }
        if (f.startsWith(u"rfm.")) {
            const auto s = rfm(p, r.windowDays ? r.windowDays : 365);
            std::optional<qint64> x;
            if (s)
                x = f == u"rfm.r" ? s->r : f == u"rfm.f" ? s->f : f == u"rfm.m" ? s->m : s->score();
            return nullable(x, r.op, r.value);
        }
        // Text on the customer.
        const QString s = f == u"city"        ? p.city
                          : f == u"country"   ? p.country
                          : f == u"postal_code" ? p.postal
                          : f == u"email"     ? p.email
                          : f == u"phone"     ? p.phone
                          : f == u"origin"    ? p.origin
                                              : p.level;
        if (r.op == RuleOp::IsEmpty)
            return s.isEmpty();
        if (r.op == RuleOp::IsNotEmpty)
            return !s.isEmpty();
        if (f == u"origin") {
            const bool hit = Rule::positive(r.op) == RuleOp::Equal
                                 ? s == r.value.toString()
                                 : std::any_of(r.value.toArray().begin(), r.value.toArray().end(),
                                               [&](const QJsonValue &j) { return j.toString() == s; });
            return Rule::isNegation(r.op) ? !hit : hit;
        }
        const bool hit = !s.isEmpty() && textOne(s, r.op, r.value);
        return Rule::isNegation(r.op) ? !hit : hit;
    }

    QList<Person> m_people;
    QDate m_day;
    QTimeZone m_zone;
    std::map<int, std::map<qint64, RfmScore>> m_rfm;
};

// Both cases of a non-ASCII name: SQLite folds A-Z only (no ICU), and so
// must the in-memory evaluator.
const QStringList kCities = {QStringLiteral("Lyon"),          QStringLiteral("lyon"),          QStringLiteral("Paris"),
                             QString(),                       QStringLiteral("Saint-Étienne"), QStringLiteral("SAINT-ÉTIENNE"),
                             QStringLiteral("Lyons-la-Forêt")};
const QStringList kCategories = {QStringLiteral("Coffee"), QStringLiteral("Lunch"), QString(), QStringLiteral("coffee beans")};
const QStringList kTags = {QStringLiteral("VIP"), QStringLiteral("Newsletter"), QStringLiteral("Staff")};

QString pick(QRandomGenerator &rnd, const QStringList &items)
{
    return items.at(rnd.bounded(int(items.size())));
}

// A value of the right kind for a field and operator, often near the data.
QJsonValue randomValue(QRandomGenerator &rnd, const FieldInfo &f, RuleOp op)
{
    if (op == RuleOp::IsEmpty || op == RuleOp::IsNotEmpty)
        return QJsonValue::Undefined;
    auto one = [&]() -> QJsonValue {
        switch (f.type) {
        case FieldType::Count:
            return rnd.bounded(0, 6);
        case FieldType::Days:
            return rnd.bounded(0, 200);
        case FieldType::Score:
            return rnd.bounded(f.minValue, f.maxValue + 1);
        case FieldType::Money:
            return double(rnd.bounded(0, 40000)) / 100.0;
        case FieldType::YesNo:
            return rnd.bounded(2) == 1;
        case FieldType::Origin:
            return pick(rnd, {QStringLiteral("walk-in"), QStringLiteral("online"), QStringLiteral("referral"),
                              QStringLiteral("imported")});
        case FieldType::Tag:
            return pick(rnd, kTags + QStringList{QStringLiteral("vip"), QStringLiteral("Nobody")});
        case FieldType::PurchaseText:
            if (f.key == u"purchases.location")
                return pick(rnd, {QStringLiteral("Old Town"), QStringLiteral("web shop"), QStringLiteral("Old"),
                                  QStringLiteral("shop")});
            return pick(rnd, {QStringLiteral("Coffee"), QStringLiteral("coffee"), QStringLiteral("Lu"),
                              QStringLiteral("beans"), QStringLiteral("Co")});
        case FieldType::Date:
            if (f.key == u"birthday")
                return QDate(1990, 3, 14).addDays(rnd.bounded(-40, 40)).toString(Qt::ISODate);
            // Near the as-of days, so day boundaries and the clock change matter.
            return kAsOf.addDays(-rnd.bounded(-3, 420)).toString(Qt::ISODate);
        case FieldType::Text:
            if (f.key == u"email")
                return pick(rnd, {QStringLiteral("example.org"), QStringLiteral("anna@example.org"), QStringLiteral("an")});
            if (f.key.startsWith(u"custom."))
                return pick(rnd, {QStringLiteral("gold"), QStringLiteral("Silver"), QStringLiteral("g")});
            return pick(rnd, {QStringLiteral("Lyon"), QStringLiteral("lyon"), QStringLiteral("Ly"), QStringLiteral("Paris"),
                              QStringLiteral("FR"), QStringLiteral("69"), QStringLiteral("Saint-Étienne"),
                              QStringLiteral("saint-étienne"), QStringLiteral("ÉTIENNE"),
                              QStringLiteral("+33"), QStringLiteral("Forêt")});
        }
        return 0;
    };
    if (op == RuleOp::Between) {
        QJsonValue a = one();
        QJsonValue b = one();
        if (a.isString() ? a.toString() > b.toString() : a.toDouble() > b.toDouble())
            std::swap(a, b);
        return QJsonArray{a, b};
    }
    if (op == RuleOp::In || op == RuleOp::NotIn) {
        QJsonArray arr;
        const int n = rnd.bounded(1, 4);
        for (int i = 0; i < n; ++i)
            arr.append(one());
        return arr;
    }
    return one();
}

Rule randomCondition(QRandomGenerator &rnd, const FieldInfo &f, RuleOp op)
{
    static const int windows[] = {0, 1, 7, 30, 90, 365};
    int window = f.windowed ? windows[rnd.bounded(6)] : 0;
    return Rule::condition(f.key, op, randomValue(rnd, f, op), window);
}

QList<FieldInfo> allFields()
{
    QList<FieldInfo> fields = FieldCatalogue::fields();
    fields << *FieldCatalogue::find(QStringLiteral("custom.Level"));
    return fields;
}

Rule randomRule(QRandomGenerator &rnd, int depth)
{
    if (depth == 0 || rnd.bounded(3) == 0) {
        const QList<FieldInfo> fields = allFields();
        const FieldInfo &f = fields.at(rnd.bounded(int(fields.size())));
        return randomCondition(rnd, f, f.ops.at(rnd.bounded(int(f.ops.size()))));
    }
    QList<Rule> children;
    const int n = rnd.bounded(0, 4);
    for (int i = 0; i < n; ++i)
        children << randomRule(rnd, depth - 1);
    return rnd.bounded(2) ? Rule::all(children) : Rule::any(children);
}

} // namespace

TEST_F(SegmentSqlTest, SqlAgreesWithAPlainReferenceOnRandomRulesAndData)
{
    QRandomGenerator rnd(20260329);
    // An erased customer with purchases, tags and visits, whom nothing may
    // match; the ids after it are sparse (the in-memory evaluator then
    // looks customers up by hash instead of by table).
    exec(QStringLiteral("INSERT INTO customers (id, city, created_at, updated_at, erased) VALUES (4999999, 'Lyon', ?, ?, 1)"),
         {at(kAsOf.addDays(-30)), at(kAsOf.addDays(-30))});
    exec(QStringLiteral("INSERT INTO purchases (customer_id, time, amount_cents, category, location_id) "
                        "VALUES (4999999, ?, 1000, 'Coffee', 1)"),
         {at(kAsOf.addDays(-2))});
    exec(QStringLiteral("INSERT INTO interactions (customer_id, time, kind) VALUES (4999999, ?, 'visit')"),
         {at(kAsOf.addDays(-2))});
    QList<Person> people;
    for (int i = 0; i < 60; ++i) {
        Person p;
        p.city = pick(rnd, kCities);
        p.country = pick(rnd, {QStringLiteral("FR"), QStringLiteral("fr"), QString(), QStringLiteral("DE")});
        p.postal = pick(rnd, {QStringLiteral("69001"), QStringLiteral("75011"), QString()});
        p.email = pick(rnd, {QStringLiteral("anna@example.org"), QStringLiteral("Bob@Example.com"), QString()});
        p.phone = pick(rnd, {QStringLiteral("+33 6 12 34 56 78"), QString()});
        p.origin = pick(rnd, {QString(), QStringLiteral("walk-in"), QStringLiteral("online"), QStringLiteral("referral"),
                              QStringLiteral("imported")});
        p.consentEmail = rnd.bounded(2);
        p.consentSms = rnd.bounded(2);
        if (rnd.bounded(4) > 0)
            p.birthday = QDate(1990, 3, 14).addDays(rnd.bounded(-30, 30));
        // Some customers are created after the as-of day.
        p.created = at(kAsOf.addDays(-rnd.bounded(-5, 400)), rnd.bounded(24));
        for (const QString &t : kTags)
            if (rnd.bounded(3) == 0)
                p.tags << t;
        p.level = pick(rnd, {QString(), QStringLiteral("gold"), QStringLiteral("silver")});
        const int purchases = rnd.bounded(0, 9);
        for (int k = 0; k < purchases; ++k) {
            // Mostly around the as-of day, some after it (they must not count),
            // at every hour, so day boundaries and the clock change are crossed.
            const QDate d = kAsOf.addDays(-rnd.bounded(-3, 400));
            Event e;
            e.time = at(d, rnd.bounded(24)) + rnd.bounded(3600);
            e.cents = rnd.bounded(1, 40) * 250;
            e.category = pick(rnd, kCategories);
            e.location = pick(rnd, {QString(), QStringLiteral("Old Town"), QStringLiteral("Web shop")});
            p.purchases << e;
        }
        for (const char *kind : {"visit", "email_open", "cart_abandoned"}) {
            const int n = rnd.bounded(0, 5);
            for (int k = 0; k < n; ++k)
                p.interactions[QString::fromLatin1(kind)] << at(kAsOf.addDays(-rnd.bounded(-2, 200)), rnd.bounded(24));
        }
        p.id = add(p);
        people << p;
    }

    for (const QDate day : {kAsOf, kAsOf.addDays(-40)}) {
        // The revenue of the statistics, both ways.
        for (int days : {1, 30, 365}) {
            SqlSegmentEvaluator sql(db);
            MemorySegmentEvaluator memory(db);
            const auto bySql = sql.spend(asOf(day), days);
            const auto inMemory = memory.spend(asOf(day), days);
            ASSERT_TRUE(bySql && inMemory);
            ASSERT_EQ(bySql->size(), inMemory->size()) << days;
            for (qsizetype i = 0; i < bySql->size(); ++i) {
                EXPECT_EQ(bySql->at(i).customerId, inMemory->at(i).customerId);
                EXPECT_EQ(bySql->at(i).cents, inMemory->at(i).cents);
                EXPECT_EQ(bySql->at(i).purchases, inMemory->at(i).purchases);
            }
        }
        Reference reference(people, day, QTimeZone("Europe/Paris"));
        int checked = 0;
        // Every field with every operator, then random trees.
        QList<Rule> rules;
        for (const FieldInfo &f : allFields())
            for (RuleOp op : f.ops)
                for (int k = 0; k < 4; ++k)
                    rules << randomCondition(rnd, f, op);
        for (int k = 0; k < 300; ++k)
            rules << randomRule(rnd, 3);
        for (const Rule &rule : std::as_const(rules)) {
            ASSERT_TRUE(RuleJson::validate(rule).isEmpty()) << RuleJson::validate(rule).toStdString();
            const QList<qint64> expected = reference.matching(rule);
            const QList<qint64> actual = ids(rule, day);
            EXPECT_EQ(actual, expected) << "as of " << day.toString(Qt::ISODate).toStdString() << ": "
                                        << RuleJson::write(rule).toStdString();
            ++checked;
        }
        EXPECT_GT(checked, 400);
    }
}

TEST_F(SegmentSqlTest, WindowsAreWholeCalendarDaysInTheShopZone)
{
    Person p;
    p.created = at(kAsOf.addDays(-400));
    // 23:30 local on the first day of a 7-day window, 00:30 local just before it.
    p.purchases << Event{at(kAsOf.addDays(-6), 23) + 1800, 1000, {}, {}};
    p.purchases << Event{at(kAsOf.addDays(-7), 0) + 1800, 1000, {}, {}};
    // After the as-of day: does not exist yet.
    p.purchases << Event{at(kAsOf.addDays(1), 0) + 60, 1000, {}, {}};
    const qint64 id = add(p);
    const Rule week = Rule::condition(QStringLiteral("purchases.count"), RuleOp::Equal, 1, 7);
    EXPECT_EQ(ids(week), QList<qint64>{id});
    const Rule eight = Rule::condition(QStringLiteral("purchases.count"), RuleOp::Equal, 2, 8);
    EXPECT_EQ(ids(eight), QList<qint64>{id});
    const Rule ever = Rule::condition(QStringLiteral("purchases.count"), RuleOp::Equal, 2);
    EXPECT_EQ(ids(ever), QList<qint64>{id});
    // As of a later day the third purchase exists.
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.count"), RuleOp::Equal, 3), kAsOf.addDays(1)),
              QList<qint64>{id});
    // Days since the last purchase: 6 (bought on D-6), 0 the day after the last one.
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.days_since_last"), RuleOp::Equal, 6)), QList<qint64>{id});
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.days_since_last"), RuleOp::Equal, 0), kAsOf.addDays(1)),
              QList<qint64>{id});
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.days_since_first"), RuleOp::Equal, 7)), QList<qint64>{id});
}

TEST_F(SegmentSqlTest, NegationsIncludeEmptyValues)
{
    Person lyon;
    lyon.city = QStringLiteral("Lyon");
    Person nowhere; // no city, never bought
    Person paris;
    paris.city = QStringLiteral("Paris");
    paris.purchases << Event{at(kAsOf), 2000, QStringLiteral("Coffee"), {}};
    const qint64 a = add(lyon), b = add(nowhere), c = add(paris);
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("city"), RuleOp::NotEqual, QStringLiteral("lyon"))), (QList<qint64>{b, c}));
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("LYON"))), (QList<qint64>{a}));
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("city"), RuleOp::IsEmpty)), (QList<qint64>{b}));
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.average"), RuleOp::NotEqual, 10.0)), (QList<qint64>{a, b, c}));
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.average"), RuleOp::Less, 30.0)), (QList<qint64>{c}));
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.category"), RuleOp::NotEqual, QStringLiteral("Coffee"))),
              (QList<qint64>{a, b}));
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.count"), RuleOp::Less, 1)), (QList<qint64>{a, b}));
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.days_since_last"), RuleOp::NotEqual, 3)),
              (QList<qint64>{a, b, c}));
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("purchases.days_since_last"), RuleOp::IsEmpty)), (QList<qint64>{a, b}));
}

TEST_F(SegmentSqlTest, ValuesAreBoundNeverPasted)
{
    Person p;
    p.city = QStringLiteral("'; DROP TABLE customers; --");
    const qint64 id = add(p);
    add(Person{});
    const Rule rule = Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("'; DROP TABLE customers; --"));
    const CompiledRule compiled = SqlRuleCompiler(asOf()).compile(rule);
    EXPECT_FALSE(compiled.where.contains(QStringLiteral("DROP")));
    EXPECT_EQ(ids(rule), QList<qint64>{id});
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("city"), RuleOp::Contains, QStringLiteral("%"))), QList<qint64>{});
    EXPECT_EQ(ids(Rule::condition(QStringLiteral("city"), RuleOp::Contains, QStringLiteral("; DROP"))), QList<qint64>{id});
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}

TEST_F(SegmentSqlTest, HostileStringsAreMatchedLiterally)
{
    QFile file(QStringLiteral(CLIENTELE_SHARED_DATA_DIR) + QStringLiteral("/names/naughty-strings/blns.txt"));
    if (!file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "the naughty strings list is not there: " << file.fileName().toStdString();
    QStringList strings;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString s = QString::fromUtf8(line).trimmed();
        if (!s.isEmpty() && !s.startsWith(u'#'))
            strings << s;
    }
    ASSERT_GT(strings.size(), 100);
    QMap<qint64, QString> stored;
    for (const QString &s : std::as_const(strings)) {
        Person p;
        p.city = s;
        p.tags << s;
        const qint64 id = add(p);
        QSqlQuery q(db.connection());
        ASSERT_TRUE(sql::exec(q, QStringLiteral("SELECT city FROM customers WHERE id = ?"), {id}) && q.next());
        stored.insert(id, q.value(0).toString());
    }
    SqlSegmentEvaluator evaluator(db);
    int checked = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QString value = it.value().trimmed();
        if (value.isEmpty())
            continue;
        QList<qint64> expected;
        QList<qint64> containing;
        for (auto jt = stored.cbegin(); jt != stored.cend(); ++jt) {
            if (fold(jt.value()) == fold(value))
                expected << jt.key();
            if (fold(jt.value()).contains(fold(value)))
                containing << jt.key();
        }
        const Rule equal = Rule::condition(QStringLiteral("city"), RuleOp::Equal, value);
        // The JSON survives a round trip whatever the text.
        const std::optional<Rule> back = RuleJson::parse(RuleJson::write(equal));
        ASSERT_TRUE(back) << value.toStdString();
        EXPECT_EQ(*back, equal);
        EXPECT_EQ(ids(equal), expected) << value.toStdString();
        EXPECT_EQ(ids(Rule::condition(QStringLiteral("city"), RuleOp::Contains, value)), containing)
            << value.toStdString();
        EXPECT_TRUE(ids(Rule::condition(QStringLiteral("tag"), RuleOp::Has, value)).contains(it.key()))
            << value.toStdString();
        EXPECT_TRUE(evaluator.matches(Rule::condition(QStringLiteral("tag"), RuleOp::Has, value), asOf(), it.key()))
            << value.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 100);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), strings.size());
}

TEST_F(SegmentSqlTest, ErasedCustomersNeverMatch)
{
    const qint64 a = add(Person{});
    const qint64 b = add(Person{});
    exec(QStringLiteral("UPDATE customers SET erased = 1 WHERE id = ?"), {b});
    EXPECT_EQ(ids(Rule::all()), QList<qint64>{a});
    EXPECT_EQ(ids(Rule::any()), QList<qint64>{});
    SqlSegmentEvaluator e(db);
    EXPECT_EQ(e.count(Rule::all(), asOf()), 1);
    EXPECT_EQ(e.everyone(asOf()), QList<qint64>{a});
    MemorySegmentEvaluator m(db);
    EXPECT_EQ(m.everyone(asOf()), QList<qint64>{a});
}

TEST_F(SegmentSqlTest, InMemoryAnswersAreKeptUntilTheDataChanges)
{
    Person p;
    p.created = at(kAsOf.addDays(-100));
    p.city = QStringLiteral("Lyon");
    p.purchases << Event{at(kAsOf.addDays(-3)), 1250, {}, {}};
    const qint64 a = add(p);
    const Rule bought = Rule::condition(QStringLiteral("purchases.count"), RuleOp::GreaterOrEqual, 1, 30);
    const Rule lyon = Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("lyon"));
    MemorySegmentEvaluator first(db);
    EXPECT_EQ(first.matchingIds(bought, asOf()), QList<qint64>{a});
    EXPECT_EQ(first.count(lyon, asOf()), 1);

    // Written behind its back: what it read stands until it is told.
    const qint64 b = add(p);
    EXPECT_EQ(first.count(bought, asOf()), 1);
    EXPECT_EQ(first.count(lyon, asOf()), 1);
    // Another evaluator sharing what was read sees the same.
    MemorySegmentEvaluator second(db, first.columns());
    EXPECT_EQ(second.count(Rule::all({bought, lyon}), asOf()), 1);

    first.invalidate();
    EXPECT_EQ(first.matchingIds(bought, asOf()), (QList<qint64>{a, b}));
    EXPECT_EQ(first.count(lyon, asOf()), 2);
    // Another day is another answer, from the same columns.
    EXPECT_EQ(first.count(bought, asOf(kAsOf.addDays(40))), 0);
}

// Two evaluators on one connection share its table of RFM scores: one
// asking for another day must not leave the other reading that day's scores.
TEST_F(SegmentSqlTest, RfmScoresOfOneDayAreNotReadForAnother)
{
    for (int i = 0; i < 10; ++i) {
        Person p;
        p.created = at(kAsOf.addDays(-400));
        for (int k = 0; k <= i; ++k)
            p.purchases << Event{at(kAsOf.addDays(-(i * 30 + k))), 1000 * (k + 1), {}, {}};
        add(p);
    }
    const Rule recent = Rule::condition(QStringLiteral("rfm.r"), RuleOp::GreaterOrEqual, 4);
    SqlSegmentEvaluator a(db);
    SqlSegmentEvaluator b(db);
    const QList<qint64> first = *a.matchingIds(recent, asOf());
    const QList<qint64> later = *b.matchingIds(recent, asOf(kAsOf.addDays(150)));
    ASSERT_NE(first, later) << "the days should give different scores";
    EXPECT_EQ(*a.matchingIds(recent, asOf()), first);
    EXPECT_EQ(*b.matchingIds(recent, asOf(kAsOf.addDays(150))), later);
    EXPECT_EQ(ids(recent), first); // and the in-memory evaluator agrees

    // One customer's scores and whether they match, both ways.
    MemorySegmentEvaluator memory(db);
    const Rule champions = Rule::all({Rule::condition(QStringLiteral("rfm.score"), RuleOp::GreaterOrEqual, 10),
                                      Rule::condition(QStringLiteral("purchases.count"), RuleOp::Greater, 1)});
    const QList<qint64> inSql = *a.matchingIds(champions, asOf());
    for (qint64 id : a.everyone(asOf())) {
        const std::optional<RfmScore> x = a.rfmScore(asOf(), 365, id);
        const std::optional<RfmScore> y = memory.rfmScore(asOf(), 365, id);
        ASSERT_EQ(x.has_value(), y.has_value()) << id;
        if (x) {
            EXPECT_EQ(x->r, y->r) << id;
            EXPECT_EQ(x->f, y->f) << id;
            EXPECT_EQ(x->m, y->m) << id;
        }
        EXPECT_EQ(memory.matches(champions, asOf(), id), inSql.contains(id)) << id;
        EXPECT_EQ(a.matches(champions, asOf(), id), inSql.contains(id)) << id;
    }
}
