#include "ConditionRow.h"

#include "DragGrip.h"
#include "FieldChoices.h"
#include "segments/FieldCatalogue.h"
#include "segments/RuleJson.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

namespace clientele {

namespace {

using enum RuleOp;
using Kind = FieldChoices::ValueKind;

constexpr int KeyRole = Qt::UserRole + 1;
// Days per unit of "in the last N ..."; 30 days is a month, as RuleText reads it.
constexpr int kUnitDays[] = {1, 7, 30, 365};

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QCompleter *completerFor(const QStringList &words, QObject *parent)
{
    auto *c = new QCompleter(words, parent);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    c->setCompletionMode(QCompleter::PopupCompletion);
    return c;
}

} // namespace

ConditionRow::ConditionRow(const ValueSuggestions &suggestions, QWidget *parent)
    : QFrame(parent)
    , m_suggestions(suggestions)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    outer->addLayout(row);

    m_grip = new DragGrip(this);
    m_grip->setToolTip(tr("Drag to move this condition, also into or out of a group (Ctrl+Up, Ctrl+Down)"));
    row->addWidget(m_grip, 0, Qt::AlignTop);

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("field"));
    m_field->setAccessibleName(tr("What to look at"));
    auto *fields = new QStandardItemModel(m_field);
    auto *placeholder = new QStandardItem(tr("Choose what to look at…"));
    fields->appendRow(placeholder);
    for (const FieldChoices::Group &g : FieldChoices::groups()) {
        auto *header = new QStandardItem(g.title);
        header->setFlags(Qt::NoItemFlags);
        QFont bold = m_field->font();
        bold.setBold(true);
        header->setFont(bold);
        fields->appendRow(header);
        for (const FieldChoices::Choice &c : g.fields) {
            auto *item = new QStandardItem(c.label);
            item->setData(c.key, KeyRole);
            fields->appendRow(item);
        }
    }
    m_field->setModel(fields);
    // Wide enough for most field names; the list itself shows them whole,
    // and the rest of the row keeps its room.
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(26);
    row->addWidget(m_field);

    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("operator"));
    m_op->setAccessibleName(tr("How to compare"));
    m_op->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(m_op);

    m_valueBox = new QWidget(this);
    m_valueLayout = new QHBoxLayout(m_valueBox);
    m_valueLayout->setContentsMargins(0, 0, 0, 0);
    m_valueLayout->setSpacing(6);
    row->addWidget(m_valueBox);

    m_window = new QWidget(this);
    auto *window = new QHBoxLayout(m_window);
    window->setContentsMargins(0, 0, 0, 0);
    window->setSpacing(6);
    m_windowMode = new QComboBox(m_window);
    m_windowMode->setObjectName(QStringLiteral("windowMode"));
    m_windowMode->setAccessibleName(tr("When"));
    m_windowCount = new QSpinBox(m_window);
    m_windowCount->setObjectName(QStringLiteral("windowCount"));
    m_windowCount->setAccessibleName(tr("How many"));
    m_windowCount->setRange(1, FieldCatalogue::MaxWindowDays);
    m_windowCount->setValue(30);
    m_windowUnit = new QComboBox(m_window);
    m_windowUnit->setObjectName(QStringLiteral("windowUnit"));
    m_windowUnit->setAccessibleName(tr("Days, weeks, months or years"));
    m_windowUnit->addItems({tr("days"), tr("weeks"), tr("months"), tr("years")});
    window->addWidget(m_windowMode);
    window->addWidget(m_windowCount);
    window->addWidget(m_windowUnit);
    row->addWidget(m_window);
    row->addStretch(1);

    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeCondition"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_remove->setAccessibleName(tr("Remove"));
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAutoRaise(true);
    row->addWidget(m_remove);

    // Moving without a mouse: the same moves as dragging, from the keyboard
    // or the row's menu.
    m_moveUp = new QAction(tr("Move up"), this);
    m_moveUp->setObjectName(QStringLiteral("moveUp"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveDown = new QAction(tr("Move down"), this);
    m_moveDown->setObjectName(QStringLiteral("moveDown"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_moveDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_moveUp);
    addAction(m_moveDown);
    connect(m_moveUp, &QAction::triggered, this, [this] { Q_EMIT moveRequested(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { Q_EMIT moveRequested(+1); });
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("conditionMenu"));
    more->setText(tr("⋯"));
    more->setAccessibleName(tr("More for this condition"));
    more->setToolTip(tr("Move or remove this condition"));
    more->setAutoRaise(true);
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
    menu->addSeparator();
    menu->addAction(tr("Remove"), this, &ConditionRow::removeRequested);
    more->setMenu(menu);
    row->addWidget(more);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conditionMessage"));
    m_message->setWordWrap(true);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, QColor(QStringLiteral("#b3261e")));
    m_message->setPalette(warn);
    outer->addWidget(m_message);

    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_hiddenWindowDays = 0;
        fillOperators();
        rebuildValueEditor();
        updateWindow();
        emitChanged();
    });
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        rebuildValueEditor();
        emitChanged();
    });
    connect(m_windowMode, &QComboBox::currentIndexChanged, this, [this] {
        m_windowCount->setVisible(m_windowMode->currentIndex() == 1);
        m_windowUnit->setVisible(m_windowMode->currentIndex() == 1);
        emitChanged();
    });
    connect(m_windowCount, &QSpinBox::valueChanged, this, &ConditionRow::emitChanged);
    connect(m_windowUnit, &QComboBox::currentIndexChanged, this, [this] {
        m_windowCount->setMaximum(FieldCatalogue::MaxWindowDays / kUnitDays[qMax(0, m_windowUnit->currentIndex())]);
        emitChanged();
    });
    connect(m_remove, &QToolButton::clicked, this, &ConditionRow::removeRequested);

    fillOperators();
    rebuildValueEditor();
    updateWindow();
    updateMessage();
}

ConditionRow::~ConditionRow() = default;

QString ConditionRow::fieldKey() const
{
    return m_field->currentData(KeyRole).toString();
}

RuleOp ConditionRow::currentOp() const
{
    return RuleOp(m_op->currentData().toInt());
}

void ConditionRow::emitChanged()
{
    if (m_loading)
        return;
    updateMessage();
    Q_EMIT changed();
}

void ConditionRow::fillOperators()
{
    const QSignalBlocker block(m_op);
    m_op->clear();
    const std::optional<FieldInfo> info = FieldCatalogue::find(fieldKey());
    m_op->setEnabled(bool(info));
    if (!info)
        return;
    for (RuleOp op : FieldChoices::operators(*info))
        m_op->addItem(FieldChoices::operatorLabel(*info, op), int(op));
    m_op->setCurrentIndex(0);
    // Never squeezed below its longest choice ("more than", not "more tha").
    m_op->setMinimumWidth(m_op->sizeHint().width());
}

void ConditionRow::rebuildValueEditor()
{
    while (QLayoutItem *item = m_valueLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_numberA = m_numberB = nullptr;
    m_moneyA = m_moneyB = nullptr;
    m_dateA = m_dateB = nullptr;
    m_text = nullptr;
    m_choice = nullptr;
    m_origins.clear();

    const std::optional<FieldInfo> info = FieldCatalogue::find(fieldKey());
    if (!info)
        return;
    const RuleOp op = currentOp();
    auto number = [&](const QString &name) {
        auto *spin = new QSpinBox(m_valueBox);
        spin->setObjectName(name);
        spin->setAccessibleName(tr("Number"));
        const bool count = info->type == FieldType::Count;
        spin->setRange(info->minValue, count ? 1'000'000 : info->maxValue);
        if (info->type == FieldType::Days)
            spin->setSuffix(tr(" days"));
        spin->setValue(info->type == FieldType::Days ? 30 : qMax(info->minValue, 1));
        connect(spin, &QSpinBox::valueChanged, this, &ConditionRow::emitChanged);
        m_valueLayout->addWidget(spin);
        return spin;
    };
    auto money = [&](const QString &name) {
        auto *spin = new QDoubleSpinBox(m_valueBox);
        spin->setObjectName(name);
        spin->setAccessibleName(tr("Amount"));
        spin->setDecimals(2);
        spin->setRange(0, 100'000'000);
        spin->setPrefix(m_suggestions.currencySymbol.isEmpty() ? QString() : m_suggestions.currencySymbol + u' ');
        spin->setValue(100);
        spin->setGroupSeparatorShown(true);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ConditionRow::emitChanged);
        m_valueLayout->addWidget(spin);
        return spin;
    };
    auto date = [&](const QString &name, QDate initial) {
        auto *edit = new QDateEdit(m_valueBox);
        edit->setObjectName(name);
        edit->setAccessibleName(tr("Date"));
        edit->setCalendarPopup(true);
        // The owner's own way of writing dates, with the whole year.
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QStringLiteral("yyyy")))
            format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
        edit->setDisplayFormat(format);
        edit->setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31));
        edit->setDate(initial);
        connect(edit, &QDateEdit::dateChanged, this, &ConditionRow::emitChanged);
        m_valueLayout->addWidget(edit);
        return edit;
    };
    // A birthday is decades back; purchases and new customers are recent.
    const QDate today = QDate::currentDate();
    const QDate firstDate = info->key == u"birthday" ? QDate(today.year() - 30, 1, 1) : today.addMonths(-1);
    auto andLabel = [&] { m_valueLayout->addWidget(new QLabel(tr("and"), m_valueBox)); };
    const QString key = info->key;
    const QStringList &words = key == u"city"                   ? m_suggestions.cities
                               : key == u"purchases.location" ? m_suggestions.locations
                               : key == u"purchases.category" ? m_suggestions.categories
                               : key == u"tag"                ? m_suggestions.tags
                                                              : QStringList();
    switch (FieldChoices::valueKind(*info, op)) {
    case Kind::None:
        break;
    case Kind::Number:
        m_numberA = number(QStringLiteral("value"));
        break;
    case Kind::NumberRange:
        m_numberA = number(QStringLiteral("value"));
        andLabel();
        m_numberB = number(QStringLiteral("value2"));
        m_numberB->setValue(m_numberA->value() + (info->type == FieldType::Score ? 0 : 10));
        break;
    case Kind::Money:
        m_moneyA = money(QStringLiteral("value"));
        break;
    case Kind::MoneyRange:
        m_moneyA = money(QStringLiteral("value"));
        andLabel();
        m_moneyB = money(QStringLiteral("value2"));
        m_moneyB->setValue(500);
        break;
    case Kind::Text:
    case Kind::Tag:
        if (!words.isEmpty() || key == u"tag") {
            // A picker from the data that still takes a new word.
            m_choice = new QComboBox(m_valueBox);
            m_choice->setObjectName(QStringLiteral("value"));
            m_choice->setEditable(true);
            m_choice->setInsertPolicy(QComboBox::NoInsert);
            m_choice->addItems(words);
            m_choice->setCurrentIndex(-1);
            m_choice->setCompleter(completerFor(words, m_choice));
            m_choice->setMinimumContentsLength(14);
            m_choice->lineEdit()->setPlaceholderText(key == u"tag" ? tr("Choose a tag") : tr("Choose or type"));
            m_choice->setAccessibleName(FieldChoices::label(key));
            connect(m_choice, &QComboBox::currentTextChanged, this, &ConditionRow::emitChanged);
            m_valueLayout->addWidget(m_choice);
        } else {
            m_text = new QLineEdit(m_valueBox);
            m_text->setObjectName(QStringLiteral("value"));
            m_text->setAccessibleName(FieldChoices::label(key));
            m_text->setMinimumWidth(160);
            connect(m_text, &QLineEdit::textChanged, this, &ConditionRow::emitChanged);
            m_valueLayout->addWidget(m_text);
        }
        break;
    case Kind::TextList:
    case Kind::TagList:
        m_text = new QLineEdit(m_valueBox);
        m_text->setObjectName(QStringLiteral("value"));
        m_text->setAccessibleName(FieldChoices::label(key));
        m_text->setPlaceholderText(tr("Separate them with commas"));
        m_text->setMinimumWidth(200);
        if (!words.isEmpty())
            m_text->setCompleter(completerFor(words, m_text));
        connect(m_text, &QLineEdit::textChanged, this, &ConditionRow::emitChanged);
        m_valueLayout->addWidget(m_text);
        break;
    case Kind::Origin:
        m_choice = new QComboBox(m_valueBox);
        m_choice->setObjectName(QStringLiteral("value"));
        m_choice->setAccessibleName(FieldChoices::label(key));
        for (const auto &[originKey, label] : FieldChoices::origins())
            m_choice->addItem(label, originKey);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &ConditionRow::emitChanged);
        m_valueLayout->addWidget(m_choice);
        break;
    case Kind::OriginList:
        for (const auto &[originKey, label] : FieldChoices::origins()) {
            auto *box = new QCheckBox(label, m_valueBox);
            box->setProperty("origin", originKey);
            connect(box, &QCheckBox::toggled, this, &ConditionRow::emitChanged);
            m_valueLayout->addWidget(box);
            m_origins << box;
        }
        break;
    case Kind::Date:
        m_dateA = date(QStringLiteral("value"), firstDate);
        break;
    case Kind::DateRange:
        m_dateA = date(QStringLiteral("value"), firstDate);
        andLabel();
        m_dateB = date(QStringLiteral("value2"), info->key == u"birthday" ? firstDate.addYears(10).addDays(-1) : today);
        break;
    case Kind::YesNo:
        m_choice = new QComboBox(m_valueBox);
        m_choice->setObjectName(QStringLiteral("value"));
        m_choice->setAccessibleName(FieldChoices::label(key));
        m_choice->addItem(tr("yes"), true);
        m_choice->addItem(tr("no"), false);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &ConditionRow::emitChanged);
        m_valueLayout->addWidget(m_choice);
        break;
    }
    m_valueBox->setVisible(m_valueLayout->count() > 0);
}

void ConditionRow::updateWindow()
{
    const std::optional<FieldInfo> info = FieldCatalogue::find(fieldKey());
    const bool shown = info && FieldChoices::showsWindow(*info);
    m_window->setVisible(shown);
    if (!shown)
        return;
    const QSignalBlocker block(m_windowMode);
    m_windowMode->clear();
    if (info->type == FieldType::Score) {
        // Scores always look at a period (a year unless said otherwise).
        m_windowMode->addItem(tr("judged on all purchases"));
        m_windowMode->addItem(tr("judged on the last"));
        m_windowMode->setCurrentIndex(1);
        m_windowCount->setValue(12);
        m_windowUnit->setCurrentIndex(2);
    } else {
        m_windowMode->addItem(tr("ever"));
        m_windowMode->addItem(tr("in the last"));
        m_windowMode->setCurrentIndex(1);
    }
    m_windowMode->setMinimumWidth(m_windowMode->sizeHint().width());
    m_windowCount->setVisible(true);
    m_windowUnit->setVisible(true);
}

int ConditionRow::windowDays() const
{
    if (!m_window->isVisibleTo(this))
        return m_hiddenWindowDays;
    if (m_windowMode->currentIndex() != 1)
        return 0;
    return m_windowCount->value() * kUnitDays[qMax(0, m_windowUnit->currentIndex())];
}

void ConditionRow::setWindowDays(int days)
{
    if (!m_window->isVisibleTo(this)) {
        m_hiddenWindowDays = days;
        return;
    }
    if (days <= 0) {
        const std::optional<FieldInfo> info = FieldCatalogue::find(fieldKey());
        if (info && info->type == FieldType::Score) {
            // No window on a score is the default period, a year.
            days = FieldCatalogue::DefaultRfmPeriodDays;
        } else {
            m_windowMode->setCurrentIndex(0);
            return;
        }
    }
    m_windowMode->setCurrentIndex(1);
    for (int unit = 3; unit >= 0; --unit) {
        if (days % kUnitDays[unit] == 0) {
            m_windowUnit->setCurrentIndex(unit);
            m_windowCount->setValue(days / kUnitDays[unit]);
            return;
        }
    }
}

QJsonValue ConditionRow::value() const
{
    if (m_numberA && m_numberB)
        return QJsonArray{m_numberA->value(), m_numberB->value()};
    if (m_numberA)
        return m_numberA->value();
    if (m_moneyA && m_moneyB)
        return QJsonArray{m_moneyA->value(), m_moneyB->value()};
    if (m_moneyA)
        return m_moneyA->value();
    if (m_dateA && m_dateB)
        return QJsonArray{m_dateA->date().toString(Qt::ISODate), m_dateB->date().toString(Qt::ISODate)};
    if (m_dateA)
        return m_dateA->date().toString(Qt::ISODate);
    if (!m_origins.isEmpty()) {
        QJsonArray keys;
        for (QCheckBox *box : m_origins)
            if (box->isChecked())
                keys << box->property("origin").toString();
        return keys;
    }
    const std::optional<FieldInfo> info = FieldCatalogue::find(fieldKey());
    if (m_choice && info && (info->type == FieldType::YesNo || info->type == FieldType::Origin))
        return QJsonValue::fromVariant(m_choice->currentData());
    const QString text = m_choice ? m_choice->currentText().trimmed() : m_text ? m_text->text().trimmed() : QString();
    if (m_text && (currentOp() == In || currentOp() == NotIn))
        return QJsonArray::fromStringList(splitList(text));
    if (m_choice || m_text)
        return text;
    return QJsonValue::Undefined;
}

void ConditionRow::setValue(const QJsonValue &v)
{
    auto num = [](const QJsonValue &x) { return int(std::llround(x.toDouble())); };
    if (m_numberA && m_numberB) {
        m_numberA->setValue(num(v.toArray().at(0)));
        m_numberB->setValue(num(v.toArray().at(1)));
    } else if (m_numberA) {
        m_numberA->setValue(num(v));
    } else if (m_moneyA && m_moneyB) {
        m_moneyA->setValue(v.toArray().at(0).toDouble());
        m_moneyB->setValue(v.toArray().at(1).toDouble());
    } else if (m_moneyA) {
        m_moneyA->setValue(v.toDouble());
    } else if (m_dateA && m_dateB) {
        m_dateA->setDate(FieldCatalogue::dateValue(v.toArray().at(0)));
        m_dateB->setDate(FieldCatalogue::dateValue(v.toArray().at(1)));
    } else if (m_dateA) {
        m_dateA->setDate(FieldCatalogue::dateValue(v));
    } else if (!m_origins.isEmpty()) {
        QStringList keys;
        for (const QJsonValue &k : v.toArray())
            keys << k.toString();
        for (QCheckBox *box : m_origins)
            box->setChecked(keys.contains(box->property("origin").toString()));
    } else if (m_choice && v.isBool()) {
        m_choice->setCurrentIndex(v.toBool() ? 0 : 1);
    } else if (m_choice && m_choice->isEditable()) {
        m_choice->setEditText(v.toString());
    } else if (m_choice) {
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(v.toString())));
    } else if (m_text) {
        QStringList items;
        if (v.isArray())
            for (const QJsonValue &item : v.toArray())
                items << item.toString();
        else
            items << v.toString();
        m_text->setText(items.join(QStringLiteral(", ")));
    }
}

QWidget *ConditionRow::valueEditor() const
{
    return m_valueBox->findChild<QWidget *>(QStringLiteral("value"), Qt::FindDirectChildrenOnly);
}

Rule ConditionRow::rule() const
{
    return Rule::condition(fieldKey(), currentOp(), value(), windowDays());
}

void ConditionRow::setRule(const Rule &condition)
{
    m_loading = true;
    int index = -1;
    for (int i = 0; i < m_field->count(); ++i)
        if (m_field->itemData(i, KeyRole).toString() == condition.field)
            index = i;
    if (index < 0 && FieldCatalogue::find(condition.field)) {
        // A field the pickers do not list (a custom field): keep it, by its name.
        m_field->addItem(FieldChoices::label(condition.field));
        index = m_field->count() - 1;
        m_field->setItemData(index, condition.field, KeyRole);
    }
    m_field->setCurrentIndex(qMax(0, index));
    fillOperators();
    m_op->setCurrentIndex(qMax(0, m_op->findData(int(condition.op))));
    rebuildValueEditor();
    updateWindow();
    setValue(condition.value);
    setWindowDays(condition.windowDays);
    m_loading = false;
    emitChanged();
}

QString ConditionRow::problem() const
{
    const QString key = fieldKey();
    if (key.isEmpty())
        return tr("Choose what to look at.");
    const Rule r = rule();
    if (m_numberA && m_numberB && m_numberA->value() > m_numberB->value())
        return tr("The first number should not be bigger than the second.");
    if (m_moneyA && m_moneyB && m_moneyA->value() > m_moneyB->value())
        return tr("The first amount should not be bigger than the second.");
    if (m_dateA && m_dateB && m_dateA->date() > m_dateB->date())
        return tr("The first date should not be after the second.");
    if (!m_origins.isEmpty() && r.value.toArray().isEmpty())
        return tr("Tick at least one.");
    if (r.value.isString() && r.value.toString().isEmpty())
        return key == u"tag"    ? tr("Choose a tag.")
               : key == u"city" ? tr("Choose or type a city.")
               : key == u"purchases.category" ? tr("Choose or type a category.")
                                : tr("Type what to look for.");
    if (r.value.isArray() && r.value.toArray().isEmpty())
        return tr("Type at least one, separated by commas.");
    // Anything else the rule checker finds, in its words.
    return RuleJson::validate(Rule::all({r}));
}

void ConditionRow::updateMessage()
{
    const QString p = problem();
    m_message->setText(p);
    m_message->setVisible(!p.isEmpty());
}

} // namespace clientele
