#include "EditController.h"

#include "CustomerCommands.h"
#include "PurchaseCommands.h"
#include "SegmentCommands.h"
#include "TagCommands.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCore/QLocale>
#include <QtGui/QUndoStack>

namespace clientele {

EditController::EditController(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stack(new QUndoStack(this))
{
}

EditController::~EditController() = default;

bool EditController::push(EditCommand *command)
{
    if (!command->execute()) {
        delete command;
        return false;
    }
    m_stack->push(command);
    return true;
}

QString EditController::money(const Purchase &p) const
{
    return p.amount.toDisplayString(QLocale(), SettingsStore(m_db).currency());
}

std::optional<qint64> EditController::addCustomer(const Customer &customer)
{
    auto *command = new AddCustomerCommand(m_db, customer);
    if (!push(command))
        return std::nullopt;
    return command->customerId();
}

bool EditController::updateCustomer(const Customer &before, const Customer &after)
{
    return push(new EditCustomerCommand(m_db, before, after));
}

bool EditController::deleteCustomers(const QList<qint64> &ids, const QString &singleName)
{
    return !ids.isEmpty() && push(new DeleteCustomersCommand(m_db, ids, singleName));
}

bool EditController::mergeCustomers(qint64 keepId, qint64 otherId, const QString &keptName)
{
    return keepId > 0 && otherId > 0 && keepId != otherId
           && push(new MergeCustomersCommand(m_db, keepId, otherId, keptName));
}

bool EditController::tagCustomers(const QString &tagName, const QList<qint64> &customerIds)
{
    return !tagName.trimmed().isEmpty() && !customerIds.isEmpty()
           && push(new TagCustomersCommand(m_db, tagName, customerIds));
}

bool EditController::untagCustomers(const Tag &tag, const QList<qint64> &customerIds)
{
    return !customerIds.isEmpty() && push(new UntagCustomersCommand(m_db, tag, customerIds));
}

bool EditController::renameTag(const Tag &tag, const QString &newName)
{
    return push(new RenameTagCommand(m_db, tag, newName));
}

bool EditController::setTagColor(const Tag &tag, const QString &color)
{
    return push(new SetTagColorCommand(m_db, tag, color));
}

bool EditController::deleteTag(const Tag &tag)
{
    return push(new DeleteTagCommand(m_db, tag));
}

bool EditController::mergeTags(const Tag &from, const Tag &into)
{
    return from.id != into.id && push(new MergeTagsCommand(m_db, from, into));
}

bool EditController::addPurchase(const Purchase &purchase)
{
    return push(new AddPurchaseCommand(m_db, purchase, money(purchase)));
}

bool EditController::deletePurchase(const Purchase &purchase)
{
    return push(new DeletePurchaseCommand(m_db, purchase, money(purchase)));
}

std::optional<qint64> EditController::addSegment(const Segment &segment, QString *error)
{
    const QList<qint64> ids = addSegments({segment}, error);
    if (ids.isEmpty())
        return std::nullopt;
    return ids.first();
}

QList<qint64> EditController::addSegments(const QList<Segment> &segments, QString *error)
{
    if (segments.isEmpty())
        return {};
    auto *command = new AddSegmentsCommand(m_db, segments);
    if (!command->execute()) {
        if (error)
            *error = command->error();
        delete command;
        return {};
    }
    const QList<qint64> ids = command->segmentIds();
    m_stack->push(command);
    return ids;
}

bool EditController::updateSegment(const Segment &before, const Segment &after, QString *error)
{
    auto *command = new EditSegmentCommand(m_db, before, after);
    if (!command->execute()) {
        if (error)
            *error = command->error();
        delete command;
        return false;
    }
    m_stack->push(command);
    return true;
}

bool EditController::deleteSegment(const Segment &segment)
{
    return segment.id != 0 && push(new DeleteSegmentCommand(m_db, segment));
}

bool EditController::reorderSegments(const QList<qint64> &before, const QList<qint64> &after)
{
    return before != after && push(new ReorderSegmentsCommand(m_db, before, after));
}

} // namespace clientele
