#pragma once

#include <QtCore/QLocale>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <optional>

namespace clientele {

// An amount of money in minor units (cents). Never a double: sums of
// thousands of purchases must add up to the cent, and comparisons must be
// exact. The currency lives with the shop, not with every amount.
class Money final
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {
    }

    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }

    constexpr Money operator+(Money other) const { return Money(m_cents + other.m_cents); }
    constexpr Money operator-(Money other) const { return Money(m_cents - other.m_cents); }
    constexpr Money &operator+=(Money other)
    {
        m_cents += other.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // "1234.50" style, always with a dot and two decimals: for CSV and JSON.
    QString toPlainString() const;

    // Parses "12", "12.5", "-3.75", "1,234.50" or "1.234,50" (decimalComma).
    // Rounds half away from zero to the cent. Returns nullopt on anything else.
    static std::optional<Money> parse(QStringView text, bool decimalComma = false);

    // Formats in the locale's way with the currency symbol, e.g. "1.234,50 €".
    QString toDisplayString(const QLocale &locale, const QString &currencyCode) const;

    // "€" for "EUR"; the code itself when no symbol is known.
    static QString currencySymbol(const QString &currencyCode);

private:
    qint64 m_cents = 0;
};

} // namespace clientele
