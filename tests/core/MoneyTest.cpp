#include "model/Money.h"

#include <gtest/gtest.h>

using clientele::Money;

TEST(Money, ParsesDotAndCommaDecimals)
{
    EXPECT_EQ(Money::parse(u"12")->cents(), 1200);
    EXPECT_EQ(Money::parse(u"12.5")->cents(), 1250);
    EXPECT_EQ(Money::parse(u"1,234.56")->cents(), 123456);
    EXPECT_EQ(Money::parse(u"1.234,56", true)->cents(), 123456);
    EXPECT_EQ(Money::parse(u"-3.75")->cents(), -375);
    EXPECT_EQ(Money::parse(u"(3.75)")->cents(), -375);
    EXPECT_EQ(Money::parse(u".5")->cents(), 50);
}

TEST(Money, RoundsHalfAwayFromZeroToTheCent)
{
    EXPECT_EQ(Money::parse(u"0.125")->cents(), 13);
    EXPECT_EQ(Money::parse(u"0.124")->cents(), 12);
    EXPECT_EQ(Money::parse(u"-0.125")->cents(), -13);
}

TEST(Money, RejectsWhatIsNotAnAmount)
{
    EXPECT_FALSE(Money::parse(u""));
    EXPECT_FALSE(Money::parse(u"abc"));
    EXPECT_FALSE(Money::parse(u"12.3.4"));
    EXPECT_FALSE(Money::parse(u"1e5"));
    EXPECT_FALSE(Money::parse(u"9999999999999999"));
}

TEST(Money, PlainStringKeepsEveryCent)
{
    EXPECT_EQ(Money(123456).toPlainString(), QStringLiteral("1234.56"));
    EXPECT_EQ(Money(-5).toPlainString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(0).toPlainString(), QStringLiteral("0.00"));
    // Sums of many small amounts are exact, unlike doubles.
    Money sum;
    for (int i = 0; i < 1000; ++i)
        sum += Money(10);
    EXPECT_EQ(sum.cents(), 10000);
}

TEST(Money, DisplaysInTheLocaleWithTheShopCurrency)
{
    const QString de = Money(123456).toDisplayString(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("EUR"));
    EXPECT_TRUE(de.contains(QStringLiteral("1.234,56"))) << de.toStdString();
    EXPECT_TRUE(de.contains(QStringLiteral("€"))) << de.toStdString();
    const QString us = Money(123456).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD"));
    EXPECT_EQ(us, QStringLiteral("$1,234.56"));
}
