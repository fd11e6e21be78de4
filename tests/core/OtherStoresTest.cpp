#include "TempDatabase.h"

#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/InteractionStore.h"
#include "storage/LocationStore.h"
#include "storage/PurchaseStore.h"
#include "storage/SettingsStore.h"

using namespace clientele;

class OtherStoresTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        Customer c;
        c.firstName = QStringLiteral("Anna");
        customer = *CustomerStore(db).add(c);
    }
    qint64 customer = 0;
};

TEST_F(OtherStoresTest, PurchasesAreIntegerCentsNewestFirst)
{
    LocationStore locations(db);
    const qint64 oldTown = *locations.ensure(QStringLiteral("Old Town"));
    EXPECT_EQ(*locations.ensure(QStringLiteral("old town")), oldTown);

    PurchaseStore purchases(db);
    QList<qint64> notified;
    QObject::connect(db.notifier(), &ChangeNotifier::purchasesChanged, db.notifier(),
                     [&](const QList<qint64> &ids) { notified += ids; });
    Purchase p;
    p.customerId = customer;
    p.time = 1700000000;
    p.amount = *Money::parse(u"0.10");
    p.locationId = oldTown;
    p.category = QStringLiteral("Coffee");
    ASSERT_TRUE(purchases.add(p));
    p.time += 3600;
    p.amount = *Money::parse(u"0.20");
    const auto second = purchases.add(p);
    ASSERT_TRUE(second);

    EXPECT_EQ(purchases.totalForCustomer(customer).cents(), 30); // 0.1 + 0.2 is exactly 0.30
    const QList<Purchase> list = purchases.forCustomer(customer);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.first().id, *second);
    EXPECT_EQ(list.first().locationId, oldTown);
    EXPECT_EQ(notified, (QList<qint64>{customer, customer}));

    // Deleting a location keeps its purchases, without a location.
    ASSERT_TRUE(locations.remove(oldTown));
    EXPECT_EQ(purchases.forCustomer(customer).first().locationId, 0);
    ASSERT_TRUE(purchases.remove(*second));
    EXPECT_EQ(purchases.countForCustomer(customer), 1);
}

TEST_F(OtherStoresTest, PurchaseForAnUnknownCustomerIsRefused)
{
    Purchase p;
    p.customerId = 424242;
    p.time = 1;
    p.amount = Money(100);
    EXPECT_FALSE(PurchaseStore(db).add(p));
    EXPECT_EQ(PurchaseStore(db).count(), 0);
}

TEST_F(OtherStoresTest, InteractionsOfEveryKind)
{
    InteractionStore store(db);
    const InteractionKind kinds[] = {InteractionKind::Visit,         InteractionKind::EmailOpen,
                                     InteractionKind::EmailClick,    InteractionKind::CartAbandoned,
                                     InteractionKind::SupportTicket, InteractionKind::Note};
    qint64 t = 1700000000;
    for (InteractionKind k : kinds) {
        Interaction i;
        i.customerId = customer;
        i.kind = k;
        i.time = t++;
        ASSERT_TRUE(store.add(i)) << interactionKindKey(k).toStdString();
        EXPECT_EQ(interactionKindFromKey(interactionKindKey(k)), k);
    }
    EXPECT_EQ(store.count(), 6);
    EXPECT_EQ(store.count(InteractionKind::Visit), 1);
    EXPECT_EQ(store.forCustomer(customer).first().kind, InteractionKind::Note);
    EXPECT_FALSE(interactionKindFromKey(u"phone_call"));
}

TEST_F(OtherStoresTest, ShopSettingsHaveDefaultsAndTravelWithTheFile)
{
    SettingsStore settings(db);
    EXPECT_FALSE(settings.currency().isEmpty());
    EXPECT_TRUE(settings.timeZone().isValid());
    EXPECT_FALSE(settings.isOnboarded());
    QStringList keys;
    QObject::connect(db.notifier(), &ChangeNotifier::settingsChanged, db.notifier(),
                     [&](const QString &k) { keys << k; });
    settings.setShopName(QStringLiteral("  Café Lumière "));
    settings.setCurrency(QStringLiteral("chf"));
    settings.setTimeZone(QTimeZone("Europe/Zurich"));
    settings.setOnboarded(true);
    db.close();
    ASSERT_FALSE(db.open(path()).isError());
    SettingsStore reopened(db);
    EXPECT_EQ(reopened.shopName(), QStringLiteral("Café Lumière"));
    EXPECT_EQ(reopened.currency(), QStringLiteral("CHF"));
    EXPECT_EQ(reopened.timeZone().id(), QByteArray("Europe/Zurich"));
    EXPECT_TRUE(reopened.isOnboarded());
    EXPECT_EQ(keys.size(), 4);
}
