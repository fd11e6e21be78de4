#include "SettingsDialog.h"

#include "common/ShopChoices.h"
#include "storage/AppSettings.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

SettingsDialog::SettingsDialog(Database &db, AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    SettingsStore shop(db);

    m_shopName = new QLineEdit(shop.shopName(), this);
    m_shopName->setObjectName(QStringLiteral("shopName"));
    m_shopName->setPlaceholderText(tr("For example: Café Lumière"));

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    ShopChoices::fillCurrencies(m_currency, shop.currency());
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    ShopChoices::fillCountries(m_country, shop.country());

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));

    const QString defaultBackups = QFileInfo(db.path()).absolutePath() + QStringLiteral("/backups");
    m_backupFolder = new QLineEdit(settings.backupFolder(), this);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(QDir::toNativeSeparators(defaultBackups));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this, defaultBackups] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for backups"), m_backupFolder->text().isEmpty() ? defaultBackups : m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Shop &name:"), m_shopName);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("Co&untry (for phone numbers):"), m_country);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Backups go to:"), backupRow);
    m_backupEvery = new QComboBox(this);
    m_backupEvery->setObjectName(QStringLiteral("backupEvery"));
    ShopChoices::fillBackupIntervals(m_backupEvery, settings.backupEveryDays());
    form->addRow(tr("&Automatic backups:"), m_backupEvery);
    auto *note = new QLabel(tr("The shop name, currency and country are kept in the shop's file. The language and the "
                               "backup folder are kept on this computer."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void SettingsDialog::accept()
{
    const QString currency = ShopChoices::currency(m_currency);
    if (currency.size() != 3) {
        QMessageBox::information(this, tr("Settings"), tr("A currency is three letters, like EUR or USD."));
        m_currency->setFocus();
        return;
    }
    SettingsStore shop(m_db);
    if (shop.shopName() != m_shopName->text().trimmed())
        shop.setShopName(m_shopName->text());
    if (shop.currency() != currency)
        shop.setCurrency(currency);
    if (shop.country() != ShopChoices::country(m_country))
        shop.setCountry(ShopChoices::country(m_country));
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        QMessageBox::information(this, tr("Settings"), tr("The new language is used from the next start of Clientele."));
    }
    m_settings.setBackupFolder(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    m_settings.setBackupEveryDays(ShopChoices::backupInterval(m_backupEvery));
    m_settings.sync();
    QDialog::accept();
}

} // namespace clientele
