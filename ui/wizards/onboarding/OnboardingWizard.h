#pragma once

#include <QtCore/QMap>
#include <QtWidgets/QWizard>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace clientele {

class AppSettings;
class Database;
class EditController;
class RuleCounter;
class SegmentEngine;

// The first-run questions: what Clientele does, the kind of business, how
// the customers come in, the first groups (from the business's template
// set), where backups go, and what to do next. Nothing is saved until the
// owner clicks Finish; the caller acts on customersChoice() afterwards
// (demo shop, import wizard or nothing).
class OnboardingWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnboardingWizard)

public:
    enum PageId { WelcomePageId, BusinessPageId, CustomersPageId, GroupsPageId, BackupsPageId, DonePageId };
    enum class CustomersChoice { DemoShop, ImportFile, StartEmpty };

    // `engine`, when given, counts the customers in each proposed group.
    OnboardingWizard(Database &db, EditController &edits, AppSettings &settings, SegmentEngine *engine = nullptr,
                     QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    CustomersChoice customersChoice() const;
    // The SettingsStore business kind chosen ("cafe" ... "other").
    QString businessKind() const;
    // The template set the groups come from ("other" uses "retail").
    QString templateSetKey() const;

    // Brings the customers in when the owner leaves the "Your customers"
    // page (makes the demo shop, or runs the import wizard), so the groups
    // that follow are counted on them. Returns false when nothing came in
    // (cancelled); the wizard then stays on that page. Without a handler,
    // the caller does it after Finish.
    using CustomersHandler = std::function<bool(CustomersChoice)>;
    void setCustomersHandler(CustomersHandler handler);
    // The demo shop or an import was brought in through the handler.
    bool customersBroughtIn() const { return m_broughtIn; }
    // The proposed groups are being counted.
    bool isCounting() const;

    void accept() override;
    bool validateCurrentPage() override;

protected:
    void initializePage(int id) override;

private:
    QWizardPage *createWelcomePage();
    QWizardPage *createBusinessPage();
    QWizardPage *createCustomersPage();
    QWizardPage *createGroupsPage();
    QWizardPage *createBackupsPage();
    QWizardPage *createDonePage();

    QMap<QString, int> parameters() const;
    void buildGroups();
    void updateGroups();
    void showGroupCounts(const QList<qint64> &counts);
    bool save(QString *error);

    Database &m_db;
    EditController &m_edits;
    AppSettings &m_settings;
    SegmentEngine *m_engine = nullptr;
    RuleCounter *m_counter = nullptr; // with an engine only
    QStringList m_counted;            // template keys, in the order counted

    QComboBox *m_kind = nullptr;
    QLineEdit *m_shopName = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_country = nullptr;
    QButtonGroup *m_customers = nullptr;
    QWidget *m_parametersBox = nullptr;
    QList<QSpinBox *> m_spins;
    QTreeWidget *m_segments = nullptr;
    QString m_builtSet;
    QLineEdit *m_backupFolder = nullptr;
    QComboBox *m_backupEvery = nullptr;
    QLabel *m_doneNote = nullptr;
    QLabel *m_customersNote = nullptr;
    CustomersHandler m_customersHandler;
    bool m_broughtIn = false;
};

} // namespace clientele
