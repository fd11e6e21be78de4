#include "RuleCounter.h"

#include "segments/MemorySegmentEvaluator.h"
#include "segments/SegmentEngine.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>

namespace clientele {

struct RuleCounter::Answer
{
    quint64 generation = 0;
    QList<qint64> counts;
    QString error;
};

namespace {

void countAll(SegmentEvaluator &evaluator, const AsOfDay &asOf, const QList<Rule> &rules, QList<qint64> &counts,
              QString &error)
{
    for (const Rule &r : rules) {
        const qint64 n = evaluator.count(r, asOf);
        if (n < 0 && error.isEmpty())
            error = evaluator.lastError();
        counts << n;
    }
}

} // namespace

RuleCounter::RuleCounter(Database &db, SegmentEngine &engine, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_engine(engine)
{
    // The data changed: the numbers shown are counted again.
    const auto recount = [this] {
        if (m_counted)
            count(m_rules);
    };
    connect(db.notifier(), &ChangeNotifier::customerDataChanged, this, recount);
    connect(db.notifier(), &ChangeNotifier::locationsChanged, this, recount);
}

void RuleCounter::count(const QList<Rule> &rules)
{
    m_rules = rules;
    m_counted = true;
    const quint64 generation = ++m_generation;
    m_busy = true;
    const QDate day = m_engine.asOf();
    const QString path = m_db.path();
    if (!m_db.workersCanOpen()) {
        Answer a;
        a.generation = generation;
        countAll(m_engine.evaluator(), AsOfDay::forDatabase(m_db, day), rules, a.counts, a.error);
        deliver(a);
        return;
    }
    const std::shared_ptr<CustomerColumns> columns = m_engine.sharedColumns();
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        deliver(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, columns, generation, day, rules] {
        Answer a;
        a.generation = generation;
        Database db;
        if (const DatabaseError e = db.openForWorker(path)) {
            a.error = e.message;
            a.counts = QList<qint64>(rules.size(), -1);
            return a;
        }
        MemorySegmentEvaluator evaluator(db, columns);
        countAll(evaluator, AsOfDay::forDatabase(db, day), rules, a.counts, a.error);
        return a;
    }));
}

void RuleCounter::deliver(const Answer &answer)
{
    if (answer.generation != m_generation)
        return; // a newer request is on its way
    m_busy = false;
    Q_EMIT counted(answer.counts, answer.error);
}

} // namespace clientele
