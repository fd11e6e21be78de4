#include "RuleGroupWidget.h"

#include "ConditionRow.h"
#include "DragGrip.h"

#include <QtCore/QMimeData>
#include <QtGui/QDragEnterEvent>
#include <QtWidgets/QMenu>

#include <QtWidgets/QApplication>
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
    , m_parentGroup(qobject_cast<RuleGroupWidget *>(parent))
{
    setAcceptDrops(true);
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
    if (depth > 0) {
        auto *grip = new DragGrip(this);
        grip->setToolTip(tr("Drag to move this group"));
        header->addWidget(grip);
    }
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
        auto *more = new QToolButton(this);
        more->setObjectName(QStringLiteral("groupMenu"));
        more->setText(tr("⋯"));
        more->setAccessibleName(tr("More for this group"));
        more->setToolTip(tr("Move this group"));
        more->setAutoRaise(true);
        more->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(more);
        menu->addAction(tr("Move group up"), this, [this] {
            if (m_parentGroup)
                m_parentGroup->step(this, -1);
        });
        menu->addAction(tr("Move group down"), this, [this] {
            if (m_parentGroup)
                m_parentGroup->step(this, +1);
        });
        more->setMenu(menu);
        header->addWidget(remove);
        header->addWidget(more);
    }
    layout->addLayout(header);

    m_list = new QVBoxLayout;
    m_list->setSpacing(6);
    // Where a dragged condition would land; placed by hand, outside the layout.
    m_dropLine = new QWidget(this);
    m_dropLine->setObjectName(QStringLiteral("dropLine"));
    m_dropLine->setAutoFillBackground(true);
    m_dropLine->setBackgroundRole(QPalette::Highlight);
    m_dropLine->hide();
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
    insertItem(row);
    row->fieldPicker()->setFocus();
    return row;
}

RuleGroupWidget *RuleGroupWidget::addGroup()
{
    auto *group = new RuleGroupWidget(m_suggestions, m_depth + 1, this);
    // "Either ... or ..." is what a nested group is mostly for.
    group->m_mode->setCurrentIndex(m_mode->currentIndex() == 0 ? 1 : 0);
    insertItem(group);
    group->addCondition();
    return group;
}

void RuleGroupWidget::insertItem(QWidget *item, int index)
{
    if (index < 0 || index > m_items.size())
        index = int(m_items.size());
    if (item->parentWidget() != this)
        item->setParent(this);
    if (auto *row = qobject_cast<ConditionRow *>(item)) {
        connect(row, &ConditionRow::changed, this, &RuleGroupWidget::changed);
        connect(row, &ConditionRow::removeRequested, this, [this, row] { removeItem(row); });
        connect(row, &ConditionRow::moveRequested, this, [this, row](int delta) { step(row, delta); });
    } else if (auto *group = qobject_cast<RuleGroupWidget *>(item)) {
        group->m_parentGroup = this;
        connect(group, &RuleGroupWidget::changed, this, &RuleGroupWidget::changed);
        connect(group, &RuleGroupWidget::removeRequested, this, [this, group] { removeItem(group); });
    }
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
    m_list->insertLayout(index, line);
    m_items.insert(index, item);
    m_connectors.insert(index, connector);
    item->show();
    updateConnectors();
    Q_EMIT changed();
}

void RuleGroupWidget::detach(QWidget *item)
{
    const qsizetype i = m_items.indexOf(item);
    if (i < 0)
        return;
    disconnect(item, nullptr, this, nullptr);
    m_items.removeAt(i);
    QLabel *connector = m_connectors.takeAt(i);
    QLayoutItem *line = m_list->takeAt(int(i));
    connector->deleteLater();
    connector->hide();
    delete line;
    updateConnectors();
}

void RuleGroupWidget::removeItem(QWidget *item)
{
    if (!m_items.contains(item))
        return;
    detach(item);
    item->deleteLater();
    item->hide();
    Q_EMIT changed();
}

bool RuleGroupWidget::moveItem(QWidget *item, RuleGroupWidget *target, int index)
{
    if (!target || !m_items.contains(item))
        return false;
    auto *group = qobject_cast<RuleGroupWidget *>(item);
    // A group never goes inside itself, nor deeper than the builder offers.
    if (group && (group == target || group->isAncestorOf(target) || target->m_depth >= MaxDepth))
        return false;
    if (target == this && m_items.indexOf(item) == qBound(0, index, int(m_items.size()) - 1))
        return false;
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && (focus == item || item->isAncestorOf(focus));
    detach(item);
    target->insertItem(item, qBound(0, index, int(target->m_items.size())));
    if (group)
        group->m_depth = target->m_depth + 1;
    if (target != this)
        Q_EMIT changed();
    // Keyboard users keep their place on the row they moved.
    if (hadFocus)
        focus->setFocus(Qt::OtherFocusReason);
    return true;
}

bool RuleGroupWidget::step(QWidget *item, int delta)
{
    const int i = int(m_items.indexOf(item));
    if (i < 0 || delta == 0)
        return false;
    const int j = i + (delta < 0 ? -1 : 1);
    if (j < 0 || j >= m_items.size()) {
        // Out of a nested group, just before or after it.
        if (!m_parentGroup)
            return false;
        const int here = int(m_parentGroup->m_items.indexOf(this));
        return moveItem(item, m_parentGroup, delta < 0 ? here : here + 1);
    }
    auto *neighbour = qobject_cast<RuleGroupWidget *>(m_items.at(j));
    if (neighbour && qobject_cast<ConditionRow *>(item)) {
        // Into the nested group next to it, at the near end.
        return moveItem(item, neighbour, delta < 0 ? int(neighbour->m_items.size()) : 0);
    }
    return moveItem(item, this, j);
}

int RuleGroupWidget::dropIndexAt(int y) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QWidget *w = m_items.at(i);
        const QRect r(w->mapTo(this, QPoint(0, 0)), w->size());
        if (y < r.center().y())
            return int(i);
    }
    return int(m_items.size());
}

bool RuleGroupWidget::accepts(QWidget *item) const
{
    if (!item)
        return false;
    if (qobject_cast<ConditionRow *>(item))
        return true;
    auto *group = qobject_cast<RuleGroupWidget *>(item);
    return group && group != this && !group->isAncestorOf(this) && m_depth < MaxDepth;
}

void RuleGroupWidget::showDropLine(int index)
{
    int y = 0;
    if (m_items.isEmpty()) {
        y = m_empty->geometry().top();
    } else if (index < m_items.size()) {
        y = m_items.at(index)->mapTo(this, QPoint(0, 0)).y() - 4;
    } else {
        const QWidget *last = m_items.last();
        y = last->mapTo(this, QPoint(0, last->height())).y() + 2;
    }
    const QMargins m = contentsMargins();
    m_dropLine->setGeometry(m.left(), qMax(0, y), width() - m.left() - m.right(), 3);
    m_dropLine->raise();
    m_dropLine->show();
}

void RuleGroupWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(DragGrip::mimeType()) && accepts(DragGrip::dragged())) {
        event->acceptProposedAction();
        showDropLine(dropIndexAt(event->position().toPoint().y()));
    } else {
        event->ignore();
    }
}

void RuleGroupWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(DragGrip::mimeType()) || !accepts(DragGrip::dragged())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    showDropLine(dropIndexAt(event->position().toPoint().y()));
}

void RuleGroupWidget::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropLine->hide();
}

void RuleGroupWidget::dropEvent(QDropEvent *event)
{
    m_dropLine->hide();
    QWidget *item = DragGrip::dragged();
    if (!event->mimeData()->hasFormat(DragGrip::mimeType()) || !accepts(item)) {
        event->ignore();
        return;
    }
    auto *source = qobject_cast<RuleGroupWidget *>(item->parentWidget());
    if (!source) {
        event->ignore();
        return;
    }
    int index = dropIndexAt(event->position().toPoint().y());
    // The index counts the item itself while it still sits above the drop.
    if (source == this && m_items.indexOf(item) < index)
        --index;
    source->moveItem(item, this, index);
    event->acceptProposedAction();
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
