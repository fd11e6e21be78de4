#pragma once

#include "model/Segment.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>

#include <optional>

namespace clientele {

class Database;

// The segments table: the owner's segments in priority order. Every write
// checks the rule and tells the notifier (segmentsChanged), so the engine
// re-evaluates. Priorities stay 1, 2, 3 ... without gaps.
class SegmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::SegmentStore)

public:
    explicit SegmentStore(Database &db);

    QList<Segment> all() const; // by priority
    std::optional<Segment> find(qint64 id) const;
    std::optional<Segment> findByName(const QString &name) const; // ignores case
    qint64 count() const;

    // Adds at the end of the order (or at `segment.priority` when > 0,
    // moving the others down). On failure returns nullopt and says why.
    std::optional<qint64> add(const Segment &segment, QString *error = nullptr);
    bool update(const Segment &segment, QString *error = nullptr);
    bool remove(qint64 id);
    // Puts a removed segment back with its id and place (for undo), so
    // history and anything holding the id still find it.
    bool restore(const Segment &segment, QString *error = nullptr);
    // `ids` in the new order; segments not listed keep their order after them.
    bool reorder(const QList<qint64> &ids);

    // Past this many segments the owner is warned (never forbidden).
    static constexpr int RecommendedMaximum = 5;

private:
    QString check(const Segment &segment, qint64 ignoreId) const;
    bool renumber(const QList<qint64> &order);

    Database &m_db;
};

} // namespace clientele
