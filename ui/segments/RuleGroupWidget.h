#pragma once

#include "ValueSuggestions.h"
#include "segments/Rule.h"

#include <QtWidgets/QFrame>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace clientele {

class ConditionRow;

// A group of conditions that must all match ("all of these") or of which
// one is enough ("any of these"), with buttons to add conditions and, at
// the top level, a nested group. Rows are joined by "and" / "or" so the
// group reads like the sentence it makes.
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

    // Groups inside groups go this deep, no deeper: enough for
    // "A and (B or C)", and still readable.
    static constexpr int MaxDepth = 1;

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void insertItem(QWidget *item);
    void removeItem(QWidget *item);
    void updateConnectors();
    void clear();

    const ValueSuggestions &m_suggestions;
    int m_depth = 0;
    QComboBox *m_mode = nullptr;
    QVBoxLayout *m_list = nullptr;
    QList<QWidget *> m_items;
    QList<QLabel *> m_connectors;
    QLabel *m_empty = nullptr;
};

} // namespace clientele
