#include "SegmentStore.h"

#include "RuleJson.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QtCore/QDateTime>
#include <QtCore/QRegularExpression>
#include <QtSql/QSqlQuery>

namespace clientele {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, color, priority, rule_json, description, next_step, created_at, updated_at FROM segments ");

Segment segmentFrom(const QSqlQuery &q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.color = q.value(2).toString();
    s.priority = q.value(3).toInt();
    s.ruleJson = q.value(4).toString();
    s.description = q.value(5).toString();
    s.nextStep = q.value(6).toString();
    s.createdAt = q.value(7).toLongLong();
    s.updatedAt = q.value(8).toLongLong();
    return s;
}

} // namespace

SegmentStore::SegmentStore(Database &db)
    : m_db(db)
{
}

QList<Segment> SegmentStore::all() const
{
    QList<Segment> out;
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, kSelect + QStringLiteral("ORDER BY priority, id")))
        while (q.next())
            out << segmentFrom(q);
    return out;
}

std::optional<Segment> SegmentStore::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, kSelect + QStringLiteral("WHERE id = ?"), {id}) && q.next())
        return segmentFrom(q);
    return std::nullopt;
}

std::optional<Segment> SegmentStore::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, kSelect + QStringLiteral("WHERE name = ?"), {name.trimmed()}) && q.next())
        return segmentFrom(q);
    return std::nullopt;
}

qint64 SegmentStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (sql::exec(q, QStringLiteral("SELECT count(*) FROM segments")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString SegmentStore::check(const Segment &segment, qint64 ignoreId) const
{
    const QString name = segment.name.trimmed();
    if (name.isEmpty())
        return tr("A segment needs a name.");
    if (name == tr("Everyone else"))
        return tr("“%1” is the name of the customers in no segment; choose another name.").arg(name);
    if (const auto existing = findByName(name); existing && existing->id != ignoreId)
        return tr("There is already a segment called “%1”.").arg(existing->name);
    static const QRegularExpression colour(QStringLiteral("^(#[0-9a-fA-F]{6})?$"));
    if (!colour.match(segment.color).hasMatch())
        return tr("The colour “%1” is not a colour like #1976d2.").arg(segment.color);
    QString error;
    if (!RuleJson::parse(segment.ruleJson.toUtf8(), &error))
        return tr("The rule of “%1” is not valid: %2").arg(name, error);
    return {};
}

bool SegmentStore::renumber(const QList<qint64> &order)
{
    QSqlQuery q(m_db.connection());
    // Two steps so the new numbers never meet the old ones half-way.
    if (!sql::exec(q, QStringLiteral("UPDATE segments SET priority = -priority")))
        return false;
    int priority = 1;
    for (qint64 id : order)
        if (!sql::exec(q, QStringLiteral("UPDATE segments SET priority = ? WHERE id = ?"), {priority++, id}))
            return false;
    return true;
}

std::optional<qint64> SegmentStore::add(const Segment &segment, QString *error)
{
    if (const QString e = check(segment, 0); !e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    Transaction tx(m_db.connection());
    QList<qint64> order;
    for (const Segment &s : all())
        order << s.id;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO segments (name, color, priority, rule_json, description, next_step, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {segment.name.trimmed(), segment.color, qint64(order.size() + 1), segment.ruleJson,
                    segment.description, segment.nextStep, now, now})) {
        if (error)
            *error = tr("The segment could not be saved.");
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    const int at = segment.priority > 0 ? std::min<int>(segment.priority, int(order.size()) + 1) : int(order.size()) + 1;
    order.insert(at - 1, id);
    if (!renumber(order) || !tx.commit()) {
        if (error)
            *error = tr("The segment could not be saved.");
        return std::nullopt;
    }
    m_db.notifier()->notifySegments();
    return id;
}

bool SegmentStore::restore(const Segment &segment, QString *error)
{
    if (const QString e = check(segment, segment.id); !e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    Transaction tx(m_db.connection());
    QList<qint64> order;
    for (const Segment &s : all())
        order << s.id;
    QSqlQuery q(m_db.connection());
    if (order.contains(segment.id)
        || !sql::exec(q,
                      QStringLiteral("INSERT INTO segments (id, name, color, priority, rule_json, description, "
                                     "next_step, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {segment.id, segment.name.trimmed(), segment.color, qint64(order.size() + 1),
                       segment.ruleJson, segment.description, segment.nextStep, segment.createdAt,
                       segment.updatedAt})) {
        if (error)
            *error = tr("The segment could not be saved.");
        return false;
    }
    const int at = segment.priority > 0 ? std::min<int>(segment.priority, int(order.size()) + 1) : int(order.size()) + 1;
    order.insert(at - 1, segment.id);
    if (!renumber(order) || !tx.commit()) {
        if (error)
            *error = tr("The segment could not be saved.");
        return false;
    }
    m_db.notifier()->notifySegments();
    return true;
}

bool SegmentStore::update(const Segment &segment, QString *error)
{
    if (const QString e = check(segment, segment.id); !e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE segments SET name = ?, color = ?, rule_json = ?, description = ?, "
                                  "next_step = ?, updated_at = ? WHERE id = ?"),
                   {segment.name.trimmed(), segment.color, segment.ruleJson, segment.description, segment.nextStep,
                    QDateTime::currentSecsSinceEpoch(), segment.id})
        || q.numRowsAffected() != 1)
        return false;
    m_db.notifier()->notifySegments();
    return true;
}

bool SegmentStore::remove(qint64 id)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("DELETE FROM segments WHERE id = ?"), {id}) || q.numRowsAffected() != 1)
        return false;
    QList<qint64> order;
    for (const Segment &s : all())
        order << s.id;
    if (!renumber(order) || !tx.commit())
        return false;
    m_db.notifier()->notifySegments();
    return true;
}

bool SegmentStore::reorder(const QList<qint64> &ids)
{
    QList<qint64> order;
    const QList<Segment> current = all();
    for (qint64 id : ids)
        for (const Segment &s : current)
            if (s.id == id && !order.contains(id))
                order << id;
    for (const Segment &s : current)
        if (!order.contains(s.id))
            order << s.id;
    Transaction tx(m_db.connection());
    if (!renumber(order) || !tx.commit())
        return false;
    m_db.notifier()->notifySegments();
    return true;
}

} // namespace clientele
