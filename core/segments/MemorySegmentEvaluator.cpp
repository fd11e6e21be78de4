#include "MemorySegmentEvaluator.h"

#include "ConditionValues.h"
#include "FieldCatalogue.h"
#include "RfmTable.h"
#include "RuleJson.h"
#include "SqlSegmentEvaluator.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QThread>

#include <algorithm>
#include <bit>
#include <limits>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

namespace clientele {

namespace {

using enum RuleOp;
namespace cv = ConditionValues;
__extension__ typedef __int128 Int128;

// One bit per customer, in the order of CustomerColumns::ids.
class Bits
{
public:
    Bits() = default;
    Bits(size_t n, bool on)
        : m_words((n + 63) / 64, on ? ~quint64(0) : 0)
        , m_size(n)
    {
        trim();
    }

    void set(size_t i) { m_words[i / 64] |= quint64(1) << (i % 64); }
    bool test(size_t i) const { return (m_words[i / 64] >> (i % 64)) & 1; }
    void operator&=(const Bits &o)
    {
        for (size_t k = 0; k < m_words.size(); ++k)
            m_words[k] &= o.m_words[k];
    }
    void operator|=(const Bits &o)
    {
        for (size_t k = 0; k < m_words.size(); ++k)
            m_words[k] |= o.m_words[k];
    }
    void flip()
    {
        for (quint64 &w : m_words)
            w = ~w;
        trim();
    }
    qint64 count() const
    {
        qint64 n = 0;
        for (quint64 w : m_words)
            n += std::popcount(w);
        return n;
    }
    template<typename F>
    void forEach(F &&f) const
    {
        for (size_t k = 0; k < m_words.size(); ++k)
            for (quint64 w = m_words[k]; w; w &= w - 1)
                f(k * 64 + size_t(std::countr_zero(w)));
    }
    size_t bytes() const { return m_words.size() * sizeof(quint64); }

private:
    void trim()
    {
        if (m_size % 64 && !m_words.empty())
            m_words.back() &= (quint64(1) << (m_size % 64)) - 1;
    }

    std::vector<quint64> m_words;
    size_t m_size = 0;
};

// Events of one kind per customer, in the order of the customers and by
// time within each: customer i owns [offsets[i], offsets[i + 1]).
struct Events
{
    std::vector<qint64> offsets;
    std::vector<qint64> times;
    std::vector<qint64> cents; // purchases only

    // Customer i's events with start <= time < end: [first, second).
    std::pair<size_t, size_t> within(size_t i, qint64 start, qint64 end) const
    {
        const auto first = times.begin() + offsets[i];
        const auto last = times.begin() + offsets[i + 1];
        const auto from = std::lower_bound(first, last, start);
        const auto to = std::lower_bound(from, last, end);
        return {size_t(from - times.begin()), size_t(to - times.begin())};
    }
    // Amounts beyond 64 bits (which SQLite's sum() refuses) saturate.
    qint64 sum(size_t from, size_t to) const
    {
        qint64 total = 0;
        for (size_t k = from; k < to; ++k)
            if (__builtin_add_overflow(total, cents[k], &total))
                return cents[k] > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
        return total;
    }
};

// A text column of the customers: a code per customer into the distinct values.
struct TextColumn
{
    std::vector<qint32> codes;
    std::vector<std::string> values; // UTF-8
};

struct Tags
{
    std::vector<qint64> offsets;
    std::vector<qint64> tagIds;
    std::vector<std::pair<qint64, std::string>> names; // id, UTF-8 name
};

// A text on each event (a purchase's category or place), by customer as
// Events, with the times; events need not be in order of time here.
struct TextEvents
{
    std::vector<qint64> offsets;
    std::vector<qint64> times;
    std::vector<qint32> codes;
    std::vector<std::string> values; // UTF-8
};

// RFM scores per customer for one period and as-of day; 0: did not buy.
struct RfmColumn
{
    std::vector<quint8> r, f, m;
};

struct CustomerNumbers
{
    std::vector<qint64> created;
    std::vector<quint8> consentEmail;
    std::vector<quint8> consentSms;
};

// SQLite's NOCASE and lower(): only A-Z fold.
char foldAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = foldAscii(c);
    return out;
}

bool equalNoCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return foldAscii(x) == foldAscii(y);
           });
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// The positive text comparisons of SqlRuleCompiler's textMatch(), on one value.
class TextTest
{
public:
    TextTest(RuleOp op, const QJsonValue &value)
        : m_op(Rule::positive(op))
    {
        if (m_op == In) {
            for (const QString &t : cv::texts(value))
                m_list.push_back(utf8(t));
        } else {
            m_value = lowerAscii(utf8(cv::text(value)));
        }
    }

    bool operator()(std::string_view s) const
    {
        switch (m_op) {
        case Equal:
            return equalNoCase(s, m_value);
        case Contains: // instr(lower(s), lower(v)) > 0
            return lowerAscii(s).find(m_value) != std::string::npos;
        case StartsWith:
            return lowerAscii(s).starts_with(m_value);
        case In:
            return std::any_of(m_list.begin(), m_list.end(), [&](const std::string &v) { return equalNoCase(s, v); });
        case IsNotEmpty:
            return !s.empty();
        default:
            return false;
        }
    }

private:
    RuleOp m_op;
    std::string m_value;
    std::vector<std::string> m_list;
};

// One snapshot of the file for everything an evaluation reads, when the
// connection is not already inside a transaction of its caller.
class ReadTransaction
{
    Q_DISABLE_COPY_MOVE(ReadTransaction)

public:
    explicit ReadTransaction(sqlite3 *h)
        : m_h(sqlite3_get_autocommit(h) ? h : nullptr)
    {
        if (m_h && !SqliteStatement::exec(m_h, QStringLiteral("BEGIN")))
            m_h = nullptr;
    }
    ~ReadTransaction()
    {
        if (m_h)
            SqliteStatement::exec(m_h, QStringLiteral("COMMIT"));
    }

private:
    sqlite3 *m_h;
};

} // namespace

// What the evaluators of one file have read, column by column, and the
// answers to conditions so far. Guarded by `mutex`; filled on demand.
class CustomerColumns
{
public:
    std::mutex mutex;

    bool loaded = false;
    std::vector<qint64> ids;        // customers not erased, ascending
    std::vector<qint32> denseIndex; // id -> index, when ids are dense enough
    QHash<qint64, qint32> sparseIndex;

    std::optional<Events> purchases;
    std::map<QString, Events> interactions; // by kind
    std::map<QString, TextColumn> texts;    // by column
    std::optional<Tags> tags;
    std::optional<CustomerNumbers> numbers;
    std::map<QString, TextEvents> purchaseTexts; // category, location
    std::map<std::string, RfmColumn> rfm;        // by period and as-of day

    // Condition JSON and as-of day -> who matches.
    std::unordered_map<std::string, Bits> answers;
    size_t answerBytes = 0;

    qint32 indexOf(qint64 id) const
    {
        if (!denseIndex.empty())
            return id >= 0 && id < qint64(denseIndex.size()) ? denseIndex[size_t(id)] : -1;
        return sparseIndex.value(id, -1);
    }
    size_t size() const { return ids.size(); }
};

std::shared_ptr<CustomerColumns> MemorySegmentEvaluator::makeColumns()
{
    return std::make_shared<CustomerColumns>();
}

// One evaluation, with the columns locked.
class MemorySegmentEvaluator::Run
{
public:
    Run(MemorySegmentEvaluator &e, CustomerColumns &cols, const AsOfDay &asOf)
        : m_e(e)
        , m_c(cols)
        , m_asOf(asOf)
        , m_h(e.m_db.handle())
    {
    }

    bool loadCustomers()
    {
        if (m_c.loaded)
            return true;
        SqliteStatement q(m_h, "SELECT id FROM customers WHERE erased = 0 ORDER BY id");
        if (!q.isValid())
            return fail(q.error());
        m_c.ids.clear();
        m_c.denseIndex.clear();
        m_c.sparseIndex.clear();
        while (q.next())
            m_c.ids.push_back(q.columnInt64(0));
        if (q.failed()) {
            m_c.ids.clear();
            return fail(q.error());
        }
        const qint64 maxId = m_c.ids.empty() ? 0 : m_c.ids.back();
        // A table of ids is fastest while they are not too sparse (and not
        // negative, which a file made elsewhere may have).
        if ((m_c.ids.empty() || m_c.ids.front() >= 0) && maxId < qint64(m_c.ids.size()) * 4 + 4096) {
            m_c.denseIndex.assign(size_t(maxId) + 1, -1);
            for (size_t i = 0; i < m_c.ids.size(); ++i)
                m_c.denseIndex[size_t(m_c.ids[i])] = qint32(i);
        } else {
            m_c.sparseIndex.reserve(qsizetype(m_c.ids.size()));
            for (size_t i = 0; i < m_c.ids.size(); ++i)
                m_c.sparseIndex.insert(m_c.ids[i], qint32(i));
        }
        m_c.loaded = true;
        return true;
    }

    const RfmColumn *scores(int period) { return rfm(period); }

    bool allCreatedBy(qint64 end)
    {
        const CustomerNumbers *n = numbers();
        return n && std::all_of(n->created.begin(), n->created.end(), [end](qint64 t) { return t < end; });
    }

    std::optional<Bits> evaluate(const Rule &rule)
    {
        if (!rule.isGroup())
            return condition(rule);
        const bool all = rule.kind == Rule::Kind::All;
        Bits out(m_c.size(), all);
        for (const Rule &child : rule.children) {
            const std::optional<Bits> b = evaluate(child);
            if (!b)
                return std::nullopt;
            if (all)
                out &= *b;
            else
                out |= *b;
        }
        return out;
    }

    const Events *purchases()
    {
        if (m_c.purchases)
            return &*m_c.purchases;
        // In the order of the (customer_id, time, amount_cents) index: by
        // customer and by time, without touching the table.
        SqliteStatement q(m_h, "SELECT customer_id, time, amount_cents FROM purchases ORDER BY customer_id, time");
        Events e;
        if (!readEvents(q, e, true))
            return nullptr;
        m_c.purchases = std::move(e);
        return &*m_c.purchases;
    }

    const Events *interactions(const QString &kind)
    {
        if (const auto it = m_c.interactions.find(kind); it != m_c.interactions.end())
            return &it->second;
        SqliteStatement q(m_h, "SELECT customer_id, time FROM interactions WHERE kind = ? ORDER BY customer_id, time");
        q.bind(1, kind);
        Events e;
        if (!readEvents(q, e, false))
            return nullptr;
        return &m_c.interactions.emplace(kind, std::move(e)).first->second;
    }

    bool fail(const QString &error)
    {
        m_e.m_error = error;
        return false;
    }

private:
    bool readEvents(SqliteStatement &q, Events &e, bool withCents)
    {
        if (!q.isValid())
            return fail(q.error());
        const size_t n = m_c.size();
        std::vector<qint64> counts(n + 1, 0);
        // Rows come by customer, as the customers are: append and count.
        while (q.next()) {
            const qint32 i = m_c.indexOf(q.columnInt64(0));
            if (i < 0)
                continue; // erased
            ++counts[size_t(i) + 1];
            e.times.push_back(q.columnInt64(1));
            if (withCents)
                e.cents.push_back(q.columnInt64(2));
        }
        if (q.failed()) // half a column is no column
            return fail(q.error());
        for (size_t i = 1; i <= n; ++i)
            counts[i] += counts[i - 1];
        e.offsets = std::move(counts);
        e.times.shrink_to_fit();
        e.cents.shrink_to_fit();
        return true;
    }

    // Categories or places of purchases, read in table order and put in
    // the customers' order.
    const TextEvents *purchaseTexts(bool location)
    {
        const QString key = location ? QStringLiteral("location") : QStringLiteral("category");
        if (const auto it = m_c.purchaseTexts.find(key); it != m_c.purchaseTexts.end())
            return &it->second;
        TextEvents t;
        std::unordered_map<qint64, qint32> locationCodes;
        std::unordered_map<std::string, qint32> codes;
        if (location) {
            // Purchases without a place match no place, as the join does.
            SqliteStatement names(m_h, "SELECT id, name FROM locations");
            if (!names.isValid()) {
                fail(names.error());
                return nullptr;
            }
            while (names.next()) {
                locationCodes.emplace(names.columnInt64(0), qint32(t.values.size()));
                t.values.emplace_back(names.columnUtf8(1));
            }
            if (names.failed()) {
                fail(names.error());
                return nullptr;
            }
        }
        SqliteStatement q(m_h, location ? "SELECT customer_id, time, location_id FROM purchases NOT INDEXED "
                                          "WHERE location_id IS NOT NULL"
                                        : "SELECT customer_id, time, category FROM purchases NOT INDEXED");
        if (!q.isValid()) {
            fail(q.error());
            return nullptr;
        }
        std::vector<qint32> owner;
        std::vector<qint64> times;
        std::vector<qint32> rowCodes;
        std::vector<qint64> counts(m_c.size() + 1, 0);
        while (q.next()) {
            const qint32 i = m_c.indexOf(q.columnInt64(0));
            if (i < 0)
                continue;
            qint32 code = -1;
            if (location) {
                const auto it = locationCodes.find(q.columnInt64(2));
                if (it == locationCodes.end())
                    continue;
                code = it->second;
            } else {
                const std::string_view v = q.columnUtf8(2);
                auto it = codes.find(std::string(v));
                if (it == codes.end()) {
                    it = codes.emplace(std::string(v), qint32(t.values.size())).first;
                    t.values.emplace_back(v);
                }
                code = it->second;
            }
            owner.push_back(i);
            times.push_back(q.columnInt64(1));
            rowCodes.push_back(code);
            ++counts[size_t(i) + 1];
        }
        if (q.failed()) {
            fail(q.error());
            return nullptr;
        }
        for (size_t i = 1; i < counts.size(); ++i)
            counts[i] += counts[i - 1];
        t.offsets = counts;
        t.times.resize(times.size());
        t.codes.resize(times.size());
        for (size_t k = 0; k < times.size(); ++k) {
            const auto at = size_t(counts[size_t(owner[k])]++);
            t.times[at] = times[k];
            t.codes[at] = rowCodes[k];
        }
        return &m_c.purchaseTexts.emplace(key, std::move(t)).first->second;
    }

    // RFM scores as RfmTable computes them, from the purchases in memory.
    const RfmColumn *rfm(int period)
    {
        const std::string key = std::to_string(period) + ' ' + m_asOf.day().toString(Qt::ISODate).toStdString() + ' '
                                + m_asOf.zone().id().toStdString();
        if (const auto it = m_c.rfm.find(key); it != m_c.rfm.end())
            return &it->second;
        const Events *e = purchases();
        if (!e)
            return nullptr;
        const qint64 start = m_asOf.windowStart(period);
        const qint64 end = m_asOf.end();
        const RfmTable::Recency recency(m_asOf, period);
        QList<RfmInput> inputs;
        for (size_t i = 0; i < m_c.size(); ++i) {
            const auto [from, to] = e->within(i, start, end);
            if (from == to)
                continue;
            // The index stands for the customer here, not the id.
            inputs << RfmInput{qint64(i), recency.daysSince(e->times[to - 1]), qint64(to - from), e->sum(from, to)};
        }
        RfmColumn col;
        col.r.assign(m_c.size(), 0);
        col.f.assign(m_c.size(), 0);
        col.m.assign(m_c.size(), 0);
        for (const RfmScore &s : RfmScores::compute(inputs)) {
            col.r[size_t(s.customerId)] = quint8(s.r);
            col.f[size_t(s.customerId)] = quint8(s.f);
            col.m[size_t(s.customerId)] = quint8(s.m);
        }
        // A few periods and days at a time (a history of many past days
        // would otherwise keep them all).
        if (m_c.rfm.size() >= 8)
            m_c.rfm.clear();
        return &m_c.rfm.emplace(key, std::move(col)).first->second;
    }

    const TextColumn *text(const QString &column)
    {
        if (const auto it = m_c.texts.find(column); it != m_c.texts.end())
            return &it->second;
        // `column` is one of the catalogue's, never a value.
        SqliteStatement q(m_h, "SELECT id, " + column.toStdString() + " FROM customers WHERE erased = 0");
        if (!q.isValid()) {
            fail(q.error());
            return nullptr;
        }
        TextColumn t;
        t.codes.assign(m_c.size(), 0);
        t.values.emplace_back();
        std::unordered_map<std::string, qint32> codes{{std::string(), 0}};
        while (q.next()) {
            const qint32 i = m_c.indexOf(q.columnInt64(0));
            if (i < 0)
                continue;
            const std::string_view v = q.columnUtf8(1);
            auto it = codes.find(std::string(v));
            if (it == codes.end()) {
                it = codes.emplace(std::string(v), qint32(t.values.size())).first;
                t.values.emplace_back(v);
            }
            t.codes[size_t(i)] = it->second;
        }
        if (q.failed()) {
            fail(q.error());
            return nullptr;
        }
        return &m_c.texts.emplace(column, std::move(t)).first->second;
    }

    const Tags *tags()
    {
        if (m_c.tags)
            return &*m_c.tags;
        Tags t;
        {
            SqliteStatement q(m_h, "SELECT id, name FROM tags");
            if (!q.isValid()) {
                fail(q.error());
                return nullptr;
            }
            while (q.next())
                t.names.emplace_back(q.columnInt64(0), std::string(q.columnUtf8(1)));
            if (q.failed()) {
                fail(q.error());
                return nullptr;
            }
        }
        SqliteStatement q(m_h, "SELECT customer_id, tag_id FROM customer_tags ORDER BY customer_id");
        if (!q.isValid()) {
            fail(q.error());
            return nullptr;
        }
        std::vector<qint64> counts(m_c.size() + 1, 0);
        while (q.next()) {
            const qint32 i = m_c.indexOf(q.columnInt64(0));
            if (i < 0)
                continue;
            ++counts[size_t(i) + 1];
            t.tagIds.push_back(q.columnInt64(1));
        }
        if (q.failed()) {
            fail(q.error());
            return nullptr;
        }
        for (size_t i = 1; i < counts.size(); ++i)
            counts[i] += counts[i - 1];
        t.offsets = std::move(counts);
        m_c.tags = std::move(t);
        return &*m_c.tags;
    }

    const CustomerNumbers *numbers()
    {
        if (m_c.numbers)
            return &*m_c.numbers;
        SqliteStatement q(m_h, "SELECT id, created_at, consent_email, consent_sms FROM customers WHERE erased = 0");
        if (!q.isValid()) {
            fail(q.error());
            return nullptr;
        }
        CustomerNumbers n;
        n.created.assign(m_c.size(), 0);
        n.consentEmail.assign(m_c.size(), 0);
        n.consentSms.assign(m_c.size(), 0);
        while (q.next()) {
            const qint32 i = m_c.indexOf(q.columnInt64(0));
            if (i < 0)
                continue;
            n.created[size_t(i)] = q.columnInt64(1);
            n.consentEmail[size_t(i)] = quint8(q.columnInt64(2));
            n.consentSms[size_t(i)] = quint8(q.columnInt64(3));
        }
        if (q.failed()) {
            fail(q.error());
            return nullptr;
        }
        m_c.numbers = std::move(n);
        return &*m_c.numbers;
    }

    std::optional<Bits> condition(const Rule &c)
    {
        const std::string key = RuleJson::write(c).toStdString() + ' ' + m_asOf.day().toString(Qt::ISODate).toStdString()
                                + ' ' + m_asOf.zone().id().toStdString();
        if (const auto it = m_c.answers.find(key); it != m_c.answers.end())
            return it->second;
        std::optional<Bits> b = compute(c);
        if (!b)
            return std::nullopt;
        // Keep the answers within bounds: a builder session asks a few
        // dozen; 32 MB hold 256 of them at a million customers.
        constexpr size_t kMaxAnswerBytes = size_t(32) << 20;
        if (m_c.answerBytes + b->bytes() > kMaxAnswerBytes) {
            m_c.answers.clear();
            m_c.answerBytes = 0;
        }
        m_c.answers.emplace(key, *b);
        m_c.answerBytes += b->bytes();
        return b;
    }

    // Whoever the SQL evaluator finds.
    std::optional<Bits> bySql(const Rule &c)
    {
        const std::optional<QList<qint64>> ids = m_e.m_sql->matchingIds(c, m_asOf);
        if (!ids) {
            fail(m_e.m_sql->lastError());
            return std::nullopt;
        }
        Bits b(m_c.size(), false);
        for (qint64 id : *ids)
            if (const qint32 i = m_c.indexOf(id); i >= 0)
                b.set(size_t(i));
        return b;
    }

    // Each customer's events in the condition's window, up to the end of the as-of day.
    template<typename F>
    std::optional<Bits> perCustomer(const Events &e, const Rule &c, F &&test)
    {
        const qint64 end = m_asOf.end();
        const qint64 start = c.windowDays > 0 ? m_asOf.windowStart(c.windowDays) : std::numeric_limits<qint64>::min();
        Bits b(m_c.size(), false);
        for (size_t i = 0; i < m_c.size(); ++i) {
            const auto [from, to] = e.within(i, start, end);
            if (test(from, to))
                b.set(i);
        }
        return b;
    }

    std::optional<Bits> compute(const Rule &c)
    {
        const std::optional<FieldInfo> info = FieldCatalogue::find(c.field);
        if (!info || !info->ops.contains(c.op))
            return Bits(m_c.size(), false);
        const QString &f = c.field;
        switch (info->type) {
        case FieldType::Count:
        case FieldType::Money: {
            const Events *e = nullptr;
            if (f.startsWith(u"purchases."))
                e = purchases();
            else
                e = interactions(f == u"visits.count"  ? QStringLiteral("visit")
                                 : f == u"email.opens" ? QStringLiteral("email_open")
                                                       : QStringLiteral("cart_abandoned"));
            if (!e)
                return std::nullopt;
            if (c.op == IsEmpty || c.op == IsNotEmpty) // average only: empty = no purchases
                return perCustomer(*e, c, [&](size_t from, size_t to) { return (to > from) == (c.op == IsNotEmpty); });
            const cv::Operands o = cv::numbers(c, info->type == FieldType::Money);
            if (f == u"purchases.average") {
                // sum compared with value * count, as the SQL does: no division.
                return perCustomer(*e, c, [&](size_t from, size_t to) {
                    if (to == from)
                        return c.op == NotEqual;
                    // Exact products: SQLite goes to floating point where
                    // 64 bits overflow; either way no sum is near them.
                    const auto n = Int128(to - from);
                    const auto sum = Int128(e->sum(from, to));
                    const Int128 a = o.a * n;
                    const Int128 b = o.b * n;
                    switch (c.op) {
                    case Equal:
                        return sum == a;
                    case NotEqual:
                        return sum != a;
                    case Greater:
                        return sum > a;
                    case GreaterOrEqual:
                        return sum >= a;
                    case Less:
                        return sum < a;
                    case LessOrEqual:
                        return sum <= a;
                    case Between:
                        return sum >= a && sum <= b;
                    default:
                        return false;
                    }
                });
            }
            if (f == u"purchases.total")
                return perCustomer(*e, c, [&](size_t from, size_t to) { return cv::satisfies(e->sum(from, to), c.op, o); });
            return perCustomer(*e, c, [&](size_t from, size_t to) { return cv::satisfies(qint64(to - from), c.op, o); });
        }
        case FieldType::Days:
        case FieldType::Date: {
            if (f == u"birthday")
                return bySql(c);
            if (f == u"customer.days_since_created" || f == u"customer.created") {
                const CustomerNumbers *n = numbers();
                if (!n)
                    return std::nullopt;
                const cv::TimeRange range = info->type == FieldType::Days
                                                ? cv::daysSince(m_asOf, c.op, cv::numbers(c, false))
                                                : cv::onDates(m_asOf, c);
                Bits b(m_c.size(), false);
                for (size_t i = 0; i < m_c.size(); ++i)
                    if (range.contains(n->created[i]) != (c.op == NotEqual))
                        b.set(i);
                return b;
            }
            const bool emails = f == u"email.days_since_last_open";
            const Events *e = emails ? interactions(QStringLiteral("email_open")) : purchases();
            if (!e)
                return std::nullopt;
            if (c.op == IsEmpty || c.op == IsNotEmpty)
                return perCustomer(*e, c, [&](size_t from, size_t to) { return (to > from) == (c.op == IsNotEmpty); });
            const bool latest = emails || f == u"purchases.days_since_last" || f == u"purchases.last_date";
            const cv::TimeRange range = info->type == FieldType::Days ? cv::daysSince(m_asOf, c.op, cv::numbers(c, false))
                                                                      : cv::onDates(m_asOf, c);
            // No events: no time, which no comparison matches and != does.
            return perCustomer(*e, c, [&](size_t from, size_t to) {
                const bool in = to > from && range.contains(e->times[latest ? to - 1 : from]);
                return in != (c.op == NotEqual);
            });
        }
        case FieldType::Text: {
            if (!FieldCatalogue::customFieldName(f).isEmpty())
                return bySql(c);
            const TextColumn *t = text(f == u"postal_code" ? QStringLiteral("postal_code") : f);
            if (!t)
                return std::nullopt;
            return byValue(*t, [test = TextTest(c.op, c.value), negate = Rule::isNegation(c.op)](std::string_view v) {
                return test(v) != negate;
            });
        }
        case FieldType::Origin: {
            const TextColumn *t = text(QStringLiteral("origin"));
            if (!t)
                return std::nullopt;
            // Exact, as the stored keys are.
            std::vector<std::string> wanted;
            const RuleOp positive = Rule::positive(c.op);
            if (positive == Equal)
                wanted.push_back(utf8(cv::text(c.value)));
            else if (positive == In)
                for (const QString &v : cv::texts(c.value))
                    wanted.push_back(utf8(v));
            const bool negate = Rule::isNegation(c.op);
            return byValue(*t, [&](std::string_view v) {
                const bool hit = positive == Equal || positive == In
                                     ? std::find(wanted.begin(), wanted.end(), v) != wanted.end()
                                     : !v.empty();
                return hit != negate;
            });
        }
        case FieldType::YesNo: {
            const CustomerNumbers *n = numbers();
            if (!n)
                return std::nullopt;
            const auto &col = f == u"consent.email" ? n->consentEmail : n->consentSms;
            const quint8 want = c.value.toBool() ? 1 : 0;
            Bits b(m_c.size(), false);
            for (size_t i = 0; i < m_c.size(); ++i)
                if ((col[i] == want) == (c.op == Equal))
                    b.set(i);
            return b;
        }
        case FieldType::Tag: {
            const Tags *t = tags();
            if (!t)
                return std::nullopt;
            // Tag names compare as the column does, ignoring the case of A-Z.
            std::vector<qint64> wanted;
            const bool anyTag = c.op == IsEmpty || c.op == IsNotEmpty;
            if (!anyTag) {
                const QStringList names = c.op == Has || c.op == NotHas ? QStringList{cv::text(c.value)} : cv::texts(c.value);
                for (const auto &[id, name] : t->names)
                    for (const QString &n : names)
                        if (equalNoCase(name, utf8(n)))
                            wanted.push_back(id);
            }
            const bool negate = Rule::isNegation(c.op);
            Bits b(m_c.size(), false);
            for (size_t i = 0; i < m_c.size(); ++i) {
                bool hit = false;
                for (qint64 k = t->offsets[i]; k < t->offsets[i + 1] && !hit; ++k)
                    hit = anyTag || std::find(wanted.begin(), wanted.end(), t->tagIds[size_t(k)]) != wanted.end();
                if (hit != negate)
                    b.set(i);
            }
            return b;
        }
        case FieldType::PurchaseText: {
            const TextEvents *t = purchaseTexts(f == u"purchases.location");
            if (!t)
                return std::nullopt;
            std::vector<quint8> pass(t->values.size());
            const TextTest test(c.op, c.value);
            for (size_t k = 0; k < t->values.size(); ++k)
                pass[k] = test(t->values[k]) ? 1 : 0;
            // Bought something that passes, in the window; negations are the rest.
            const qint64 end = m_asOf.end();
            const qint64 start = c.windowDays > 0 ? m_asOf.windowStart(c.windowDays) : std::numeric_limits<qint64>::min();
            const bool negate = Rule::isNegation(c.op);
            Bits b(m_c.size(), false);
            for (size_t i = 0; i < m_c.size(); ++i) {
                bool hit = false;
                for (qint64 k = t->offsets[i]; k < t->offsets[i + 1] && !hit; ++k)
                    hit = pass[size_t(t->codes[size_t(k)])] && t->times[size_t(k)] >= start && t->times[size_t(k)] < end;
                if (hit != negate)
                    b.set(i);
            }
            return b;
        }
        case FieldType::Score: {
            const RfmColumn *r = rfm(c.windowDays > 0 ? c.windowDays : FieldCatalogue::DefaultRfmPeriodDays);
            if (!r)
                return std::nullopt;
            const bool any = c.op == IsEmpty || c.op == IsNotEmpty;
            const cv::Operands o = any ? cv::Operands{} : cv::numbers(c, false);
            const RuleOp test = c.op == NotEqual ? Equal : c.op;
            Bits b(m_c.size(), false);
            for (size_t i = 0; i < m_c.size(); ++i) {
                // Only customers with scores (who bought in the period) pass; != is the rest.
                bool hit = r->r[i] != 0;
                if (hit && !any) {
                    const qint64 x = f == u"rfm.r"   ? r->r[i]
                                     : f == u"rfm.f" ? r->f[i]
                                     : f == u"rfm.m" ? r->m[i]
                                                     : qint64(r->r[i]) + r->f[i] + r->m[i];
                    hit = cv::satisfies(x, test, o);
                }
                if (hit != (c.op == NotEqual || c.op == IsEmpty))
                    b.set(i);
            }
            return b;
        }
        }
        return Bits(m_c.size(), false);
    }

    // A test on a text column, made once per distinct value.
    template<typename F>
    Bits byValue(const TextColumn &t, F &&test)
    {
        std::vector<quint8> pass(t.values.size());
        for (size_t k = 0; k < t.values.size(); ++k)
            pass[k] = test(std::string_view(t.values[k])) ? 1 : 0;
        Bits b(m_c.size(), false);
        for (size_t i = 0; i < m_c.size(); ++i)
            if (pass[size_t(t.codes[i])])
                b.set(i);
        return b;
    }

    MemorySegmentEvaluator &m_e;
    CustomerColumns &m_c;
    const AsOfDay &m_asOf;
    sqlite3 *m_h;
};

MemorySegmentEvaluator::MemorySegmentEvaluator(Database &db, std::shared_ptr<CustomerColumns> columns)
    : m_db(db)
    , m_columns(columns ? std::move(columns) : makeColumns())
    , m_sql(std::make_unique<SqlSegmentEvaluator>(db))
{
}

MemorySegmentEvaluator::~MemorySegmentEvaluator() = default;

bool MemorySegmentEvaluator::lock_(std::unique_lock<std::mutex> &lock)
{
    // The main thread of a window must not wait while a worker reads a
    // big shop: it asks SQL instead, which gives the same answers.
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        return lock.try_lock();
    lock.lock();
    return true;
}

void MemorySegmentEvaluator::invalidate()
{
    // Others holding the old columns keep them until they are told.
    m_columns = makeColumns();
    m_sql->invalidate();
}

// One use of the columns: locked, with one snapshot of the file, and the
// customers read. busy(): the window's thread found a worker reading, and
// the caller asks SQL instead.
class MemorySegmentEvaluator::Session
{
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(MemorySegmentEvaluator &e, const AsOfDay &asOf)
        : m_lock(e.m_columns->mutex, std::defer_lock)
    {
        if (!e.lock_(m_lock))
            return;
        m_snapshot.emplace(e.m_db.handle());
        m_run.emplace(e, *e.m_columns, asOf);
        m_ready = m_run->loadCustomers();
    }

    bool busy() const { return !m_lock.owns_lock(); }
    bool ready() const { return m_ready; }
    Run &run() { return *m_run; }
    void end()
    {
        m_run.reset();
        m_snapshot.reset();
        m_lock.unlock();
    }

private:
    std::unique_lock<std::mutex> m_lock;
    std::optional<ReadTransaction> m_snapshot;
    std::optional<Run> m_run;
    bool m_ready = false;
};

std::optional<QList<qint64>> MemorySegmentEvaluator::matchingIds(const Rule &rule, const AsOfDay &asOf)
{
    m_error.clear();
    if (const QString e = RuleJson::validate(rule); !e.isEmpty()) {
        m_error = e;
        return std::nullopt;
    }
    Session session(*this, asOf);
    if (session.busy())
        return m_sql->matchingIds(rule, asOf);
    const std::optional<Bits> b = session.ready() ? session.run().evaluate(rule) : std::nullopt;
    if (!b)
        return std::nullopt;
    QList<qint64> ids;
    ids.reserve(b->count());
    b->forEach([&](size_t i) { ids << m_columns->ids[i]; });
    return ids;
}

qint64 MemorySegmentEvaluator::count(const Rule &rule, const AsOfDay &asOf)
{
    const std::optional<QList<qint64>> ids = matchingIds(rule, asOf);
    return ids ? ids->size() : -1;
}

bool MemorySegmentEvaluator::matches(const Rule &rule, const AsOfDay &asOf, qint64 customerId)
{
    // One customer: an indexed query beats reading whole columns, except
    // for RFM scores, which rank everybody (the SQL evaluator would score
    // the whole shop again after every change).
    bool ranks = false;
    for (const Rule *c : rule.conditions())
        ranks = ranks || c->field.startsWith(u"rfm.");
    if (!ranks || !RuleJson::validate(rule).isEmpty())
        return m_sql->matches(rule, asOf, customerId);
    Session session(*this, asOf);
    if (session.busy())
        return m_sql->matches(rule, asOf, customerId);
    const qint32 i = m_columns->indexOf(customerId);
    const std::optional<Bits> b = session.ready() && i >= 0 ? session.run().evaluate(rule) : std::nullopt;
    return b && b->test(size_t(i));
}

std::optional<RfmScore> MemorySegmentEvaluator::rfmScore(const AsOfDay &asOf, int periodDays, qint64 customerId)
{
    Session session(*this, asOf);
    if (session.busy())
        return m_sql->rfmScore(asOf, periodDays, customerId);
    const qint32 i = m_columns->indexOf(customerId);
    const RfmColumn *r = session.ready() && i >= 0 ? session.run().scores(periodDays) : nullptr;
    if (!r || r->r[size_t(i)] == 0)
        return std::nullopt;
    return RfmScore{customerId, r->r[size_t(i)], r->f[size_t(i)], r->m[size_t(i)]};
}

QList<qint64> MemorySegmentEvaluator::everyone(const AsOfDay &asOf)
{
    Session session(*this, asOf);
    if (session.busy())
        return m_sql->everyone(asOf);
    if (!session.ready())
        return {};
    // Usually everybody was created by then; otherwise SQL decides who had
    // done something by then.
    if (!session.run().allCreatedBy(asOf.end())) {
        session.end();
        return m_sql->everyone(asOf);
    }
    return QList<qint64>(m_columns->ids.cbegin(), m_columns->ids.cend());
}

std::optional<QList<CustomerSpend>> MemorySegmentEvaluator::spend(const AsOfDay &asOf, int days)
{
    Session session(*this, asOf);
    if (session.busy())
        return m_sql->spend(asOf, days);
    const Events *e = session.ready() ? session.run().purchases() : nullptr;
    if (!e)
        return std::nullopt;
    const qint64 start = asOf.windowStart(days);
    const qint64 end = asOf.end();
    QList<CustomerSpend> out;
    for (size_t i = 0; i < m_columns->size(); ++i) {
        const auto [from, to] = e->within(i, start, end);
        if (from != to)
            out << CustomerSpend{m_columns->ids[i], e->sum(from, to), qint64(to - from)};
    }
    return out;
}

} // namespace clientele
