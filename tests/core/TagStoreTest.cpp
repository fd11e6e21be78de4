#include "TempDatabase.h"

#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/TagStore.h"

#include <QtCore/QElapsedTimer>
#include <QtSql/QSqlQuery>

using namespace clientele;

class TagStoreTest : public TempDatabaseTest
{
protected:
    QList<qint64> addCustomers(int n)
    {
        QList<qint64> ids;
        CustomerStore store(db);
        for (int i = 0; i < n; ++i) {
            Customer c;
            c.firstName = QStringLiteral("C%1").arg(i);
            ids << *store.add(c);
        }
        return ids;
    }
};

TEST_F(TagStoreTest, EnsureIsCaseInsensitiveAndTrimmed)
{
    TagStore tags(db);
    const auto a = tags.ensure(QStringLiteral("VIP"));
    const auto b = tags.ensure(QStringLiteral("  vip "));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(*a, *b);
    EXPECT_FALSE(tags.ensure(QStringLiteral("   ")));
    EXPECT_EQ(tags.all().size(), 1);
}

TEST_F(TagStoreTest, BulkTagAndUntagCountOnlyRealChanges)
{
    const QList<qint64> ids = addCustomers(10);
    TagStore tags(db);
    const qint64 vip = *tags.ensure(QStringLiteral("VIP"));
    QList<qint64> notified;
    QObject::connect(db.notifier(), &ChangeNotifier::customerTagsChanged, db.notifier(),
                     [&](const QList<qint64> &c) { notified = c; });
    EXPECT_EQ(tags.tagCustomers(vip, ids.mid(0, 6)), 6);
    EXPECT_EQ(notified, ids.mid(0, 6));
    EXPECT_EQ(tags.tagCustomers(vip, ids), 4); // 6 already had it
    EXPECT_EQ(tags.find(vip)->customerCount, 10);
    EXPECT_EQ(tags.untagCustomers(vip, ids.mid(0, 3)), 3);
    EXPECT_EQ(tags.customersWith(vip), ids.mid(3));
    EXPECT_EQ(tags.tagsOf(ids[5]).first().name, QStringLiteral("VIP"));
    EXPECT_TRUE(tags.tagsOf(ids[0]).isEmpty());
}

TEST_F(TagStoreTest, TaggingAnUnknownCustomerFailsWithoutPartialChanges)
{
    const QList<qint64> ids = addCustomers(3);
    TagStore tags(db);
    const qint64 vip = *tags.ensure(QStringLiteral("VIP"));
    EXPECT_EQ(tags.tagCustomers(vip, {ids[0], 999999, ids[1]}), -1);
    EXPECT_EQ(tags.find(vip)->customerCount, 0);
}

TEST_F(TagStoreTest, RenameColorMergeRemove)
{
    const QList<qint64> ids = addCustomers(4);
    TagStore tags(db);
    const qint64 vip = *tags.ensure(QStringLiteral("VIP"));
    const qint64 gold = *tags.ensure(QStringLiteral("Gold"));
    tags.tagCustomers(vip, ids.mid(0, 2));
    tags.tagCustomers(gold, ids.mid(1, 3));

    EXPECT_TRUE(tags.rename(gold, QStringLiteral("Gold members")));
    EXPECT_FALSE(tags.rename(gold, QStringLiteral("vip"))); // name taken
    EXPECT_TRUE(tags.setColor(vip, QStringLiteral("#c2185b")));
    EXPECT_EQ(tags.find(vip)->color, QStringLiteral("#c2185b"));

    ASSERT_TRUE(tags.merge(gold, vip));
    EXPECT_FALSE(tags.find(gold));
    EXPECT_EQ(tags.find(vip)->customerCount, 4);

    ASSERT_TRUE(tags.remove(vip));
    EXPECT_TRUE(tags.all().isEmpty());
    EXPECT_EQ(CustomerStore(db).count(), 4); // customers stay
}

TEST_F(TagStoreTest, FiftyThousandCustomersAreTaggedInOneStep)
{
    QList<qint64> ids;
    {
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
            "INSERT INTO customers (first_name, created_at, updated_at) SELECT 'C' || i, 0, 0 FROM n")));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM customers")));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    TagStore tags(db);
    const qint64 tag = *tags.ensure(QStringLiteral("Winter offer"));
    int notifications = 0;
    QObject::connect(db.notifier(), &ChangeNotifier::customerTagsChanged, db.notifier(), [&] { ++notifications; });
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(tags.tagCustomers(tag, ids), 50000);
    EXPECT_EQ(notifications, 1);
    RecordProperty("tag_50000_ms", int(timer.elapsed()));
}
