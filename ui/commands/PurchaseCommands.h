#pragma once

#include "EditCommand.h"
#include "model/Purchase.h"

#include <QtCore/QCoreApplication>

namespace clientele {

// Records a purchase; undo removes it, redo brings it back with its id.
class AddPurchaseCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::AddPurchaseCommand)

public:
    AddPurchaseCommand(Database &db, const Purchase &purchase, const QString &amountText);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    Purchase m_purchase;
};

// Deletes a purchase; undo puts it back.
class DeletePurchaseCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::DeletePurchaseCommand)

public:
    DeletePurchaseCommand(Database &db, const Purchase &purchase, const QString &amountText);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    Purchase m_purchase;
};

} // namespace clientele
