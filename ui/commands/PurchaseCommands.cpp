#include "PurchaseCommands.h"

#include "storage/PurchaseStore.h"

namespace clientele {

AddPurchaseCommand::AddPurchaseCommand(Database &db, const Purchase &purchase, const QString &amountText)
    : EditCommand(db, tr("add a purchase of %1").arg(amountText))
    , m_purchase(purchase)
{
}

bool AddPurchaseCommand::doRedo()
{
    const std::optional<qint64> id = PurchaseStore(m_db).add(m_purchase);
    if (id)
        m_purchase.id = *id;
    return id.has_value();
}

bool AddPurchaseCommand::doUndo()
{
    return PurchaseStore(m_db).remove(m_purchase.id);
}

DeletePurchaseCommand::DeletePurchaseCommand(Database &db, const Purchase &purchase, const QString &amountText)
    : EditCommand(db, tr("delete a purchase of %1").arg(amountText))
    , m_purchase(purchase)
{
}

bool DeletePurchaseCommand::doRedo()
{
    return PurchaseStore(m_db).remove(m_purchase.id);
}

bool DeletePurchaseCommand::doUndo()
{
    return PurchaseStore(m_db).add(m_purchase).has_value();
}

} // namespace clientele
