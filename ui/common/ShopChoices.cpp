#include "ShopChoices.h"

#include "model/Money.h"

#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>

#include <algorithm>

namespace clientele {

void ShopChoices::fillCurrencies(QComboBox *box, const QString &current)
{
    box->setEditable(true);
    const QStringList currencies = {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                                    QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                                    QStringLiteral("JPY"), QStringLiteral("PLN"), QStringLiteral("SEK"),
                                    QStringLiteral("DKK"), QStringLiteral("NOK"), QStringLiteral("CZK"),
                                    QStringLiteral("TRY"), QStringLiteral("BRL"), QStringLiteral("MXN"),
                                    QStringLiteral("INR")};
    for (const QString &c : currencies)
        box->addItem(QStringLiteral("%1 (%2)").arg(c, Money::currencySymbol(c)), c);
    const int index = box->findData(current);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(current);
}

QString ShopChoices::currency(const QComboBox *box)
{
    // A listed item shows "EUR (€)"; typed text is taken as a code.
    const int index = box->currentIndex();
    if (index >= 0 && box->currentText() == box->itemText(index))
        return box->itemData(index).toString();
    return box->currentText().trimmed().left(3).toUpper();
}

void ShopChoices::fillCountries(QComboBox *box, const QString &current)
{
    QList<QPair<QString, QString>> countries;
    const bool englishUi = QLocale().language() == QLocale::English || QLocale().language() == QLocale::C;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || code == u"AA" || code == u"ZZ")
            continue;
        // Qt has country names only in English and in each country's own
        // language. Outside English the country's own name is shown
        // ("Deutschland", "France", "España"): it reads right in any language.
        const QString english = QLocale::territoryToString(territory);
        const QString native =
            englishUi ? QString() : QLocale(QLocale::AnyLanguage, QLocale::AnyScript, territory).nativeTerritoryName();
        const QString shown = native.isEmpty() ? english : native;
        countries.append({shown, code});
    }
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    box->addItem(tr("Not set"), QString());
    for (const auto &c : std::as_const(countries))
        box->addItem(c.first, c.second);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void ShopChoices::fillBackupIntervals(QComboBox *box, int everyDays)
{
    box->addItem(tr("Every day"), 1);
    box->addItem(tr("Every week"), 7);
    box->addItem(tr("Never (I make my own backups)"), 0);
    const int index = box->findData(everyDays);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

int ShopChoices::backupInterval(const QComboBox *box)
{
    return box->currentData().toInt();
}

QString ShopChoices::country(const QComboBox *box)
{
    return box->currentData().toString();
}

} // namespace clientele
