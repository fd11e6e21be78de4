#include "TempDatabase.h"

#include "commands/EditController.h"
#include "storage/CustomerStore.h"
#include "storage/PurchaseStore.h"
#include "storage/TagStore.h"

#include <QtCore/QElapsedTimer>
#include <QtGui/QUndoStack>
#include <QtSql/QSqlQuery>

using namespace clientele;

class EditControllerTest : public TempDatabaseTest
{
protected:
    qint64 addCustomer(const QString &first)
    {
        Customer c;
        c.firstName = first;
        return *CustomerStore(db).add(c);
    }
};

TEST_F(EditControllerTest, TagThenUndoOnlyRemovesWhatItAdded)
{
    const qint64 a = addCustomer(QStringLiteral("A"));
    const qint64 b = addCustomer(QStringLiteral("B"));
    const qint64 c = addCustomer(QStringLiteral("C"));
    TagStore tags(db);
    tags.tagCustomers(*tags.ensure(QStringLiteral("VIP")), {a});

    EditController edits(db);
    ASSERT_TRUE(edits.tagCustomers(QStringLiteral("VIP"), {a, b, c}));
    EXPECT_EQ(edits.undoStack()->undoText(), QStringLiteral("tag VIP on 3 customers"));
    EXPECT_EQ(tags.findByName(QStringLiteral("VIP"))->customerCount, 3);
    edits.undoStack()->undo();
    // a had the tag before: it keeps it.
    EXPECT_EQ(tags.customersWith(tags.findByName(QStringLiteral("VIP"))->id), QList<qint64>{a});
    edits.undoStack()->redo();
    EXPECT_EQ(tags.findByName(QStringLiteral("VIP"))->customerCount, 3);
}

TEST_F(EditControllerTest, ANewTagGoesAwayWithItsUndo)
{
    const qint64 a = addCustomer(QStringLiteral("A"));
    EditController edits(db);
    ASSERT_TRUE(edits.tagCustomers(QStringLiteral("Winter offer"), {a}));
    EXPECT_TRUE(TagStore(db).findByName(QStringLiteral("Winter offer")));
    edits.undoStack()->undo();
    EXPECT_FALSE(TagStore(db).findByName(QStringLiteral("Winter offer")));
    edits.undoStack()->redo();
    EXPECT_EQ(TagStore(db).findByName(QStringLiteral("Winter offer"))->customerCount, 1);
}

TEST_F(EditControllerTest, DeleteAndUndoBringCustomersBackWhole)
{
    const qint64 a = addCustomer(QStringLiteral("Anna"));
    Purchase p;
    p.customerId = a;
    p.time = 1700000000;
    p.amount = Money(1500);
    PurchaseStore(db).add(p);
    EditController edits(db);
    ASSERT_TRUE(edits.deleteCustomers({a}, QStringLiteral("Anna")));
    EXPECT_EQ(edits.undoStack()->undoText(), QStringLiteral("delete Anna"));
    EXPECT_FALSE(CustomerStore(db).find(a));
    edits.undoStack()->undo();
    EXPECT_TRUE(CustomerStore(db).find(a));
    EXPECT_EQ(PurchaseStore(db).countForCustomer(a), 1);
    edits.undoStack()->redo();
    EXPECT_FALSE(CustomerStore(db).find(a));
}

TEST_F(EditControllerTest, AddEditAndPurchasesAreUndoable)
{
    EditController edits(db);
    Customer c;
    c.firstName = QStringLiteral("Zoë");
    const auto id = edits.addCustomer(c);
    ASSERT_TRUE(id);
    Customer before = *CustomerStore(db).find(*id);
    Customer after = before;
    after.city = QStringLiteral("Lyon");
    ASSERT_TRUE(edits.updateCustomer(before, after));
    Purchase p;
    p.customerId = *id;
    p.time = 1700000000;
    p.amount = Money(420);
    ASSERT_TRUE(edits.addPurchase(p));
    EXPECT_EQ(PurchaseStore(db).countForCustomer(*id), 1);

    edits.undoStack()->undo(); // purchase
    EXPECT_EQ(PurchaseStore(db).countForCustomer(*id), 0);
    edits.undoStack()->undo(); // city
    EXPECT_EQ(CustomerStore(db).find(*id)->city, QString());
    edits.undoStack()->undo(); // the customer
    EXPECT_FALSE(CustomerStore(db).find(*id));
    edits.undoStack()->redo();
    edits.undoStack()->redo();
    edits.undoStack()->redo();
    EXPECT_EQ(CustomerStore(db).find(*id)->city, QStringLiteral("Lyon"));
    EXPECT_EQ(PurchaseStore(db).countForCustomer(*id), 1);
}

TEST_F(EditControllerTest, TagManagementIsUndoable)
{
    const qint64 a = addCustomer(QStringLiteral("A"));
    const qint64 b = addCustomer(QStringLiteral("B"));
    TagStore tags(db);
    const Tag gold = *tags.find(*tags.ensure(QStringLiteral("Gold")));
    const Tag vip = *tags.find(*tags.ensure(QStringLiteral("VIP"), QStringLiteral("#c2185b")));
    tags.tagCustomers(gold.id, {a});
    tags.tagCustomers(vip.id, {b});
    EditController edits(db);

    ASSERT_TRUE(edits.renameTag(gold, QStringLiteral("Gold members")));
    edits.undoStack()->undo();
    EXPECT_EQ(tags.find(gold.id)->name, QStringLiteral("Gold"));

    ASSERT_TRUE(edits.mergeTags(gold, vip));
    EXPECT_EQ(tags.find(vip.id)->customerCount, 2);
    edits.undoStack()->undo();
    EXPECT_EQ(tags.customersWith(gold.id), QList<qint64>{a});
    EXPECT_EQ(tags.customersWith(vip.id), QList<qint64>{b});

    ASSERT_TRUE(edits.deleteTag(vip));
    EXPECT_FALSE(tags.find(vip.id));
    edits.undoStack()->undo();
    EXPECT_EQ(tags.find(vip.id)->color, QStringLiteral("#c2185b"));
    EXPECT_EQ(tags.customersWith(vip.id), QList<qint64>{b});
}

TEST_F(EditControllerTest, FiftyThousandOfAHundredThousandTaggedInOneUndoStep)
{
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
            "INSERT INTO customers (first_name, created_at, updated_at) SELECT 'C' || i, 0, 0 FROM n")));
    }
    QList<qint64> half;
    for (qint64 id = 1; id <= 100000; id += 2)
        half << id;
    EditController edits(db);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(edits.tagCustomers(QStringLiteral("Spring offer"), half));
    const qint64 tagMs = timer.elapsed();
    EXPECT_EQ(edits.undoStack()->count(), 1);
    EXPECT_EQ(TagStore(db).findByName(QStringLiteral("Spring offer"))->customerCount, 50000);
    timer.restart();
    edits.undoStack()->undo();
    const qint64 undoMs = timer.elapsed();
    EXPECT_FALSE(TagStore(db).findByName(QStringLiteral("Spring offer")));
    RecordProperty("tag_50000_ms", int(tagMs));
    RecordProperty("undo_50000_ms", int(undoMs));
    std::printf("bulk tag of 50,000 of 100,000 customers: %lld ms, undo %lld ms\n", tagMs, undoMs);
}
