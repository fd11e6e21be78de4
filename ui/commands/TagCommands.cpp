#include "TagCommands.h"

#include "storage/TagStore.h"

#include <QtCore/QLocale>
#include <QtCore/QSet>

namespace clientele {

namespace {

QString customersText(qsizetype n)
{
    return n == 1 ? QCoreApplication::translate("clientele::TagCommands", "1 customer")
                  : QCoreApplication::translate("clientele::TagCommands", "%1 customers").arg(QLocale().toString(n));
}

QList<qint64> minus(const QList<qint64> &all, const QList<qint64> &taken)
{
    const QSet<qint64> skip(taken.cbegin(), taken.cend());
    QList<qint64> result;
    for (qint64 id : all)
        if (!skip.contains(id))
            result << id;
    return result;
}

QList<qint64> intersect(const QList<qint64> &a, const QList<qint64> &b)
{
    const QSet<qint64> keep(b.cbegin(), b.cend());
    QList<qint64> result;
    for (qint64 id : a)
        if (keep.contains(id))
            result << id;
    return result;
}

} // namespace

TagCustomersCommand::TagCustomersCommand(Database &db, const QString &tagName, const QList<qint64> &customerIds)
    : EditCommand(db, tr("tag %1 on %2").arg(tagName.trimmed(), customersText(customerIds.size())))
    , m_tagName(tagName.trimmed())
    , m_customerIds(customerIds)
{
}

bool TagCustomersCommand::doRedo()
{
    TagStore tags(m_db);
    if (m_tagId == 0) {
        const std::optional<Tag> existing = tags.findByName(m_tagName);
        m_createdTag = !existing;
        const std::optional<qint64> id = existing ? existing->id : tags.ensure(m_tagName);
        if (!id)
            return false;
        m_tagId = *id;
        m_newlyTagged = minus(m_customerIds, tags.customersWith(m_tagId));
    } else if (m_createdTag && !tags.find(m_tagId)) {
        if (!tags.restore(Tag{m_tagId, m_tagName, QString(), 0}, {}))
            return false;
    }
    return tags.tagCustomers(m_tagId, m_newlyTagged) >= 0;
}

bool TagCustomersCommand::doUndo()
{
    TagStore tags(m_db);
    if (tags.untagCustomers(m_tagId, m_newlyTagged) < 0)
        return false;
    // A tag made by this command goes with it.
    return !m_createdTag || tags.remove(m_tagId);
}

UntagCustomersCommand::UntagCustomersCommand(Database &db, const Tag &tag, const QList<qint64> &customerIds)
    : EditCommand(db, tr("remove tag %1 from %2").arg(tag.name, customersText(customerIds.size())))
    , m_tag(tag)
    , m_customerIds(customerIds)
{
}

bool UntagCustomersCommand::doRedo()
{
    TagStore tags(m_db);
    m_hadIt = intersect(m_customerIds, tags.customersWith(m_tag.id));
    return tags.untagCustomers(m_tag.id, m_hadIt) >= 0;
}

bool UntagCustomersCommand::doUndo()
{
    return TagStore(m_db).tagCustomers(m_tag.id, m_hadIt) >= 0;
}

RenameTagCommand::RenameTagCommand(Database &db, const Tag &tag, const QString &newName)
    : EditCommand(db, tr("rename tag %1 to %2").arg(tag.name, newName.trimmed()))
    , m_tagId(tag.id)
    , m_oldName(tag.name)
    , m_newName(newName.trimmed())
{
}

bool RenameTagCommand::doRedo()
{
    return TagStore(m_db).rename(m_tagId, m_newName);
}

bool RenameTagCommand::doUndo()
{
    return TagStore(m_db).rename(m_tagId, m_oldName);
}

SetTagColorCommand::SetTagColorCommand(Database &db, const Tag &tag, const QString &color)
    : EditCommand(db, tr("colour of tag %1").arg(tag.name))
    , m_tagId(tag.id)
    , m_oldColor(tag.color)
    , m_newColor(color)
{
}

bool SetTagColorCommand::doRedo()
{
    return TagStore(m_db).setColor(m_tagId, m_newColor);
}

bool SetTagColorCommand::doUndo()
{
    return TagStore(m_db).setColor(m_tagId, m_oldColor);
}

DeleteTagCommand::DeleteTagCommand(Database &db, const Tag &tag)
    : EditCommand(db, tr("delete tag %1").arg(tag.name))
    , m_tag(tag)
{
}

bool DeleteTagCommand::doRedo()
{
    TagStore tags(m_db);
    m_customers = tags.customersWith(m_tag.id);
    return tags.remove(m_tag.id);
}

bool DeleteTagCommand::doUndo()
{
    return TagStore(m_db).restore(m_tag, m_customers);
}

MergeTagsCommand::MergeTagsCommand(Database &db, const Tag &from, const Tag &into)
    : EditCommand(db, tr("merge tag %1 into %2").arg(from.name, into.name))
    , m_from(from)
    , m_into(into)
{
}

bool MergeTagsCommand::doRedo()
{
    TagStore tags(m_db);
    m_fromCustomers = tags.customersWith(m_from.id);
    m_gainedInto = minus(m_fromCustomers, tags.customersWith(m_into.id));
    return tags.merge(m_from.id, m_into.id);
}

bool MergeTagsCommand::doUndo()
{
    TagStore tags(m_db);
    return tags.untagCustomers(m_into.id, m_gainedInto) >= 0 && tags.restore(m_from, m_fromCustomers);
}

} // namespace clientele
