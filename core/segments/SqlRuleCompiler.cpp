#include "SqlRuleCompiler.h"

#include "ConditionValues.h"
#include "FieldCatalogue.h"
#include "storage/SqlUtil.h"

#include <QtCore/QJsonArray>

namespace clientele {

namespace {

using enum RuleOp;

using ConditionValues::numbers;
using ConditionValues::Operands;
using ConditionValues::text;
using ConditionValues::texts;

// `t` within a range of seconds; `t` appears once, so it may be a subquery
// with values of its own.
QString inRange(const QString &t, const ConditionValues::TimeRange &r, QVariantList &values)
{
    if (r.from && r.to) {
        values << *r.from << *r.to - 1;
        return t + QStringLiteral(" BETWEEN ? AND ?");
    }
    if (r.to) {
        values << *r.to;
        return t + QStringLiteral(" < ?");
    }
    values << r.from.value_or(0);
    return t + QStringLiteral(" >= ?");
}

// `expr op ?`, for a number on the left; `scale` multiplies the bound
// value by another SQL expression (average = sum / count, compared as
// sum > value * count so no division and no rounding happen).
QString compare(const QString &expr, RuleOp op, Operands o, QVariantList &values, const QString &scale = QString())
{
    const QString rhs = scale.isEmpty() ? QStringLiteral("?") : QStringLiteral("? * ") + scale;
    switch (op) {
    case Equal:
        values << o.a;
        return expr + QStringLiteral(" = ") + rhs;
    case NotEqual:
        values << o.a;
        return expr + QStringLiteral(" <> ") + rhs;
    case Greater:
        values << o.a;
        return expr + QStringLiteral(" > ") + rhs;
    case GreaterOrEqual:
        values << o.a;
        return expr + QStringLiteral(" >= ") + rhs;
    case Less:
        values << o.a;
        return expr + QStringLiteral(" < ") + rhs;
    case LessOrEqual:
        values << o.a;
        return expr + QStringLiteral(" <= ") + rhs;
    case Between:
        values << o.a << o.b;
        return expr + QStringLiteral(" BETWEEN ") + rhs + QStringLiteral(" AND ") + rhs;
    default:
        return QStringLiteral("0");
    }
}

// Positive text comparison; negations are written by the caller as NOT or
// NOT IN around it.
QString textMatch(const QString &col, RuleOp op, const QJsonValue &value, QVariantList &values)
{
    switch (Rule::positive(op)) {
    case Equal:
        values << text(value);
        return col + QStringLiteral(" = ? COLLATE NOCASE");
    case Contains:
        values << text(value);
        return QStringLiteral("instr(lower(") + col + QStringLiteral("), lower(?)) > 0");
    case StartsWith:
        values << text(value) << text(value);
        return QStringLiteral("substr(lower(") + col + QStringLiteral("), 1, length(?)) = lower(?)");
    case In: {
        const QStringList list = texts(value);
        for (const QString &t : list)
            values << t;
        return col + QStringLiteral(" COLLATE NOCASE IN (") + sql::placeholders(list.size()) + u')';
    }
    case IsNotEmpty:
        return col + QStringLiteral(" <> ''");
    default:
        return QStringLiteral("0");
    }
}

QString exists(bool positive, const QString &subquery)
{
    return (positive ? QStringLiteral("EXISTS (") : QStringLiteral("NOT EXISTS (")) + subquery + u')';
}

QString inSet(bool positive, const QString &subquery)
{
    return (positive ? QStringLiteral("c.id IN (") : QStringLiteral("c.id NOT IN (")) + subquery + u')';
}

} // namespace

SqlRuleCompiler::SqlRuleCompiler(const AsOfDay &asOf)
    : m_asOf(asOf)
{
}

CompiledRule SqlRuleCompiler::compile(const Rule &rule) const
{
    CompiledRule out;
    out.where = node(rule, out);
    return out;
}

QString SqlRuleCompiler::node(const Rule &rule, CompiledRule &out) const
{
    if (!rule.isGroup())
        return condition(rule, out);
    const bool all = rule.kind == Rule::Kind::All;
    if (rule.children.isEmpty())
        return all ? QStringLiteral("1") : QStringLiteral("0");
    QStringList parts;
    for (const Rule &child : rule.children)
        parts << node(child, out);
    return u'(' + parts.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + u')';
}

QString SqlRuleCompiler::condition(const Rule &c, CompiledRule &out) const
{
    const std::optional<FieldInfo> info = FieldCatalogue::find(c.field);
    if (!info || !info->ops.contains(c.op))
        return QStringLiteral("0");
    QVariantList &v = out.values;
    const QString &f = c.field;

    // Rows of an event table inside the window, up to the end of the as-of day.
    auto window = [&](const QString &timeColumn) -> QString {
        QString where = timeColumn + QStringLiteral(" < ?");
        v << m_asOf.end();
        if (c.windowDays > 0) {
            where += QStringLiteral(" AND ") + timeColumn + QStringLiteral(" >= ?");
            v << m_asOf.windowStart(c.windowDays);
        }
        return where;
    };
    // Source of per-customer event rows: purchases or one kind of interaction.
    // One customer's event rows in the window, correlated with c: the
    // (customer_id, time) indexes answer it with one seek per customer,
    // which beats grouping the whole table when windows are long.
    auto events = [&](const QString &alias, const QString &table, const QString &kind) -> QString {
        QString from = QStringLiteral("SELECT count(*) FROM ") + table + u' ' + alias + QStringLiteral(" WHERE ") + alias
                       + QStringLiteral(".customer_id = c.id AND ");
        if (!kind.isEmpty()) {
            from += alias + QStringLiteral(".kind = ? AND ");
            v << kind;
        }
        return from + window(alias + QStringLiteral(".time"));
    };
    // An aggregate without GROUP BY gives one row even over no rows; HAVING
    // then decides. Callers only ask HAVING tests that fail on "no rows"
    // (see emptyMatches), so EXISTS means "has rows that pass".
    const QString anyRows = QStringLiteral(" HAVING count(*) > 0");

    auto daysMatch = [&](const QString &t, RuleOp op, Operands o) {
        return inRange(t, ConditionValues::daysSince(m_asOf, op, o), v);
    };
    auto dateMatch = [&](const QString &t, RuleOp) { return inRange(t, ConditionValues::onDates(m_asOf, c), v); };

    switch (info->type) {
    case FieldType::Count:
    case FieldType::Money: {
        const bool money = info->type == FieldType::Money;
        QString sub;
        QString expr;
        QString scale;
        if (f.startsWith(u"purchases.")) {
            sub = events(QStringLiteral("p"), QStringLiteral("purchases"), QString());
            expr = f == u"purchases.count" ? QStringLiteral("count(*)") : QStringLiteral("sum(p.amount_cents)");
            if (f == u"purchases.average")
                scale = QStringLiteral("count(*)");
        } else {
            const QString kind = f == u"visits.count"  ? QStringLiteral("visit")
                                 : f == u"email.opens" ? QStringLiteral("email_open")
                                                       : QStringLiteral("cart_abandoned");
            sub = events(QStringLiteral("i"), QStringLiteral("interactions"), kind);
            expr = QStringLiteral("count(*)");
        }
        if (c.op == IsEmpty || c.op == IsNotEmpty) // average only: empty = no purchases
            return exists(c.op == IsNotEmpty, sub + anyRows);
        const Operands o = numbers(c, money);
        const bool nullable = info->canBeEmpty;
        // Who has no rows: 0 for counts and totals, empty for the average.
        const bool emptyMatches = nullable ? c.op == NotEqual : ConditionValues::satisfies(0, c.op, o);
        if (!emptyMatches)
            return exists(true, sub + QStringLiteral(" HAVING ") + compare(expr, c.op, o, v, scale));
        // Complement: everybody except those with rows that fail the test.
        const RuleOp test = c.op == NotEqual ? Equal : c.op;
        QString having = compare(expr, test, o, v, scale);
        if (c.op != NotEqual)
            having = QStringLiteral("NOT (") + having + u')';
        return exists(false, sub + QStringLiteral(" HAVING ") + having);
    }
    case FieldType::Days: {
        if (f == u"customer.days_since_created") {
            const QString m = daysMatch(QStringLiteral("c.created_at"), c.op, numbers(c, false));
            return c.op == NotEqual ? QStringLiteral("NOT (") + m + u')' : m;
        }
        const bool emails = f == u"email.days_since_last_open";
        QString sub = emails ? events(QStringLiteral("i"), QStringLiteral("interactions"), QStringLiteral("email_open"))
                             : events(QStringLiteral("p"), QStringLiteral("purchases"), QString());
        if (c.op == IsEmpty || c.op == IsNotEmpty)
            return exists(c.op == IsNotEmpty, sub + anyRows);
        // The last (or first) time as a scalar subquery: SQLite answers
        // max()/min() of the indexed time with one seek per customer instead
        // of reading all their rows. No rows: NULL, which no comparison
        // matches and every negation does.
        const QString expr = emails ? QStringLiteral("max(i.time)")
                             : f == u"purchases.days_since_last" ? QStringLiteral("max(p.time)")
                                                                 : QStringLiteral("min(p.time)");
        sub.replace(QStringLiteral("SELECT count(*) FROM"), QStringLiteral("SELECT ") + expr + QStringLiteral(" FROM"));
        const QString m = daysMatch(u'(' + sub + u')', c.op, numbers(c, false));
        return c.op == NotEqual ? QStringLiteral("NOT coalesce(") + m + QStringLiteral(", 0)")
                                : QStringLiteral("coalesce(") + m + QStringLiteral(", 0)");
    }
    case FieldType::Date: {
        if (f == u"birthday") {
            // Stored as "YYYY-MM-DD" text, which sorts like the days it names.
            const QString col = QStringLiteral("coalesce(c.birthday, '')");
            switch (c.op) {
            case IsEmpty:
                return col + QStringLiteral(" = ''");
            case IsNotEmpty:
                return col + QStringLiteral(" <> ''");
            case Between: {
                const QJsonArray a = c.value.toArray();
                v << text(a.at(0)) << text(a.at(1));
                return col + QStringLiteral(" BETWEEN ? AND ?");
            }
            default: {
                const QString sign = c.op == Equal          ? QStringLiteral(" = ?")
                                     : c.op == NotEqual       ? QStringLiteral(" <> ?")
                                     : c.op == Greater        ? QStringLiteral(" > ?")
                                     : c.op == GreaterOrEqual ? QStringLiteral(" >= ?")
                                     : c.op == Less           ? QStringLiteral(" < ?")
                                                              : QStringLiteral(" <= ?");
                v << text(c.value);
                // Unknown birthdays are not before or after anything, but
                // they are "not on" any day.
                if (c.op == NotEqual)
                    return col + sign;
                return u'(' + col + QStringLiteral(" <> '' AND ") + col + sign + u')';
            }
            }
        }
        if (f == u"customer.created") {
            const QString m = dateMatch(QStringLiteral("c.created_at"), c.op);
            return c.op == NotEqual ? QStringLiteral("NOT (") + m + u')' : m;
        }
        QString sub = events(QStringLiteral("p"), QStringLiteral("purchases"), QString());
        if (c.op == IsEmpty || c.op == IsNotEmpty)
            return exists(c.op == IsNotEmpty, sub + anyRows);
        // As for "days since": one index seek per customer, NULL when none.
        const QString expr = f == u"purchases.last_date" ? QStringLiteral("max(p.time)") : QStringLiteral("min(p.time)");
        sub.replace(QStringLiteral("SELECT count(*) FROM"), QStringLiteral("SELECT ") + expr + QStringLiteral(" FROM"));
        const QString m = dateMatch(u'(' + sub + u')', c.op);
        return c.op == NotEqual ? QStringLiteral("NOT coalesce(") + m + QStringLiteral(", 0)")
                                : QStringLiteral("coalesce(") + m + QStringLiteral(", 0)");
    }
    case FieldType::Score: {
        const int period = c.windowDays > 0 ? c.windowDays : FieldCatalogue::DefaultRfmPeriodDays;
        if (!out.rfmPeriods.contains(period))
            out.rfmPeriods << period;
        QString sub = QStringLiteral("SELECT customer_id FROM ") + rfmTable() + QStringLiteral(" WHERE period = ?");
        v << qint64(period);
        if (c.op == IsEmpty || c.op == IsNotEmpty)
            return inSet(c.op == IsNotEmpty, sub);
        const QString expr = f == u"rfm.r"   ? QStringLiteral("r")
                             : f == u"rfm.f" ? QStringLiteral("f")
                             : f == u"rfm.m" ? QStringLiteral("m")
                                             : QStringLiteral("(r + f + m)");
        const RuleOp test = c.op == NotEqual ? Equal : c.op;
        return inSet(c.op != NotEqual, sub + QStringLiteral(" AND ") + compare(expr, test, numbers(c, false), v));
    }
    case FieldType::Text: {
        const QString custom = FieldCatalogue::customFieldName(f);
        if (!custom.isEmpty()) {
            QString sub = QStringLiteral("SELECT v.customer_id FROM customer_custom_values v JOIN custom_fields f "
                                         "ON f.id = v.field_id WHERE f.name = ? AND v.value <> ''");
            v << custom;
            if (Rule::positive(c.op) != IsNotEmpty)
                sub += QStringLiteral(" AND ") + textMatch(QStringLiteral("v.value"), c.op, c.value, v);
            return inSet(!Rule::isNegation(c.op), sub);
        }
        const QString col = f == u"postal_code" ? QStringLiteral("c.postal_code") : QStringLiteral("c.") + f;
        const QString m = textMatch(col, c.op, c.value, v);
        return Rule::isNegation(c.op) ? QStringLiteral("NOT (") + m + u')' : m;
    }
    case FieldType::Origin: {
        QString m;
        switch (Rule::positive(c.op)) {
        case Equal:
            v << text(c.value);
            m = QStringLiteral("c.origin = ?");
            break;
        case In: {
            const QStringList list = texts(c.value);
            for (const QString &t : list)
                v << t;
            m = QStringLiteral("c.origin IN (") + sql::placeholders(list.size()) + u')';
            break;
        }
        default:
            m = QStringLiteral("c.origin <> ''");
            break;
        }
        return Rule::isNegation(c.op) ? QStringLiteral("NOT (") + m + u')' : m;
    }
    case FieldType::YesNo: {
        const QString col = f == u"consent.email" ? QStringLiteral("c.consent_email") : QStringLiteral("c.consent_sms");
        v << qint64(c.value.toBool() ? 1 : 0);
        return col + (c.op == Equal ? QStringLiteral(" = ?") : QStringLiteral(" <> ?"));
    }
    case FieldType::Tag: {
        QString sub = QStringLiteral("SELECT ct.customer_id FROM customer_tags ct");
        switch (c.op) {
        case Has:
        case NotHas:
            sub += QStringLiteral(" JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?");
            v << text(c.value);
            break;
        case In:
        case NotIn: {
            const QStringList list = texts(c.value);
            sub += QStringLiteral(" JOIN tags t ON t.id = ct.tag_id WHERE t.name IN (") + sql::placeholders(list.size())
                   + u')';
            for (const QString &t : list)
                v << t;
            break;
        }
        default:
            break;
        }
        return inSet(!Rule::isNegation(c.op), sub);
    }
    case FieldType::PurchaseText: {
        const bool location = f == u"purchases.location";
        QString sub = location ? QStringLiteral("SELECT p.customer_id FROM purchases p JOIN locations l ON l.id = "
                                                "p.location_id WHERE ")
                               : QStringLiteral("SELECT p.customer_id FROM purchases p WHERE ");
        // Two statements: the window's values are bound before the text's.
        // "+p.time" keeps SQLite off the time index here: reading purchases
        // in table order beats fetching each row of a long window by time
        // (on the 100,000-customer demo 0.1 s against 1.3 s for a year).
        sub += window(QStringLiteral("+p.time")) + QStringLiteral(" AND ");
        sub += textMatch(location ? QStringLiteral("l.name") : QStringLiteral("p.category"), c.op, c.value, v);
        return inSet(!Rule::isNegation(c.op), sub);
    }
    }
    return QStringLiteral("0");
}

} // namespace clientele
