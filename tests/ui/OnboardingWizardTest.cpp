#include "TempDatabase.h"

#include "commands/EditController.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "storage/CustomerStore.h"
#include "storage/PurchaseStore.h"
#include "segments/SegmentTemplates.h"
#include "storage/AppSettings.h"
#include "storage/SettingsStore.h"
#include "wizards/onboarding/OnboardingWizard.h"

#include <QtCore/QDateTime>
#include <QtGui/QUndoStack>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTreeWidget>

using namespace clientele;

class OnboardingWizardTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        settings = std::make_unique<AppSettings>(file(QStringLiteral("settings.conf")));
        edits = std::make_unique<EditController>(db);
        wizard = std::make_unique<OnboardingWizard>(db, *edits, *settings);
        wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    }
    void TearDown() override
    {
        wizard.reset();
        edits.reset();
    }

    template<typename T>
    T *child(const char *name) const
    {
        T *w = wizard->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<EditController> edits;
    std::unique_ptr<OnboardingWizard> wizard;
};

TEST_F(OnboardingWizardTest, CafeWithOneGroupUnticked)
{
    EXPECT_EQ(wizard->currentId(), OnboardingWizard::WelcomePageId);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), OnboardingWizard::BusinessPageId);
    auto *kind = child<QComboBox>("businessKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("cafe")));
    auto *name = child<QLineEdit>("shopName");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Cafe Lumiere")); // QTest types ASCII only
    EXPECT_EQ(name->text(), QStringLiteral("Cafe Lumiere"));
    name->setText(QStringLiteral("Café Lumière"));
    auto *currency = child<QComboBox>("currency");
    currency->setCurrentIndex(currency->findData(QStringLiteral("CHF")));
    auto *country = child<QComboBox>("country");
    country->setCurrentIndex(country->findData(QStringLiteral("CH")));

    wizard->next();
    ASSERT_EQ(wizard->currentId(), OnboardingWizard::CustomersPageId);
    child<QRadioButton>("choiceDemo")->click();
    EXPECT_EQ(wizard->customersChoice(), OnboardingWizard::CustomersChoice::DemoShop);
    child<QRadioButton>("choiceEmpty")->click();

    wizard->next();
    ASSERT_EQ(wizard->currentId(), OnboardingWizard::GroupsPageId);
    const TemplateSet cafe = *SegmentTemplates::set(QStringLiteral("cafe"));
    auto *groups = child<QTreeWidget>("segments");
    ASSERT_EQ(groups->topLevelItemCount(), cafe.segments.size());
    ASSERT_GE(cafe.segments.size(), 2);
    EXPECT_FALSE(groups->topLevelItem(0)->text(1).isEmpty()); // its sentence
    groups->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    groups->topLevelItem(1)->setText(0, QStringLiteral("Our regulars"));

    wizard->next();
    ASSERT_EQ(wizard->currentId(), OnboardingWizard::BackupsPageId);
    EXPECT_TRUE(child<QLineEdit>("backupFolder")->text().endsWith(QStringLiteral("backups")));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), OnboardingWizard::DonePageId);

    // Back works from the last page, and the answers are kept.
    wizard->back();
    EXPECT_EQ(wizard->currentId(), OnboardingWizard::BackupsPageId);
    wizard->back();
    EXPECT_EQ(wizard->currentId(), OnboardingWizard::GroupsPageId);
    EXPECT_EQ(groups->topLevelItem(0)->checkState(0), Qt::Unchecked);
    EXPECT_EQ(groups->topLevelItem(1)->text(0), QStringLiteral("Our regulars"));
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), OnboardingWizard::DonePageId);

    wizard->button(QWizard::FinishButton)->click();
    EXPECT_EQ(wizard->result(), QDialog::Accepted);
    EXPECT_EQ(wizard->customersChoice(), OnboardingWizard::CustomersChoice::StartEmpty);

    const SettingsStore shop(db);
    EXPECT_EQ(shop.shopName(), QStringLiteral("Café Lumière"));
    EXPECT_EQ(shop.businessKind(), QStringLiteral("cafe"));
    EXPECT_EQ(shop.currency(), QStringLiteral("CHF"));
    EXPECT_EQ(shop.country(), QStringLiteral("CH"));
    EXPECT_TRUE(shop.isOnboarded());
    EXPECT_FALSE(settings->backupFolder().isEmpty());

    const SegmentStore segments(db);
    EXPECT_EQ(segments.count(), cafe.segments.size() - 1);
    EXPECT_FALSE(segments.findByName(cafe.segments.at(0).name).has_value());
    EXPECT_TRUE(segments.findByName(QStringLiteral("Our regulars")).has_value());
    for (qsizetype i = 2; i < cafe.segments.size(); ++i)
        EXPECT_TRUE(segments.findByName(cafe.segments.at(i).name).has_value()) << cafe.segments.at(i).name.toStdString();
    // One undo step takes them all away.
    EXPECT_EQ(edits->undoStack()->count(), 1);
}

TEST_F(OnboardingWizardTest, CancelSavesNothing)
{
    wizard->next();
    child<QLineEdit>("shopName")->setText(QStringLiteral("Not saved"));
    wizard->reject();
    const SettingsStore shop(db);
    EXPECT_NE(shop.shopName(), QStringLiteral("Not saved"));
    EXPECT_FALSE(shop.isOnboarded());
    EXPECT_EQ(SegmentStore(db).count(), 0);
}

TEST_F(OnboardingWizardTest, OtherKindOffersTheRetailSet)
{
    wizard->next();
    auto *kind = child<QComboBox>("businessKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("other")));
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), OnboardingWizard::GroupsPageId);
    EXPECT_EQ(wizard->templateSetKey(), QStringLiteral("retail"));
    EXPECT_EQ(child<QTreeWidget>("segments")->topLevelItemCount(),
              SegmentTemplates::set(QStringLiteral("retail"))->segments.size());
}

// The import (or demo shop) runs when the owner leaves "Your customers",
// and the wizard comes back to group them, counted on what came in.
TEST_F(OnboardingWizardTest, ImportRunsOnTheWayAndTheGroupsAreCountedOnIt)
{
    SegmentEngine engine(db);
    OnboardingWizard w(db, *edits, *settings, &engine);
    int calls = 0;
    w.setCustomersHandler([&](OnboardingWizard::CustomersChoice choice) {
        EXPECT_EQ(choice, OnboardingWizard::CustomersChoice::ImportFile);
        if (++calls == 1)
            return false; // the owner cancelled the import wizard
        // What an import brings: customers who bought recently.
        for (int i = 0; i < 3; ++i) {
            Customer c;
            c.firstName = QStringLiteral("Imported %1").arg(i);
            const qint64 id = CustomerStore(db).add(c).value_or(0);
            Purchase p;
            p.customerId = id;
            p.time = QDateTime::currentSecsSinceEpoch() - 3600;
            p.amount = Money::fromCents(1200);
            EXPECT_TRUE(PurchaseStore(db).add(p));
        }
        return true;
    });
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.next();
    w.next();
    ASSERT_EQ(w.currentId(), OnboardingWizard::CustomersPageId);
    w.findChild<QRadioButton *>(QStringLiteral("choiceImport"))->setChecked(true);

    w.next(); // cancelled: stays, and says so
    EXPECT_EQ(w.currentId(), OnboardingWizard::CustomersPageId);
    EXPECT_FALSE(w.customersBroughtIn());
    EXPECT_TRUE(w.findChild<QLabel *>(QStringLiteral("customersNote"))->text().startsWith(QStringLiteral("Nothing")));

    w.next(); // imported: on to the groups
    ASSERT_EQ(w.currentId(), OnboardingWizard::GroupsPageId);
    EXPECT_TRUE(w.customersBroughtIn());
    EXPECT_EQ(calls, 2);
    auto *groups = w.findChild<QTreeWidget *>(QStringLiteral("segments"));
    ASSERT_GT(groups->topLevelItemCount(), 0);
    // Every proposed group is counted on the imported customers, and
    // together they find some of them.
    QTRY_VERIFY(!w.isCounting());
    qint64 counted = 0;
    for (int i = 0; i < groups->topLevelItemCount(); ++i) {
        bool ok = false;
        counted += groups->topLevelItem(i)->text(2).toLongLong(&ok);
        EXPECT_TRUE(ok) << groups->topLevelItem(i)->text(2).toStdString();
    }
    EXPECT_GT(counted, 0);

    // Back and Next again does not import twice.
    w.back();
    ASSERT_EQ(w.currentId(), OnboardingWizard::CustomersPageId);
    w.next();
    EXPECT_EQ(w.currentId(), OnboardingWizard::GroupsPageId);
    EXPECT_EQ(calls, 2);
}
