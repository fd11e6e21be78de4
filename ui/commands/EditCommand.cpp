#include "EditCommand.h"

#include <QtCore/QLoggingCategory>

Q_LOGGING_CATEGORY(lcEdit, "clientele.edit")

namespace clientele {

EditCommand::EditCommand(Database &db, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
{
}

bool EditCommand::execute()
{
    m_executed = doRedo();
    return m_executed;
}

void EditCommand::redo()
{
    if (m_executed) {
        m_executed = false; // only the first redo() is the one execute() did
        return;
    }
    if (!doRedo())
        qCWarning(lcEdit) << "redo failed:" << text();
}

void EditCommand::undo()
{
    if (!doUndo())
        qCWarning(lcEdit) << "undo failed:" << text();
}

} // namespace clientele
