#include "TempDatabase.h"

#include "commands/EditController.h"
#include "customers/DuplicatesDialog.h"
#include "storage/CustomerStore.h"
#include "storage/PurchaseStore.h"
#include "storage/TagStore.h"

#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTableWidget>

using namespace clientele;

class DuplicatesDialogTest : public TempDatabaseTest
{
protected:
    qint64 add(const QString &first, const QString &last, const QString &email, const QString &city)
    {
        Customer c;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        c.city = city;
        return CustomerStore(db).add(c).value_or(0);
    }
    void buy(qint64 customer, qint64 cents)
    {
        Purchase p;
        p.customerId = customer;
        p.time = 1700000000;
        p.amount = Money::fromCents(cents);
        ASSERT_TRUE(PurchaseStore(db).add(p));
    }
    // Opens the dialog and waits for the search in the worker.
    std::unique_ptr<DuplicatesDialog> open()
    {
        auto dialog = std::make_unique<DuplicatesDialog>(db, edits);
        QSignalSpy done(dialog.get(), &DuplicatesDialog::searchFinished);
        dialog->show();
        EXPECT_TRUE(done.wait(10000));
        return dialog;
    }
    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    EditController edits{db};
};

TEST_F(DuplicatesDialogTest, SaysSoWhenThereAreNone)
{
    add(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("ana@example.pt"), QStringLiteral("Porto"));
    auto dialog = open();
    EXPECT_TRUE(dialog->pairs().isEmpty());
    EXPECT_TRUE(child<QLabel>(dialog.get(), "duplicateStatus")->text().startsWith(QStringLiteral("No duplicates")));
    EXPECT_FALSE(child<QPushButton>(dialog.get(), "mergePair")->isEnabled());
}

TEST_F(DuplicatesDialogTest, MergesAPairShownSideBySideAndUndoesIt)
{
    const qint64 a =
        add(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("Ana@Example.pt"), QStringLiteral("Porto"));
    const qint64 b =
        add(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("ana@example.pt"), QStringLiteral("Braga"));
    add(QStringLiteral("Rui"), QStringLiteral("Costa"), QString(), QStringLiteral("Porto"));
    buy(b, 2500);
    buy(b, 1000);
    buy(a, 700);
    TagStore tags(db);
    ASSERT_EQ(tags.tagCustomers(tags.ensure(QStringLiteral("VIP")).value_or(0), {a}), 1);

    auto dialog = open();
    ASSERT_EQ(dialog->pairs().size(), 1);
    auto *list = child<QListWidget>(dialog.get(), "duplicateList");
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->currentRow(), 0);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("Same email")));
    // The one with more purchases is kept by default.
    EXPECT_TRUE(child<QRadioButton>(dialog.get(), "keepSecond")->isChecked());
    auto *compare = child<QTableWidget>(dialog.get(), "duplicateCompare");
    ASSERT_EQ(compare->columnCount(), 3);
    bool sawPurchases = false;
    for (int r = 0; r < compare->rowCount(); ++r) {
        if (compare->verticalHeaderItem(r)->text() == QStringLiteral("Purchases")) {
            sawPurchases = true;
            EXPECT_TRUE(compare->item(r, 2)->text().startsWith(QStringLiteral("3 purchases")))
                << compare->item(r, 2)->text().toStdString();
        }
        if (compare->verticalHeaderItem(r)->text() == QStringLiteral("Tags")) {
            EXPECT_EQ(compare->item(r, 2)->text(), QStringLiteral("VIP"));
        }
        if (compare->verticalHeaderItem(r)->text() == QStringLiteral("Address")) {
            EXPECT_EQ(compare->item(r, 2)->text(), QStringLiteral("Braga"));
        }
    }
    EXPECT_TRUE(sawPurchases);

    // The owner prefers the first one's details.
    QTest::mouseClick(child<QRadioButton>(dialog.get(), "keepFirst"), Qt::LeftButton);
    for (int r = 0; r < compare->rowCount(); ++r) {
        if (compare->verticalHeaderItem(r)->text() == QStringLiteral("Address")) {
            EXPECT_EQ(compare->item(r, 2)->text(), QStringLiteral("Porto"));
        }
    }
    QTest::mouseClick(child<QPushButton>(dialog.get(), "mergePair"), Qt::LeftButton);

    CustomerStore store(db);
    EXPECT_FALSE(store.find(b).has_value());
    ASSERT_TRUE(store.find(a).has_value());
    EXPECT_EQ(store.find(a)->city, QStringLiteral("Porto"));
    EXPECT_EQ(store.rowsByIds({a}).value(0).purchaseCount, 3);
    EXPECT_EQ(store.count(), 2);
    EXPECT_TRUE(dialog->pairs().isEmpty());
    EXPECT_EQ(edits.undoStack()->undoText(), QStringLiteral("merge two records of Ana Silva"));

    // Undo from the dialog: both are back, and the pair is offered again.
    QSignalSpy searched(dialog.get(), &DuplicatesDialog::searchFinished);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "undoMerge"), Qt::LeftButton);
    ASSERT_TRUE(searched.wait(10000));
    EXPECT_EQ(store.count(), 3);
    EXPECT_EQ(store.rowsByIds({b}).value(0).purchaseCount, 2);
    EXPECT_EQ(store.rowsByIds({a}).value(0).purchaseCount, 1);
    EXPECT_EQ(dialog->pairs().size(), 1);
}

TEST_F(DuplicatesDialogTest, NotTheSamePersonIsRemembered)
{
    add(QStringLiteral("Tom"), QStringLiteral("Berg"), QString(), QStringLiteral("Oslo"));
    add(QStringLiteral("Tom"), QStringLiteral("Berg"), QString(), QStringLiteral("Oslo"));
    {
        auto dialog = open();
        ASSERT_EQ(dialog->pairs().size(), 1);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "dismissPair"), Qt::LeftButton);
        EXPECT_TRUE(dialog->pairs().isEmpty());
    }
    auto again = open();
    EXPECT_TRUE(again->pairs().isEmpty());
    EXPECT_EQ(CustomerStore(db).count(), 2);
}
