#include "DuplicateFinder.h"

#include "Database.h"
#include "PhoneNumbers.h"
#include "SettingsStore.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

namespace clientele {

namespace {

// Groups larger than this are compared only for equal names: comparing
// every pair of a thousand "Martin"s in Paris would take minutes and find
// nothing an owner could review.
constexpr qsizetype kFuzzyGroupLimit = 300;

struct Person
{
    qint64 id = 0;
    size_t town = 0; // hash of the folded town
    QString first;
    QString last;
    size_t email = 0;   // hash of the normalised email, 0 when none
    quint64 phone = 0;  // E.164 digits, 0 when none
    qint64 birthday = 0; // Julian day, 0 when not known
    int namesakes = 0;   // people of exactly this name in this town, this one included
};

// Two people of the same name in the same town are a lead only when
// nothing they told the shop contradicts it: two different emails, phone
// numbers or birthdays mean two people (a town has many Maria Garcias).
bool contradict(const Person &a, const Person &b)
{
    return (a.email && b.email && a.email != b.email) || (a.phone && b.phone && a.phone != b.phone)
           || (a.birthday && b.birthday && a.birthday != b.birthday);
}

using PairKey = std::pair<qint64, qint64>;

PairKey key(qint64 a, qint64 b)
{
    return a < b ? PairKey{a, b} : PairKey{b, a};
}

class PairCollector
{
public:
    void add(qint64 a, qint64 b, int reason)
    {
        if (a == b)
            return;
        m_reasons[key(a, b)] |= reason;
    }
    QHash<PairKey, int> &reasons() { return m_reasons; }

private:
    QHash<PairKey, int> m_reasons;
};

// Every member of a group of equal keys is paired with the group's first,
// so three records of one person give two pairs, not three.
template<typename T, typename KeyOf>
void pairGroups(std::vector<T> &items, KeyOf keyOf, PairCollector &pairs, int reason)
{
    std::sort(items.begin(), items.end(), [&](const T &x, const T &y) { return keyOf(x) < keyOf(y); });
    for (size_t i = 0; i < items.size();) {
        size_t j = i + 1;
        while (j < items.size() && keyOf(items[j]) == keyOf(items[i])) {
            pairs.add(items[i].second, items[j].second, reason);
            ++j;
        }
        i = j;
    }
}

} // namespace

int DuplicatePair::strength() const
{
    int s = 0;
    if (reasons & SameEmail)
        s += 100;
    if (reasons & SamePhone)
        s += 90;
    if (reasons & SameName)
        s += 40;
    else if (reasons & SimilarName)
        s += 30;
    return s;
}

DuplicateFinder::DuplicateFinder(Database &db)
    : m_db(db)
{
}

QString DuplicateFinder::foldName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c == u'ß')
            folded += QStringLiteral("ss");
        else if (c.isLetterOrNumber())
            folded += c.toCaseFolded();
    }
    return folded;
}

bool DuplicateFinder::withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (i == a.size())
        return true; // equal, or one letter added at the end
    if (a.size() == b.size()) {
        // One letter changed, or two neighbours swapped.
        if (a.sliced(i + 1) == b.sliced(i + 1))
            return true;
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.sliced(i + 2) == b.sliced(i + 2);
    }
    return a.sliced(i) == b.sliced(i + 1); // one letter added in b
}

QString DuplicateFinder::reasonText(int reasons)
{
    QStringList parts;
    if (reasons & DuplicatePair::SameEmail)
        parts << tr("same email");
    if (reasons & DuplicatePair::SamePhone)
        parts << tr("same phone number");
    if (reasons & DuplicatePair::SameName)
        parts << tr("same name in the same town");
    else if (reasons & DuplicatePair::SimilarName)
        parts << tr("similar name in the same town");
    if (parts.isEmpty())
        return QString();
    QString text = parts.size() == 1 ? parts.first()
                                     : tr("%1 and %2").arg(QStringList(parts.mid(0, parts.size() - 1)).join(tr(", ")),
                                                           parts.last());
    text[0] = text[0].toUpper();
    return text;
}

bool DuplicateFinder::dismiss(qint64 a, qint64 b)
{
    const PairKey k = key(a, b);
    QSqlQuery q(m_db.connection());
    return sql::exec(q,
                     QStringLiteral("INSERT OR IGNORE INTO duplicate_dismissals (first_id, second_id) VALUES (?, ?)"),
                     {k.first, k.second});
}

bool DuplicateFinder::undismiss(qint64 a, qint64 b)
{
    const PairKey k = key(a, b);
    QSqlQuery q(m_db.connection());
    return sql::exec(q, QStringLiteral("DELETE FROM duplicate_dismissals WHERE first_id = ? AND second_id = ?"),
                     {k.first, k.second});
}

std::optional<DuplicateSearch> DuplicateFinder::find(const Progress &progress) const
{
    // One read transaction: every pass sees the same customers, even while
    // the window goes on writing through its own connection.
    const Transaction snapshot(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!sql::exec(q, QStringLiteral("SELECT count(*) FROM customers WHERE erased = 0")) || !q.next())
        return std::nullopt;
    const qint64 customers = q.value(0).toLongLong();
    // Three passes over the customers: emails, phones, names.
    const qint64 total = 3 * std::max<qint64>(customers, 1);
    qint64 done = 0;
    const auto report = [&](qint64 step) {
        done += step;
        return !progress || progress(std::min(done, total), total);
    };
    if (!report(0))
        return std::nullopt;

    PairCollector pairs;

    // 1. Emails: already normalised in the table, with an index.
    if (!sql::exec(q, QStringLiteral("SELECT email_norm, id FROM customers "
                                     "WHERE email_norm <> '' AND erased = 0 ORDER BY email_norm, id")))
        return std::nullopt;
    {
        QString previous;
        qint64 first = 0;
        qint64 rows = 0;
        while (q.next()) {
            const QString email = q.value(0).toString();
            const qint64 id = q.value(1).toLongLong();
            if (email == previous)
                pairs.add(first, id, DuplicatePair::SameEmail);
            else {
                previous = email;
                first = id;
            }
            if (++rows % 20000 == 0 && !report(20000))
                return std::nullopt;
        }
        done = customers;
        if (!report(0))
            return std::nullopt;
    }

    // 2. Phones, in E.164 (at most 15 digits, so a number fits in 64 bits).
    // Reading a number properly is slow (the rules of each country), so
    // only numbers whose last seven digits they share with another are
    // read: two ways of writing one number always end the same.
    const QString shopRegion = m_region.isEmpty() ? SettingsStore(m_db).country() : m_region;
    std::vector<std::pair<qint64, quint64>> phoneById; // for the name pass; sorted by id
    {
        constexpr quint64 kUnread = quint64(1) << 63; // marks a suffix, not a full number
        if (!sql::exec(q, QStringLiteral("SELECT id, substr(phone_norm, -7) FROM customers "
                                         "WHERE phone_norm <> '' AND erased = 0 ORDER BY id")))
            return std::nullopt;
        std::vector<quint64> suffixes;
        while (q.next()) {
            const quint64 suffix = q.value(1).toString().toULongLong() | kUnread;
            phoneById.emplace_back(q.value(0).toLongLong(), suffix);
            suffixes.push_back(suffix);
        }
        std::sort(suffixes.begin(), suffixes.end());
        std::vector<quint64> shared;
        for (size_t i = 1; i < suffixes.size(); ++i)
            if (suffixes[i] == suffixes[i - 1] && (shared.empty() || shared.back() != suffixes[i]))
                shared.push_back(suffixes[i]);
        suffixes = {};
        done += customers / 2;
        if (!report(0))
            return std::nullopt;

        if (!sql::exec(q, QStringLiteral("SELECT id, phone, country, substr(phone_norm, -7) FROM customers "
                                         "WHERE phone_norm <> '' AND erased = 0 ORDER BY id")))
            return std::nullopt;
        std::vector<std::pair<quint64, qint64>> phones;
        size_t row = 0;
        while (q.next()) {
            const quint64 suffix = q.value(3).toString().toULongLong() | kUnread;
            if (std::binary_search(shared.cbegin(), shared.cend(), suffix)) {
                const QString country = q.value(2).toString();
                const QString e164 = phone::toE164(q.value(1).toString(), country.isEmpty() ? shopRegion : country);
                bool ok = false;
                const quint64 number = e164.isEmpty() ? 0 : e164.mid(1).toULongLong(&ok);
                if (ok) {
                    phones.emplace_back(number, q.value(0).toLongLong());
                    if (row < phoneById.size() && phoneById[row].first == q.value(0).toLongLong())
                        phoneById[row].second = number;
                }
            }
            if (++row % 20000 == 0 && !report(0))
                return std::nullopt;
        }
        pairGroups(phones, [](const auto &p) { return p.first; }, pairs, DuplicatePair::SamePhone);
        done = 2 * customers;
        if (!report(0))
            return std::nullopt;
    }

    // 3. Names in the same town. Both names and the town are needed: "Anna"
    // alone, or two Anna Müllers in different towns, are not a lead.
    if (!sql::exec(q, QStringLiteral("SELECT id, first_name, last_name, city, email_norm, birthday FROM customers "
                                     "WHERE city <> '' AND first_name <> '' AND last_name <> '' AND erased = 0")))
        return std::nullopt;
    std::vector<Person> people;
    {
        qint64 rows = 0;
        while (q.next()) {
            Person p;
            p.id = q.value(0).toLongLong();
            p.first = foldName(q.value(1).toString());
            p.last = foldName(q.value(2).toString());
            const QString town = foldName(q.value(3).toString());
            if (p.first.isEmpty() || p.last.isEmpty() || town.isEmpty())
                continue;
            p.town = qHash(town);
            const QString email = q.value(4).toString();
            p.email = email.isEmpty() ? 0 : std::max<size_t>(qHash(email), 1);
            const QDate birthday = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            p.birthday = birthday.isValid() ? birthday.toJulianDay() : 0;
            const auto phoneIt = std::lower_bound(phoneById.cbegin(), phoneById.cend(), std::make_pair(p.id, quint64(0)));
            if (phoneIt != phoneById.cend() && phoneIt->first == p.id)
                p.phone = phoneIt->second;
            people.push_back(std::move(p));
            if (++rows % 20000 == 0 && !report(10000))
                return std::nullopt;
        }
    }
    // How common each name is in its town, and first and last name
    // swapped ("Nguyen Anh" and "Anh Nguyen").
    {
        QHash<QString, size_t> byName; // index into people of the first of that name
        QHash<QString, int> namesakes;
        const auto nameKey = [](const Person &p, const QString &a, const QString &b) -> QString {
            return QString::number(p.town, 36) + u'\x1f' + a + u'\x1f' + b;
        };
        for (size_t i = 0; i < people.size(); ++i) {
            const QString k = nameKey(people[i], people[i].first, people[i].last);
            ++namesakes[k];
            if (people[i].first != people[i].last)
                byName.insert(k, i);
        }
        for (Person &p : people) {
            p.namesakes = namesakes.value(nameKey(p, p.first, p.last));
            if (p.first == p.last)
                continue;
            const auto it = byName.constFind(nameKey(p, p.last, p.first));
            if (it != byName.cend() && !contradict(p, people[it.value()]))
                pairs.add(p.id, people[it.value()].id, DuplicatePair::SimilarName);
        }
    }
    if (!report(0))
        return std::nullopt;

    // Within one town and one last name: the same first name, an initial,
    // or a first name one letter apart ("Jon", "John"). Within one town and
    // one first name: a last name one letter apart ("Meyer", "Meier").
    // Names shared by three or more people in a town are common there, not
    // a lead; a spelling variant is a lead when one of the two is unique.
    const auto compareGroups = [&](auto groupKey, auto compare) -> bool {
        std::sort(people.begin(), people.end(), [&](const Person &a, const Person &b) {
            return groupKey(a) < groupKey(b);
        });
        size_t compared = 0;
        for (size_t i = 0; i < people.size();) {
            size_t j = i + 1;
            while (j < people.size() && groupKey(people[j]) == groupKey(people[i]))
                ++j;
            if (j - i <= size_t(kFuzzyGroupLimit)) {
                for (size_t a = i; a < j; ++a)
                    for (size_t b = a + 1; b < j; ++b)
                        if (const int reason = compare(people[a], people[b]);
                            reason && !contradict(people[a], people[b]))
                            pairs.add(people[a].id, people[b].id, reason);
            } else {
                // Too many to compare each with each: equal names only.
                std::sort(people.begin() + std::ptrdiff_t(i), people.begin() + std::ptrdiff_t(j),
                          [](const Person &a, const Person &b) {
                              return std::tie(a.first, a.last) < std::tie(b.first, b.last);
                          });
                for (size_t a = i; a < j;) {
                    size_t b = a + 1;
                    while (b < j && people[b].first == people[a].first && people[b].last == people[a].last)
                        ++b;
                    if (b - a == 2)
                        for (size_t x = a; x < b; ++x)
                            for (size_t y = x + 1; y < b; ++y)
                                if (!contradict(people[x], people[y]))
                                    pairs.add(people[x].id, people[y].id, DuplicatePair::SameName);
                    a = b;
                }
            }
            compared += j - i;
            if (compared >= 20000) {
                if (!report(compared / 2))
                    return false;
                compared = 0;
            }
            i = j;
        }
        return true;
    };
    const bool namesDone =
        compareGroups([](const Person &p) { return std::tie(p.town, p.last); },
                      [](const Person &a, const Person &b) {
                          if (a.first == b.first)
                              return a.namesakes <= 2 ? int(DuplicatePair::SameName) : 0;
                          if (std::min(a.namesakes, b.namesakes) > 1)
                              return 0;
                          const bool initial = (a.first.size() == 1 && b.first.startsWith(a.first))
                                               || (b.first.size() == 1 && a.first.startsWith(b.first));
                          const bool typo = std::min(a.first.size(), b.first.size()) >= 3
                                            && withinOneEdit(a.first, b.first);
                          return initial || typo ? int(DuplicatePair::SimilarName) : 0;
                      })
        && compareGroups([](const Person &p) { return std::tie(p.town, p.first); },
                         [](const Person &a, const Person &b) {
                             return a.last != b.last && std::min(a.namesakes, b.namesakes) == 1
                                            && std::min(a.last.size(), b.last.size()) >= 4
                                            && withinOneEdit(a.last, b.last)
                                        ? int(DuplicatePair::SimilarName)
                                        : 0;
                         })
;
    if (!namesDone)
        return std::nullopt;
    people = {};

    // Leave out the pairs the owner said are different people.
    if (!sql::exec(q, QStringLiteral("SELECT first_id, second_id FROM duplicate_dismissals")))
        return std::nullopt;
    while (q.next())
        pairs.reasons().remove(key(q.value(0).toLongLong(), q.value(1).toLongLong()));

    DuplicateSearch result;
    result.found = pairs.reasons().size();
    std::vector<DuplicatePair> all;
    all.reserve(pairs.reasons().size());
    for (auto it = pairs.reasons().cbegin(); it != pairs.reasons().cend(); ++it)
        all.push_back({it.key().first, it.key().second, it.value()});
    const auto stronger = [](const DuplicatePair &a, const DuplicatePair &b) {
        if (a.strength() != b.strength())
            return a.strength() > b.strength();
        return std::tie(a.firstId, a.secondId) < std::tie(b.firstId, b.secondId);
    };
    const size_t keep = std::min(all.size(), size_t(std::max(m_limit, 0)));
    std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(keep), all.end(), stronger);
    result.pairs.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i)
        result.pairs.append(all[i]);
    done = total;
    report(0);
    return result;
}

} // namespace clientele
