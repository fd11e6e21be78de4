#include "DateParser.h"

#include <QtCore/QDateTime>

namespace clientele {

namespace {

int expandYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

} // namespace

DateParser::DateParser(Order order)
    : m_order(order)
{
}

std::optional<DateParser::Order> DateParser::orderFromName(QStringView name)
{
    QString n = name.trimmed().toString().toUpper();
    n.replace(u'.', u'-');
    n.replace(u'/', u'-');
    if (n == u"AUTO" || n.isEmpty())
        return Order::Auto;
    if (n.startsWith(u"YYYY-MM-DD") || n == u"ISO")
        return Order::YearMonthDay;
    if (n.startsWith(u"DD-MM-YY"))
        return Order::DayMonthYear;
    if (n.startsWith(u"MM-DD-YY"))
        return Order::MonthDayYear;
    return std::nullopt;
}

QString DateParser::orderName(Order order)
{
    switch (order) {
    case Order::Auto:
        return QStringLiteral("auto");
    case Order::YearMonthDay:
        return QStringLiteral("YYYY-MM-DD");
    case Order::DayMonthYear:
        return QStringLiteral("DD.MM.YYYY");
    case Order::MonthDayYear:
        return QStringLiteral("MM/DD/YYYY");
    }
    return QString();
}

std::optional<DateParser::Parts> DateParser::split(QStringView text)
{
    const QStringView t = text.trimmed();
    Parts p;
    qsizetype i = 0;
    auto number = [&](int maxDigits, int *digits) -> std::optional<int> {
        int value = 0;
        int n = 0;
        while (i < t.size() && t[i].unicode() >= '0' && t[i].unicode() <= '9' && n < maxDigits) {
            value = value * 10 + (t[i].unicode() - '0');
            ++i;
            ++n;
        }
        if (digits)
            *digits = n;
        return n > 0 ? std::optional<int>(value) : std::nullopt;
    };
    auto separator = [&](bool allowSpace) {
        if (i < t.size() && (t[i] == u'-' || t[i] == u'.' || t[i] == u'/' || (allowSpace && t[i] == u' '))) {
            ++i;
            return true;
        }
        return false;
    };
    int bDigits = 0;
    const auto a = number(4, &p.aDigits);
    if (!a)
        return std::nullopt;
    // 20240312: a compact ISO date.
    if (p.aDigits == 4 && i < t.size() && t[i].isDigit()) {
        const auto b = number(2, &bDigits);
        const auto c = number(2, &p.cDigits);
        if (!b || !c || bDigits != 2 || p.cDigits != 2)
            return std::nullopt;
        p.a = *a;
        p.b = *b;
        p.c = *c;
    } else {
        if (!separator(false))
            return std::nullopt;
        const auto b = number(2, &bDigits);
        if (!b || !separator(false))
            return std::nullopt;
        const auto c = number(4, &p.cDigits);
        if (!c)
            return std::nullopt;
        p.a = *a;
        p.b = *b;
        p.c = *c;
    }
    if (i < t.size() && (t[i] == u'T' || t[i] == u' ')) {
        ++i;
        while (i < t.size() && t[i] == u' ')
            ++i;
        const auto h = number(2, nullptr);
        if (!h || i >= t.size() || t[i] != u':')
            return std::nullopt;
        ++i;
        const auto m = number(2, nullptr);
        if (!m)
            return std::nullopt;
        p.hour = *h;
        p.minute = *m;
        if (i < t.size() && t[i] == u':') {
            ++i;
            const auto s = number(2, nullptr);
            if (!s)
                return std::nullopt;
            p.second = *s;
            if (i < t.size() && (t[i] == u'.' || t[i] == u',')) { // fractions of a second
                ++i;
                while (i < t.size() && t[i].isDigit())
                    ++i;
            }
        }
        while (i < t.size() && t[i] == u' ')
            ++i;
        if (i < t.size() && (t[i] == u'Z' || t[i] == u'z')) {
            p.hasZone = true;
            ++i;
        } else if (i < t.size() && (t[i] == u'+' || t[i] == u'-')) {
            const int sign = t[i] == u'-' ? -1 : 1;
            ++i;
            int hd = 0;
            const auto zh = number(2, &hd);
            if (!zh || hd != 2)
                return std::nullopt;
            if (i < t.size() && t[i] == u':')
                ++i;
            const auto zm = number(2, nullptr);
            p.hasZone = true;
            p.zoneSeconds = sign * (*zh * 3600 + zm.value_or(0) * 60);
        }
        if (p.hour > 23 || p.minute > 59 || p.second > 60)
            return std::nullopt;
    }
    if (i != t.size())
        return std::nullopt;
    return p;
}

std::optional<QDate> DateParser::dateOf(const Parts &p) const
{
    QDate d;
    Order order = m_order;
    if (p.aDigits == 4)
        order = Order::YearMonthDay; // a year first is never ambiguous
    else if (order == Order::YearMonthDay || order == Order::Auto)
        order = Order::DayMonthYear;
    switch (order) {
    case Order::YearMonthDay:
        if (p.aDigits != 4)
            return std::nullopt;
        d = QDate(p.a, p.b, p.c);
        break;
    case Order::DayMonthYear:
        d = QDate(expandYear(p.c, p.cDigits), p.b, p.a);
        break;
    case Order::MonthDayYear:
        d = QDate(expandYear(p.c, p.cDigits), p.a, p.b);
        break;
    case Order::Auto:
        break;
    }
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QDate> DateParser::toDate(QStringView text) const
{
    const auto p = split(text);
    if (!p)
        return std::nullopt;
    return dateOf(*p);
}

std::optional<qint64> DateParser::toUtcSeconds(QStringView text) const
{
    const auto p = split(text);
    if (!p)
        return std::nullopt;
    const auto d = dateOf(*p);
    if (!d)
        return std::nullopt;
    const qint64 wall = (d->toJulianDay() - 2440588) * 86400 + p->hour * 3600 + p->minute * 60 + p->second;
    if (p->hasZone)
        return wall - p->zoneSeconds;
    const qint64 hourKey = wall / 3600;
    auto it = m_offsets.constFind(hourKey);
    if (it == m_offsets.constEnd()) {
        const QDateTime local(*d, QTime(p->hour, 0), Qt::LocalTime);
        it = m_offsets.insert(hourKey, local.isValid() ? local.offsetFromUtc() : 0);
    }
    return wall - it.value();
}

DateParser::Order DateParser::guess(const QStringList &samples, Order whenAmbiguous, bool *ambiguous)
{
    bool dayFirstPossible = true;
    bool monthFirstPossible = true;
    bool any = false;
    bool allYearFirst = true;
    for (const QString &s : samples) {
        const auto p = split(s);
        if (!p)
            continue;
        any = true;
        if (p->aDigits == 4)
            continue;
        allYearFirst = false;
        if (p->a > 12)
            monthFirstPossible = false;
        if (p->b > 12)
            dayFirstPossible = false;
    }
    if (ambiguous)
        *ambiguous = false;
    if (!any || allYearFirst)
        return Order::YearMonthDay;
    if (dayFirstPossible && !monthFirstPossible)
        return Order::DayMonthYear;
    if (monthFirstPossible && !dayFirstPossible)
        return Order::MonthDayYear;
    if (ambiguous)
        *ambiguous = true;
    return whenAmbiguous == Order::Auto ? Order::DayMonthYear : whenAmbiguous;
}

} // namespace clientele
