#include "RuleGroupWidget.h"

#include "ConditionRow.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

RuleGroupWidget::RuleGroupWidget(const ValueSuggestions &suggestions, int depth, QWidget *parent)
    : QFrame(parent)
    , m_suggestions(suggestions)
    , m_depth(depth)
{
    setObjectName(depth == 0 ? QStringLiteral("ruleGroup") : QStringLiteral("nestedGroup"));
    auto *layout = new QVBoxLayout(this);
    if (depth > 0) {
        // A nested group stands out a little, like brackets in the sentence.
        setFrameShape(QFrame::StyledPanel);
        setBackgroundRole(QPalette::AlternateBase);
        setAutoFillBackground(true);
        layout->setContentsMargins(10, 8, 10, 8);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
    }
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(depth == 0 ? tr("Customers who match") : tr("Match"), this));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("groupMode"));
    m_mode->setAccessibleName(tr("All or any of the conditions"));
    m_mode->addItem(tr("all of these"), int(Rule::Kind::All));
    m_mode->addItem(tr("at least one of these"), int(Rule::Kind::Any));
    header->addWidget(m_mode);
    header->addStretch(1);
    if (depth > 0) {
        auto *remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("removeGroup"));
        remove->setText(tr("Remove group"));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, &RuleGroupWidget::removeRequested);
        header->addWidget(remove);
    }
    layout->addLayout(header);

    m_list = new QVBoxLayout;
    m_list->setSpacing(6);
    layout->addLayout(m_list);
    m_empty = new QLabel(tr("No conditions yet: add one below."), this);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    auto *addCondition = new QPushButton(tr("Add a condition"), this);
    addCondition->setObjectName(QStringLiteral("addCondition"));
    connect(addCondition, &QPushButton::clicked, this, [this] { this->addCondition(); });
    buttons->addWidget(addCondition);
    if (depth < MaxDepth) {
        auto *addGroup = new QPushButton(tr("Add a group (either/or)"), this);
        addGroup->setObjectName(QStringLiteral("addGroup"));
        addGroup->setToolTip(tr("A group inside this one, for conditions such as "
                                "“has the tag VIP or spent more than 500”"));
        connect(addGroup, &QPushButton::clicked, this, [this] { this->addGroup(); });
        buttons->addWidget(addGroup);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateConnectors();
        Q_EMIT changed();
    });
}

RuleGroupWidget::~RuleGroupWidget() = default;

ConditionRow *RuleGroupWidget::addCondition()
{
    auto *row = new ConditionRow(m_suggestions, this);
    connect(row, &ConditionRow::changed, this, &RuleGroupWidget::changed);
    connect(row, &ConditionRow::removeRequested, this, [this, row] { removeItem(row); });
    insertItem(row);
    row->fieldPicker()->setFocus();
    return row;
}

RuleGroupWidget *RuleGroupWidget::addGroup()
{
    auto *group = new RuleGroupWidget(m_suggestions, m_depth + 1, this);
    // "Either ... or ..." is what a nested group is mostly for.
    group->m_mode->setCurrentIndex(m_mode->currentIndex() == 0 ? 1 : 0);
    connect(group, &RuleGroupWidget::changed, this, &RuleGroupWidget::changed);
    connect(group, &RuleGroupWidget::removeRequested, this, [this, group] { removeItem(group); });
    insertItem(group);
    group->addCondition();
    return group;
}

void RuleGroupWidget::insertItem(QWidget *item)
{
    auto *line = new QHBoxLayout;
    auto *connector = new QLabel(this);
    connector->setObjectName(QStringLiteral("connector"));
    connector->setMinimumWidth(connector->fontMetrics().horizontalAdvance(tr("and")) + 12);
    connector->setAlignment(Qt::AlignRight | Qt::AlignTop);
    connector->setContentsMargins(0, 6, 0, 0);
    QFont italic = connector->font();
    italic.setItalic(true);
    connector->setFont(italic);
    line->addWidget(connector);
    line->addWidget(item, 1);
    m_list->addLayout(line);
    m_items << item;
    m_connectors << connector;
    updateConnectors();
    Q_EMIT changed();
}

void RuleGroupWidget::removeItem(QWidget *item)
{
    const qsizetype i = m_items.indexOf(item);
    if (i < 0)
        return;
    m_items.removeAt(i);
    QLabel *connector = m_connectors.takeAt(i);
    QLayoutItem *line = m_list->takeAt(int(i));
    item->deleteLater();
    item->hide();
    connector->deleteLater();
    delete line;
    updateConnectors();
    Q_EMIT changed();
}

void RuleGroupWidget::updateConnectors()
{
    const QString word = m_mode->currentIndex() == 0 ? tr("and") : tr("or");
    for (qsizetype i = 0; i < m_connectors.size(); ++i)
        m_connectors.at(i)->setText(i == 0 ? QString() : word);
    m_empty->setVisible(m_items.isEmpty());
}

void RuleGroupWidget::clear()
{
    while (!m_items.isEmpty()) {
        QWidget *item = m_items.takeLast();
        QLabel *connector = m_connectors.takeLast();
        delete m_list->takeAt(m_list->count() - 1);
        delete item;
        delete connector;
    }
    updateConnectors();
}

Rule RuleGroupWidget::rule() const
{
    QList<Rule> children;
    for (QWidget *item : m_items) {
        if (auto *row = qobject_cast<ConditionRow *>(item))
            children << row->rule();
        else if (auto *group = qobject_cast<RuleGroupWidget *>(item))
            children << group->rule();
    }
    return m_mode->currentIndex() == 0 ? Rule::all(children) : Rule::any(children);
}

void RuleGroupWidget::setRule(const Rule &group)
{
    const QSignalBlocker block(this);
    clear();
    Rule r = group;
    if (!r.isGroup())
        r = Rule::all({group});
    m_mode->setCurrentIndex(r.kind == Rule::Kind::Any ? 1 : 0);
    for (const Rule &child : r.children) {
        if (!child.isGroup()) {
            addCondition()->setRule(child);
        } else {
            // Rules written elsewhere (the CLI) may nest deeper than the
            // buttons offer; they are shown as they are.
            addGroup()->setRule(child);
        }
    }
    updateConnectors();
}

QStringList RuleGroupWidget::problems() const
{
    QStringList out;
    if (m_items.isEmpty())
        out << (m_depth == 0 ? tr("Add at least one condition.") : tr("A group needs at least one condition."));
    for (QWidget *item : m_items) {
        if (auto *row = qobject_cast<ConditionRow *>(item)) {
            if (const QString p = row->problem(); !p.isEmpty())
                out << p;
        } else if (auto *group = qobject_cast<RuleGroupWidget *>(item)) {
            out << group->problems();
        }
    }
    return out;
}

} // namespace clientele
