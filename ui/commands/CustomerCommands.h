#pragma once

#include "EditCommand.h"
#include "storage/CustomerRecord.h"

#include <QtCore/QCoreApplication>

namespace clientele {

// Adds one customer; undo removes them, redo brings the same customer back.
class AddCustomerCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::AddCustomerCommand)

public:
    AddCustomerCommand(Database &db, const Customer &customer);
    qint64 customerId() const { return m_record.customer.id; }

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    CustomerRecord m_record;
    bool m_added = false;
};

// Changes a customer's details; undo puts the old details back.
class EditCustomerCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::EditCustomerCommand)

public:
    EditCustomerCommand(Database &db, const Customer &before, const Customer &after);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    Customer m_before;
    Customer m_after;
};

// Deletes customers with their purchases, interactions and tags; undo puts
// everything back with the same ids.
class DeleteCustomersCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::DeleteCustomersCommand)

public:
    DeleteCustomersCommand(Database &db, const QList<qint64> &ids, const QString &singleName);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    QList<qint64> m_ids;
    QList<CustomerRecord> m_records;
};

// Merges two records of one person: the kept one gets the other's
// purchases, interactions, tags and missing details, the other goes. Undo
// puts both back exactly as they were, with their own ids.
class MergeCustomersCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::MergeCustomersCommand)

public:
    MergeCustomersCommand(Database &db, qint64 keepId, qint64 otherId, const QString &keptName);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    qint64 m_keepId = 0;
    qint64 m_otherId = 0;
    QList<CustomerRecord> m_before;
};

} // namespace clientele
