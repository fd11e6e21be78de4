#include "Money.h"

#include <QtCore/QHash>

namespace clientele {

QString Money::toPlainString() const
{
    const qint64 absCents = m_cents < 0 ? -m_cents : m_cents;
    QString text = QString::number(absCents / 100) + u'.' + QStringLiteral("%1").arg(absCents % 100, 2, 10, QLatin1Char('0'));
    if (m_cents < 0)
        text.prepend(u'-');
    return text;
}

std::optional<Money> Money::parse(QStringView text, bool decimalComma)
{
    QString s = text.trimmed().toString();
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'\u2212')) {
        negative = true;
        s.remove(0, 1);
    } else if (s.startsWith(u'+')) {
        s.remove(0, 1);
    } else if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true; // accounting style: (12.50)
        s = s.mid(1, s.size() - 2);
    }
    const QChar decimal = decimalComma ? u',' : u'.';
    const QChar group = decimalComma ? u'.' : u',';
    s.remove(group);
    s.remove(u' ');
    s.remove(u'\u00a0');
    s.remove(u'\u202f');
    s.remove(u'\'');
    const qsizetype dot = s.indexOf(decimal);
    QStringView whole = dot < 0 ? QStringView(s) : QStringView(s).left(dot);
    QStringView frac = dot < 0 ? QStringView() : QStringView(s).mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt;
    auto allDigits = [](QStringView v) {
        for (QChar c : v)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    if (!allDigits(whole) || !allDigits(frac) || whole.size() > 15)
        return std::nullopt;
    qint64 units = whole.isEmpty() ? 0 : whole.toLongLong();
    qint64 cents = 0;
    if (!frac.isEmpty()) {
        const int d0 = frac.at(0).digitValue();
        const int d1 = frac.size() > 1 ? frac.at(1).digitValue() : 0;
        const int d2 = frac.size() > 2 ? frac.at(2).digitValue() : 0;
        cents = d0 * 10 + d1;
        if (d2 >= 5)
            ++cents;
    }
    qint64 total = units * 100 + cents;
    return Money(negative ? -total : total);
}

QString Money::currencySymbol(const QString &currencyCode)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("GBP"), QStringLiteral("£")}, {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")}, {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("INR"), QStringLiteral("₹")},  {QStringLiteral("BRL"), QStringLiteral("R$")},
        {QStringLiteral("MXN"), QStringLiteral("MX$")}, {QStringLiteral("PLN"), QStringLiteral("zł")},
        {QStringLiteral("TRY"), QStringLiteral("₺")},
    };
    return symbols.value(currencyCode, currencyCode);
}

QString Money::toDisplayString(const QLocale &locale, const QString &currencyCode) const
{
    // Dividing for display only is exact for any realistic amount (< 2^53
    // cents); nothing computes with the result.
    return locale.toCurrencyString(double(m_cents) / 100.0, currencySymbol(currencyCode), 2);
}

} // namespace clientele
