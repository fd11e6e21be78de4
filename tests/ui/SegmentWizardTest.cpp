#include "DemoSegmentsPage.h"
#include "TypeText.h"

#include "commands/EditController.h"
#include "demo/DemoShop.h"
#include "segments/AsOfDay.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentsPage.h"
#include "storage/TagStore.h"
#include "wizards/segment/SegmentWizard.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSpinBox>

using namespace clientele;

namespace {

template<typename W>
W *byAccessibleName(QWidget *parent, const QString &name)
{
    for (W *w : parent->findChildren<W *>())
        if (w->accessibleName() == name && w->isVisible())
            return w;
    return nullptr;
}

} // namespace

class SegmentWizardTest : public DemoSegmentsPageTest
{
protected:
    SegmentWizard *openWizard()
    {
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("segmentWizard")), Qt::LeftButton);
        SegmentWizard *w = page->wizard();
        if (w) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(w));
        }
        return w;
    }
    // Next (or Finish) with the keyboard, as a user would.
    static void next(SegmentWizard *w)
    {
        QAbstractButton *button = w->button(w->currentId() == SegmentWizard::ResultPage ? QWizard::FinishButton
                                                                                         : QWizard::NextButton);
        ASSERT_TRUE(button->isEnabled());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    }
};

TEST_F(SegmentWizardTest, RegularsWhoSpendBecomeASegmentThroughTheBuilder)
{
    SegmentWizard *w = openWizard();
    ASSERT_TRUE(w);
    // Nothing ticked: Next waits for an answer.
    EXPECT_FALSE(w->button(QWizard::NextButton)->isEnabled());
    w->criterionBox(SegmentWizard::Often)->setFocus();
    QTest::keyClick(w->criterionBox(SegmentWizard::Often), Qt::Key_Space);
    QTest::keyClick(w->criterionBox(SegmentWizard::Spend), Qt::Key_Space);
    ASSERT_TRUE(w->criterionBox(SegmentWizard::Often)->isChecked());
    next(w);
    ASSERT_EQ(w->currentId(), SegmentWizard::DetailsPage);

    // Only the chosen questions are asked.
    EXPECT_EQ(byAccessibleName<QComboBox>(w, QStringLiteral("Town")), nullptr);
    auto *times = byAccessibleName<QSpinBox>(w, QStringLiteral("How many times"));
    auto *what = byAccessibleName<QComboBox>(w, QStringLiteral("Visits or purchases"));
    auto *amount = byAccessibleName<QDoubleSpinBox>(w, QStringLiteral("Amount spent"));
    ASSERT_TRUE(times && what && amount);
    typeNumber(times, QStringLiteral("8"));
    ASSERT_TRUE(choose(what, QStringLiteral("visits")));
    auto *days = byAccessibleName<QSpinBox>(w->currentPage(), QStringLiteral("In how many days"));
    ASSERT_TRUE(days);
    typeNumber(days, QStringLiteral("30"));
    typeNumber(amount, QStringLiteral("150"));
    QSignalSpy previews(w, &SegmentWizard::previewUpdated);
    next(w);
    ASSERT_EQ(w->currentId(), SegmentWizard::ResultPage);

    const Rule expected = Rule::all({Rule::condition(QStringLiteral("visits.count"), RuleOp::GreaterOrEqual, 8, 30),
                                     Rule::condition(QStringLiteral("purchases.total"), RuleOp::GreaterOrEqual,
                                                     150.0, 365)});
    EXPECT_EQ(RuleJson::write(w->rule()), RuleJson::write(expected));
    ASSERT_TRUE(previews.count() > 0 || previews.wait(2000));
    const qint64 expectedCount = count(expected);
    ASSERT_GT(expectedCount, 0) << "the demo shop has regulars who spend";
    EXPECT_EQ(w->liveCount(), expectedCount);
    EXPECT_EQ(w->findChild<QLabel *>(QStringLiteral("segmentSentence"))->text(), RuleText::sentence(expected));
    EXPECT_TRUE(w->findChild<QLabel *>(QStringLiteral("segmentCount"))
                    ->text()
                    .startsWith(QStringLiteral("%1 customers fit today").arg(QLocale().toString(expectedCount))));
    auto *name = w->findChild<QLineEdit *>(QStringLiteral("segmentName"));
    EXPECT_EQ(name->text(), QStringLiteral("Regulars & Big spenders"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    typeText(name, QStringLiteral("Loyal regulars"));

    // Back keeps the answers.
    w->back();
    EXPECT_EQ(times->value(), 8);
    next(w);
    EXPECT_EQ(name->text(), QStringLiteral("Loyal regulars"));

    // Finish opens the builder with the rule, for fine-tuning and saving.
    next(w);
    QTRY_VERIFY(page->builder() != nullptr);
    SegmentBuilder *b = page->builder();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(b));
    EXPECT_EQ(b->nameField()->text(), QStringLiteral("Loyal regulars"));
    EXPECT_EQ(RuleJson::write(b->rule()), RuleJson::write(expected));
    QTRY_COMPARE(b->liveCount(), expectedCount);
    QPushButton *ok = b->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!page->builder());

    const std::optional<Segment> saved = SegmentStore(db).findByName(QStringLiteral("Loyal regulars"));
    ASSERT_TRUE(saved);
    EXPECT_FALSE(saved->color.isEmpty());
    QTRY_VERIFY(!engine->isStale());
    const SegmentResults &results = engine->results();
    ASSERT_FALSE(results.segments.isEmpty());
    EXPECT_EQ(results.segments.first().name, QStringLiteral("Loyal regulars"));
    EXPECT_EQ(results.segments.first().members, expectedCount);
}

TEST_F(SegmentWizardTest, AnyOfRecencyOrTagAndCancelSavesNothing)
{
    TagStore tags(db);
    const qint64 vip = tags.ensure(QStringLiteral("VIP")).value_or(0);
    ASSERT_EQ(tags.tagCustomers(vip, {1, 2, 3}), 3);

    SegmentWizard *w = openWizard();
    ASSERT_TRUE(w);
    // On the box itself, not on the empty end of its row.
    for (SegmentWizard::Criterion c : {SegmentWizard::Recency, SegmentWizard::WithTag})
        QTest::mouseClick(w->criterionBox(c), Qt::LeftButton, {}, QPoint(8, w->criterionBox(c)->height() / 2));
    next(w);
    auto *kind = byAccessibleName<QComboBox>(w, QStringLiteral("Bought or not"));
    auto *tag = byAccessibleName<QComboBox>(w, QStringLiteral("Tag"));
    ASSERT_TRUE(kind && tag);
    ASSERT_TRUE(choose(kind, QStringLiteral("Have not bought for more than")));
    typeNumber(byAccessibleName<QSpinBox>(w, QStringLiteral("Number of days")), QStringLiteral("120"));
    ASSERT_TRUE(choose(tag, QStringLiteral("VIP")));
    auto *any = w->findChild<QRadioButton *>(QStringLiteral("matchAny"));
    QTest::mouseClick(any, Qt::LeftButton, {}, QPoint(8, any->height() / 2));
    ASSERT_TRUE(any->isChecked());
    next(w);
    const Rule expected =
        Rule::any({Rule::condition(QStringLiteral("purchases.days_since_last"), RuleOp::Greater, 120),
                   Rule::condition(QStringLiteral("tag"), RuleOp::Has, QStringLiteral("VIP"))});
    EXPECT_EQ(RuleJson::write(w->rule()), RuleJson::write(expected));
    QTRY_COMPARE(w->liveCount(), count(expected));
    EXPECT_EQ(w->findChild<QLineEdit *>(QStringLiteral("segmentName"))->text(), QStringLiteral("At risk & VIP"));

    w->reject();
    QTRY_VERIFY(!page->wizard());
    EXPECT_EQ(page->builder(), nullptr);
    EXPECT_TRUE(SegmentStore(db).all().isEmpty());
}
