#include "TempDatabase.h"

#include "storage/CustomerStore.h"
#include "storage/DuplicateFinder.h"
#include "storage/InteractionStore.h"
#include "storage/PhoneNumbers.h"
#include "storage/PurchaseStore.h"
#include "storage/SettingsStore.h"
#include "storage/TagStore.h"

#include <QtSql/QSqlQuery>

using namespace clientele;

namespace {

Customer person(const QString &first, const QString &last, const QString &city = {})
{
    Customer c;
    c.firstName = first;
    c.lastName = last;
    c.city = city;
    c.createdAt = 1700000000;
    return c;
}

} // namespace

TEST(PhoneNumbersTest, NationalAndInternationalFormsAgree)
{
    const QString e164 = QStringLiteral("+33612345678");
    EXPECT_EQ(phone::toE164(QStringLiteral("06 12 34 56 78"), QStringLiteral("FR")), e164);
    EXPECT_EQ(phone::toE164(QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("FR")), e164);
    EXPECT_EQ(phone::toE164(QStringLiteral("0033 612 345 678"), QStringLiteral("FR")), e164);
    // Written with its country code, a number is the same wherever the shop is.
    EXPECT_EQ(phone::toE164(QStringLiteral("+33 6 12 34 56 78"), QStringLiteral("DE")), e164);
    EXPECT_EQ(phone::toE164(QStringLiteral("'+33612345678"), QString()), e164);
    EXPECT_EQ(phone::toE164(QStringLiteral("(030) 1234567"), QStringLiteral("de")), QStringLiteral("+49301234567"));
    // Without a country, a national number cannot be read.
    EXPECT_TRUE(phone::toE164(QStringLiteral("06 12 34 56 78"), QString()).isEmpty());
    EXPECT_TRUE(phone::toE164(QStringLiteral("12"), QStringLiteral("FR")).isEmpty());
    EXPECT_TRUE(phone::toE164(QStringLiteral("call me"), QStringLiteral("FR")).isEmpty());
    EXPECT_TRUE(phone::toE164(QString(), QStringLiteral("FR")).isEmpty());
}

TEST(DuplicateFinderTest, FoldsNamesAndAllowsOneEdit)
{
    EXPECT_EQ(DuplicateFinder::foldName(QStringLiteral("Zoë-Ann ")), QStringLiteral("zoeann"));
    EXPECT_EQ(DuplicateFinder::foldName(QStringLiteral("Strauß")), QStringLiteral("strauss"));
    EXPECT_EQ(DuplicateFinder::foldName(QStringLiteral("O'Brien")), QStringLiteral("obrien"));
    EXPECT_TRUE(DuplicateFinder::withinOneEdit(u"john", u"jon"));
    EXPECT_TRUE(DuplicateFinder::withinOneEdit(u"meyer", u"meier"));
    EXPECT_TRUE(DuplicateFinder::withinOneEdit(u"mueller", u"muller"));
    EXPECT_TRUE(DuplicateFinder::withinOneEdit(u"anna", u"anan")); // swapped neighbours
    EXPECT_TRUE(DuplicateFinder::withinOneEdit(u"anna", u"anna"));
    EXPECT_TRUE(DuplicateFinder::withinOneEdit(u"ann", u"anna"));
    EXPECT_FALSE(DuplicateFinder::withinOneEdit(u"anna", u"hanna2"));
    EXPECT_FALSE(DuplicateFinder::withinOneEdit(u"martin", u"marion"));
    EXPECT_FALSE(DuplicateFinder::withinOneEdit(u"abcd", u"badc"));
}

TEST(DuplicateFinderTest, ReasonsInPlainWords)
{
    EXPECT_EQ(DuplicateFinder::reasonText(DuplicatePair::SameEmail), QStringLiteral("Same email"));
    EXPECT_EQ(DuplicateFinder::reasonText(DuplicatePair::SameEmail | DuplicatePair::SamePhone),
              QStringLiteral("Same email and same phone number"));
    EXPECT_EQ(DuplicateFinder::reasonText(DuplicatePair::SameEmail | DuplicatePair::SamePhone
                                          | DuplicatePair::SimilarName),
              QStringLiteral("Same email, same phone number and similar name in the same town"));
}

class DuplicatesTest : public TempDatabaseTest
{
protected:
    qint64 add(const Customer &c)
    {
        const auto id = CustomerStore(db).add(c);
        EXPECT_TRUE(id.has_value());
        return id.value_or(0);
    }
    QList<DuplicatePair> pairs()
    {
        DuplicateFinder finder(db);
        const auto result = finder.find();
        EXPECT_TRUE(result.has_value());
        return result ? result->pairs : QList<DuplicatePair>();
    }
    int reasonsOf(qint64 a, qint64 b)
    {
        for (const DuplicatePair &p : pairs())
            if (p.firstId == std::min(a, b) && p.secondId == std::max(a, b))
                return p.reasons;
        return 0;
    }
};

TEST_F(DuplicatesTest, EmptyShopHasNoDuplicates)
{
    DuplicateFinder finder(db);
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    const auto result = finder.find([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->pairs.isEmpty());
    EXPECT_EQ(result->found, 0);
    EXPECT_EQ(lastDone, lastTotal);
}

TEST_F(DuplicatesTest, FindsEmailsWhateverTheirCase)
{
    Customer a = person(QStringLiteral("Anna"), QStringLiteral("Schmidt"));
    a.email = QStringLiteral("Anna.Schmidt@Example.org");
    Customer b = person(QStringLiteral("A."), QStringLiteral("Schmidt-Berg"));
    b.email = QStringLiteral(" anna.schmidt@example.ORG ");
    Customer c = person(QStringLiteral("Anna"), QStringLiteral("Schmidt"));
    c.email = QStringLiteral("other@example.org");
    const qint64 ia = add(a), ib = add(b);
    add(c);
    const QList<DuplicatePair> found = pairs();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first(), (DuplicatePair{ia, ib, DuplicatePair::SameEmail}));
}

TEST_F(DuplicatesTest, FindsPhonesWrittenDifferentlyUsingTheShopCountry)
{
    ASSERT_TRUE(SettingsStore(db).setCountry(QStringLiteral("FR")));
    Customer a = person(QStringLiteral("Luc"), QStringLiteral("Bernard"));
    a.phone = QStringLiteral("06 12 34 56 78");
    Customer b = person(QStringLiteral("Lucie"), QStringLiteral("Petit"));
    b.phone = QStringLiteral("+33 (0)6-12-34-56-78");
    // The customer's own country wins over the shop's: a German number.
    Customer c = person(QStringLiteral("Jonas"), QStringLiteral("Weber"));
    c.phone = QStringLiteral("0612345678");
    c.country = QStringLiteral("DE");
    const qint64 ia = add(a), ib = add(b), ic = add(c);
    EXPECT_EQ(reasonsOf(ia, ib), DuplicatePair::SamePhone);
    EXPECT_EQ(reasonsOf(ia, ic), 0);
    EXPECT_EQ(reasonsOf(ib, ic), 0);
}

TEST_F(DuplicatesTest, FindsSameAndSimilarNamesOnlyInTheSameTown)
{
    const qint64 chloe1 = add(person(QStringLiteral("Chloé"), QStringLiteral("Dubois"), QStringLiteral("Lyon")));
    const qint64 chloe2 = add(person(QStringLiteral("chloe"), QStringLiteral("DUBOIS"), QStringLiteral("lyon ")));
    const qint64 chloeParis = add(person(QStringLiteral("Chloé"), QStringLiteral("Dubois"), QStringLiteral("Paris")));
    const qint64 jon = add(person(QStringLiteral("Jon"), QStringLiteral("Meyer"), QStringLiteral("Köln")));
    const qint64 john = add(person(QStringLiteral("John"), QStringLiteral("Meier"), QStringLiteral("Köln")));
    const qint64 johnMeyer = add(person(QStringLiteral("John"), QStringLiteral("Meyer"), QStringLiteral("Köln")));
    const qint64 initial = add(person(QStringLiteral("J."), QStringLiteral("Meyer"), QStringLiteral("Köln")));
    const qint64 anh = add(person(QStringLiteral("Anh"), QStringLiteral("Nguyen"), QStringLiteral("Berlin")));
    const qint64 swapped = add(person(QStringLiteral("Nguyen"), QStringLiteral("Anh"), QStringLiteral("Berlin")));
    const qint64 maria = add(person(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("Madrid")));
    const qint64 mario = add(person(QStringLiteral("Mario"), QStringLiteral("Garcia"), QStringLiteral("Madrid")));
    add(person(QStringLiteral("Chloé"), QStringLiteral("Dubois"))); // no town: no lead

    EXPECT_EQ(reasonsOf(chloe1, chloe2), DuplicatePair::SameName);
    EXPECT_EQ(reasonsOf(chloe1, chloeParis), 0);
    EXPECT_EQ(reasonsOf(jon, johnMeyer), DuplicatePair::SimilarName);
    EXPECT_EQ(reasonsOf(john, johnMeyer), DuplicatePair::SimilarName);
    EXPECT_EQ(reasonsOf(jon, john), 0); // two letters apart
    EXPECT_EQ(reasonsOf(initial, johnMeyer), DuplicatePair::SimilarName);
    EXPECT_EQ(reasonsOf(anh, swapped), DuplicatePair::SimilarName);
    // One letter apart, but these are different first names: still offered,
    // as a weaker lead the owner decides on.
    EXPECT_EQ(reasonsOf(maria, mario), DuplicatePair::SimilarName);
}

TEST_F(DuplicatesTest, StrongestLeadsComeFirstAndReasonsCombine)
{
    Customer a = person(QStringLiteral("Eva"), QStringLiteral("Lind"), QStringLiteral("Malmö"));
    a.email = QStringLiteral("eva@example.se");
    a.phone = QStringLiteral("+46 70 123 45 67");
    Customer b = a;
    Customer c = person(QStringLiteral("Eva"), QStringLiteral("Lindh"), QStringLiteral("Malmö"));
    const qint64 ia = add(a), ib = add(b), ic = add(c);
    const QList<DuplicatePair> found = pairs();
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found.at(0),
              (DuplicatePair{ia, ib,
                             DuplicatePair::SameEmail | DuplicatePair::SamePhone | DuplicatePair::SameName}));
    EXPECT_EQ(found.at(1), (DuplicatePair{ia, ic, DuplicatePair::SimilarName}));
    EXPECT_EQ(found.at(2), (DuplicatePair{ib, ic, DuplicatePair::SimilarName}));

    DuplicateFinder limited(db);
    limited.setLimit(1);
    const auto result = limited.find();
    ASSERT_TRUE(result);
    ASSERT_EQ(result->pairs.size(), 1);
    EXPECT_EQ(result->pairs.first(), found.first());
    EXPECT_EQ(result->found, 3);
}

TEST_F(DuplicatesTest, DismissedPairsAreNotOfferedAgain)
{
    const qint64 a = add(person(QStringLiteral("Tom"), QStringLiteral("Berg"), QStringLiteral("Oslo")));
    const qint64 b = add(person(QStringLiteral("Tom"), QStringLiteral("Berg"), QStringLiteral("Oslo")));
    DuplicateFinder finder(db);
    ASSERT_TRUE(finder.dismiss(b, a));
    EXPECT_TRUE(pairs().isEmpty());
    ASSERT_TRUE(finder.undismiss(a, b));
    EXPECT_EQ(pairs().size(), 1);
}

TEST_F(DuplicatesTest, StopsWhenAsked)
{
    for (int i = 0; i < 10; ++i)
        add(person(QStringLiteral("Sam"), QStringLiteral("Lee"), QStringLiteral("Leeds")));
    DuplicateFinder finder(db);
    EXPECT_FALSE(finder.find([](qint64, qint64) { return false; }).has_value());
}

TEST_F(DuplicatesTest, MergedDetailsCompleteTheKeptOneAndLoseNothing)
{
    Customer keep = person(QStringLiteral("Ines"), QStringLiteral("Costa"), QStringLiteral("Porto"));
    keep.id = 1;
    keep.email = QStringLiteral("ines@example.pt");
    keep.createdAt = 1700000000;
    keep.customFields.insert(QStringLiteral("Size"), QStringLiteral("M"));
    Customer other = person(QStringLiteral("Inês"), QStringLiteral(""), QStringLiteral("Lisboa"));
    other.id = 2;
    other.email = QStringLiteral("ines.costa@example.pt");
    other.phone = QStringLiteral("+351 912 345 678");
    other.street = QStringLiteral("Rua Augusta 1");
    other.birthday = QDate(1990, 5, 17);
    other.consentSms = true;
    other.consentSmsAt = 1690000000;
    other.createdAt = 1600000000;
    other.externalId = QStringLiteral("shopify-77");
    other.notes = QStringLiteral("Prefers oat milk");
    other.customFields.insert(QStringLiteral("Size"), QStringLiteral("L"));
    other.customFields.insert(QStringLiteral("Dog"), QStringLiteral("Rex"));

    const Customer m = CustomerStore::mergedDetails(keep, other);
    EXPECT_EQ(m.id, 1);
    EXPECT_EQ(m.firstName, QStringLiteral("Ines"));
    EXPECT_EQ(m.email, QStringLiteral("ines@example.pt"));
    EXPECT_EQ(m.phone, QStringLiteral("+351 912 345 678"));
    EXPECT_EQ(m.city, QStringLiteral("Porto")); // the kept address stays whole
    EXPECT_TRUE(m.street.isEmpty());
    EXPECT_EQ(m.birthday, QDate(1990, 5, 17));
    EXPECT_TRUE(m.consentSms);
    EXPECT_EQ(m.consentSmsAt, 1690000000);
    EXPECT_EQ(m.createdAt, 1600000000);
    EXPECT_EQ(m.externalId, QStringLiteral("shopify-77"));
    EXPECT_EQ(m.customFields.value(QStringLiteral("Size")), QStringLiteral("M"));
    EXPECT_EQ(m.customFields.value(QStringLiteral("Dog")), QStringLiteral("Rex"));
    EXPECT_TRUE(m.notes.contains(QStringLiteral("Prefers oat milk")));
    EXPECT_TRUE(m.notes.contains(QStringLiteral("ines.costa@example.pt"))) << m.notes.toStdString();
}

TEST_F(DuplicatesTest, MergeMovesEverythingAndUnmergeRestoresBoth)
{
    Customer a = person(QStringLiteral("Olga"), QStringLiteral("Ivanova"), QStringLiteral("Riga"));
    a.email = QStringLiteral("olga@example.lv");
    Customer b = person(QStringLiteral("Olga"), QStringLiteral("Ivanova"), QStringLiteral("Riga"));
    b.phone = QStringLiteral("+371 2000 0000");
    const qint64 ia = add(a), ib = add(b);
    PurchaseStore purchases(db);
    Purchase p;
    p.customerId = ia;
    p.time = 1700000000;
    p.amount = Money::fromCents(1250);
    ASSERT_TRUE(purchases.add(p));
    p.customerId = ib;
    p.amount = Money::fromCents(4000);
    ASSERT_TRUE(purchases.add(p));
    p.amount = Money::fromCents(300);
    ASSERT_TRUE(purchases.add(p));
    Interaction visit;
    visit.customerId = ib;
    visit.time = 1700000100;
    visit.kind = InteractionKind::Visit;
    ASSERT_TRUE(InteractionStore(db).add(visit));
    TagStore tags(db);
    const qint64 vip = tags.ensure(QStringLiteral("VIP")).value_or(0);
    const qint64 both = tags.ensure(QStringLiteral("Newsletter")).value_or(0);
    ASSERT_EQ(tags.tagCustomers(vip, {ib}), 1);
    ASSERT_EQ(tags.tagCustomers(both, {ia, ib}), 2);

    CustomerStore store(db);
    const QList<CustomerRecord> before = store.records({ia, ib});
    ASSERT_EQ(before.size(), 2);
    const Customer merged = CustomerStore::mergedDetails(*store.find(ia), *store.find(ib));
    ASSERT_TRUE(store.merge(merged, ib));

    EXPECT_FALSE(store.find(ib).has_value());
    const auto kept = store.find(ia);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->phone, QStringLiteral("+371 2000 0000"));
    const QList<CustomerRecord> after = store.records({ia});
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first().purchases.size(), 3);
    EXPECT_EQ(after.first().interactions.size(), 1);
    EXPECT_EQ(tags.tagsOf(ia).size(), 2);
    EXPECT_EQ(store.count(), 1);
    // The merged-away customer can no longer be merged again.
    EXPECT_FALSE(store.merge(merged, ib));

    ASSERT_TRUE(store.unmerge(before));
    const QList<CustomerRecord> restored = store.records({ia, ib});
    ASSERT_EQ(restored.size(), 2);
    EXPECT_EQ(restored.at(0).customer.email, QStringLiteral("olga@example.lv"));
    EXPECT_TRUE(restored.at(0).customer.phone.isEmpty());
    EXPECT_EQ(restored.at(0).purchases.size(), 1);
    EXPECT_EQ(restored.at(1).purchases.size(), 2);
    EXPECT_EQ(restored.at(1).interactions.size(), 1);
    EXPECT_EQ(restored.at(1).purchases.at(0).id, before.at(1).purchases.at(0).id);
    EXPECT_EQ(tags.tagsOf(ia).size(), 1);
    EXPECT_EQ(tags.tagsOf(ib).size(), 2);
    // The search index follows: both can be found again.
    CustomerQuery q;
    q.text = QStringLiteral("Olga");
    EXPECT_EQ(store.count(q), 2);
}

TEST_F(DuplicatesTest, NamesAloneAreNoLeadWhenContactDetailsContradict)
{
    // Two different emails, phones or birthdays mean two people; with one
    // record missing the detail, they may be one.
    Customer a = person(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("Madrid"));
    a.email = QStringLiteral("maria1@example.es");
    Customer b = a;
    b.email = QStringLiteral("maria2@example.es");
    Customer c = person(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("Sevilla"));
    c.birthday = QDate(1980, 1, 2);
    Customer d = c;
    d.birthday = QDate(1991, 3, 4);
    Customer e = person(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("Toledo"));
    e.phone = QStringLiteral("+34 600 000 000");
    Customer f = person(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("Toledo"));
    f.phone = QStringLiteral("+34 600 000 001");
    Customer g = person(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("Bilbao"));
    g.email = QStringLiteral("maria@example.es");
    g.birthday = QDate(1980, 1, 2);
    Customer h = person(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("Bilbao"));
    h.phone = QStringLiteral("+34 600 000 002");
    const qint64 ia = add(a), ib = add(b), ic = add(c), id = add(d), ie = add(e), iff = add(f), ig = add(g),
                 ih = add(h);
    EXPECT_EQ(reasonsOf(ia, ib), 0);
    EXPECT_EQ(reasonsOf(ic, id), 0);
    EXPECT_EQ(reasonsOf(ie, iff), 0);
    EXPECT_EQ(reasonsOf(ig, ih), DuplicatePair::SameName);
}

TEST_F(DuplicatesTest, NamesCommonInTheirTownAreNoLead)
{
    const qint64 a = add(person(QStringLiteral("Emily"), QStringLiteral("Smith"), QStringLiteral("London")));
    const qint64 b = add(person(QStringLiteral("Emily"), QStringLiteral("Smith"), QStringLiteral("London")));
    const qint64 c = add(person(QStringLiteral("Emily"), QStringLiteral("Smith"), QStringLiteral("London")));
    const qint64 typo = add(person(QStringLiteral("Emilly"), QStringLiteral("Smith"), QStringLiteral("London")));
    const qint64 d = add(person(QStringLiteral("Emma"), QStringLiteral("Jones"), QStringLiteral("London")));
    const qint64 e = add(person(QStringLiteral("Emma"), QStringLiteral("Jones"), QStringLiteral("London")));
    EXPECT_EQ(reasonsOf(a, b), 0);
    EXPECT_EQ(reasonsOf(b, c), 0);
    // A unique spelling next to a common name may well be a typo of it.
    EXPECT_EQ(reasonsOf(a, typo), DuplicatePair::SimilarName);
    EXPECT_EQ(reasonsOf(d, e), DuplicatePair::SameName);
}
