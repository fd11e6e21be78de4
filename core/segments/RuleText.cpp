#include "RuleText.h"

#include "FieldCatalogue.h"
#include "model/Money.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>

#include <cmath>
#include <mutex>

namespace clientele {

namespace {

using enum RuleOp;

struct Clause
{
    QString text;
    bool who = true; // "who bought ..." rather than "whose city is ..."
};

QString joinList(const QStringList &items, const QString &last)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + last + items.last();
}

QString orList(const QStringList &items)
{
    return joinList(items, RuleText::tr(" or "));
}

QStringList textsOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out << item.toString().trimmed();
    } else {
        out << v.toString().trimmed();
    }
    return out;
}

QString quote(const QString &s)
{
    return RuleText::tr("“%1”").arg(s);
}

std::mutex &currencyMutex()
{
    static std::mutex m;
    return m;
}

QString &currencyCode()
{
    static QString code;
    return code;
}

QString moneyText(qint64 cents)
{
    const QString code = RuleText::currency();
    if (code.isEmpty())
        return QLocale().toString(double(cents) / 100.0, 'f', 2);
    return Money::fromCents(cents).toDisplayString(QLocale(), code);
}

QString numberText(const QJsonValue &v, bool money)
{
    if (money)
        return moneyText(qint64(std::llround(v.toDouble() * 100.0)));
    return QLocale().toString(qint64(std::llround(v.toDouble())));
}

// "more than 3", "between 2 and 5"...; `fewer` for countable things.
QString amount(RuleOp op, const QJsonValue &v, bool money, bool countable)
{
    if (op == Between) {
        const QJsonArray a = v.toArray();
        return RuleText::tr("between %1 and %2").arg(numberText(a.at(0), money), numberText(a.at(1), money));
    }
    const QString n = numberText(v, money);
    switch (op) {
    case Equal:
        return RuleText::tr("exactly %1").arg(n);
    case NotEqual:
        return RuleText::tr("not exactly %1").arg(n);
    case Greater:
        return RuleText::tr("more than %1").arg(n);
    case GreaterOrEqual:
        return RuleText::tr("at least %1").arg(n);
    case Less:
        return countable ? RuleText::tr("fewer than %1").arg(n) : RuleText::tr("less than %1").arg(n);
    case LessOrEqual:
        return RuleText::tr("at most %1").arg(n);
    default:
        return n;
    }
}

// Whether the number that decides singular or plural is 1.
bool isOne(RuleOp op, const QJsonValue &v)
{
    const QJsonValue last = op == Between ? v.toArray().at(1) : v;
    return std::llround(last.toDouble()) == 1;
}

QString originWord(const QString &key)
{
    if (key == u"walk-in")
        return RuleText::tr("in person");
    if (key == u"online")
        return RuleText::tr("online");
    if (key == u"referral")
        return RuleText::tr("through a referral");
    if (key == u"imported")
        return RuleText::tr("from an imported list");
    return key;
}

// What "empty" is for a field, for "(including customers with ...)".
QString emptyNoun(const QString &field)
{
    if (field == u"city")
        return RuleText::tr("no city");
    if (field == u"country")
        return RuleText::tr("no country");
    if (field == u"postal_code")
        return RuleText::tr("no postal code");
    if (field == u"email")
        return RuleText::tr("no email address");
    if (field == u"phone")
        return RuleText::tr("no phone number");
    if (field == u"origin")
        return RuleText::tr("no origin recorded");
    if (field == u"birthday")
        return RuleText::tr("no birthday recorded");
    if (field.startsWith(u"purchases.") || field.startsWith(u"rfm."))
        return RuleText::tr("no purchases");
    if (field.startsWith(u"email."))
        return RuleText::tr("no opened emails");
    return RuleText::tr("no value");
}

QString fieldNoun(const QString &field)
{
    if (field == u"country")
        return RuleText::tr("country");
    if (field == u"postal_code")
        return RuleText::tr("postal code");
    if (field == u"email")
        return RuleText::tr("email address");
    if (field == u"phone")
        return RuleText::tr("phone number");
    if (field == u"city")
        return RuleText::tr("city");
    return quote(FieldCatalogue::customFieldName(field));
}

QString withWindow(const QString &text, int days)
{
    return days > 0 ? RuleText::tr("%1 %2").arg(text, RuleText::window(days)) : text;
}

// A count of events: "bought %1 times".
QString counted(const QString &field, const QString &n, bool one)
{
    if (field == u"purchases.count")
        return one ? RuleText::tr("bought %1 time").arg(n) : RuleText::tr("bought %1 times").arg(n);
    if (field == u"visits.count")
        return one ? RuleText::tr("visited %1 time").arg(n) : RuleText::tr("visited %1 times").arg(n);
    if (field == u"email.opens")
        return one ? RuleText::tr("opened emails %1 time").arg(n) : RuleText::tr("opened emails %1 times").arg(n);
    return one ? RuleText::tr("abandoned a cart %1 time").arg(n) : RuleText::tr("abandoned a cart %1 times").arg(n);
}

QString daysAgo(const QString &field, const QString &n, bool one)
{
    if (field == u"purchases.days_since_last")
        return one ? RuleText::tr("last bought %1 day ago").arg(n) : RuleText::tr("last bought %1 days ago").arg(n);
    if (field == u"purchases.days_since_first")
        return one ? RuleText::tr("first bought %1 day ago").arg(n) : RuleText::tr("first bought %1 days ago").arg(n);
    if (field == u"email.days_since_last_open")
        return one ? RuleText::tr("last opened an email %1 day ago").arg(n)
                   : RuleText::tr("last opened an email %1 days ago").arg(n);
    return one ? RuleText::tr("became customers %1 day ago").arg(n)
               : RuleText::tr("became customers %1 days ago").arg(n);
}

QString never(const QString &field, int window)
{
    if (field.startsWith(u"email."))
        return window > 0 ? RuleText::tr("did not open an email %1").arg(RuleText::window(window))
                          : RuleText::tr("never opened an email");
    return window > 0 ? RuleText::tr("did not buy %1").arg(RuleText::window(window)) : RuleText::tr("never bought");
}

QString ever(const QString &field, int window)
{
    if (field.startsWith(u"email."))
        return withWindow(RuleText::tr("opened an email"), window);
    return withWindow(RuleText::tr("bought at least once"), window);
}

QString scoreName(const QString &field, const QString &n)
{
    if (field == u"rfm.r")
        return RuleText::tr("have a recency score of %1").arg(n);
    if (field == u"rfm.f")
        return RuleText::tr("have a frequency score of %1").arg(n);
    if (field == u"rfm.m")
        return RuleText::tr("have a spending score of %1").arg(n);
    return RuleText::tr("have an overall RFM score of %1").arg(n);
}

QString rfmPeriod(const QString &text, int days)
{
    return RuleText::tr("%1, judged on purchases %2")
        .arg(text, RuleText::window(days > 0 ? days : FieldCatalogue::DefaultRfmPeriodDays));
}

QString dateOf(const QJsonValue &v)
{
    return RuleText::date(FieldCatalogue::dateValue(v));
}

// What happened on a day, for a date field: "were born", "last bought".
QString dateVerb(const QString &field)
{
    if (field == u"birthday")
        return RuleText::tr("were born");
    if (field == u"customer.created")
        return RuleText::tr("became customers");
    if (field == u"purchases.first_date")
        return RuleText::tr("first bought");
    return RuleText::tr("last bought");
}

// "before 14/03/2024", "between 1/1/2024 and 31/3/2024".
QString when(RuleOp op, const QJsonValue &v)
{
    switch (op) {
    case Equal:
        return RuleText::tr("on %1").arg(dateOf(v));
    case NotEqual:
        return RuleText::tr("on a day other than %1").arg(dateOf(v));
    case Greater:
        return RuleText::tr("after %1").arg(dateOf(v));
    case GreaterOrEqual:
        return RuleText::tr("on or after %1").arg(dateOf(v));
    case Less:
        return RuleText::tr("before %1").arg(dateOf(v));
    case LessOrEqual:
        return RuleText::tr("on or before %1").arg(dateOf(v));
    case Between:
        return RuleText::tr("between %1 and %2").arg(dateOf(v.toArray().at(0)), dateOf(v.toArray().at(1)));
    default:
        return dateOf(v);
    }
}

Clause clauseFor(const Rule &c)
{
    const std::optional<FieldInfo> info = FieldCatalogue::find(c.field);
    if (!info)
        return {c.field};
    const QString &f = c.field;
    const RuleOp op = c.op;
    const int w = c.windowDays;
    auto including = [&](const QString &text) {
        return RuleText::tr("%1 (including customers with %2)").arg(text, emptyNoun(f));
    };

    switch (info->type) {
    case FieldType::Count:
        return {withWindow(counted(f, amount(op, c.value, false, true), isOne(op, c.value)), w)};
    case FieldType::Money: {
        if (op == IsEmpty)
            return {never(f, w)};
        if (op == IsNotEmpty)
            return {ever(f, w)};
        const QString a = amount(op, c.value, true, false);
        QString text = f == u"purchases.total" ? RuleText::tr("spent %1 in total").arg(a)
                                               : RuleText::tr("spent %1 per purchase on average").arg(a);
        text = withWindow(text, w);
        return {op == NotEqual && info->canBeEmpty ? including(text) : text};
    }
    case FieldType::Days: {
        if (op == IsEmpty)
            return {never(f, w)};
        if (op == IsNotEmpty)
            return {ever(f, w)};
        QString text = daysAgo(f, amount(op, c.value, false, true), isOne(op, c.value));
        if (w > 0)
            text = RuleText::tr("%1 (counting only %2)").arg(text, RuleText::window(w));
        return {op == NotEqual && info->canBeEmpty ? including(text) : text};
    }
    case FieldType::Date: {
        if (f == u"birthday" && op == IsEmpty)
            return {RuleText::tr("have no birthday recorded")};
        if (f == u"birthday" && op == IsNotEmpty)
            return {RuleText::tr("have a birthday recorded")};
        if (op == IsEmpty)
            return {never(f, w)};
        if (op == IsNotEmpty)
            return {ever(f, w)};
        QString text = RuleText::tr("%1 %2").arg(dateVerb(f), when(op, c.value));
        if (w > 0)
            text = RuleText::tr("%1 (counting only %2)").arg(text, RuleText::window(w));
        return {op == NotEqual && info->canBeEmpty ? including(text) : text};
    }
    case FieldType::Score: {
        if (op == IsEmpty)
            return {never(f, w > 0 ? w : FieldCatalogue::DefaultRfmPeriodDays)};
        if (op == IsNotEmpty)
            return {ever(f, w > 0 ? w : FieldCatalogue::DefaultRfmPeriodDays)};
        const QString text = rfmPeriod(scoreName(f, amount(op, c.value, false, false)), w);
        return {op == NotEqual ? including(text) : text};
    }
    case FieldType::YesNo: {
        const bool yes = c.value.toBool() == (op == Equal);
        if (f == u"consent.email")
            return {yes ? RuleText::tr("agreed to receive emails") : RuleText::tr("did not agree to receive emails")};
        return {yes ? RuleText::tr("agreed to receive text messages")
                    : RuleText::tr("did not agree to receive text messages")};
    }
    case FieldType::Tag: {
        const QStringList tags = textsOf(c.value);
        switch (op) {
        case Has:
            return {RuleText::tr("have the tag %1").arg(tags.value(0))};
        case NotHas:
            return {RuleText::tr("do not have the tag %1").arg(tags.value(0))};
        case In:
            return {tags.size() == 1 ? RuleText::tr("have the tag %1").arg(tags.value(0))
                                     : RuleText::tr("have one of the tags %1").arg(orList(tags))};
        case NotIn:
            return {tags.size() == 1 ? RuleText::tr("do not have the tag %1").arg(tags.value(0))
                                     : RuleText::tr("have none of the tags %1").arg(orList(tags))};
        case IsEmpty:
            return {RuleText::tr("have no tags")};
        default:
            return {RuleText::tr("have at least one tag")};
        }
    }
    case FieldType::Origin: {
        QStringList words;
        for (const QString &key : textsOf(c.value))
            words << originWord(key);
        switch (op) {
        case Equal:
        case In:
            return {RuleText::tr("first came %1").arg(orList(words))};
        case NotEqual:
        case NotIn:
            return {including(RuleText::tr("did not first come %1").arg(orList(words)))};
        case IsEmpty:
            return {RuleText::tr("origin is not recorded"), false};
        default:
            return {RuleText::tr("origin is recorded"), false};
        }
    }
    case FieldType::PurchaseText: {
        const bool location = f == u"purchases.location";
        const QStringList values = textsOf(c.value);
        const QString v = values.value(0);
        QString text;
        switch (op) {
        case Equal:
            text = location ? RuleText::tr("bought at %1").arg(v) : RuleText::tr("bought from the category %1").arg(v);
            break;
        case NotEqual:
            text = location ? RuleText::tr("never bought at %1").arg(v)
                            : RuleText::tr("never bought from the category %1").arg(v);
            break;
        case In:
            text = location ? RuleText::tr("bought at %1").arg(orList(values))
                            : RuleText::tr("bought from the categories %1").arg(orList(values));
            break;
        case NotIn:
            text = location ? RuleText::tr("never bought at %1").arg(orList(values))
                            : RuleText::tr("never bought from the categories %1").arg(orList(values));
            break;
        case Contains:
            text = location ? RuleText::tr("bought at a place whose name contains %1").arg(quote(v))
                            : RuleText::tr("bought from a category containing %1").arg(quote(v));
            break;
        case NotContains:
            text = location ? RuleText::tr("never bought at a place whose name contains %1").arg(quote(v))
                            : RuleText::tr("never bought from a category containing %1").arg(quote(v));
            break;
        default:
            text = location ? RuleText::tr("bought at a place whose name starts with %1").arg(quote(v))
                            : RuleText::tr("bought from a category starting with %1").arg(quote(v));
            break;
        }
        return {withWindow(text, w)};
    }
    case FieldType::Text: {
        const QStringList values = textsOf(c.value);
        const QString v = values.value(0);
        if (f == u"city") {
            switch (op) {
            case Equal:
                return {RuleText::tr("live in %1").arg(v)};
            case NotEqual:
                return {including(RuleText::tr("do not live in %1").arg(v))};
            case In:
                return {RuleText::tr("live in %1").arg(orList(values))};
            case NotIn:
                return {including(RuleText::tr("live in none of %1").arg(orList(values)))};
            case Contains:
                return {RuleText::tr("live in a city containing %1").arg(quote(v))};
            case NotContains:
                return {including(RuleText::tr("do not live in a city containing %1").arg(quote(v)))};
            case StartsWith:
                return {RuleText::tr("live in a city starting with %1").arg(quote(v))};
            case IsEmpty:
                return {RuleText::tr("have no city")};
            default:
                return {RuleText::tr("have a city")};
            }
        }
        const QString noun = fieldNoun(f);
        switch (op) {
        case Equal:
            return {RuleText::tr("%1 is %2").arg(noun, v), false};
        case NotEqual:
            return {including(RuleText::tr("%1 is not %2").arg(noun, v)), false};
        case In:
            return {RuleText::tr("%1 is %2").arg(noun, orList(values)), false};
        case NotIn:
            return {including(RuleText::tr("%1 is none of %2").arg(noun, orList(values))), false};
        case Contains:
            return {RuleText::tr("%1 contains %2").arg(noun, quote(v)), false};
        case NotContains:
            return {including(RuleText::tr("%1 does not contain %2").arg(noun, quote(v))), false};
        case StartsWith:
            return {RuleText::tr("%1 starts with %2").arg(noun, quote(v)), false};
        case IsEmpty:
            return {RuleText::tr("%1 is not recorded").arg(noun), false};
        default:
            return {RuleText::tr("%1 is recorded").arg(noun), false};
        }
    }
    }
    return {c.field};
}

// Renders a group's children joined by and/or. `who` tells whether the
// previous clause in this group already said "who", so it is not repeated.
QString groupText(const Rule &group, bool top, bool lastInParent);

QString part(const Rule &r, bool &previousWho, bool top, bool last)
{
    if (!r.isGroup()) {
        const Clause c = clauseFor(r);
        if (!c.who) {
            previousWho = false;
            return RuleText::tr("whose %1").arg(c.text);
        }
        const QString text = previousWho ? c.text : RuleText::tr("who %1").arg(c.text);
        previousWho = true;
        return text;
    }
    previousWho = false;
    if (r.children.size() == 1) {
        bool who = false;
        return part(r.children.first(), who, top, last);
    }
    if (r.children.isEmpty())
        return r.kind == Rule::Kind::All ? RuleText::tr("who are any customer") : RuleText::tr("who are no customer");
    const QString inner = groupText(r, false, last);
    // The last part of the top-level sentence reads clearly without brackets.
    return top && last ? inner : RuleText::tr("(%1)").arg(inner);
}

QString groupText(const Rule &group, bool top, bool)
{
    QStringList parts;
    bool previousWho = false;
    for (qsizetype i = 0; i < group.children.size(); ++i)
        parts << part(group.children.at(i), previousWho, top, i == group.children.size() - 1);
    const QString joiner = group.kind == Rule::Kind::All ? RuleText::tr(" and ") : RuleText::tr(" or ");
    return parts.join(joiner);
}

} // namespace

QString RuleText::window(int days)
{
    if (days <= 0)
        return QString();
    if (days % 365 == 0)
        return days == 365 ? tr("in the last year") : tr("in the last %1 years").arg(days / 365);
    if (days % 30 == 0)
        return days == 30 ? tr("in the last month") : tr("in the last %1 months").arg(days / 30);
    if (days % 7 == 0)
        return days == 7 ? tr("in the last week") : tr("in the last %1 weeks").arg(days / 7);
    return days == 1 ? tr("on the day itself") : tr("in the last %1 days").arg(days);
}

QString RuleText::date(QDate day)
{
    if (!day.isValid())
        return QString();
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return QLocale().toString(day, format);
}

QString RuleText::longDate(QDate day)
{
    if (!day.isValid())
        return QString();
    // The locale's long format without the day of the week: "23 November
    // 2026", "23. November 2026", "November 23, 2026".
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return QLocale().toString(day, format.trimmed());
}

QString RuleText::condition(const Rule &c)
{
    return clauseFor(c).text;
}

QString RuleText::sentence(const Rule &rule)
{
    if (rule.isGroup() && rule.children.isEmpty())
        return rule.kind == Rule::Kind::All ? tr("All customers.") : tr("No customers.");
    QString body;
    if (!rule.isGroup() || rule.children.size() == 1) {
        bool who = false;
        body = part(rule.isGroup() ? rule.children.first() : rule, who, true, true);
    } else {
        body = groupText(rule, true, true);
    }
    return tr("Customers %1.").arg(body);
}

QString RuleText::explain(const Rule &c, const QVariant &actual)
{
    const std::optional<FieldInfo> info = FieldCatalogue::find(c.field);
    if (!info)
        return c.field;
    const QString &f = c.field;
    const int w = c.windowDays;
    const bool empty = !actual.isValid() || actual.isNull();
    QString have;
    QString wanted;
    switch (info->type) {
    case FieldType::Count: {
        const qint64 n = actual.toLongLong();
        have = withWindow(counted(f, QLocale().toString(n), n == 1), w);
        wanted = amount(c.op, c.value, false, true);
        break;
    }
    case FieldType::Money:
        have = empty ? never(f, w)
                     : withWindow(f == u"purchases.total"
                                      ? tr("spent %1 in total").arg(moneyText(actual.toLongLong()))
                                      : tr("spent %1 per purchase on average").arg(moneyText(actual.toLongLong())),
                                  w);
        wanted = c.op == IsEmpty || c.op == IsNotEmpty ? condition(c) : amount(c.op, c.value, true, false);
        break;
    case FieldType::Days:
        have = empty ? never(f, w) : daysAgo(f, QLocale().toString(actual.toLongLong()), actual.toLongLong() == 1);
        wanted = c.op == IsEmpty || c.op == IsNotEmpty ? condition(c) : amount(c.op, c.value, false, true);
        break;
    case FieldType::Date: {
        const QDate day = actual.toDate();
        if (!day.isValid())
            have = f == u"birthday" ? tr("have no birthday recorded") : never(f, w);
        else
            have = tr("%1 %2").arg(dateVerb(f), tr("on %1").arg(date(day)));
        wanted = tr("rule: %1").arg(condition(c));
        break;
    }
    case FieldType::Score:
        have = empty ? never(f, w > 0 ? w : FieldCatalogue::DefaultRfmPeriodDays)
                     : scoreName(f, QLocale().toString(actual.toLongLong()));
        wanted = c.op == IsEmpty || c.op == IsNotEmpty ? condition(c) : amount(c.op, c.value, false, false);
        break;
    case FieldType::YesNo:
        have = condition(Rule::condition(f, Equal, actual.toBool()));
        wanted = tr("rule: %1").arg(condition(c));
        break;
    case FieldType::Tag: {
        const QStringList tags = actual.toStringList();
        have = tags.isEmpty() ? tr("have no tags")
                              : (tags.size() == 1 ? tr("have the tag %1").arg(tags.first())
                                                  : tr("have the tags %1").arg(joinList(tags, tr(" and "))));
        wanted = tr("rule: %1").arg(condition(c));
        break;
    }
    case FieldType::PurchaseText: {
        const QStringList values = actual.toStringList();
        const bool location = f == u"purchases.location";
        if (values.isEmpty())
            have = location ? withWindow(tr("bought at no known place"), w)
                            : withWindow(tr("bought from no category"), w);
        else
            have = withWindow(location ? tr("bought at %1").arg(joinList(values, tr(" and ")))
                                       : tr("bought from the categories %1").arg(joinList(values, tr(" and "))),
                              w);
        wanted = tr("rule: %1").arg(condition(c));
        break;
    }
    case FieldType::Origin:
        have = empty || actual.toString().isEmpty() ? tr("have no origin recorded")
                                                    : tr("first came %1").arg(originWord(actual.toString()));
        wanted = tr("rule: %1").arg(condition(c));
        break;
    case FieldType::Text: {
        const QString v = actual.toString();
        if (f == u"city")
            have = v.isEmpty() ? tr("have no city") : tr("live in %1").arg(v);
        else
            have = v.isEmpty() ? tr("%1 is not recorded").arg(fieldNoun(f)) : tr("%1 is %2").arg(fieldNoun(f), v);
        wanted = tr("rule: %1").arg(condition(c));
        break;
    }
    }
    return tr("%1 (%2)").arg(have, wanted);
}

void RuleText::setCurrency(const QString &code)
{
    const std::lock_guard lock(currencyMutex());
    currencyCode() = code;
}

QString RuleText::currency()
{
    const std::lock_guard lock(currencyMutex());
    return currencyCode();
}

} // namespace clientele
