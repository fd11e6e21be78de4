#include "OnboardingWizard.h"

#include "common/RuleCounter.h"
#include "common/WhyLabel.h"

#include "commands/EditController.h"
#include "common/ShopChoices.h"
#include "segments/AsOfDay.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "storage/AppSettings.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace clientele {

namespace {

enum Column { NameColumn, SentenceColumn, CountColumn };
constexpr int KeyRole = Qt::UserRole;

// Only the name column of the groups list can be edited.
class ReadOnlyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return nullptr;
    }
};

QString defaultBackupFolder(const Database &db)
{
    return QDir::toNativeSeparators(QFileInfo(db.path()).absolutePath() + QStringLiteral("/backups"));
}

} // namespace

OnboardingWizard::OnboardingWizard(Database &db, EditController &edits, AppSettings &settings, SegmentEngine *engine,
                                   QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_edits(edits)
    , m_settings(settings)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Getting started with Clientele"));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // Room for the proposed groups with their sentences, on a laptop screen.
    setMinimumSize(760, 580);
    setPage(WelcomePageId, createWelcomePage());
    setPage(BusinessPageId, createBusinessPage());
    setPage(CustomersPageId, createCustomersPage());
    setPage(GroupsPageId, createGroupsPage());
    setPage(BackupsPageId, createBackupsPage());
    setPage(DonePageId, createDonePage());
    setStartId(WelcomePageId);
    if (m_engine) {
        m_counter = new RuleCounter(m_db, *m_engine, this);
        connect(m_counter, &RuleCounter::counted, this, &OnboardingWizard::showGroupCounts);
    }
}

OnboardingWizard::~OnboardingWizard() = default;

QWizardPage *OnboardingWizard::createWelcomePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setTitle(tr("Welcome to Clientele"));
    page->setSubTitle(tr("A few questions so Clientele fits your shop from the first day."));
    auto *layout = new QVBoxLayout(page);
    auto *text = new QLabel(tr("Clientele keeps your customers and what they bought in one place. "
                               "It sorts them into groups, such as your regulars or the people you have not seen "
                               "for a while, so you know whom to thank and whom to win back. "
                               "It prints lists and exports addresses for your offers and letters."),
                            page);
    text->setWordWrap(true);
    auto *privacy = new QLabel(tr("Your data stays on this computer: nothing is sent anywhere."), page);
    privacy->setWordWrap(true);
    layout->addWidget(text);
    layout->addWidget(privacy);
    layout->addStretch(1);
    return page;
}

QWizardPage *OnboardingWizard::createBusinessPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("businessPage"));
    page->setTitle(tr("Your business"));
    page->setSubTitle(tr("Knowing your kind of business lets Clientele suggest groups that make sense for you."));
    const SettingsStore shop(m_db);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("businessKind"));
    m_kind->addItem(tr("Café or restaurant"), QStringLiteral("cafe"));
    m_kind->addItem(tr("Shop"), QStringLiteral("retail"));
    m_kind->addItem(tr("Salon or services"), QStringLiteral("salon"));
    m_kind->addItem(tr("Online shop"), QStringLiteral("online"));
    m_kind->addItem(tr("Crypto ATM or kiosk"), QStringLiteral("crypto_atm"));
    m_kind->addItem(tr("Financial services"), QStringLiteral("finance"));
    m_kind->addItem(tr("Something else"), QStringLiteral("other"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(shop.businessKind())));

    m_shopName = new QLineEdit(shop.shopName(), page);
    m_shopName->setObjectName(QStringLiteral("shopName"));
    m_shopName->setPlaceholderText(tr("For example: Café Lumière"));

    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currency"));
    ShopChoices::fillCurrencies(m_currency, shop.currency());
    m_country = new QComboBox(page);
    m_country->setObjectName(QStringLiteral("country"));
    ShopChoices::fillCountries(m_country, shop.country());

    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind of business:"), m_kind);
    form->addRow(tr("Shop na&me:"), m_shopName); // Alt+N is Next
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("C&ountry:"), m_country);
    layout->addLayout(form);
    layout->addWidget(whyLabel(tr("The country is used to read phone numbers written without a country code."), page));
    layout->addStretch(1);
    return page;
}

QWizardPage *OnboardingWizard::createCustomersPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("customersPage"));
    page->setTitle(tr("Your customers"));
    page->setSubTitle(tr("Clientele works best with your customers in it, so choose how to begin."));
    const bool empty = CustomerStore(m_db).count() == 0;

    auto *demo = new QRadioButton(tr("&Try the demo shop: a café with 2,000 made-up customers to look around"), page);
    demo->setObjectName(QStringLiteral("choiceDemo"));
    demo->setEnabled(empty);
    auto *import = new QRadioButton(tr("&Import a file now (a CSV list from your till, web shop or spreadsheet)"), page);
    import->setObjectName(QStringLiteral("choiceImport"));
    auto *none = new QRadioButton(tr("&Start empty and add customers as they come"), page);
    none->setObjectName(QStringLiteral("choiceEmpty"));
    m_customers = new QButtonGroup(page);
    m_customers->addButton(demo, int(CustomersChoice::DemoShop));
    m_customers->addButton(import, int(CustomersChoice::ImportFile));
    m_customers->addButton(none, int(CustomersChoice::StartEmpty));
    none->setChecked(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(demo);
    layout->addWidget(import);
    layout->addWidget(none);
    if (!empty)
        layout->addWidget(whyLabel(tr("The demo shop needs an empty file, and this one already has customers."), page));
    m_customersNote = whyLabel(tr("The demo shop or the import starts after you click Finish."), page);
    m_customersNote->setObjectName(QStringLiteral("customersNote"));
    layout->addWidget(m_customersNote);
    layout->addStretch(1);
    return page;
}

QWizardPage *OnboardingWizard::createGroupsPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("groupsPage"));
    page->setTitle(tr("Your groups"));
    page->setSubTitle(tr("Groups show at a glance who your regulars are and who is drifting away, so a few "
                         "questions set where each group begins."));
    m_parametersBox = new QWidget(page);
    new QFormLayout(m_parametersBox);

    m_segments = new QTreeWidget(page);
    m_segments->setObjectName(QStringLiteral("segments"));
    m_segments->setAccessibleName(tr("Proposed groups"));
    m_segments->setRootIsDecorated(false);
    m_segments->setHeaderLabels({tr("Group"), tr("Who is in it"), tr("Customers now")});
    m_segments->setItemDelegateForColumn(SentenceColumn, new ReadOnlyDelegate(m_segments));
    m_segments->setItemDelegateForColumn(CountColumn, new ReadOnlyDelegate(m_segments));
    m_segments->setWordWrap(true);
    m_segments->header()->setStretchLastSection(false); // the sentence takes the room, not the count
    m_segments->header()->setSectionResizeMode(SentenceColumn, QHeaderView::Stretch);
    m_segments->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_segments->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("Potential loyalists")) + 48);
    m_segments->setMinimumHeight(fontMetrics().lineSpacing() * 9);
    m_segments->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_parametersBox);
    layout->addWidget(m_segments, 1);
    layout->addWidget(whyLabel(tr("Untick a group you do not want, or double-click its name to rename it; you can "
                                  "change them all later on the Segments page."),
                               page));
    return page;
}

QWizardPage *OnboardingWizard::createBackupsPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("backupsPage"));
    page->setTitle(tr("Backups"));
    page->setSubTitle(tr("A copy in another place saves your customer list when a computer breaks or is lost."));
    const QString defaultFolder = defaultBackupFolder(m_db);
    m_backupFolder = new QLineEdit(
        m_settings.backupFolder().isEmpty() ? defaultFolder : QDir::toNativeSeparators(m_settings.backupFolder()), page);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    auto *browse = new QPushButton(tr("Choose…"), page);
    browse->setObjectName(QStringLiteral("chooseBackupFolder"));
    connect(browse, &QPushButton::clicked, this, [this, defaultFolder] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for backups"), m_backupFolder->text().isEmpty() ? defaultFolder : m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_backupFolder, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("Backup &folder:"), page);
    folderLabel->setBuddy(m_backupFolder); // a row holding a layout gets no buddy by itself
    form->addRow(folderLabel, row);
    m_backupEvery = new QComboBox(page);
    m_backupEvery->setObjectName(QStringLiteral("backupEvery"));
    ShopChoices::fillBackupIntervals(m_backupEvery, m_settings.backupEveryDays());
    form->addRow(tr("Automatic backups:"), m_backupEvery);
    layout->addLayout(form);
    layout->addWidget(whyLabel(tr("A folder on a USB stick or a synced cloud folder is the safest choice. "
                                  "Clientele puts a copy there by itself, as often as you choose, and keeps "
                                  "the last ten; File > Back up adds one whenever you like."),
                               page));
    layout->addStretch(1);
    return page;
}

QWizardPage *OnboardingWizard::createDonePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(QStringLiteral("donePage"));
    page->setTitle(tr("Done"));
    page->setSubTitle(tr("Click Finish to save your answers; here is what to do next."));
    auto *steps = new QLabel(tr("<ul>"
                                "<li>Bring your customers in: File > Import, or add them one by one with Ctrl+N.</li>"
                                "<li>Look at your groups on the Segments page and rename or adjust them.</li>"
                                "<li>Check the Dashboard each week to see who needs a call or an offer.</li>"
                                "<li>Back up regularly with File > Back up.</li>"
                                "</ul>"),
                             page);
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    m_doneNote = new QLabel(page);
    m_doneNote->setObjectName(QStringLiteral("doneNote"));
    m_doneNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(steps);
    layout->addWidget(m_doneNote);
    layout->addWidget(whyLabel(tr("You can open these questions again any time from Help > Getting started."), page));
    layout->addStretch(1);
    return page;
}

OnboardingWizard::CustomersChoice OnboardingWizard::customersChoice() const
{
    const int id = m_customers->checkedId();
    return id < 0 ? CustomersChoice::StartEmpty : CustomersChoice(id);
}

QString OnboardingWizard::businessKind() const
{
    return m_kind->currentData().toString();
}

QString OnboardingWizard::templateSetKey() const
{
    const QString kind = businessKind();
    return SegmentTemplates::keys().contains(kind) && kind != u"rfm" ? kind : QStringLiteral("retail");
}

void OnboardingWizard::initializePage(int id)
{
    if (id == GroupsPageId && m_builtSet != templateSetKey())
        buildGroups();
    else if (id == GroupsPageId)
        updateGroups(); // counted again: customers may have come in since
    QWizard::initializePage(id);
}

void OnboardingWizard::setCustomersHandler(CustomersHandler handler)
{
    m_customersHandler = std::move(handler);
    m_customersNote->setText(m_customersHandler
                                 ? tr("The demo shop or the import starts when you click Next; then the wizard goes "
                                      "on, so the groups are counted on your customers.")
                                 : tr("The demo shop or the import starts after you click Finish."));
}

bool OnboardingWizard::validateCurrentPage()
{
    if (currentId() != CustomersPageId || !m_customersHandler || m_broughtIn
        || customersChoice() == CustomersChoice::StartEmpty)
        return QWizard::validateCurrentPage();
    m_broughtIn = m_customersHandler(customersChoice());
    if (!m_broughtIn) {
        m_customersNote->setText(tr("Nothing was brought in. Try again, or choose another way to begin."));
        return false;
    }
    m_customersNote->setText(tr("Your customers are in. Click Next to group them."));
    for (QAbstractButton *b : m_customers->buttons())
        b->setEnabled(false); // done; the choice cannot be taken back here
    return QWizard::validateCurrentPage();
}

QMap<QString, int> OnboardingWizard::parameters() const
{
    QMap<QString, int> values;
    for (const QSpinBox *spin : m_spins)
        values.insert(spin->objectName(), spin->value());
    return values;
}

void OnboardingWizard::buildGroups()
{
    m_builtSet = templateSetKey();
    const std::optional<TemplateSet> set = SegmentTemplates::set(m_builtSet);
    auto *form = static_cast<QFormLayout *>(m_parametersBox->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_spins.clear();
    m_segments->clear();
    if (!set)
        return;
    for (const TemplateParameter &p : set->parameters) {
        auto *spin = new QSpinBox(m_parametersBox);
        spin->setObjectName(p.key);
        spin->setRange(p.minimum, p.maximum);
        spin->setValue(p.value);
        spin->setAccessibleName(p.label);
        connect(spin, &QSpinBox::valueChanged, this, &OnboardingWizard::updateGroups);
        form->addRow(p.label, spin);
        m_spins << spin;
    }
    m_parametersBox->setVisible(!m_spins.isEmpty());
    for (const SegmentTemplate &t : set->segments) {
        auto *item = new QTreeWidgetItem(m_segments);
        item->setText(NameColumn, t.name);
        item->setData(NameColumn, KeyRole, t.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(NameColumn, Qt::Checked);
        item->setToolTip(NameColumn, t.description);
    }
    updateGroups();
}

void OnboardingWizard::updateGroups()
{
    const std::optional<TemplateSet> set = SegmentTemplates::set(m_builtSet, parameters());
    if (!set)
        return;
    // The sentences at once; the counts from a worker (showGroupCounts).
    QList<Rule> rules;
    m_counted.clear();
    for (int i = 0; i < m_segments->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_segments->topLevelItem(i);
        const QString key = item->data(NameColumn, KeyRole).toString();
        for (const SegmentTemplate &t : set->segments) {
            if (t.key != key)
                continue;
            item->setText(SentenceColumn, RuleText::sentence(t.rule));
            item->setToolTip(SentenceColumn, item->text(SentenceColumn));
            if (m_counter) {
                item->setText(CountColumn, tr("…"));
                rules << t.rule;
                m_counted << key;
            }
        }
    }
    m_segments->setColumnHidden(CountColumn, !m_counter);
    if (m_counter)
        m_counter->count(rules);
}

void OnboardingWizard::showGroupCounts(const QList<qint64> &counts)
{
    for (int i = 0; i < m_segments->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_segments->topLevelItem(i);
        const qsizetype at = m_counted.indexOf(item->data(NameColumn, KeyRole).toString());
        if (at < 0 || at >= counts.size())
            continue;
        const qint64 n = counts.at(at);
        item->setText(CountColumn, n < 0 ? tr("cannot be counted") : QLocale().toString(n));
    }
}

bool OnboardingWizard::isCounting() const
{
    return m_counter && m_counter->isBusy();
}

bool OnboardingWizard::save(QString *error)
{
    SettingsStore shop(m_db);
    shop.setBusinessKind(businessKind());
    shop.setShopName(m_shopName->text().trimmed());
    const QString currency = ShopChoices::currency(m_currency);
    if (currency.size() == 3)
        shop.setCurrency(currency);
    shop.setCountry(ShopChoices::country(m_country));

    const QString folder = m_backupFolder->text().trimmed();
    m_settings.setBackupFolder(folder.isEmpty() ? QString() : QDir::fromNativeSeparators(folder));
    m_settings.setBackupEveryDays(ShopChoices::backupInterval(m_backupEvery));
    m_settings.sync();

    if (m_builtSet.isEmpty())
        buildGroups();
    const std::optional<TemplateSet> set = SegmentTemplates::set(m_builtSet, parameters());
    QStringList taken;
    for (const Segment &s : SegmentStore(m_db).all())
        taken << s.name.toLower();
    QList<Segment> segments;
    for (int i = 0; set && i < m_segments->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_segments->topLevelItem(i);
        if (item->checkState(NameColumn) != Qt::Checked)
            continue;
        const QString name = item->text(NameColumn).trimmed();
        if (name.isEmpty() || taken.contains(name.toLower()))
            continue;
        const QString key = item->data(NameColumn, KeyRole).toString();
        for (const SegmentTemplate &t : set->segments) {
            if (t.key != key)
                continue;
            segments << t.toSegment(name);
            taken << name.toLower();
        }
    }
    if (!segments.isEmpty() && m_edits.addSegments(segments, error).isEmpty())
        return false;
    shop.setOnboarded(true);
    return true;
}

void OnboardingWizard::accept()
{
    if (!validateCurrentPage())
        return;
    QString error;
    if (!save(&error)) {
        m_doneNote->setText(error.isEmpty() ? tr("The groups could not be added.") : error);
        return;
    }
    QWizard::accept();
}

} // namespace clientele
