#include "SegmentEngine.h"

#include "CustomerFacts.h"
#include "MemorySegmentEvaluator.h"
#include "RuleJson.h"
#include "RuleText.h"
#include "SegmentStore.h"
#include "SqlSegmentEvaluator.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCore/QPointer>
#include <QtCore/QThreadPool>
#include "storage/SqliteStatement.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <iterator>


namespace clientele {

namespace {

void finish(SegmentStats &s, qint64 total)
{
    s.share = total > 0 ? double(s.members) / double(total) : 0.0;
    s.averageOrderCents = s.purchases > 0 ? s.revenueCents / s.purchases : 0;
    s.purchasesPerMember = s.members > 0 ? double(s.purchases) / double(s.members) : 0.0;
}

QString everyoneElse()
{
    return SegmentEngine::tr("Everyone else");
}

} // namespace

SegmentEngine::SegmentEngine(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_evaluator(std::make_unique<MemorySegmentEvaluator>(db))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &SegmentEngine::refresh);
    ChangeNotifier *n = db.notifier();
    // What was read of the data goes when the data changes; answers to
    // rules stay valid when only the rules or the zone change.
    const auto dataChanged = [this] { markStale(true); };
    connect(n, &ChangeNotifier::customerDataChanged, this, dataChanged);
    connect(n, &ChangeNotifier::reset, this, dataChanged);
    connect(n, &ChangeNotifier::locationsChanged, this, dataChanged);
    connect(n, &ChangeNotifier::segmentsChanged, this, [this] { markStale(false); });
    // Amounts in sentences in the shop's currency.
    RuleText::setCurrency(SettingsStore(db).currency());
    connect(n, &ChangeNotifier::settingsChanged, this, [this](const QString &key) {
        if (key == u"shop/currency") {
            RuleText::setCurrency(SettingsStore(m_db).currency());
            markStale(false); // the sentences change
        }
        if (key == u"shop/time_zone")
            markStale(false);
    });
}

SegmentEngine::~SegmentEngine() = default;

void SegmentEngine::setEvaluator(std::unique_ptr<SegmentEvaluator> evaluator)
{
    m_evaluator = std::move(evaluator);
    markStale(false);
}

std::shared_ptr<CustomerColumns> SegmentEngine::sharedColumns() const
{
    const auto *memory = dynamic_cast<const MemorySegmentEvaluator *>(m_evaluator.get());
    return memory ? memory->columns() : nullptr;
}

void SegmentEngine::setAsOf(QDate day)
{
    m_asOf = day;
    markStale(false);
}

void SegmentEngine::setAutoRefresh(bool on, int debounceMs)
{
    m_auto = on;
    m_timer.setInterval(debounceMs);
    if (!on)
        m_timer.stop();
}

void SegmentEngine::markStale(bool dataChanged)
{
    ++m_generation;
    if (dataChanged)
        m_evaluator->invalidate();
    const bool wasStale = m_stale;
    m_stale = true;
    if (!wasStale)
        Q_EMIT resultsStale();
    if (m_auto)
        m_timer.start();
}

void SegmentEngine::setBackgroundRefresh(bool on)
{
    m_background = on && m_db.workersCanOpen();
}

void SegmentEngine::refresh()
{
    if (!m_background) {
        evaluate();
        Q_EMIT resultsChanged();
        return;
    }
    // One evaluation at a time: a change while one runs asks for another
    // when it is done, instead of a second worker waiting beside it.
    if (m_busy) {
        m_again = true;
        return;
    }
    m_again = false;
    // The same evaluation, on a worker thread with its own connection; the
    // answer is kept only if nothing changed while it was computed.
    const quint64 generation = ++m_generation;
    m_launched = generation;
    const QString path = m_db.path();
    const QDate asOf = m_asOf;
    // What the worker reads stays for the next evaluation and the builder.
    const std::shared_ptr<CustomerColumns> columns = sharedColumns();
    QPointer<SegmentEngine> self(this);
    m_busy = true;
    QThreadPool::globalInstance()->start([self, path, asOf, generation, columns] {
        SegmentResults results;
        {
            Database worker;
            if (!worker.openForWorker(path)) {
                SegmentEngine engine(worker);
                engine.setAutoRefresh(false);
                if (columns)
                    engine.setEvaluator(std::make_unique<MemorySegmentEvaluator>(worker, columns));
                engine.setAsOf(asOf);
                results = engine.evaluate();
            }
        }
        // Posted to the application, not to the engine, which the window
        // may be destroying at this moment; the guard is checked there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, results = std::move(results)]() mutable {
                if (!self)
                    return;
                if (generation == self->m_launched) {
                    self->m_busy = false;
                    if (self->m_again) {
                        self->refresh();
                        return;
                    }
                }
                if (generation != self->m_generation || !results.valid)
                    return;
                self->m_results = std::move(results);
                self->m_stale = false;
                Q_EMIT self->resultsChanged();
            },
            Qt::QueuedConnection);
    });
}

const SegmentResults &SegmentEngine::results()
{
    // In the background mode the window never waits: it gets the latest
    // results, and resultsChanged() brings fresh ones.
    if (m_stale && !m_background)
        evaluate();
    else if (m_stale && !m_busy)
        refresh();
    return m_results;
}

SegmentResults SegmentEngine::evaluate(QDate day)
{
    const bool current = !day.isValid() || day == m_asOf;
    const AsOfDay asOf = AsOfDay::forDatabase(m_db, day.isValid() ? day : m_asOf);
    SegmentResults r;
    r.asOf = asOf.day();

    const QList<qint64> everyone = m_evaluator->everyone(asOf);
    r.totalCustomers = everyone.size();
    for (qint64 id : everyone)
        r.segmentOf.insert(id, 0);

    // Revenue of every customer in the 365 days up to as-of, once.
    const std::optional<QList<CustomerSpend>> spend = m_evaluator->spend(asOf, RevenueDays);
    bool ok = spend.has_value();

    const QList<Segment> segments = SegmentStore(m_db).all();
    std::vector<QList<qint64>> matched(size_t(segments.size())); // ascending ids
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &seg = segments.at(i);
        SegmentStats s;
        s.segmentId = seg.id;
        s.name = seg.name;
        s.color = seg.color;
        QString error;
        const std::optional<Rule> rule = RuleJson::parse(seg.ruleJson.toUtf8(), &error);
        if (rule) {
            s.sentence = RuleText::sentence(*rule);
            const auto ids = m_evaluator->matchingIds(*rule, asOf);
            if (ids) {
                // Only those who exist as of the day (everyone, ascending).
                QList<qint64> &in = matched[size_t(i)];
                in.reserve(ids->size());
                std::set_intersection(ids->cbegin(), ids->cend(), everyone.cbegin(), everyone.cend(),
                                      std::back_inserter(in));
                s.ruleMatches = in.size();
                for (qint64 id : std::as_const(in)) {
                    auto it = r.segmentOf.find(id);
                    if (it != r.segmentOf.end() && it.value() == 0)
                        it.value() = seg.id;
                }
            } else {
                error = m_evaluator->lastError();
            }
        }
        if (!error.isEmpty()) {
            s.error = error;
            ok = false;
        }
        r.segments << s;
    }

    r.everyoneElse.name = everyoneElse();
    QHash<qint64, SegmentStats *> byId;
    for (SegmentStats &s : r.segments)
        byId.insert(s.segmentId, &s);
    for (auto it = r.segmentOf.cbegin(); it != r.segmentOf.cend(); ++it)
        ++(it.value() == 0 ? &r.everyoneElse : byId.value(it.value()))->members;
    for (const CustomerSpend &sp : spend.value_or(QList<CustomerSpend>{})) {
        const auto it = r.segmentOf.constFind(sp.customerId);
        if (it == r.segmentOf.cend())
            continue;
        SegmentStats *s = it.value() == 0 ? &r.everyoneElse : byId.value(it.value());
        s->revenueCents += sp.cents;
        s->purchases += sp.purchases;
    }
    for (SegmentStats &s : r.segments)
        finish(s, r.totalCustomers);
    finish(r.everyoneElse, r.totalCustomers);

    // Overlap of the rules themselves, before priority.
    const qsizetype n = segments.size();
    r.overlap = QList<QList<qint64>>(n, QList<qint64>(n, 0));
    for (qsizetype i = 0; i < n; ++i) {
        const QList<qint64> &a = matched[size_t(i)];
        r.overlap[i][i] = a.size();
        for (qsizetype j = i + 1; j < n; ++j) {
            // Both ascending: one merge, no hashing.
            const QList<qint64> &b = matched[size_t(j)];
            qint64 both = 0;
            for (auto x = a.cbegin(), y = b.cbegin(); x != a.cend() && y != b.cend();) {
                if (*x < *y) {
                    ++x;
                } else if (*y < *x) {
                    ++y;
                } else {
                    ++both;
                    ++x;
                    ++y;
                }
            }
            r.overlap[i][j] = r.overlap[j][i] = both;
        }
    }
    r.valid = ok;
    if (current) {
        m_results = r;
        m_stale = false;
    }
    return r;
}

CustomerExplanation SegmentEngine::explain(qint64 customerId, QDate day)
{
    const AsOfDay asOf = AsOfDay::forDatabase(m_db, day.isValid() ? day : m_asOf);
    CustomerExplanation e;
    e.customerId = customerId;
    CustomerFacts facts(m_db, m_evaluator.get());
    for (const Segment &seg : SegmentStore(m_db).all()) {
        const std::optional<Rule> rule = RuleJson::parse(seg.ruleJson.toUtf8());
        if (!rule)
            continue;
        SegmentCheck check;
        check.segmentId = seg.id;
        check.name = seg.name;
        check.matched = m_evaluator->matches(*rule, asOf, customerId);
        for (const Rule *c : rule->conditions())
            check.conditions << ConditionExplanation{RuleText::explain(*c, facts.value(*c, customerId, asOf)),
                                                     m_evaluator->matches(*c, asOf, customerId)};
        e.checked << check;
        if (check.matched) {
            e.segmentId = seg.id;
            e.segmentName = seg.name;
            break;
        }
    }
    if (e.segmentId == 0) {
        e.segmentName = everyoneElse();
        e.summary = e.checked.isEmpty() ? tr("In “Everyone else”: there are no segments yet.")
                                        : tr("In “Everyone else”: no segment's rule matches.");
    } else {
        QStringList reasons;
        for (const ConditionExplanation &c : e.checked.last().conditions)
            if (c.met)
                reasons << c.text;
        e.summary = reasons.isEmpty() ? tr("In “%1”.").arg(e.segmentName)
                                      : tr("In “%1” because they %2.").arg(e.segmentName, reasons.join(tr("; ")));
    }
    return e;
}

} // namespace clientele
