#include "AsOfDay.h"

#include "storage/SettingsStore.h"

#include <QtCore/QDateTime>

namespace clientele {

AsOfDay::AsOfDay(QDate day, const QTimeZone &zone)
    : m_day(day.isValid() ? day : QDateTime::currentDateTimeUtc().toTimeZone(zone).date())
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{
    m_end = startOf(m_day.addDays(1));
}

AsOfDay AsOfDay::forDatabase(Database &db, QDate day)
{
    const QTimeZone zone = SettingsStore(db).timeZone();
    return AsOfDay(day.isValid() ? day : QDateTime::currentDateTimeUtc().toTimeZone(zone).date(), zone);
}

qint64 AsOfDay::startOf(QDate d) const
{
    // Where a time change skips midnight, Qt moves to the first existing
    // moment of the day, which is what "the day begins" means there.
    return QDateTime(d, QTime(0, 0), m_zone).toSecsSinceEpoch();
}

QDate AsOfDay::localDate(qint64 utcSeconds) const
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, m_zone).date();
}

qint64 AsOfDay::daysSince(qint64 utcSeconds) const
{
    return localDate(utcSeconds).daysTo(m_day);
}

} // namespace clientele
