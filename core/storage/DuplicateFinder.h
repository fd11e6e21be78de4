#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>
#include <optional>

namespace clientele {

class Database;

// Two customers who may be one person, and why Clientele thinks so.
struct DuplicatePair
{
    enum Reason {
        SameEmail = 0x1,   // the same address, whatever its upper and lower case
        SamePhone = 0x2,   // the same number once written in E.164
        SameName = 0x4,    // the same first and last name in the same town
        SimilarName = 0x8, // one letter apart, an initial, or first and last swapped, in the same town
    };

    qint64 firstId = 0; // the smaller id
    qint64 secondId = 0;
    int reasons = 0;

    // How sure the match is: contact details count more than names.
    int strength() const;
    friend bool operator==(const DuplicatePair &, const DuplicatePair &) = default;
};

struct DuplicateSearch
{
    QList<DuplicatePair> pairs; // strongest first, at most the finder's limit
    qint64 found = 0;           // all pairs found, even beyond the limit
};

// Finds customers entered twice: by normalised email, by phone normalised
// to E.164 (the customer's country, else the shop's), and by the same or a
// similar name in the same town. Pairs the owner said are different people
// are left out. Reads only; runs in a worker on its own connection.
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::DuplicateFinder)

public:
    explicit DuplicateFinder(Database &db);

    // The country phone numbers without a country code belong to ("FR").
    void setDefaultRegion(const QString &countryCode) { m_region = countryCode; }
    void setLimit(int maxPairs) { m_limit = maxPairs; }

    // Returns false to stop the search.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Nothing when stopped through `progress` or when the database failed.
    std::optional<DuplicateSearch> find(const Progress &progress = {}) const;

    // "These two are different people": the pair is not offered again.
    bool dismiss(qint64 a, qint64 b);
    bool undismiss(qint64 a, qint64 b);

    // Why, in plain words: "Same email and same phone".
    static QString reasonText(int reasons);

    // For comparing names: lower case, accents and everything but letters
    // and digits dropped ("Zoë-Ann" -> "zoeann").
    static QString foldName(const QString &name);
    // True when at most one letter is added, removed, changed, or two
    // neighbours swapped.
    static bool withinOneEdit(QStringView a, QStringView b);

private:
    Database &m_db;
    QString m_region;
    int m_limit = 5000;
};

} // namespace clientele
