#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

class QComboBox;

namespace clientele {

// The currency and country pickers that the settings dialog and the
// first-run wizard share: the same choices, read back the same way.
class ShopChoices final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ShopChoices)

public:
    // Common currencies by ISO code ("EUR (€)"); editable for any other code.
    static void fillCurrencies(QComboBox *box, const QString &current);
    // The chosen code, upper case; may be typed, so check it is three letters.
    static QString currency(const QComboBox *box);
    // Every country by its name in the user's language, "Not set" first.
    static void fillCountries(QComboBox *box, const QString &current);
    static QString country(const QComboBox *box);
    // How often automatic backups are made: every day, every week, never.
    static void fillBackupIntervals(QComboBox *box, int everyDays);
    static int backupInterval(const QComboBox *box);
};

} // namespace clientele
