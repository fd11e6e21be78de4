#include "SegmentTemplates.h"

#include "RuleJson.h"

#include <QtCore/QJsonArray>

namespace clientele {

Segment SegmentTemplate::toSegment(const QString &segmentName) const
{
    Segment s;
    s.name = segmentName.isEmpty() ? name : segmentName;
    s.color = color;
    s.description = description;
    s.nextStep = nextStep;
    s.ruleJson = QString::fromUtf8(RuleJson::write(rule));
    return s;
}

namespace {

using enum RuleOp;

Rule cond(const char *field, RuleOp op, const QJsonValue &value = QJsonValue::Undefined, int window = 0)
{
    return Rule::condition(QString::fromLatin1(field), op, value, window);
}

QJsonValue range(int a, int b)
{
    return QJsonArray{a, b};
}

class Builder
{
public:
    Builder(const QString &key, const QString &name, const QString &description)
    {
        m_set.key = key;
        m_set.name = name;
        m_set.description = description;
    }

    Builder &param(const char *key, const QString &label, int value, int minimum, int maximum,
                   const QMap<QString, int> &overrides)
    {
        const QString k = QString::fromLatin1(key);
        const int v = qBound(minimum, overrides.value(k, value), maximum);
        m_set.parameters << TemplateParameter{k, label, v, minimum, maximum};
        m_values.insert(k, v);
        return *this;
    }
    int operator[](const char *key) const { return m_values.value(QString::fromLatin1(key)); }

    Builder &segment(const char *key, const QString &name, const QString &description, const QString &nextStep,
                     const char *color, const Rule &rule)
    {
        m_set.segments << SegmentTemplate{m_set.key + u'/' + QString::fromLatin1(key), name, description, nextStep,
                                          QString::fromLatin1(color), rule};
        return *this;
    }
    TemplateSet result() const { return m_set; }

private:
    TemplateSet m_set;
    QMap<QString, int> m_values;
};


TemplateSet cafe(const QMap<QString, int> &o)
{
    Builder b(QStringLiteral("cafe"), SegmentTemplates::tr("Café or restaurant"), SegmentTemplates::tr("Who comes often, who comes now and then, who stopped coming."));
    b.param("regular_visits", SegmentTemplates::tr("Visits in a month to count as a regular (more than)"), 8, 1, 60, o)
        .param("new_days", SegmentTemplates::tr("Days since the first purchase to count as new"), 30, 1, 365, o)
        .param("lapsed_days", SegmentTemplates::tr("Days without a purchase to count as lapsed"), 60, 7, 730, o);
    return b
        .segment("regulars", SegmentTemplates::tr("Regulars"), SegmentTemplates::tr("Come in more than %1 times a month.").arg(b["regular_visits"]),
                 SegmentTemplates::tr("Thank them: a loyalty card stamp or a free coffee."), "#2e7d32",
                 cond("visits.count", Greater, b["regular_visits"], 30))
        .segment("new", SegmentTemplates::tr("New"), SegmentTemplates::tr("First bought in the last %1 days.").arg(b["new_days"]),
                 SegmentTemplates::tr("Welcome them and invite them back."), "#1976d2",
                 cond("purchases.days_since_first", LessOrEqual, b["new_days"]))
        .segment("occasional", SegmentTemplates::tr("Occasional"), SegmentTemplates::tr("Bought in the last %1 days, but not often.").arg(b["lapsed_days"]),
                 SegmentTemplates::tr("Tell them about the lunch menu or a weekly offer."), "#f9a825",
                 cond("purchases.days_since_last", LessOrEqual, b["lapsed_days"]))
        .segment("lapsed", SegmentTemplates::tr("Lapsed"), SegmentTemplates::tr("Have not bought for more than %1 days.").arg(b["lapsed_days"]),
                 SegmentTemplates::tr("Send a “we miss you” offer."), "#c62828",
                 cond("purchases.days_since_last", Greater, b["lapsed_days"]))
        .result();
}

TemplateSet retail(const QMap<QString, int> &o)
{
    Builder b(QStringLiteral("retail"), SegmentTemplates::tr("Retail shop"), SegmentTemplates::tr("Spending, loyalty and who is drifting away."));
    b.param("big_spend", SegmentTemplates::tr("Spent in the last year to count as a big spender (at least)"), 500, 1, 1000000, o)
        .param("loyal_purchases", SegmentTemplates::tr("Purchases in the last year to count as loyal (at least)"), 6, 2, 365, o)
        .param("new_days", SegmentTemplates::tr("Days since the first purchase to count as new"), 30, 1, 365, o)
        .param("at_risk_days", SegmentTemplates::tr("Days without a purchase to count as at risk"), 90, 7, 730, o)
        .param("inactive_days", SegmentTemplates::tr("Days without a purchase to count as inactive"), 180, 14, 1825, o);
    return b
        .segment("big_spenders", SegmentTemplates::tr("Big spenders"),
                 SegmentTemplates::tr("Spent at least %1 in the last year.").arg(b["big_spend"]),
                 SegmentTemplates::tr("Invite them to private sales; ask what they would like you to stock."), "#6a1b9a",
                 cond("purchases.total", GreaterOrEqual, b["big_spend"], 365))
        .segment("loyal", SegmentTemplates::tr("Loyal"),
                 SegmentTemplates::tr("Bought at least %1 times in the last year.").arg(b["loyal_purchases"]),
                 SegmentTemplates::tr("Reward them: points, early access, a thank-you note."), "#2e7d32",
                 cond("purchases.count", GreaterOrEqual, b["loyal_purchases"], 365))
        .segment("new", SegmentTemplates::tr("New"), SegmentTemplates::tr("First bought in the last %1 days.").arg(b["new_days"]),
                 SegmentTemplates::tr("Welcome them; suggest a second purchase."), "#1976d2",
                 cond("purchases.days_since_first", LessOrEqual, b["new_days"]))
        .segment("at_risk", SegmentTemplates::tr("At risk"),
                 SegmentTemplates::tr("Last bought between %1 and %2 days ago.").arg(b["at_risk_days"]).arg(b["inactive_days"]),
                 SegmentTemplates::tr("Remind them of you with an offer before they forget."), "#ef6c00",
                 cond("purchases.days_since_last", Between, range(b["at_risk_days"] + 1, std::max(b["at_risk_days"] + 1, b["inactive_days"]))))
        .segment("inactive", SegmentTemplates::tr("Inactive"), SegmentTemplates::tr("Have not bought for more than %1 days.").arg(b["inactive_days"]),
                 SegmentTemplates::tr("Try one win-back message; then let them rest."), "#757575",
                 cond("purchases.days_since_last", Greater, b["inactive_days"]))
        .result();
}

TemplateSet salon(const QMap<QString, int> &o)
{
    Builder b(QStringLiteral("salon"), SegmentTemplates::tr("Salon or services"), SegmentTemplates::tr("Regular clients, who is due, who is new, who is gone."));
    b.param("regular_visits", SegmentTemplates::tr("Appointments in the last year to count as a regular (at least)"), 6, 2, 100, o)
        .param("due_days", SegmentTemplates::tr("Days since the last appointment when a client is due"), 42, 7, 365, o)
        .param("lapsed_days", SegmentTemplates::tr("Days since the last appointment to count as lapsed"), 120, 14, 1825, o)
        .param("new_days", SegmentTemplates::tr("Days since the first appointment to count as new"), 60, 1, 365, o);
    return b
        .segment("regulars", SegmentTemplates::tr("Regular clients"),
                 SegmentTemplates::tr("Came at least %1 times in the last year and are not overdue.").arg(b["regular_visits"]),
                 SegmentTemplates::tr("Offer to book their next appointment now."), "#2e7d32",
                 Rule::all({cond("purchases.count", GreaterOrEqual, b["regular_visits"], 365),
                            cond("purchases.days_since_last", LessOrEqual, b["due_days"])}))
        .segment("new", SegmentTemplates::tr("New clients"), SegmentTemplates::tr("First came in the last %1 days.").arg(b["new_days"]),
                 SegmentTemplates::tr("Ask how it went; offer a second visit."), "#1976d2",
                 cond("purchases.days_since_first", LessOrEqual, b["new_days"]))
        .segment("due", SegmentTemplates::tr("Due for a visit"),
                 SegmentTemplates::tr("Last came between %1 and %2 days ago.").arg(b["due_days"]).arg(b["lapsed_days"]),
                 SegmentTemplates::tr("Send a friendly reminder with a booking link."), "#f9a825",
                 cond("purchases.days_since_last", Between, range(b["due_days"] + 1, std::max(b["due_days"] + 1, b["lapsed_days"]))))
        .segment("lapsed", SegmentTemplates::tr("Lapsed clients"), SegmentTemplates::tr("Have not come for more than %1 days.").arg(b["lapsed_days"]),
                 SegmentTemplates::tr("Offer a comeback treatment."), "#c62828",
                 cond("purchases.days_since_last", Greater, b["lapsed_days"]))
        .result();
}

TemplateSet online(const QMap<QString, int> &o)
{
    Builder b(QStringLiteral("online"), SegmentTemplates::tr("Online shop"), SegmentTemplates::tr("Repeat buyers, one-time buyers and cart abandoners."));
    b.param("cart_days", SegmentTemplates::tr("Days to look back for abandoned carts"), 60, 1, 365, o)
        .param("repeat_purchases", SegmentTemplates::tr("Purchases in the last year to count as a repeat buyer (at least)"), 3, 2, 100, o)
        .param("opener_days", SegmentTemplates::tr("Days to look back for opened emails"), 90, 7, 730, o);
    return b
        .segment("cart_abandoners", SegmentTemplates::tr("Cart abandoners"),
                 SegmentTemplates::tr("Left a full cart in the last %1 days.").arg(b["cart_days"]),
                 SegmentTemplates::tr("Send a reminder of what they left, maybe with free delivery."), "#ef6c00",
                 cond("cart.abandoned", GreaterOrEqual, 1, b["cart_days"]))
        .segment("repeat", SegmentTemplates::tr("Repeat buyers"),
                 SegmentTemplates::tr("Bought at least %1 times in the last year.").arg(b["repeat_purchases"]),
                 SegmentTemplates::tr("Reward them; ask for a review."), "#2e7d32",
                 cond("purchases.count", GreaterOrEqual, b["repeat_purchases"], 365))
        .segment("one_time", SegmentTemplates::tr("One-time buyers"), SegmentTemplates::tr("Bought exactly once."),
                 SegmentTemplates::tr("Suggest something that goes with what they bought."), "#1976d2",
                 cond("purchases.count", Equal, 1))
        .segment("readers", SegmentTemplates::tr("Readers who did not buy"),
                 SegmentTemplates::tr("Opened an email in the last %1 days but did not buy in that time.").arg(b["opener_days"]),
                 SegmentTemplates::tr("Give them a reason to order: a discount or a new product."), "#00838f",
                 Rule::all({cond("email.opens", GreaterOrEqual, 1, b["opener_days"]),
                            cond("purchases.count", Equal, 0, b["opener_days"])}))
        .result();
}

TemplateSet cryptoAtm(const QMap<QString, int> &o)
{
    Builder b(QStringLiteral("crypto_atm"), SegmentTemplates::tr("Crypto ATM or kiosk"), SegmentTemplates::tr("Volume, habits and who stopped coming."));
    b.param("high_volume", SegmentTemplates::tr("Amount in the last 90 days to count as high volume (at least)"), 500, 1, 100000000, o)
        .param("frequent", SegmentTemplates::tr("Transactions in the last 30 days to count as frequent (at least)"), 4, 2, 1000, o)
        .param("small", SegmentTemplates::tr("Average transaction to count as small (less than)"), 50, 1, 1000000, o)
        .param("dormant_days", SegmentTemplates::tr("Days without a transaction to count as dormant"), 90, 7, 1825, o);
    return b
        .segment("high_volume", SegmentTemplates::tr("High volume"),
                 SegmentTemplates::tr("Moved at least %1 in the last 90 days.").arg(b["high_volume"]),
                 SegmentTemplates::tr("Offer better rates or a personal contact; check limits and compliance."), "#6a1b9a",
                 cond("purchases.total", GreaterOrEqual, b["high_volume"], 90))
        .segment("frequent_small", SegmentTemplates::tr("Frequent small"),
                 SegmentTemplates::tr("At least %1 transactions in the last 30 days, less than %2 on average.")
                     .arg(b["frequent"])
                     .arg(b["small"]),
                 SegmentTemplates::tr("Tell them about lower fees for larger amounts."), "#2e7d32",
                 Rule::all({cond("purchases.count", GreaterOrEqual, b["frequent"], 30),
                            cond("purchases.average", Less, b["small"], 30)}))
        .segment("one_time", SegmentTemplates::tr("One-time"), SegmentTemplates::tr("Used the machine exactly once."),
                 SegmentTemplates::tr("Explain how easy the next time is; show where your machines are."), "#1976d2",
                 cond("purchases.count", Equal, 1))
        .segment("dormant", SegmentTemplates::tr("Dormant"), SegmentTemplates::tr("No transaction for more than %1 days.").arg(b["dormant_days"]),
                 SegmentTemplates::tr("Send one reminder; respect those who do not answer."), "#757575",
                 cond("purchases.days_since_last", Greater, b["dormant_days"]))
        .result();
}

TemplateSet finance(const QMap<QString, int> &o)
{
    Builder b(QStringLiteral("finance"), SegmentTemplates::tr("Financial services"),
              SegmentTemplates::tr("Customers by value and by how they came: online or through a branch."));
    b.param("high_value", SegmentTemplates::tr("Amount in the last year to count as high value (at least)"), 1000, 1, 100000000, o)
        .param("inactive_days", SegmentTemplates::tr("Days without activity to count as inactive"), 180, 14, 1825, o);
    return b
        .segment("high_value", SegmentTemplates::tr("High value"), SegmentTemplates::tr("At least %1 in the last year.").arg(b["high_value"]),
                 SegmentTemplates::tr("Give them a named advisor."), "#6a1b9a",
                 cond("purchases.total", GreaterOrEqual, b["high_value"], 365))
        .segment("inactive", SegmentTemplates::tr("Inactive"), SegmentTemplates::tr("No activity for more than %1 days.").arg(b["inactive_days"]),
                 SegmentTemplates::tr("Check in: has anything changed for them?"), "#757575",
                 cond("purchases.days_since_last", Greater, b["inactive_days"]))
        .segment("digital", SegmentTemplates::tr("Digital natives"), SegmentTemplates::tr("Came to you online."),
                 SegmentTemplates::tr("Keep them in the app: notifications, self-service."), "#00838f",
                 cond("origin", Equal, QStringLiteral("online")))
        .segment("branch", SegmentTemplates::tr("Branch-recruited"), SegmentTemplates::tr("Came in person or through a referral."),
                 SegmentTemplates::tr("Invite them to the app with help at the branch."), "#1976d2",
                 cond("origin", In, QJsonArray{QStringLiteral("walk-in"), QStringLiteral("referral")}))
        .result();
}

TemplateSet rfm(const QMap<QString, int> &o)
{
    Builder b(QStringLiteral("rfm"), SegmentTemplates::tr("RFM groups"),
              SegmentTemplates::tr("The classic groups by how recently, how often and how much customers bought (scores 1 to 5)."));
    b.param("period_days", SegmentTemplates::tr("Days of purchases the scores look at"), 365, 30, 3650, o);
    const int p = b["period_days"];
    auto r = [&](RuleOp op, const QJsonValue &v) { return cond("rfm.r", op, v, p); };
    auto f = [&](RuleOp op, const QJsonValue &v) { return cond("rfm.f", op, v, p); };
    auto m = [&](RuleOp op, const QJsonValue &v) { return cond("rfm.m", op, v, p); };
    return b
        .segment("champions", SegmentTemplates::tr("Champions"), SegmentTemplates::tr("Bought recently, buy often and spend the most."),
                 SegmentTemplates::tr("Reward them; they can become ambassadors."), "#2e7d32",
                 Rule::all({r(GreaterOrEqual, 4), f(GreaterOrEqual, 4), m(GreaterOrEqual, 4)}))
        .segment("cant_lose", SegmentTemplates::tr("Can't lose"), SegmentTemplates::tr("Bought often and much, but not for a long time."),
                 SegmentTemplates::tr("Win them back personally; ask what went wrong."), "#b71c1c",
                 Rule::all({r(Equal, 1), f(GreaterOrEqual, 4)}))
        .segment("loyal", SegmentTemplates::tr("Loyal"), SegmentTemplates::tr("Buy often and still come."),
                 SegmentTemplates::tr("Offer more of what they like; ask for reviews."), "#388e3c",
                 Rule::all({r(GreaterOrEqual, 3), f(GreaterOrEqual, 4)}))
        .segment("at_risk", SegmentTemplates::tr("At risk"), SegmentTemplates::tr("Used to buy often, not lately."),
                 SegmentTemplates::tr("Send a personal offer before they are gone."), "#ef6c00",
                 Rule::all({r(LessOrEqual, 2), f(GreaterOrEqual, 3)}))
        .segment("potential_loyalists", SegmentTemplates::tr("Potential loyalists"), SegmentTemplates::tr("Recent customers with a few purchases."),
                 SegmentTemplates::tr("Invite them to the loyalty programme."), "#7cb342",
                 Rule::all({r(GreaterOrEqual, 4), f(Between, range(2, 3))}))
        .segment("new", SegmentTemplates::tr("New"), SegmentTemplates::tr("Bought very recently, once."), SegmentTemplates::tr("Welcome them."), "#1976d2",
                 Rule::all({r(Equal, 5), f(Equal, 1)}))
        .segment("promising", SegmentTemplates::tr("Promising"), SegmentTemplates::tr("Bought recently, not often yet."),
                 SegmentTemplates::tr("Make the second purchase easy."), "#0288d1", Rule::all({r(Equal, 4), f(Equal, 1)}))
        .segment("need_attention", SegmentTemplates::tr("Need attention"), SegmentTemplates::tr("Middling on recency and frequency."),
                 SegmentTemplates::tr("A limited-time offer based on what they bought."), "#f9a825",
                 Rule::all({r(Equal, 3), f(Between, range(2, 3))}))
        .segment("about_to_sleep", SegmentTemplates::tr("About to sleep"), SegmentTemplates::tr("Bought a while ago, rarely."),
                 SegmentTemplates::tr("Share something useful or popular to wake them."), "#8d6e63",
                 Rule::all({r(Between, range(2, 3)), f(LessOrEqual, 2)}))
        .segment("hibernating", SegmentTemplates::tr("Hibernating"), SegmentTemplates::tr("Long gone, bought little."),
                 SegmentTemplates::tr("Do not spend much on them; one seasonal message at most."), "#757575",
                 Rule::all({r(LessOrEqual, 2), f(LessOrEqual, 2)}))
        .result();
}

} // namespace

QStringList SegmentTemplates::keys()
{
    return {QStringLiteral("cafe"),       QStringLiteral("retail"),  QStringLiteral("salon"), QStringLiteral("online"),
            QStringLiteral("crypto_atm"), QStringLiteral("finance"), QStringLiteral("rfm")};
}

std::optional<TemplateSet> SegmentTemplates::set(const QString &key, const QMap<QString, int> &parameters)
{
    if (key == u"cafe")
        return cafe(parameters);
    if (key == u"retail")
        return retail(parameters);
    if (key == u"salon")
        return salon(parameters);
    if (key == u"online")
        return online(parameters);
    if (key == u"crypto_atm")
        return cryptoAtm(parameters);
    if (key == u"finance")
        return finance(parameters);
    if (key == u"rfm")
        return rfm(parameters);
    return std::nullopt;
}

QList<TemplateSet> SegmentTemplates::sets()
{
    QList<TemplateSet> out;
    for (const QString &key : keys())
        out << *set(key);
    return out;
}

std::optional<SegmentTemplate> SegmentTemplates::find(const QString &keyOrName)
{
    const QString wanted = keyOrName.trimmed();
    for (const TemplateSet &s : sets())
        for (const SegmentTemplate &t : s.segments)
            if (t.key == wanted)
                return t;
    for (const TemplateSet &s : sets())
        for (const SegmentTemplate &t : s.segments)
            if (t.name.compare(wanted, Qt::CaseInsensitive) == 0)
                return t;
    return std::nullopt;
}

} // namespace clientele
