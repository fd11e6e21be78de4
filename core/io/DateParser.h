#pragma once

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace clientele {

// Reads the dates and times of imported files: 2024-03-12, 12.03.2024,
// 12/03/2024 or 03/12/2024, optionally with a time (09:14 or 09:14:05) and a
// zone (Z, +02:00). Whether 03/04/2024 is the 3rd of April or March 4th is
// decided from the data (a first number above 12 means day first), else from
// what the caller prefers. Times without a zone are the shop's local time.
class DateParser final
{
public:
    enum class Order { Auto, YearMonthDay, DayMonthYear, MonthDayYear };

    explicit DateParser(Order order = Order::YearMonthDay);

    // From "auto", "YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY", "MM/DD/YYYY" (any separator).
    static std::optional<Order> orderFromName(QStringView name);
    static QString orderName(Order order);

    // The order that reads all of `samples`; day first when they allow both
    // and `ambiguous` (if given) is set.
    static Order guess(const QStringList &samples, Order whenAmbiguous = Order::DayMonthYear, bool *ambiguous = nullptr);

    Order order() const { return m_order; }

    // UTC seconds, or nullopt when the text is not a date of this order.
    std::optional<qint64> toUtcSeconds(QStringView text) const;
    std::optional<QDate> toDate(QStringView text) const;

private:
    struct Parts
    {
        int a = 0, b = 0, c = 0; // the three numbers of the date, as written
        int aDigits = 0, cDigits = 0;
        int hour = 0, minute = 0, second = 0;
        bool hasZone = false;
        int zoneSeconds = 0;
    };
    static std::optional<Parts> split(QStringView text);
    std::optional<QDate> dateOf(const Parts &p) const;

    Order m_order;
    // UTC offset of local time, by hour since the epoch: QDateTime with
    // local time is slow, and an import asks for the same hours again and again.
    mutable QHash<qint64, int> m_offsets;
};

} // namespace clientele
