#pragma once

#include <QtGui/QUndoCommand>

namespace clientele {

class Database;

// Base of every undoable edit. The edit is carried out once, before the
// command goes on the stack, so a failure never leaves an entry that undoes
// nothing; QUndoStack's own first redo() is then skipped.
class EditCommand : public QUndoCommand
{
public:
    explicit EditCommand(Database &db, const QString &text = QString());

    // Carries out the edit for the first time; false when it failed.
    bool execute();

    void redo() final;
    void undo() final;

protected:
    virtual bool doRedo() = 0;
    virtual bool doUndo() = 0;

    Database &m_db;

private:
    bool m_executed = false;
};

} // namespace clientele
