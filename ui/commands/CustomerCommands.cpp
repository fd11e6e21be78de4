#include "CustomerCommands.h"

#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QtCore/QLocale>

namespace clientele {

AddCustomerCommand::AddCustomerCommand(Database &db, const Customer &customer)
    : EditCommand(db, tr("add %1").arg(customer.displayName()))
{
    m_record.customer = customer;
}

bool AddCustomerCommand::doRedo()
{
    CustomerStore store(m_db);
    if (!m_added) {
        const std::optional<qint64> id = store.add(m_record.customer);
        if (!id)
            return false;
        m_record = store.records({*id}).value(0);
        m_added = true;
        return true;
    }
    return store.restore({m_record});
}

bool AddCustomerCommand::doUndo()
{
    CustomerStore store(m_db);
    // What was added to them since (a purchase, a tag) goes and comes back too.
    m_record = store.records({m_record.customer.id}).value(0, m_record);
    return store.remove({m_record.customer.id}) == 1;
}

EditCustomerCommand::EditCustomerCommand(Database &db, const Customer &before, const Customer &after)
    : EditCommand(db, tr("edit %1").arg(after.displayName()))
    , m_before(before)
    , m_after(after)
{
}

bool EditCustomerCommand::doRedo()
{
    return CustomerStore(m_db).update(m_after);
}

bool EditCustomerCommand::doUndo()
{
    return CustomerStore(m_db).update(m_before);
}

DeleteCustomersCommand::DeleteCustomersCommand(Database &db, const QList<qint64> &ids, const QString &singleName)
    : EditCommand(db, ids.size() == 1 ? tr("delete %1").arg(singleName)
                                      : tr("delete %1 customers").arg(QLocale().toString(ids.size())))
    , m_ids(ids)
{
}

bool DeleteCustomersCommand::doRedo()
{
    CustomerStore store(m_db);
    m_records = store.records(m_ids);
    return store.remove(m_ids) == m_records.size() && !m_records.isEmpty();
}

bool DeleteCustomersCommand::doUndo()
{
    return CustomerStore(m_db).restore(m_records);
}

MergeCustomersCommand::MergeCustomersCommand(Database &db, qint64 keepId, qint64 otherId, const QString &keptName)
    : EditCommand(db, tr("merge two records of %1").arg(keptName))
    , m_keepId(keepId)
    , m_otherId(otherId)
{
}

bool MergeCustomersCommand::doRedo()
{
    CustomerStore store(m_db);
    const std::optional<Customer> keep = store.find(m_keepId);
    const std::optional<Customer> other = store.find(m_otherId);
    if (!keep || !other)
        return false;
    m_before = store.records({m_keepId, m_otherId});
    return m_before.size() == 2 && store.merge(CustomerStore::mergedDetails(*keep, *other), m_otherId);
}

bool MergeCustomersCommand::doUndo()
{
    return CustomerStore(m_db).unmerge(m_before);
}

} // namespace clientele
