#include "DarkPalette.h"
#include "DemoSegmentsPage.h"
#include "TempDatabase.h"
#include "WhenShown.h"
#include "TypeText.h"

#include "commands/EditController.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "demo/DemoShop.h"
#include "segments/AsOfDay.h"
#include "segments/ConditionRow.h"
#include "segments/RuleGroupWidget.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentListModel.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "segments/SegmentsPage.h"
#include "segments/TemplateGallery.h"
#include "storage/AppSettings.h"

#include <QtCore/QDir>
#include <QtCore/QMimeData>
#include <QtCore/QTimer>
#include <QtGui/QImage>
#include <QtGui/QUndoStack>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtPrintSupport/QPrintPreviewWidget>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTreeView>

using namespace clientele;

namespace {

Rule regularsRule()
{
    return Rule::all({Rule::condition(QStringLiteral("visits.count"), RuleOp::Greater, 8, 30)});
}

Rule bigSpendersRule()
{
    return Rule::all({Rule::condition(QStringLiteral("purchases.total"), RuleOp::GreaterOrEqual, 150.0, 365)});
}

} // namespace

class SegmentsPageTest : public DemoSegmentsPageTest
{
protected:
    void SetUp() override
    {
        DemoSegmentsPageTest::SetUp();
        if (HasFatalFailure())
            return;
        tester = std::make_unique<QAbstractItemModelTester>(page->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void TearDown() override
    {
        tester.reset();
        DemoSegmentsPageTest::TearDown();
    }

    qint64 both(const Rule &a, const Rule &b) { return count(Rule::all({a, b})); }
    QPushButton *pageButton(const char *name) const
    {
        return page->findChild<QPushButton *>(QLatin1String(name));
    }
    QList<QString> namesInModel() const
    {
        QList<QString> names;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            names << page->model()->index(r, SegmentListModel::Name).data().toString();
        return names;
    }
    qint64 membersInModel(const QString &name) const
    {
        for (const SegmentStats &s : page->model()->results().segments)
            if (s.name == name)
                return s.members;
        return -1;
    }

    // Builds "name: visits/spend ..." through the builder with the keyboard.
    SegmentBuilder *openBuilder(const char *button)
    {
        QTest::mouseClick(pageButton(button), Qt::LeftButton);
        SegmentBuilder *b = page->builder();
        if (b) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(b));
        }
        return b;
    }
    void save(SegmentBuilder *b)
    {
        QPushButton *ok = b->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ASSERT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!page->builder());
    }
    void waitForResults(const QList<QString> &names)
    {
        QTRY_VERIFY(!engine->isStale());
        QList<QString> expected = names;
        expected << tr("Everyone else");
        QTRY_COMPARE(namesInModel(), expected);
    }
    static QString tr(const char *s) { return QCoreApplication::translate("clientele::SegmentEngine", s); }

    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(SegmentsPageTest, BuildRegularsReorderDeleteUndoAndShowMembers)
{
    // No segments yet: the page explains them and offers the builder.
    auto *empty = page->findChild<QWidget *>(QStringLiteral("segmentsEmptyState"));
    ASSERT_TRUE(empty && empty->isVisible());

    // Regulars: more than 8 visits in the last 30 days, by keyboard.
    SegmentBuilder *b = openBuilder("emptyBuild");
    ASSERT_TRUE(b);
    b->nameField()->setFocus();
    typeText(b->nameField(), QStringLiteral("Regulars"));
    const QList<ConditionRow *> rows = b->ruleEditor()->findChildren<ConditionRow *>();
    ASSERT_EQ(rows.size(), 1);
    ConditionRow *row = rows.first();
    ASSERT_TRUE(choose(row->fieldPicker(), QStringLiteral("Number of visits")));
    ASSERT_TRUE(choose(row->operatorPicker(), QStringLiteral("more than")));
    typeNumber(row->findChild<QSpinBox *>(QStringLiteral("value")), QStringLiteral("8"));
    ASSERT_TRUE(choose(row->findChild<QComboBox *>(QStringLiteral("windowMode")), QStringLiteral("in the last")));
    typeNumber(row->findChild<QSpinBox *>(QStringLiteral("windowCount")), QStringLiteral("30"));
    ASSERT_TRUE(choose(row->findChild<QComboBox *>(QStringLiteral("windowUnit")), QStringLiteral("days")));
    EXPECT_EQ(b->rule(), regularsRule()) << RuleJson::write(b->rule()).toStdString();

    // The live count is the engine's count for the same rule, as of the same day.
    const qint64 regulars = count(regularsRule());
    ASSERT_GT(regulars, 0);
    ASSERT_LT(regulars, 2000);
    QTRY_VERIFY(!b->isPreviewPending());
    EXPECT_EQ(b->liveCount(), regulars);
    EXPECT_TRUE(b->findChild<QLabel *>(QStringLiteral("liveCount"))->text().contains(QLocale().toString(regulars)));
    EXPECT_EQ(b->findChild<QLabel *>(QStringLiteral("sentence"))->text(), RuleText::sentence(regularsRule()));
    save(b);
    waitForResults({QStringLiteral("Regulars")});
    EXPECT_EQ(membersInModel(QStringLiteral("Regulars")), regulars);

    // Another segment: big spenders, with the money editor.
    b = openBuilder("addSegment");
    ASSERT_TRUE(b);
    typeText(b->nameField(), QStringLiteral("Big spenders"));
    row = b->ruleEditor()->findChildren<ConditionRow *>().value(0);
    ASSERT_TRUE(row);
    ASSERT_TRUE(choose(row->fieldPicker(), QStringLiteral("Money spent")));
    ASSERT_TRUE(choose(row->operatorPicker(), QStringLiteral("at least")));
    typeNumber(row->findChild<QDoubleSpinBox *>(QStringLiteral("value")), QStringLiteral("150"));
    ASSERT_TRUE(choose(row->findChild<QComboBox *>(QStringLiteral("windowMode")), QStringLiteral("in the last")));
    typeNumber(row->findChild<QSpinBox *>(QStringLiteral("windowCount")), QStringLiteral("1"));
    ASSERT_TRUE(choose(row->findChild<QComboBox *>(QStringLiteral("windowUnit")), QStringLiteral("years")));
    EXPECT_EQ(b->rule(), bigSpendersRule()) << RuleJson::write(b->rule()).toStdString();
    const qint64 spenders = count(bigSpendersRule());
    const qint64 overlap = both(regularsRule(), bigSpendersRule());
    ASSERT_GT(overlap, 0) << "the demo shop should have regulars who spend";
    QTRY_VERIFY(!b->isPreviewPending());
    EXPECT_EQ(b->liveCount(), spenders);
    // Regulars come first, so they already take some of these.
    EXPECT_TRUE(b->findChild<QLabel *>(QStringLiteral("takenByHigher"))->text().contains(QLocale().toString(overlap)));
    save(b);
    waitForResults({QStringLiteral("Regulars"), QStringLiteral("Big spenders")});
    EXPECT_EQ(membersInModel(QStringLiteral("Big spenders")), spenders - overlap);

    // Move Regulars down, then back up above Big spenders: the counts follow.
    page->selectSegment(SegmentStore(db).findByName(QStringLiteral("Regulars"))->id);
    QTest::mouseClick(pageButton("moveDown"), Qt::LeftButton);
    waitForResults({QStringLiteral("Big spenders"), QStringLiteral("Regulars")});
    EXPECT_EQ(membersInModel(QStringLiteral("Regulars")), regulars - overlap);
    EXPECT_EQ(membersInModel(QStringLiteral("Big spenders")), spenders);
    ASSERT_TRUE(pageButton("moveUp")->isEnabled()); // Regulars stays selected
    QTest::mouseClick(pageButton("moveUp"), Qt::LeftButton);
    waitForResults({QStringLiteral("Regulars"), QStringLiteral("Big spenders")});
    const SegmentResults &r = engine->results();
    ASSERT_EQ(r.segments.size(), 2);
    EXPECT_EQ(r.segments.at(0).name, QStringLiteral("Regulars"));
    EXPECT_EQ(r.segments.at(0).members, regulars);
    EXPECT_EQ(r.segments.at(1).members, spenders - overlap);
    EXPECT_EQ(r.everyoneElse.members, 2000 - regulars - spenders + overlap);
    EXPECT_EQ(edits->undoStack()->undoText(), QStringLiteral("change the order of segments"));

    // Delete Big spenders, confirming; the question says the customers stay.
    const Segment spendersSegment = *SegmentStore(db).findByName(QStringLiteral("Big spenders"));
    page->selectSegment(spendersSegment.id);
    QString question;
    whenShown<QMessageBox>([&question](QMessageBox *box) {
        question = box->text() + u' ' + box->informativeText();
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    QTest::mouseClick(pageButton("deleteSegment"), Qt::LeftButton);
    EXPECT_TRUE(question.contains(QStringLiteral("Big spenders"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("stay"))) << question.toStdString();
    waitForResults({QStringLiteral("Regulars")});
    EXPECT_EQ(SegmentStore(db).count(), 1);
    // Undo brings it back with its id and place.
    edits->undoStack()->undo();
    waitForResults({QStringLiteral("Regulars"), QStringLiteral("Big spenders")});
    const std::optional<Segment> back = SegmentStore(db).find(spendersSegment.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->priority, 2);
    EXPECT_EQ(back->ruleJson, spendersSegment.ruleJson);

    // Opening a segment asks for its customers; the customer table shows them.
    AppSettings settings(file(QStringLiteral("settings.conf")));
    CustomersPage customers(db, settings, *edits, engine.get());
    QSignalSpy spy(page.get(), &SegmentsPage::showMembersRequested);
    QObject::connect(page.get(), &SegmentsPage::showMembersRequested, &customers,
            [&customers](qint64 id) { customers.filterBySegment(id == 0 ? -1 : id); });
    const qint64 regularsId = SegmentStore(db).findByName(QStringLiteral("Regulars"))->id;
    page->selectSegment(regularsId);
    QTest::mouseClick(pageButton("showCustomers"), Qt::LeftButton);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), regularsId);
    QTRY_COMPARE(qint64(customers.model()->rowCount()), regulars);

    QTreeView *view = page->view();
    const QRect spendersRect = view->visualRect(page->model()->index(1, 0));
    // A double-click as the window system delivers it: a click, then the second press as a double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, spendersRect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, spendersRect.center());
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy.at(1).at(0).toLongLong(), spendersSegment.id);

    view->setFocus();
    view->setCurrentIndex(page->model()->index(2, 0)); // Everyone else
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(spy.size(), 3);
    EXPECT_EQ(spy.at(2).at(0).toLongLong(), 0);
    QTRY_COMPARE(qint64(customers.model()->rowCount()), engine->results().everyoneElse.members);
}

TEST_F(SegmentsPageTest, DraggingARowAsksForTheNewOrder)
{
    const qint64 a = *edits->addSegment(Segment{0, QStringLiteral("A"), {}, 0, QString::fromUtf8(RuleJson::write(regularsRule())), {}, {}, 0, 0});
    const qint64 b = *edits->addSegment(Segment{0, QStringLiteral("B"), {}, 0, QString::fromUtf8(RuleJson::write(bigSpendersRule())), {}, {}, 0, 0});
    waitForResults({QStringLiteral("A"), QStringLiteral("B")});
    SegmentListModel *model = page->model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(1, 0)}));
    ASSERT_TRUE(data);
    // Dropped on A's row: B takes its place.
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->index(0, 0)));
    waitForResults({QStringLiteral("B"), QStringLiteral("A")});
    EXPECT_EQ(SegmentStore(db).find(b)->priority, 1);
    // Dropped below everything: last again.
    data.reset(model->mimeData({model->index(0, 0)}));
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex());
    waitForResults({QStringLiteral("A"), QStringLiteral("B")});
    EXPECT_EQ(SegmentStore(db).find(a)->priority, 1);
    // "Everyone else" cannot be dragged.
    EXPECT_FALSE(model->flags(model->index(2, 0)) & Qt::ItemIsDragEnabled);
}

TEST_F(SegmentsPageTest, GalleryShowsLiveCountsAndAddsTheChosenInOneStep)
{
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("emptyTemplates")), Qt::LeftButton);
    TemplateGallery *g = page->gallery();
    ASSERT_TRUE(g);
    g->showSet(QStringLiteral("cafe"));
    QTRY_VERIFY(!g->isCountPending()); // counted in a worker
    const TemplateSet cafe = *SegmentTemplates::set(QStringLiteral("cafe"));
    for (const SegmentTemplate &t : cafe.segments)
        EXPECT_EQ(g->countOf(t.key), count(t.rule)) << t.key.toStdString();
    // A threshold changed by typing: the count follows.
    const TemplateParameter p = cafe.parameters.first();
    auto *spin = g->findChild<QSpinBox *>(p.key);
    ASSERT_TRUE(spin);
    const int changed = qMin(p.maximum, p.value + 1);
    typeNumber(spin, QString::number(changed));
    QTRY_VERIFY(!g->isCountPending());
    const TemplateSet updated = *SegmentTemplates::set(QStringLiteral("cafe"), {{p.key, changed}});
    for (const SegmentTemplate &t : updated.segments)
        EXPECT_EQ(g->countOf(t.key), count(t.rule)) << t.key.toStdString();

    g->setChosen(updated.segments.last().key, false);
    QTest::mouseClick(g->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page->gallery());
    EXPECT_EQ(SegmentStore(db).count(), updated.segments.size() - 1);
    EXPECT_EQ(SegmentStore(db).all().first().ruleJson, QString::fromUtf8(RuleJson::write(updated.segments.first().rule)));
    edits->undoStack()->undo();
    EXPECT_EQ(SegmentStore(db).count(), 0);
}

TEST_F(SegmentsPageTest, NestedGroupAndIncompleteConditions)
{
    SegmentBuilder *b = openBuilder("addSegment");
    ASSERT_TRUE(b);
    typeText(b->nameField(), QStringLiteral("Local fans"));
    auto *ok = b->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // A fresh row says what is missing, and OK waits for it.
    ConditionRow *first = b->ruleEditor()->findChildren<ConditionRow *>().value(0);
    ASSERT_TRUE(first);
    EXPECT_TRUE(first->findChild<QLabel *>(QStringLiteral("conditionMessage"))->isVisibleTo(first));
    EXPECT_FALSE(ok->isEnabled());
    ASSERT_TRUE(choose(first->fieldPicker(), QStringLiteral("Number of purchases")));
    ASSERT_TRUE(choose(first->operatorPicker(), QStringLiteral("at least")));
    typeNumber(first->findChild<QSpinBox *>(QStringLiteral("value")), QStringLiteral("2"));
    ASSERT_TRUE(choose(first->findChild<QComboBox *>(QStringLiteral("windowUnit")), QStringLiteral("months")));
    typeNumber(first->findChild<QSpinBox *>(QStringLiteral("windowCount")), QStringLiteral("6"));

    QTest::mouseClick(b->ruleEditor()->findChild<QPushButton *>(QStringLiteral("addGroup")), Qt::LeftButton);
    auto *group = b->ruleEditor()->findChild<RuleGroupWidget *>(QStringLiteral("nestedGroup"));
    ASSERT_TRUE(group);
    ConditionRow *city = group->findChildren<ConditionRow *>().value(0);
    ASSERT_TRUE(choose(city->fieldPicker(), QStringLiteral("City")));
    EXPECT_FALSE(ok->isEnabled()); // no city yet
    auto *cityPicker = city->findChild<QComboBox *>(QStringLiteral("value"));
    ASSERT_TRUE(cityPicker && cityPicker->isEditable() && cityPicker->count() > 0);
    const QString someCity = cityPicker->itemText(0);
    cityPicker->setFocus();
    typeText(cityPicker->lineEdit(), someCity);
    QTest::mouseClick(group->findChild<QPushButton *>(QStringLiteral("addCondition")), Qt::LeftButton);
    ConditionRow *consent = group->findChildren<ConditionRow *>().value(1);
    ASSERT_TRUE(consent);
    ASSERT_TRUE(choose(consent->fieldPicker(), QStringLiteral("Agreed to receive emails")));

    const Rule expected = Rule::all(
        {Rule::condition(QStringLiteral("purchases.count"), RuleOp::GreaterOrEqual, 2, 180),
         Rule::any({Rule::condition(QStringLiteral("city"), RuleOp::Equal, someCity),
                    Rule::condition(QStringLiteral("consent.email"), RuleOp::Equal, true)})});
    EXPECT_EQ(b->rule(), expected) << RuleJson::write(b->rule()).toStdString();
    QTRY_VERIFY(!b->isPreviewPending());
    EXPECT_EQ(b->liveCount(), count(expected));
    EXPECT_TRUE(ok->isEnabled());
    save(b);
    // Reopened for a change, the builder shows the same rule.
    waitForResults({QStringLiteral("Local fans")});
    page->selectSegment(SegmentStore(db).findByName(QStringLiteral("Local fans"))->id);
    QTest::mouseClick(pageButton("editSegment"), Qt::LeftButton);
    ASSERT_TRUE(page->builder());
    EXPECT_EQ(page->builder()->rule(), expected);
    page->builder()->reject();
}

TEST_F(SegmentsPageTest, GentleNoteAfterFiveSegments)
{
    auto *note = page->findChild<QLabel *>(QStringLiteral("tooManyNote"));
    ASSERT_TRUE(note);
    for (int i = 1; i <= 6; ++i) {
        edits->addSegment(Segment{0, QStringLiteral("Group %1").arg(i), {}, 0,
                                  QString::fromUtf8(RuleJson::write(regularsRule())), {}, {}, 0, 0});
        QTRY_VERIFY(!engine->isStale());
        QTRY_COMPARE(page->model()->rowCount(), i + 1);
        EXPECT_EQ(note->isVisible(), i > 5) << i;
    }
    EXPECT_TRUE(note->text().contains(QStringLiteral("three to five")));
}

TEST_F(SegmentsPageTest, ContextMenuPrintsTheSegmentsReportAndCallList)
{
    edits->addSegment(Segment{0, QStringLiteral("Big spenders"), {}, 0,
                              QString::fromUtf8(RuleJson::write(bigSpendersRule())), {}, {}, 0, 0});
    QTRY_VERIFY(!engine->isStale());
    QTRY_COMPARE(page->model()->rowCount(), 2);
    page->selectSegment(page->model()->results().segments.first().segmentId);
    const qint64 members = membersInModel(QStringLiteral("Big spenders"));
    ASSERT_GT(members, 0);

    auto *printReport = page->findChild<QAction *>(QStringLiteral("printReport"));
    auto *printCallList = page->findChild<QAction *>(QStringLiteral("printCallList"));
    ASSERT_TRUE(printReport);
    ASSERT_TRUE(printCallList);
    EXPECT_TRUE(printReport->isEnabled());

    // The preview opens once the data is read (in a worker), on the report
    // of the chosen segment with its pages painted.
    const auto previewAfter = [](QAction *action) {
        QString title;
        int pages = 0;
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
            if (auto *d = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
                seen = true;
                title = d->windowTitle();
                if (auto *w = d->findChild<QPrintPreviewWidget *>())
                    pages = w->pageCount();
                d->reject();
            }
        });
        poll.start();
        action->trigger();
        for (int i = 0; i < 1000 && !seen; ++i)
            QTest::qWait(10);
        return std::make_pair(title, pages);
    };
    const auto [reportTitle, reportPages] = previewAfter(printReport);
    EXPECT_EQ(reportTitle, QStringLiteral("Segment report: Big spenders"));
    EXPECT_GE(reportPages, 1);
    const auto [callTitle, callPages] = previewAfter(printCallList);
    EXPECT_EQ(callTitle, QStringLiteral("Call list: Big spenders"));
    EXPECT_GE(callPages, 1);

    // The context menu of a row holds both.
    bool menuSeen = false;
    QTimer::singleShot(0, qApp, [&] {
        for (int i = 0; i < 200; ++i) {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                menuSeen = true;
                EXPECT_TRUE(menu->actions().contains(printReport));
                EXPECT_TRUE(menu->actions().contains(printCallList));
                menu->close();
                return;
            }
            QTest::qWait(10);
        }
        ADD_FAILURE() << "no context menu";
    });
    const QRect row = page->view()->visualRect(page->model()->index(0, 0));
    Q_EMIT page->view()->customContextMenuRequested(row.center());
    EXPECT_TRUE(menuSeen);
}

// A desktop in dark colours: the names and sentences of the segments stand
// out from the list behind them.
TEST_F(SegmentsPageTest, ReadsInADarkPalette)
{
    const std::optional<TemplateSet> retail = SegmentTemplates::set(QStringLiteral("retail"));
    ASSERT_TRUE(retail);
    for (const SegmentTemplate &t : retail->segments)
        ASSERT_TRUE(SegmentStore(db).add(t.toSegment()));
    QStringList names;
    for (const SegmentTemplate &t : retail->segments)
        names << t.name;
    waitForResults(names);

    const QPalette before = QApplication::palette();
    QApplication::setPalette(test::darkPalette());
    QCoreApplication::processEvents();
    QTreeView *view = page->view();
    const QColor base = view->palette().color(QPalette::Base);
    ASSERT_LT(base.lightnessF(), 0.3);
    const QImage shot = view->viewport()->grab().toImage();
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        // The right part of the name cell holds only words (the dot is left).
        const QRect cell = view->visualRect(page->model()->index(row, SegmentListModel::Name));
        double best = 0;
        for (int y = cell.top(); y <= cell.bottom(); ++y)
            for (int x = cell.left() + 40; x < cell.left() + 240 && x < shot.width(); ++x)
                best = std::max(best, test::contrast(shot.pixelColor(x, y), base));
        EXPECT_GE(best, 7.0) << "row " << row;
    }
    if (const QString dir = qEnvironmentVariable("CLIENTELE_SCREENSHOT_DIR"); !dir.isEmpty())
        page->grab().save(QDir(dir).filePath(QStringLiteral("segments-dark.png")));
    QApplication::setPalette(before);
}
