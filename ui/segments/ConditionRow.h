#pragma once

#include "ValueSuggestions.h"
#include "segments/Rule.h"

#include <QtWidgets/QFrame>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace clientele {

// One condition of a segment rule, as a row of pickers: what to look at
// (grouped in plain words), how to compare, the value in an editor that
// fits (money with the currency, whole numbers, a tag, city or category
// picker from the data, yes/no, a date with a calendar), and "in the last N days/weeks/months" where that applies.
// Says below itself what is missing while the condition is incomplete.
class ConditionRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionRow)

public:
    explicit ConditionRow(const ValueSuggestions &suggestions, QWidget *parent = nullptr);
    ~ConditionRow() override;

    Rule rule() const;
    void setRule(const Rule &condition);
    // Empty when the condition is complete; otherwise what to do, in plain words.
    QString problem() const;

    QComboBox *fieldPicker() const { return m_field; }
    QComboBox *operatorPicker() const { return m_op; }
    // The value editor (a spin box, picker, date or text field); null when
    // the operator takes no value.
    QWidget *valueEditor() const;

    // The grip to drag the row by, and the actions that move it without a
    // mouse (Ctrl+Up / Ctrl+Down, also in the row's menu).
    QWidget *dragHandle() const { return m_grip; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

Q_SIGNALS:
    void changed();
    void removeRequested();
    // -1 up, +1 down; the group decides where that is (into or out of a nested group).
    void moveRequested(int delta);

private:
    QString fieldKey() const;
    RuleOp currentOp() const;
    void fillOperators();
    void rebuildValueEditor();
    void updateWindow();
    void updateMessage();
    QJsonValue value() const;
    void setValue(const QJsonValue &value);
    int windowDays() const;
    void setWindowDays(int days);
    void emitChanged();

    const ValueSuggestions &m_suggestions;
    QComboBox *m_field = nullptr;
    QComboBox *m_op = nullptr;
    QWidget *m_valueBox = nullptr;
    QHBoxLayout *m_valueLayout = nullptr;
    QSpinBox *m_numberA = nullptr;
    QSpinBox *m_numberB = nullptr;
    QDoubleSpinBox *m_moneyA = nullptr;
    QDoubleSpinBox *m_moneyB = nullptr;
    QDateEdit *m_dateA = nullptr;
    QDateEdit *m_dateB = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
    QList<QCheckBox *> m_origins;
    QWidget *m_window = nullptr;
    QComboBox *m_windowMode = nullptr;
    QSpinBox *m_windowCount = nullptr;
    QComboBox *m_windowUnit = nullptr;
    QToolButton *m_remove = nullptr;
    QWidget *m_grip = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QLabel *m_message = nullptr;
    int m_hiddenWindowDays = 0; // kept for fields whose window is not shown
    bool m_loading = false;
};

} // namespace clientele
