#pragma once

#include "storage/DuplicateFinder.h"

#include <QtWidgets/QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace clientele {

class Database;
class EditController;

// "Find duplicates": looks for customers entered twice in a worker (with
// progress and Cancel), then shows each pair side by side with what the
// merged customer would look like. The owner merges (undoable), says "not
// the same person" (remembered), or skips.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesDialog)

public:
    DuplicatesDialog(Database &db, EditController &edits, QWidget *parent = nullptr);

    // Looks again (also done once when the dialog is first shown).
    void search();
    QList<DuplicatePair> pairs() const { return m_pairs; }
    // Which of the current pair's two is kept on merge.
    void setKeepFirst(bool first);

public Q_SLOTS:
    void mergeCurrent();
    void dismissCurrent();
    void skipCurrent();
    void undoLastMerge();

Q_SIGNALS:
    void searchFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setResult(const DuplicateSearch &result);
    void fillList();
    void showPair(int row);
    void removePairsOf(qint64 goneId, qint64 keptId);
    qint64 keepId() const;
    qint64 otherId() const;

    Database &m_db;
    EditController &m_edits;
    QList<DuplicatePair> m_pairs;
    DuplicatePair m_shown; // the pair on the right
    qint64 m_found = 0;
    int m_merged = 0;
    bool m_searched = false;

    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_reason = nullptr;
    QTableWidget *m_compare = nullptr;
    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_undo = nullptr;
    QWidget *m_detail = nullptr;
};

} // namespace clientele
