#pragma once

#include <QtCore/QDate>
#include <QtCore/QTimeZone>

namespace clientele {

class Database;

// The day an evaluation is "as of", in the shop's time zone. Rules speak in
// calendar days; the data stores UTC seconds. This class turns one into the
// other, so SQL only ever compares times with bound second values:
// "in the last N days" as of D is [start of D-N+1, start of D+1), events at
// or after the start of D+1 do not exist yet, and "days since" an event is D
// minus the calendar day the event fell on.
class AsOfDay final
{
public:
    AsOfDay(QDate day, const QTimeZone &zone);

    // Today in the shop's zone (or `day` when valid), from the shop settings.
    static AsOfDay forDatabase(Database &db, QDate day = QDate());

    QDate day() const { return m_day; }
    QTimeZone zone() const { return m_zone; }

    // UTC second at which the local calendar day `d` begins.
    qint64 startOf(QDate d) const;
    // First second after D: everything at or after it has not happened yet.
    qint64 end() const { return m_end; }
    // First second of "the last `days` days" (days >= 1).
    qint64 windowStart(int days) const { return startOf(m_day.addDays(1 - qint64(days))); }
    // First second of the day that is `days` days before D (0 = D itself).
    qint64 startOfDaysAgo(int days) const { return startOf(m_day.addDays(-qint64(days))); }

    QDate localDate(qint64 utcSeconds) const;
    // D minus the local day of `utcSeconds` (negative for times after D).
    qint64 daysSince(qint64 utcSeconds) const;

private:
    QDate m_day;
    QTimeZone m_zone;
    qint64 m_end = 0;
};

} // namespace clientele
