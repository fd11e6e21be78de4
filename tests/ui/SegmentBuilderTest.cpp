#include "TempDatabase.h"
#include "TypeText.h"

#include "commands/EditController.h"
#include "demo/DemoShop.h"
#include "segments/AsOfDay.h"
#include "segments/ConditionRow.h"
#include "segments/RuleGroupWidget.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentEngine.h"
#include "storage/PurchaseStore.h"

#include <QtCore/QJsonArray>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCalendarWidget>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

using namespace clientele;

namespace {

const QDate kAsOf(2025, 3, 14);

Rule cond(const char *field, RuleOp op, const QJsonValue &value, int window = 0)
{
    return Rule::condition(QString::fromLatin1(field), op, value, window);
}

const Rule kVisits = cond("visits.count", RuleOp::Greater, 2, 30);
const Rule kSpent = cond("purchases.total", RuleOp::GreaterOrEqual, 100.0, 365);
const Rule kConsent = cond("consent.email", RuleOp::Equal, true);
const Rule kTagged = cond("tag", RuleOp::IsNotEmpty, QJsonValue::Undefined);


} // namespace

class SegmentBuilderTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        DemoShop::Options options;
        options.customers = 300;
        options.asOf = kAsOf;
        ASSERT_TRUE(DemoShop::generate(db, options).ok);
        edits = std::make_unique<EditController>(db);
        engine = std::make_unique<SegmentEngine>(db);
        engine->setAutoRefresh(false);
        engine->setAsOf(kAsOf);
    }
    void TearDown() override { builder.reset(); }

    void open(const Rule &rule)
    {
        Segment s;
        s.name = QStringLiteral("Test");
        s.ruleJson = QString::fromUtf8(RuleJson::write(rule));
        builder = std::make_unique<SegmentBuilder>(db, *edits, *engine, s);
        builder->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(builder.get()));
        QTRY_VERIFY(!builder->isPreviewPending());
    }
    RuleGroupWidget *root() const { return builder->ruleEditor(); }
    RuleGroupWidget *nested() const
    {
        for (QWidget *item : root()->items())
            if (auto *group = qobject_cast<RuleGroupWidget *>(item))
                return group;
        return nullptr;
    }
    ConditionRow *rowAt(RuleGroupWidget *g, int i) const { return qobject_cast<ConditionRow *>(g->items().value(i)); }
    qint64 count(const Rule &rule) { return engine->evaluator().count(rule, AsOfDay::forDatabase(db, kAsOf)); }
    QString sentence() const { return builder->findChild<QLabel *>(QStringLiteral("sentence"))->text(); }
    // The preview has caught up with the rule now shown.
    void expectPreviewOf(const Rule &rule)
    {
        EXPECT_EQ(builder->rule(), rule) << RuleJson::write(builder->rule()).toStdString();
        QTRY_VERIFY(!builder->isPreviewPending());
        EXPECT_EQ(sentence(), RuleText::sentence(rule));
        EXPECT_EQ(builder->liveCount(), count(rule));
    }

    std::unique_ptr<EditController> edits;
    std::unique_ptr<SegmentEngine> engine;
    std::unique_ptr<SegmentBuilder> builder;
};

TEST_F(SegmentBuilderTest, DroppingMovesRowsWithinAndAcrossGroups)
{
    open(Rule::all({kVisits, kSpent, Rule::any({kConsent, kTagged})}));
    ASSERT_EQ(root()->items().size(), 3);
    ASSERT_TRUE(nested());
    ConditionRow *visits = rowAt(root(), 0);
    ConditionRow *spent = rowAt(root(), 1);

    // Where a drop lands: above the middle of a row goes before it.
    const QRect spentBox(spent->mapTo(root(), QPoint(0, 0)), spent->size());
    EXPECT_EQ(root()->dropIndexAt(spentBox.top() + 2), 1);
    EXPECT_EQ(root()->dropIndexAt(spentBox.bottom() - 2), 2);
    EXPECT_EQ(root()->dropIndexAt(-10), 0);
    EXPECT_EQ(root()->dropIndexAt(root()->height() + 50), 3);

    // Within the group: "spent" first.
    ASSERT_TRUE(root()->moveItem(spent, root(), 0));
    expectPreviewOf(Rule::all({kSpent, kVisits, Rule::any({kConsent, kTagged})}));
    // Into the nested group, between its two conditions: the rule changes meaning.
    ASSERT_TRUE(root()->moveItem(visits, nested(), 1));
    expectPreviewOf(Rule::all({kSpent, Rule::any({kConsent, kVisits, kTagged})}));
    EXPECT_EQ(visits->parentWidget(), nested());
    // And out again, to the end of the outer group.
    ASSERT_TRUE(nested()->moveItem(visits, root(), 2));
    expectPreviewOf(Rule::all({kSpent, Rule::any({kConsent, kTagged}), kVisits}));

    // A group never goes into itself or deeper than the builder offers.
    RuleGroupWidget *group = nested();
    ASSERT_TRUE(group);
    EXPECT_FALSE(root()->moveItem(group, group, 0));
    EXPECT_TRUE(root()->moveItem(group, root(), 0));
    expectPreviewOf(Rule::all({Rule::any({kConsent, kTagged}), kSpent, kVisits}));
    // The connecting words follow the new order.
    QStringList words;
    for (QLabel *l : root()->findChildren<QLabel *>(QStringLiteral("connector"), Qt::FindDirectChildrenOnly))
        if (l->isVisibleTo(root()) && !l->text().isEmpty())
            words << l->text();
    EXPECT_EQ(words, (QStringList{QStringLiteral("and"), QStringLiteral("and")}));
}

TEST_F(SegmentBuilderTest, KeyboardMovesRowsUpDownAndThroughANestedGroup)
{
    open(Rule::all({kVisits, kSpent, Rule::any({kConsent, kTagged})}));
    builder->activateWindow();
    QApplication::setActiveWindow(builder.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(builder.get()));
    ConditionRow *spent = rowAt(root(), 1);
    QComboBox *field = spent->fieldPicker();
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());

    // Ctrl+Up: before "visits", and the focus stays on the moved row.
    QTest::keyClick(field, Qt::Key_Up, Qt::ControlModifier);
    expectPreviewOf(Rule::all({kSpent, kVisits, Rule::any({kConsent, kTagged})}));
    EXPECT_TRUE(field->hasFocus());
    // Down twice: past "visits", then into the group at its top.
    QTest::keyClick(field, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Down, Qt::ControlModifier);
    expectPreviewOf(Rule::all({kVisits, Rule::any({kSpent, kConsent, kTagged})}));
    // Up from the top of the group: out of it, just before it.
    QTest::keyClick(field, Qt::Key_Up, Qt::ControlModifier);
    expectPreviewOf(Rule::all({kVisits, kSpent, Rule::any({kConsent, kTagged})}));
    // The same moves are in the row's menu.
    EXPECT_EQ(spent->moveUpAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Up));
    spent->moveUpAction()->trigger();
    expectPreviewOf(Rule::all({kSpent, kVisits, Rule::any({kConsent, kTagged})}));
    // At the very top nothing happens.
    spent->moveUpAction()->trigger();
    expectPreviewOf(Rule::all({kSpent, kVisits, Rule::any({kConsent, kTagged})}));
}

TEST_F(SegmentBuilderTest, DatesArePickedWithACalendarAndKeptInTheRule)
{
    const Rule before = cond("birthday", RuleOp::Less, QStringLiteral("1980-06-30"));
    open(Rule::all({before}));
    ConditionRow *row = rowAt(root(), 0);
    auto *date = qobject_cast<QDateEdit *>(row->valueEditor());
    ASSERT_TRUE(date);
    EXPECT_TRUE(date->calendarPopup());
    EXPECT_EQ(date->date(), QDate(1980, 6, 30));
    EXPECT_TRUE(date->displayFormat().contains(QStringLiteral("yyyy")));
    expectPreviewOf(Rule::all({before}));

    // The owner changes the day with the keyboard (up a year in the year part).
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(date, Qt::Key_Up);
    expectPreviewOf(Rule::all({cond("birthday", RuleOp::Less, QStringLiteral("1981-06-30"))}));

    // "between" gives two dates; the first may not be after the second.
    ASSERT_TRUE(choose(row->fieldPicker(), QStringLiteral("Date of the last purchase")));
    ASSERT_TRUE(choose(row->operatorPicker(), QStringLiteral("between")));
    auto *from = qobject_cast<QDateEdit *>(row->valueEditor());
    auto *to = row->findChild<QDateEdit *>(QStringLiteral("value2"));
    ASSERT_TRUE(from && to);
    from->setDate(QDate(2025, 1, 1));
    to->setDate(QDate(2025, 2, 28));
    const Rule between =
        cond("purchases.last_date", RuleOp::Between, QJsonArray{QStringLiteral("2025-01-01"), QStringLiteral("2025-02-28")});
    expectPreviewOf(Rule::all({between}));
    EXPECT_GT(builder->liveCount(), 0);
    // The JSON saved is the same rule again.
    EXPECT_EQ(RuleJson::parse(builder->segment().ruleJson.toUtf8()), Rule::all({between}));
    from->setDate(QDate(2025, 3, 1));
    EXPECT_FALSE(row->problem().isEmpty());
}

TEST_F(SegmentBuilderTest, CategoryPickerOffersTheCategoriesSold)
{
    open(Rule::all({kVisits}));
    ConditionRow *row = rowAt(root(), 0);
    ASSERT_TRUE(choose(row->fieldPicker(), QStringLiteral("Bought from the category")));
    auto *picker = qobject_cast<QComboBox *>(row->valueEditor());
    ASSERT_TRUE(picker);
    EXPECT_TRUE(picker->isEditable());
    const QStringList sold = PurchaseStore(db).categories();
    ASSERT_GE(sold.size(), 2);
    QStringList offered;
    for (int i = 0; i < picker->count(); ++i)
        offered << picker->itemText(i);
    EXPECT_EQ(offered, sold);

    // Typing part of a name suggests the category; choosing it makes the rule.
    const QString category = sold.at(1);
    picker->setFocus();
    typeText(picker->lineEdit(), category.left(3));
    QCompleter *completer = picker->completer();
    ASSERT_TRUE(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList suggested;
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        suggested << completer->currentCompletion();
    }
    EXPECT_TRUE(suggested.contains(category)) << suggested.join(u',').toStdString();
    picker->lineEdit()->setText(category);
    expectPreviewOf(Rule::all({cond("purchases.category", RuleOp::Equal, category, 30)}));
    EXPECT_GT(builder->liveCount(), 0);
}
