#pragma once

#include "segments/Rule.h"

#include <QtCore/QList>
#include <QtCore/QObject>

namespace clientele {

class Database;
class SegmentEngine;

// Counts the customers of a few rules in a worker, on a connection of its
// own and with what the engine has read of the data, so the window never
// waits, even on a big shop. The latest request wins: answers to earlier
// ones are dropped. When the data changes, the latest request is counted
// again by itself. For the wizards and the template gallery; the builder
// has its own, richer preview.
class RuleCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleCounter)

public:
    RuleCounter(Database &db, SegmentEngine &engine, QObject *parent = nullptr);

    // Counts as of the engine's day; counted() follows.
    void count(const QList<Rule> &rules);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // One number per rule, -1 where it could not be counted (`error` says why).
    void counted(const QList<qint64> &counts, const QString &error);

private:
    struct Answer;
    void deliver(const Answer &answer);

    Database &m_db;
    SegmentEngine &m_engine;
    QList<Rule> m_rules; // the latest request
    bool m_counted = false;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace clientele
