#pragma once

#include "EditCommand.h"
#include "model/Tag.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>

namespace clientele {

// Puts a tag on customers (creating the tag when new); undo takes it off
// exactly those who did not have it before.
class TagCustomersCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::TagCustomersCommand)

public:
    TagCustomersCommand(Database &db, const QString &tagName, const QList<qint64> &customerIds);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    QString m_tagName;
    QList<qint64> m_customerIds;
    QList<qint64> m_newlyTagged;
    qint64 m_tagId = 0;
    bool m_createdTag = false;
};

// Takes a tag off customers; undo puts it back on those who had it.
class UntagCustomersCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::UntagCustomersCommand)

public:
    UntagCustomersCommand(Database &db, const Tag &tag, const QList<qint64> &customerIds);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    Tag m_tag;
    QList<qint64> m_customerIds;
    QList<qint64> m_hadIt;
};

class RenameTagCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::RenameTagCommand)

public:
    RenameTagCommand(Database &db, const Tag &tag, const QString &newName);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    qint64 m_tagId;
    QString m_oldName;
    QString m_newName;
};

class SetTagColorCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::SetTagColorCommand)

public:
    SetTagColorCommand(Database &db, const Tag &tag, const QString &color);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    qint64 m_tagId;
    QString m_oldColor;
    QString m_newColor;
};

// Deletes a tag (its customers stay); undo brings it back on the same customers.
class DeleteTagCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::DeleteTagCommand)

public:
    DeleteTagCommand(Database &db, const Tag &tag);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    Tag m_tag;
    QList<qint64> m_customers;
};

// Everyone tagged `from` gets `into`, and `from` goes; undo restores both.
class MergeTagsCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::MergeTagsCommand)

public:
    MergeTagsCommand(Database &db, const Tag &from, const Tag &into);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    Tag m_from;
    Tag m_into;
    QList<qint64> m_fromCustomers;
    QList<qint64> m_gainedInto;
};

} // namespace clientele
