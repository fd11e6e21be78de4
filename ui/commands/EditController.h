#pragma once

#include "model/Customer.h"
#include "model/Purchase.h"
#include "model/Segment.h"
#include "model/Tag.h"

#include <QtCore/QObject>

class QUndoStack;

namespace clientele {

class Database;
class EditCommand;

// The one place every edit of customers, tags, purchases and segments goes
// through.
// It owns the undo stack, so each edit can be undone from the Edit menu
// (Ctrl+Z) with its name in plain words ("Undo tag VIP on 12 customers").
// Views learn about the result from the database's change notifier.
class EditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditController)

public:
    explicit EditController(Database &db, QObject *parent = nullptr);
    ~EditController() override;

    QUndoStack *undoStack() const { return m_stack; }

    std::optional<qint64> addCustomer(const Customer &customer);
    bool updateCustomer(const Customer &before, const Customer &after);
    bool deleteCustomers(const QList<qint64> &ids, const QString &singleName = QString());
    // Two records of one person become `keepId`, completed by the other's.
    bool mergeCustomers(qint64 keepId, qint64 otherId, const QString &keptName);

    bool tagCustomers(const QString &tagName, const QList<qint64> &customerIds);
    bool untagCustomers(const Tag &tag, const QList<qint64> &customerIds);
    bool renameTag(const Tag &tag, const QString &newName);
    bool setTagColor(const Tag &tag, const QString &color);
    bool deleteTag(const Tag &tag);
    bool mergeTags(const Tag &from, const Tag &into);

    bool addPurchase(const Purchase &purchase);
    bool deletePurchase(const Purchase &purchase);

    // Segments: on failure `error` says why in plain words (a name taken ...).
    std::optional<qint64> addSegment(const Segment &segment, QString *error = nullptr);
    // Several at once (a template set), undone as one step; empty on failure.
    QList<qint64> addSegments(const QList<Segment> &segments, QString *error = nullptr);
    bool updateSegment(const Segment &before, const Segment &after, QString *error = nullptr);
    bool deleteSegment(const Segment &segment);
    // Segment ids in priority order, before and after the move.
    bool reorderSegments(const QList<qint64> &before, const QList<qint64> &after);

private:
    bool push(EditCommand *command);
    QString money(const Purchase &p) const;

    Database &m_db;
    QUndoStack *m_stack = nullptr;
};

} // namespace clientele
