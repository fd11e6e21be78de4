#pragma once

#include <QtWidgets/QDialog>

class QComboBox;
class QLineEdit;

namespace clientele {

class AppSettings;
class Database;

// The shop's name and currency, the country for phone numbers, the language
// and where backups go. Shop settings travel with the file; language and
// backup folder belong to this computer.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Database &db, AppSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    Database &m_db;
    AppSettings &m_settings;
    QLineEdit *m_shopName = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QComboBox *m_backupEvery = nullptr;
};

} // namespace clientele
