#pragma once

#include <QtWidgets/QDialog>

class QListWidget;
class QPushButton;

namespace clientele {

class Database;
class EditController;

// All tags with how many customers carry each: rename, colour, merge two,
// delete. Every change can be undone from the Edit menu.
class TagManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagManagerDialog)

public:
    TagManagerDialog(Database &db, EditController &edits, QWidget *parent = nullptr);

private:
    void reload();
    qint64 currentTagId() const;
    void renameTag();
    void colorTag();
    void mergeTag();
    void deleteTag();

    Database &m_db;
    EditController &m_edits;
    QListWidget *m_list = nullptr;
    QList<QPushButton *> m_needsTag;
};

} // namespace clientele
