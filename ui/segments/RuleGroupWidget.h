#pragma once

#include "ValueSuggestions.h"
#include "segments/Rule.h"

#include <QtWidgets/QFrame>

class QComboBox;
class QDragEnterEvent;
class QDragLeaveEvent;
class QDragMoveEvent;
class QDropEvent;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace clientele {

class ConditionRow;

// A group of conditions that must all match ("all of these") or of which
// one is enough ("any of these"), with buttons to add conditions and, at
// the top level, a nested group. Rows are joined by "and" / "or" so the
// group reads like the sentence it makes. Rows and nested groups are
// reordered by dragging their grip (also into and out of a nested group)
// or with Ctrl+Up / Ctrl+Down.
class RuleGroupWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleGroupWidget)

public:
    RuleGroupWidget(const ValueSuggestions &suggestions, int depth, QWidget *parent = nullptr);
    ~RuleGroupWidget() override;

    Rule rule() const;
    void setRule(const Rule &group);
    // What is missing, numbered as the owner sees it; empty when complete.
    QStringList problems() const;

    ConditionRow *addCondition();
    RuleGroupWidget *addGroup();
    QComboBox *modePicker() const { return m_mode; }
    // The rows and groups inside, in order.
    QList<QWidget *> items() const { return m_items; }
    // The group this one is nested in; null at the top.
    RuleGroupWidget *parentGroup() const { return m_parentGroup; }
    int depth() const { return m_depth; }

    // Moves `item` (a row or group of this group) to `target` at `index`
    // (counted without the item itself), as a drop does. A group moves only
    // between levels it may sit in, never into itself. False when refused.
    bool moveItem(QWidget *item, RuleGroupWidget *target, int index);
    // One step up or down as the owner reads the rules: past a neighbour,
    // into a nested group next to it, or out at a group's edge.
    bool step(QWidget *item, int delta);
    // Where a drop at `y` (this group's coordinates) would go.
    int dropIndexAt(int y) const;

    // Groups inside groups go this deep, no deeper: enough for
    // "A and (B or C)", and still readable.
    static constexpr int MaxDepth = 1;

Q_SIGNALS:
    void changed();
    void removeRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void insertItem(QWidget *item, int index = -1);
    void removeItem(QWidget *item);
    // Takes `item` out of the layout and its signals, without deleting it.
    void detach(QWidget *item);
    bool accepts(QWidget *item) const;
    void showDropLine(int index);
    void updateConnectors();
    void clear();

    const ValueSuggestions &m_suggestions;
    int m_depth = 0;
    QComboBox *m_mode = nullptr;
    QVBoxLayout *m_list = nullptr;
    QList<QWidget *> m_items;
    QList<QLabel *> m_connectors;
    QLabel *m_empty = nullptr;
    RuleGroupWidget *m_parentGroup = nullptr;
    QWidget *m_dropLine = nullptr;
};

} // namespace clientele
