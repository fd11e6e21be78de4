#include "CustomerCard.h"

#include "PurchaseDialog.h"
#include "commands/EditController.h"
#include "common/FlowLayout.h"
#include "segments/MemorySegmentEvaluator.h"
#include "segments/SegmentEngine.h"
#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/InteractionStore.h"
#include "storage/LocationStore.h"
#include "storage/PurchaseStore.h"
#include "storage/SettingsStore.h"
#include "storage/TagStore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDateTime>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtGui/QUndoStack>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

namespace {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return shape.match(text.trimmed()).hasMatch();
}

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./\\-]+$"));
    QString t = text.trimmed();
    if (t.startsWith(u'\''))
        t.remove(0, 1);
    return allowed.match(t).hasMatch() && CustomerStore::normalizePhone(t).size() >= 5;
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    label->hide();
    return label;
}

QString interactionText(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Visit:
        return CustomerCard::tr("Visit");
    case InteractionKind::EmailOpen:
        return CustomerCard::tr("Opened an email");
    case InteractionKind::EmailClick:
        return CustomerCard::tr("Clicked a link in an email");
    case InteractionKind::CartAbandoned:
        return CustomerCard::tr("Left a full cart");
    case InteractionKind::SupportTicket:
        return CustomerCard::tr("Asked for help");
    case InteractionKind::Note:
        return CustomerCard::tr("Note");
    }
    return QString();
}

} // namespace

CustomerCard::CustomerCard(Database &db, EditController &edits, SegmentEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_edits(edits)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("customerCard"));
    buildUi();
    ChangeNotifier *n = db.notifier();
    // Changes made elsewhere (undo, a bulk action, an import) show at once;
    // the form itself is reloaded only when the owner is not typing in it.
    connect(n, &ChangeNotifier::customersChanged, this, [this](const QList<qint64> &ids) {
        if (m_customer.id > 0 && (ids.isEmpty() || ids.contains(m_customer.id)) && !m_dirty)
            load();
    });
    connect(n, &ChangeNotifier::customerTagsChanged, this, [this](const QList<qint64> &ids) {
        if (m_customer.id > 0 && (ids.isEmpty() || ids.contains(m_customer.id)))
            loadTags();
    });
    connect(n, &ChangeNotifier::tagsChanged, this, &CustomerCard::loadTags);
    connect(n, &ChangeNotifier::purchasesChanged, this, [this](const QList<qint64> &ids) {
        if (m_customer.id > 0 && (ids.isEmpty() || ids.contains(m_customer.id)))
            loadPurchases();
    });
    connect(n, &ChangeNotifier::reset, this, [this] {
        if (m_customer.id > 0 && !CustomerStore(m_db).find(m_customer.id))
            showCustomer(0);
    });
    if (m_engine)
        connect(m_engine, &SegmentEngine::resultsChanged, this, &CustomerCard::loadExplanation);
    showCustomer(0);
}

QWidget *CustomerCard::section(const QString &title, QWidget *content)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    auto *heading = new QLabel(title, box);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    layout->addWidget(content);
    return box;
}

void CustomerCard::buildUi()
{
    m_placeholder = new QLabel(tr("Choose a customer in the list to see everything about them here.\n\n"
                                  "Ctrl+N adds a new customer."),
                               this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_body = new QWidget(this);
    m_title = new QLabel(m_body);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_segment = new QLabel(m_body);
    m_segment->setObjectName(QStringLiteral("segmentExplanation"));
    m_segment->setWordWrap(true);
    m_segment->setTextFormat(Qt::PlainText);

    auto make = [this](const QString &name) {
        auto *edit = new QLineEdit(m_body);
        edit->setObjectName(name);
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        return edit;
    };
    m_firstName = make(QStringLiteral("firstName"));
    m_lastName = make(QStringLiteral("lastName"));
    m_email = make(QStringLiteral("email"));
    m_emailProblem = problemLabel(m_body);
    m_phone = make(QStringLiteral("phone"));
    m_phoneProblem = problemLabel(m_body);
    m_street = make(QStringLiteral("street"));
    m_postalCode = make(QStringLiteral("postalCode"));
    m_postalCode->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    m_postalCode->setPlaceholderText(tr("Postal code"));
    m_street->setPlaceholderText(tr("Street and number"));
    m_city = make(QStringLiteral("city"));
    m_country = make(QStringLiteral("country"));
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
    m_country->setToolTip(tr("Two letters, for example FR, DE, ES"));
    m_country->setPlaceholderText(tr("FR"));
    m_city->setPlaceholderText(tr("City"));
    connect(m_email, &QLineEdit::editingFinished, this, [this] { validate(); });
    connect(m_phone, &QLineEdit::editingFinished, this, [this] { validate(); });

    m_origin = new QComboBox(m_body);
    m_origin->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_origin->setMinimumContentsLength(12);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->addItem(tr("Not known"), int(Origin::Unknown));
    m_origin->addItem(tr("Walked in"), int(Origin::WalkIn));
    m_origin->addItem(tr("Online"), int(Origin::Online));
    m_origin->addItem(tr("Recommended by someone"), int(Origin::Referral));
    m_origin->addItem(tr("From an imported list"), int(Origin::Imported));
    connect(m_origin, &QComboBox::activated, this, [this] { setDirty(true); });

    m_consentEmail = new QCheckBox(tr("Agrees to receive emails"), m_body);
    m_consentEmail->setObjectName(QStringLiteral("consentEmail"));
    m_consentSms = new QCheckBox(tr("Agrees to receive text messages"), m_body);
    m_consentSms->setObjectName(QStringLiteral("consentSms"));
    m_consentDates = new QLabel(m_body);
    m_consentDates->setEnabled(false);
    m_consentDates->setWordWrap(true);
    connect(m_consentEmail, &QCheckBox::clicked, this, [this] { setDirty(true); });
    connect(m_consentSms, &QCheckBox::clicked, this, [this] { setDirty(true); });

    m_hasBirthday = new QCheckBox(tr("Known:"), m_body);
    m_birthday = new QDateEdit(m_body);
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_birthday->setCalendarPopup(true);
    // The locale's short date, but with the whole year: "24.10.74" reads as 2074 to some.
    QString birthdayFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!birthdayFormat.contains(QStringLiteral("yyyy")))
        birthdayFormat.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    m_birthday->setDisplayFormat(birthdayFormat);
    m_birthday->setMinimumWidth(m_birthday->fontMetrics().horizontalAdvance(QStringLiteral("00.00.0000")) + 48);
    m_birthday->setDateRange(QDate(1900, 1, 1), QDate::currentDate());
    m_birthday->setEnabled(false);
    connect(m_hasBirthday, &QCheckBox::toggled, m_birthday, &QWidget::setEnabled);
    connect(m_hasBirthday, &QCheckBox::clicked, this, [this] { setDirty(true); });
    connect(m_birthday, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    auto *birthdayRow = new QHBoxLayout;
    birthdayRow->addWidget(m_hasBirthday);
    birthdayRow->addWidget(m_birthday);
    birthdayRow->addStretch(1);

    m_notes = new QPlainTextEdit(m_body);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
    m_customFields = new QLabel(m_body);
    m_customFields->setWordWrap(true);
    m_customFields->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *address = new QHBoxLayout;
    address->addWidget(m_postalCode);
    address->addWidget(m_city, 1);
    address->addWidget(m_country);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // On a narrow card the labels go above their fields instead of clipping them.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailProblem);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_phoneProblem);
    form->addRow(tr("&Address:"), m_street);
    form->addRow(QString(), address);
    form->addRow(tr("Came to us:"), m_origin);
    form->addRow(tr("Consent:"), m_consentEmail);
    form->addRow(QString(), m_consentSms);
    form->addRow(QString(), m_consentDates);
    form->addRow(tr("Birthday:"), birthdayRow);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_customFields);

    m_save = new QPushButton(tr("&Save changes"), m_body);
    m_save->setObjectName(QStringLiteral("saveCustomer"));
    m_save->setDefault(true);
    m_discard = new QPushButton(tr("Discard changes"), m_body);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_discard, &QPushButton::clicked, this, &CustomerCard::discard);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, this, [this] {
        if (m_dirty)
            save();
    });
    addAction(saveShortcut);

    // Tags as chips, with a field that completes existing tag names.
    m_tagChips = new QWidget(m_body);
    m_tagLayout = new FlowLayout(m_tagChips, 4);
    m_newTag = new QLineEdit(m_body);
    m_newTag->setObjectName(QStringLiteral("newTag"));
    m_newTag->setPlaceholderText(tr("Add a tag and press Enter"));
    m_newTag->setClearButtonEnabled(true);
    connect(m_newTag, &QLineEdit::returnPressed, this, &CustomerCard::addTag);
    auto *tagsBox = new QWidget(m_body);
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->addWidget(m_tagChips);
    tagsLayout->addWidget(m_newTag);

    m_purchases = new QTableWidget(0, 5, m_body);
    m_purchases->setObjectName(QStringLiteral("purchases"));
    m_purchases->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("Where"), tr("Category"), tr("Running total")});
    m_purchases->verticalHeader()->hide();
    m_purchases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_purchases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_purchases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_purchases->horizontalHeader()->setStretchLastSection(true);
    m_purchases->setAlternatingRowColors(true);
    m_addPurchase = new QPushButton(tr("Add a purchase…"), m_body);
    m_addPurchase->setObjectName(QStringLiteral("addPurchase"));
    m_deletePurchase = new QPushButton(tr("Delete purchase"), m_body);
    m_deletePurchase->setEnabled(false);
    connect(m_addPurchase, &QPushButton::clicked, this, &CustomerCard::addPurchase);
    connect(m_deletePurchase, &QPushButton::clicked, this, &CustomerCard::deleteSelectedPurchase);
    connect(m_purchases, &QTableWidget::itemSelectionChanged, this,
            [this] { m_deletePurchase->setEnabled(!m_purchases->selectedItems().isEmpty()); });
    auto *purchasesPage = new QWidget(m_body);
    auto *purchasesLayout = new QVBoxLayout(purchasesPage);
    auto *purchaseButtons = new QHBoxLayout;
    purchaseButtons->addWidget(m_addPurchase);
    purchaseButtons->addWidget(m_deletePurchase);
    purchaseButtons->addStretch(1);
    purchasesLayout->addLayout(purchaseButtons);
    purchasesLayout->addWidget(m_purchases);

    m_timeline = new QListWidget(m_body);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAlternatingRowColors(true);

    m_tabs = new QTabWidget(m_body);
    m_tabs->addTab(purchasesPage, tr("Purchases"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->setMinimumHeight(220);

    auto *details = new QWidget(m_body);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addLayout(buttons);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(12, 12, 12, 12);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_segment);
    bodyLayout->addWidget(section(tr("Details"), details));
    bodyLayout->addWidget(section(tr("Tags"), tagsBox));
    bodyLayout->addWidget(m_tabs, 1);

    // Privacy: what the shop holds about this person, or forget them.
    auto *exportData = new QPushButton(tr("Export their data…"), m_body);
    exportData->setToolTip(tr("Everything Clientele holds about this customer, in a file, when they ask for it"));
    connect(exportData, &QPushButton::clicked, this, [this] {
        if (m_customer.id > 0)
            Q_EMIT exportRequested(m_customer.id);
    });
    auto *erase = new QPushButton(tr("Erase for good…"), m_body);
    erase->setObjectName(QStringLiteral("eraseCustomer"));
    connect(erase, &QPushButton::clicked, this, &CustomerCard::eraseForGood);
    auto *privacy = new QHBoxLayout;
    privacy->addWidget(exportData);
    privacy->addStretch(1);
    privacy->addWidget(erase);
    bodyLayout->addLayout(privacy);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(scroll);
    m_body->setProperty("scroll", QVariant::fromValue(static_cast<QWidget *>(scroll)));
}

void CustomerCard::showCustomer(qint64 id)
{
    if (id == m_customer.id && id > 0 && m_dirty)
        return;
    m_customer = Customer();
    m_customer.id = id;
    auto *scroll = m_body->property("scroll").value<QWidget *>();
    scroll->setVisible(id > 0);
    m_placeholder->setVisible(id <= 0);
    if (id > 0)
        load();
}

void CustomerCard::startNewCustomer()
{
    m_customer = Customer();
    auto *scroll = m_body->property("scroll").value<QWidget *>();
    scroll->setVisible(true);
    m_placeholder->setVisible(false);
    load();
    m_title->setText(tr("New customer"));
    setDirty(true);
    focusFirstField();
}

void CustomerCard::focusFirstField()
{
    m_firstName->setFocus(Qt::OtherFocusReason);
}

void CustomerCard::load()
{
    m_loading = true;
    if (m_customer.id > 0) {
        const std::optional<Customer> c = CustomerStore(m_db).find(m_customer.id);
        if (!c) {
            m_loading = false;
            showCustomer(0);
            return;
        }
        m_customer = *c;
    }
    const Customer &c = m_customer;
    m_title->setText(c.id > 0 ? c.displayName() : tr("New customer"));
    m_firstName->setText(c.firstName);
    m_lastName->setText(c.lastName);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_street->setText(c.street);
    m_postalCode->setText(c.postalCode);
    m_city->setText(c.city);
    m_country->setText(c.country);
    m_origin->setCurrentIndex(qMax(0, m_origin->findData(int(c.origin))));
    m_consentEmail->setChecked(c.consentEmail);
    m_consentSms->setChecked(c.consentSms);
    const QLocale locale;
    QStringList dates;
    if (c.consentEmail && c.consentEmailAt > 0)
        dates << tr("Emails since %1").arg(locale.toString(QDateTime::fromSecsSinceEpoch(c.consentEmailAt).date(), QLocale::ShortFormat));
    if (c.consentSms && c.consentSmsAt > 0)
        dates << tr("Text messages since %1").arg(locale.toString(QDateTime::fromSecsSinceEpoch(c.consentSmsAt).date(), QLocale::ShortFormat));
    m_consentDates->setText(dates.join(QStringLiteral(" · ")));
    m_consentDates->setVisible(!dates.isEmpty());
    m_hasBirthday->setChecked(c.birthday.isValid());
    m_birthday->setDate(c.birthday.isValid() ? c.birthday : QDate(1990, 1, 1));
    m_notes->setPlainText(c.notes);
    QStringList custom;
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it)
        custom << it.key() + QStringLiteral(": ") + it.value();
    m_customFields->setText(custom.join(u'\n'));
    m_customFields->setVisible(!custom.isEmpty());
    m_emailProblem->hide();
    m_phoneProblem->hide();
    m_loading = false;
    setDirty(false);
    const bool exists = c.id > 0;
    m_tagChips->parentWidget()->setEnabled(exists);
    m_tabs->setEnabled(exists);
    loadTags();
    loadPurchases();
    loadTimeline();
    loadExplanation();
}

void CustomerCard::loadTags()
{
    if (!m_tagLayout)
        return;
    m_tagLayout->clear();
    TagStore tags(m_db);
    if (m_customer.id > 0) {
        for (const Tag &tag : tags.tagsOf(m_customer.id)) {
            auto *chip = new QToolButton(m_tagChips);
            chip->setText(tag.name + QStringLiteral("  ×"));
            chip->setToolTip(tr("Remove the tag %1").arg(tag.name));
            chip->setAccessibleName(tr("Tag %1, press to remove").arg(tag.name));
            chip->setAutoRaise(false);
            if (!tag.color.isEmpty()) {
                const QColor color(tag.color);
                chip->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border-radius: 9px; "
                                                   "padding: 2px 8px; border: none; }")
                                        .arg(color.name(), color.lightness() > 140 ? QStringLiteral("black")
                                                                                   : QStringLiteral("white")));
            }
            const qint64 customer = m_customer.id;
            connect(chip, &QToolButton::clicked, this, [this, tag, customer] { m_edits.untagCustomers(tag, {customer}); });
            m_tagLayout->addWidget(chip);
        }
    }
    QStringList names;
    for (const Tag &t : tags.all())
        names << t.name;
    auto *completer = new QCompleter(names, m_newTag);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_newTag->completer();
    m_newTag->setCompleter(completer);
    m_tagChips->updateGeometry();
}

void CustomerCard::addTag()
{
    const QString name = m_newTag->text().trimmed();
    if (name.isEmpty() || m_customer.id <= 0)
        return;
    if (m_edits.tagCustomers(name, {m_customer.id}))
        m_newTag->clear();
}

void CustomerCard::loadPurchases()
{
    m_purchases->setRowCount(0);
    if (m_customer.id <= 0)
        return;
    QList<Purchase> list = PurchaseStore(m_db).forCustomer(m_customer.id); // newest first
    QHash<qint64, QString> locations;
    for (const Location &l : LocationStore(m_db).all())
        locations.insert(l.id, l.name);
    const QString currency = SettingsStore(m_db).currency();
    const QLocale locale;
    Money running;
    std::vector<Money> totals(size_t(list.size()));
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        running += list.at(i).amount;
        totals[size_t(i)] = running;
    }
    m_purchases->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Purchase &p = list.at(row);
        auto *date = new QTableWidgetItem(locale.toString(QDateTime::fromSecsSinceEpoch(p.time), QLocale::ShortFormat));
        date->setData(Qt::UserRole, p.id);
        m_purchases->setItem(row, 0, date);
        auto *amount = new QTableWidgetItem(p.amount.toDisplayString(locale, currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_purchases->setItem(row, 1, amount);
        m_purchases->setItem(row, 2, new QTableWidgetItem(locations.value(p.locationId)));
        m_purchases->setItem(row, 3, new QTableWidgetItem(p.category));
        auto *total = new QTableWidgetItem(totals[size_t(row)].toDisplayString(locale, currency));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_purchases->setItem(row, 4, total);
    }
    m_purchases->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Purchases (%1)").arg(locale.toString(list.size())));
    loadExplanation();
}

void CustomerCard::loadTimeline()
{
    m_timeline->clear();
    if (m_customer.id <= 0)
        return;
    const QLocale locale;
    const QList<Interaction> list = InteractionStore(m_db).forCustomer(m_customer.id);
    for (const Interaction &i : list) {
        QString line = locale.toString(QDateTime::fromSecsSinceEpoch(i.time), QLocale::ShortFormat) + QStringLiteral("  —  ")
                       + interactionText(i.kind);
        if (!i.detail.isEmpty())
            line += QStringLiteral(": ") + i.detail;
        m_timeline->addItem(line);
    }
    if (list.isEmpty())
        m_timeline->addItem(tr("No visits, emails or notes recorded yet."));
    m_tabs->setTabText(1, tr("Timeline (%1)").arg(locale.toString(list.size())));
}

void CustomerCard::loadExplanation()
{
    const quint64 generation = ++m_explanationGeneration; // an earlier answer is dropped
    if (!m_engine || m_customer.id <= 0) {
        m_segment->hide();
        return;
    }
    const QString path = m_db.path();
    if (!m_db.workersCanOpen()) {
        showExplanation(m_engine->explain(m_customer.id).summary);
        return;
    }
    // Why this customer is where they are, worked out in a worker with what
    // the engine has read (RFM scores rank the whole shop).
    const std::shared_ptr<CustomerColumns> columns = m_engine->sharedColumns();
    const QDate day = m_engine->asOf();
    const qint64 id = m_customer.id;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_explanationGeneration)
            showExplanation(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, columns, day, id]() -> QString {
        Database db;
        if (db.openForWorker(path))
            return QString();
        SegmentEngine engine(db);
        engine.setAutoRefresh(false);
        if (columns)
            engine.setEvaluator(std::make_unique<MemorySegmentEvaluator>(db, columns));
        engine.setAsOf(day);
        return engine.explain(id).summary;
    }));
}

void CustomerCard::showExplanation(const QString &summary)
{
    m_segment->setText(summary);
    m_segment->setVisible(!summary.isEmpty());
    Q_EMIT explanationShown();
}

void CustomerCard::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
}

Customer CustomerCard::formCustomer() const
{
    Customer c = m_customer;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.street = m_street->text().trimmed();
    c.postalCode = m_postalCode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.country = m_country->text().trimmed().toUpper();
    c.origin = Origin(m_origin->currentData().toInt());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The date consent was given is recorded when it is given.
    if (m_consentEmail->isChecked() && !m_customer.consentEmail)
        c.consentEmailAt = now;
    c.consentEmail = m_consentEmail->isChecked();
    if (m_consentSms->isChecked() && !m_customer.consentSms)
        c.consentSmsAt = now;
    c.consentSms = m_consentSms->isChecked();
    c.birthday = m_hasBirthday->isChecked() ? m_birthday->date() : QDate();
    c.notes = m_notes->toPlainText();
    return c;
}

bool CustomerCard::validate()
{
    bool ok = true;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email)) {
        m_emailProblem->setText(tr("This does not look like an email address (like anna@example.com)."));
        m_emailProblem->show();
        ok = false;
    } else {
        m_emailProblem->hide();
    }
    const QString phone = m_phone->text().trimmed();
    if (!phone.isEmpty() && !looksLikePhone(phone)) {
        m_phoneProblem->setText(tr("A phone number has digits, and may have spaces, +, - and brackets."));
        m_phoneProblem->show();
        ok = false;
    } else {
        m_phoneProblem->hide();
    }
    return ok;
}

bool CustomerCard::save()
{
    if (!validate()) {
        (m_emailProblem->isVisible() ? m_email : m_phone)->setFocus();
        return false;
    }
    const Customer after = formCustomer();
    if (after.firstName.isEmpty() && after.lastName.isEmpty() && after.email.isEmpty() && after.phone.isEmpty()) {
        QMessageBox::information(this, tr("Save customer"),
                                 tr("Give at least a name, an email address or a phone number."));
        m_firstName->setFocus();
        return false;
    }
    if (m_customer.id <= 0) {
        const std::optional<qint64> id = m_edits.addCustomer(after);
        if (!id)
            return false;
        m_dirty = false;
        m_customer.id = *id;
        load();
        Q_EMIT customerSaved(*id);
        return true;
    }
    if (!m_edits.updateCustomer(m_customer, after))
        return false;
    m_dirty = false;
    load();
    Q_EMIT customerSaved(m_customer.id);
    return true;
}

void CustomerCard::discard()
{
    m_dirty = false;
    if (m_customer.id > 0)
        load();
    else
        showCustomer(0);
}

void CustomerCard::eraseForGood()
{
    if (m_customer.id <= 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Erase for good"),
                    tr("Erase %1 for good?").arg(m_customer.displayName()), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Their name, contact details, address, notes, tags and visits are deleted and cannot "
                              "be brought back, not even with Undo. Their purchases stay in your figures without a "
                              "name. Do this when a customer asks you to forget them."));
    auto *understood = new QCheckBox(tr("I understand that this cannot be undone"), &box);
    box.setCheckBox(understood);
    QPushButton *erase = box.addButton(tr("Erase for good"), QMessageBox::DestructiveRole);
    erase->setEnabled(false);
    connect(understood, &QCheckBox::toggled, erase, &QWidget::setEnabled);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != erase || !understood->isChecked())
        return;
    const qint64 id = m_customer.id;
    m_dirty = false;
    if (!CustomerStore(m_db).erase(id)) {
        QMessageBox::warning(this, tr("Erase for good"), tr("The customer could not be erased."));
        return;
    }
    // Earlier edits of this customer could bring their details back: the
    // undo history goes with them.
    m_edits.undoStack()->clear();
    showCustomer(0);
}

void CustomerCard::addPurchase()
{
    if (m_customer.id <= 0)
        return;
    PurchaseDialog dialog(m_db, m_customer.id, this);
    if (dialog.exec() == QDialog::Accepted)
        m_edits.addPurchase(dialog.purchase());
}

void CustomerCard::deleteSelectedPurchase()
{
    const QList<QTableWidgetItem *> selected = m_purchases->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = m_purchases->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    if (const std::optional<Purchase> p = PurchaseStore(m_db).find(id))
        m_edits.deletePurchase(*p);
}

} // namespace clientele
