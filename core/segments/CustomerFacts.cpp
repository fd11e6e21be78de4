#include "CustomerFacts.h"

#include "FieldCatalogue.h"
#include "RfmTable.h"
#include "SegmentEvaluator.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QtSql/QSqlQuery>

namespace clientele {

CustomerFacts::CustomerFacts(Database &db, SegmentEvaluator *scores)
    : m_db(db)
    , m_scores(scores)
{
}

QVariant CustomerFacts::value(const Rule &c, qint64 id, const AsOfDay &asOf) const
{
    const std::optional<FieldInfo> info = FieldCatalogue::find(c.field);
    if (!info)
        return {};
    const QString &f = c.field;
    const qint64 from = c.windowDays > 0 ? asOf.windowStart(c.windowDays) : std::numeric_limits<qint64>::min();
    const qint64 to = asOf.end();
    QSqlQuery q(m_db.connection());
    auto scalar = [&](const QString &sql, const QVariantList &values) -> QVariant {
        if (sql::exec(q, sql, values) && q.next() && !q.value(0).isNull())
            return q.value(0);
        return {};
    };
    auto strings = [&](const QString &sql, const QVariantList &values) -> QVariant {
        QStringList out;
        if (sql::exec(q, sql, values))
            while (q.next())
                out << q.value(0).toString();
        return out;
    };
    const QString purchases = QStringLiteral(" FROM purchases p WHERE p.customer_id = ? AND p.time >= ? AND p.time < ?");
    auto interactions = [&](const char *kind) {
        return scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = ? AND kind = ? AND time >= ? "
                                     "AND time < ?"),
                      {id, QString::fromLatin1(kind), from, to});
    };
    auto days = [&](const QVariant &time) -> QVariant {
        return time.isValid() ? QVariant(asOf.daysSince(time.toLongLong())) : QVariant();
    };

    if (f == u"purchases.count")
        return scalar(QStringLiteral("SELECT count(*)") + purchases, {id, from, to}).toLongLong();
    if (f == u"purchases.total")
        return scalar(QStringLiteral("SELECT coalesce(sum(p.amount_cents), 0)") + purchases, {id, from, to}).toLongLong();
    if (f == u"purchases.average")
        return scalar(QStringLiteral("SELECT sum(p.amount_cents) / count(*)") + purchases, {id, from, to});
    if (f == u"purchases.days_since_last")
        return days(scalar(QStringLiteral("SELECT max(p.time)") + purchases, {id, from, to}));
    if (f == u"purchases.days_since_first")
        return days(scalar(QStringLiteral("SELECT min(p.time)") + purchases, {id, from, to}));
    auto day = [&](const QVariant &time) -> QVariant {
        return time.isValid() ? QVariant(asOf.localDate(time.toLongLong())) : QVariant();
    };
    if (f == u"purchases.last_date")
        return day(scalar(QStringLiteral("SELECT max(p.time)") + purchases, {id, from, to}));
    if (f == u"purchases.first_date")
        return day(scalar(QStringLiteral("SELECT min(p.time)") + purchases, {id, from, to}));
    if (f == u"customer.created")
        return day(scalar(QStringLiteral("SELECT created_at FROM customers WHERE id = ?"), {id}));
    if (f == u"birthday") {
        const QDate born = QDate::fromString(
            scalar(QStringLiteral("SELECT birthday FROM customers WHERE id = ?"), {id}).toString(), Qt::ISODate);
        return born.isValid() ? QVariant(born) : QVariant();
    }
    if (f == u"purchases.category")
        return strings(QStringLiteral("SELECT DISTINCT p.category") + purchases
                           + QStringLiteral(" AND p.category <> '' ORDER BY 1"),
                       {id, from, to});
    if (f == u"purchases.location")
        return strings(QStringLiteral("SELECT DISTINCT l.name FROM purchases p JOIN locations l ON l.id = p.location_id "
                                      "WHERE p.customer_id = ? AND p.time >= ? AND p.time < ? ORDER BY 1"),
                       {id, from, to});
    if (f == u"visits.count")
        return interactions("visit").toLongLong();
    if (f == u"email.opens")
        return interactions("email_open").toLongLong();
    if (f == u"cart.abandoned")
        return interactions("cart_abandoned").toLongLong();
    if (f == u"email.days_since_last_open")
        return days(scalar(QStringLiteral("SELECT max(time) FROM interactions WHERE customer_id = ? AND kind = "
                                          "'email_open' AND time >= ? AND time < ?"),
                           {id, from, to}));
    if (f == u"tag")
        return strings(QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE "
                                      "ct.customer_id = ? ORDER BY t.name COLLATE NOCASE"),
                       {id});
    if (f == u"customer.days_since_created")
        return days(scalar(QStringLiteral("SELECT created_at FROM customers WHERE id = ?"), {id}));
    if (f == u"consent.email" || f == u"consent.sms")
        return scalar(f == u"consent.email" ? QStringLiteral("SELECT consent_email FROM customers WHERE id = ?")
                                            : QStringLiteral("SELECT consent_sms FROM customers WHERE id = ?"),
                      {id})
                   .toInt()
               == 1;
    if (f.startsWith(u"rfm.")) {
        const int period = c.windowDays > 0 ? c.windowDays : FieldCatalogue::DefaultRfmPeriodDays;
        std::optional<RfmScore> s;
        if (m_scores)
            s = m_scores->rfmScore(asOf, period, id);
        else if (RfmTable::fill(m_db, asOf, period))
            s = RfmTable::scoreOf(m_db, period, id);
        if (!s)
            return {};
        return qint64(f == u"rfm.r" ? s->r : f == u"rfm.f" ? s->f : f == u"rfm.m" ? s->m : s->score());
    }
    const QString custom = FieldCatalogue::customFieldName(f);
    if (!custom.isEmpty())
        return scalar(QStringLiteral("SELECT v.value FROM customer_custom_values v JOIN custom_fields f ON f.id = "
                                     "v.field_id WHERE v.customer_id = ? AND f.name = ?"),
                      {id, custom})
            .toString();
    static const QStringList columns = {QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("postal_code"),
                                        QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("origin")};
    if (!columns.contains(f))
        return {};
    // The column name comes from the fixed list above, never from the rule text.
    return scalar(QStringLiteral("SELECT ") + f + QStringLiteral(" FROM customers WHERE id = ?"), {id}).toString();
}

} // namespace clientele
