#include "CustomersPage.h"

#include "CustomerCard.h"
#include "CustomerTableModel.h"
#include "commands/EditController.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "storage/AppSettings.h"
#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/PurchaseStore.h"
#include "storage/TagStore.h"

#include <QtCore/QLocale>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QKeyEvent>
#include <QtGui/QKeySequence>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace clientele {

CustomersPage::CustomersPage(Database &db, AppSettings &settings, EditController &edits, SegmentEngine *engine,
                             QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
    , m_edits(edits)
    , m_engine(engine)
{
    auto *title = new QLabel(tr("Customers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *add = new QPushButton(tr("&New customer"), this);
    add->setObjectName(QStringLiteral("newCustomer"));
    add->setToolTip(tr("Add a customer (Ctrl+N)"));
    connect(add, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    auto *duplicates = new QPushButton(tr("Find &duplicates…"), this);
    duplicates->setObjectName(QStringLiteral("findDuplicates"));
    duplicates->setToolTip(tr("Customers entered twice, to merge"));
    connect(duplicates, &QPushButton::clicked, this, &CustomersPage::duplicatesRequested);
    auto *exportList = new QPushButton(tr("E&xport this list…"), this);
    exportList->setObjectName(QStringLiteral("exportList"));
    exportList->setToolTip(tr("The customers shown, with the columns shown, as a spreadsheet file"));
    connect(exportList, &QPushButton::clicked, this, &CustomersPage::listExportRequested);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search by name, email, phone, city or notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));

    // Quick filters.
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Only customers with this tag"));
    m_segmentFilter = new QComboBox(this);
    m_segmentFilter->setObjectName(QStringLiteral("segmentFilter"));
    m_segmentFilter->setAccessibleName(tr("Only customers in this segment"));
    m_originFilter = new QComboBox(this);
    m_originFilter->setObjectName(QStringLiteral("originFilter"));
    m_originFilter->addItem(tr("Came any way"), QString());
    m_originFilter->addItem(tr("Walked in"), QStringLiteral("walk-in"));
    m_originFilter->addItem(tr("Came online"), QStringLiteral("online"));
    m_originFilter->addItem(tr("Recommended"), QStringLiteral("referral"));
    m_originFilter->addItem(tr("From an imported list"), QStringLiteral("imported"));
    m_consentFilter = new QCheckBox(tr("Agreed to emails"), this);
    m_consentFilter->setObjectName(QStringLiteral("consentFilter"));
    refillFilterChoices();
    for (QComboBox *box : {m_tagFilter, m_segmentFilter, m_originFilter})
        connect(box, &QComboBox::activated, this, &CustomersPage::applyFilters);
    connect(m_consentFilter, &QCheckBox::toggled, this, &CustomersPage::applyFilters);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_tagFilter);
    filters->addWidget(m_segmentFilter);
    filters->addWidget(m_originFilter);
    filters->addWidget(m_consentFilter);
    filters->addStretch(1);

    m_model = new CustomerTableModel(db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Widths that fit typical contents and the header, in this font and
    // language, until the owner drags them (then their widths are kept).
    const QFontMetrics fm = m_view->fontMetrics();
    const QLocale locale;
    const QString sampleDate = locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    const QString samples[CustomerTableModel::ColumnCount] = {
        QStringLiteral("Conceição Gonçalves"), QStringLiteral("anna.mueller@example.com"),
        QStringLiteral("+33 6 12 34 56 78"),   QStringLiteral("Villeurbanne"),
        QStringLiteral("Potential loyalists"), QStringLiteral("Newsletter, VIP"),
        sampleDate,                            QStringLiteral("1,234"),
        QStringLiteral("12,345.00 €"),         sampleDate};
    for (int c = 0; c < CustomerTableModel::ColumnCount; ++c) {
        const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
        m_view->setColumnWidth(c, qMax(header, fm.horizontalAdvance(samples[c]) + 16));
    }
    // The segment column fits the shop's own segment names, with their colour swatch.
    int segmentWidth = m_view->columnWidth(CustomerTableModel::Segment);
    for (const Segment &s : SegmentStore(m_db).all())
        segmentWidth = qMax(segmentWidth, fm.horizontalAdvance(s.name) + fm.height() + 24);
    m_view->setColumnWidth(CustomerTableModel::Segment, qMin(segmentWidth, fm.horizontalAdvance(u'x') * 32));
    // A laptop screen has room for the essentials; the rest are one right-click away.
    for (int hidden : {int(CustomerTableModel::Created), int(CustomerTableModel::Phone)})
        m_view->setColumnHidden(hidden, true);
    if (!m_settings.customerTableHeader().isEmpty())
        m_view->horizontalHeader()->restoreState(m_settings.customerTableHeader());
    m_view->setAccessibleName(tr("Customer list"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < CustomerTableModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_view->isColumnHidden(c));
            // The name always stays: a row without it means nothing.
            a->setEnabled(c != CustomerTableModel::Name);
            connect(a, &QAction::toggled, this, [this, c](bool shown) { m_view->setColumnHidden(c, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    m_model->setSegmentEngine(m_engine);

    // The selection bar: what can be done with the chosen customers.
    m_selectionBar = new QWidget(this);
    m_selectionBar->setObjectName(QStringLiteral("selectionBar"));
    m_selectionText = new QLabel(m_selectionBar);
    auto *tagButton = new QPushButton(tr("Add tag…"), m_selectionBar);
    tagButton->setObjectName(QStringLiteral("bulkTag"));
    auto *untagButton = new QPushButton(tr("Remove tag…"), m_selectionBar);
    auto *exportButton = new QPushButton(tr("Export…"), m_selectionBar);
    auto *deleteButton = new QPushButton(tr("Delete…"), m_selectionBar);
    m_selectAll = new QPushButton(m_selectionBar);
    m_selectAll->setObjectName(QStringLiteral("selectAllMatching"));
    m_selectAll->setFlat(true);
    connect(tagButton, &QPushButton::clicked, this, &CustomersPage::tagSelected);
    connect(untagButton, &QPushButton::clicked, this, &CustomersPage::untagSelected);
    connect(exportButton, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(selectedIds()); });
    connect(deleteButton, &QPushButton::clicked, this, &CustomersPage::deleteSelected);
    connect(m_selectAll, &QPushButton::clicked, this, &CustomersPage::selectAllMatching);
    auto *barLayout = new QHBoxLayout(m_selectionBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_selectionText);
    barLayout->addWidget(m_selectAll);
    barLayout->addStretch(1);
    barLayout->addWidget(tagButton);
    barLayout->addWidget(untagButton);
    barLayout->addWidget(exportButton);
    barLayout->addWidget(deleteButton);

    m_pinned = new QWidget(this);
    m_pinned->setObjectName(QStringLiteral("pinnedCustomers"));
    m_pinnedText = new QLabel(m_pinned);
    m_pinnedText->setWordWrap(true);
    auto *showAll = new QPushButton(tr("Show everyone"), m_pinned);
    connect(showAll, &QPushButton::clicked, this, [this] {
        m_pinnedIds.clear();
        m_pinned->hide();
        applyFilters();
    });
    auto *pinnedLayout = new QHBoxLayout(m_pinned);
    pinnedLayout->setContentsMargins(0, 0, 0, 0);
    pinnedLayout->addWidget(m_pinnedText, 1);
    pinnedLayout->addWidget(showAll);
    m_pinned->hide();

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_card = new CustomerCard(db, edits, engine, this);
    connect(m_card, &CustomerCard::exportRequested, this, &CustomersPage::personalDataExportRequested);
    connect(m_card, &CustomerCard::customerSaved, this, [this](qint64 id) {
        // Keep the saved customer chosen in the table when they are visible.
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->customerId(row) == id) {
                m_view->selectRow(row);
                break;
            }
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_pinned);
    leftLayout->addWidget(m_selectionBar);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_empty, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_card);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_card->setMinimumWidth(fm.horizontalAdvance(u'M') * 26);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    connect(m_model, &CustomerTableModel::totalCountChanged, this, [this] {
        const CustomerQuery &q = m_model->query();
        const bool unfiltered = q.text.trimmed().isEmpty() && q.tagIds.isEmpty() && q.origin.isEmpty()
                                && !q.emailConsentOnly && !q.restrictToIds;
        m_allCustomers = unfiltered ? m_model->totalCount() : CustomerStore(m_db).count();
        updateEmptyState();
        updateSelectionBar();
        Q_EMIT summaryChanged(summary());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_allMatching = false; });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_view->selectionModel()->hasSelection())
            m_allMatching = false;
        updateSelectionBar();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomersPage::showCurrentInCard);
    connect(m_view, &QTableView::activated, this, [this] { m_card->focusFirstField(); });
    connect(db.notifier(), &ChangeNotifier::tagsChanged, this, &CustomersPage::refillFilterChoices);
    connect(db.notifier(), &ChangeNotifier::segmentsChanged, this, &CustomersPage::refillFilterChoices);
    if (m_engine)
        connect(m_engine, &SegmentEngine::resultsChanged, this, [this] {
            if (m_segmentFilter->currentData().toLongLong() != 0)
                applyFilters();
        });
    m_allCustomers = CustomerStore(m_db).count();

    // Keyboard: Ctrl+F search, Ctrl+N new, Del delete, Enter opens the card.
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &CustomersPage::newCustomer);
    addAction(newAction);
    // Del in the list deletes the selection (asking first); the key is taken
    // in the list itself so it never deletes while typing in the card.
    m_view->installEventFilter(this);
    // Down from the search box goes into the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->selectRow(0);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(exportList);
    top->addWidget(duplicates);
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_search, m_tagFilter);
    setTabOrder(m_tagFilter, m_segmentFilter);
    setTabOrder(m_segmentFilter, m_originFilter);
    setTabOrder(m_originFilter, m_consentFilter);
    setTabOrder(m_consentFilter, m_view);
    updateEmptyState();
    updateSelectionBar();
}

CustomersPage::~CustomersPage()
{
    m_settings.setCustomerTableHeader(m_view->horizontalHeader()->saveState());
}

bool CustomersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomersPage::refillFilterChoices()
{
    const qint64 tag = m_tagFilter->currentData().toLongLong();
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"), 0);
    for (const Tag &t : TagStore(m_db).all())
        m_tagFilter->addItem(tr("Tag: %1").arg(t.name), t.id);
    m_tagFilter->setCurrentIndex(qMax(0, m_tagFilter->findData(tag)));

    const qint64 segment = m_segmentFilter->currentData().toLongLong();
    m_segmentFilter->clear();
    m_segmentFilter->addItem(tr("Any segment"), 0);
    for (const Segment &s : SegmentStore(m_db).all())
        m_segmentFilter->addItem(tr("Segment: %1").arg(s.name), s.id);
    m_segmentFilter->addItem(tr("Segment: Everyone else"), -1);
    m_segmentFilter->setCurrentIndex(qMax(0, m_segmentFilter->findData(segment)));
    m_segmentFilter->setEnabled(m_engine != nullptr);
}

void CustomersPage::filterBySegment(qint64 segmentId)
{
    m_segmentFilter->setCurrentIndex(qMax(0, m_segmentFilter->findData(segmentId)));
    applyFilters();
}

void CustomersPage::showCustomers(const QList<qint64> &ids, const QString &description)
{
    m_pinnedIds = ids;
    std::sort(m_pinnedIds.begin(), m_pinnedIds.end());
    m_pinnedText->setText(tr("Showing %1.").arg(description));
    m_pinned->show();
    applyFilters();
}

void CustomersPage::applyFilters()
{
    CustomerQuery q = m_model->query();
    q.text = m_search->text();
    q.tagIds.clear();
    if (const qint64 tag = m_tagFilter->currentData().toLongLong(); tag > 0)
        q.tagIds << tag;
    q.origin = m_originFilter->currentData().toString();
    q.emailConsentOnly = m_consentFilter->isChecked();
    q.restrictToIds = false;
    q.ids.clear();
    const qint64 segment = m_segmentFilter->currentData().toLongLong();
    if (segment != 0 && m_engine) {
        // Members come from the engine's latest results (0 = everyone else).
        const qint64 wanted = segment < 0 ? 0 : segment;
        const SegmentResults &results = m_engine->results();
        q.restrictToIds = true;
        q.ids = results.membersOf(wanted);
    }
    if (m_pinned->isVisible() || !m_pinnedIds.isEmpty()) {
        // Customers picked on a chart: within them, the other filters still apply.
        if (q.restrictToIds) {
            QList<qint64> both;
            std::set_intersection(q.ids.cbegin(), q.ids.cend(), m_pinnedIds.cbegin(), m_pinnedIds.cend(),
                                  std::back_inserter(both));
            q.ids = both;
        } else {
            q.ids = m_pinnedIds;
        }
        q.restrictToIds = true;
    }
    m_model->setQuery(q);
}

QString CustomersPage::summary() const
{
    const QLocale locale;
    if (m_model->totalCount() == m_allCustomers)
        return m_allCustomers == 1 ? tr("1 customer") : tr("%1 customers").arg(locale.toString(m_allCustomers));
    return tr("%1 of %2 customers").arg(locale.toString(m_model->totalCount()), locale.toString(m_allCustomers));
}

void CustomersPage::updateEmptyState()
{
    const bool none = m_model->totalCount() == 0;
    if (none) {
        m_empty->setText(m_allCustomers == 0
                             ? tr("No customers yet. Add one with “New customer”, or try the demo shop from the "
                                  "File menu.")
                             : tr("No customer matches this search and these filters."));
    }
    m_empty->setVisible(none);
    m_view->setVisible(!none);
}

QList<qint64> CustomersPage::selectedIds() const
{
    if (m_allMatching)
        return CustomerStore(m_db).ids(m_model->query());
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids << m_model->customerId(index.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CustomersPage::updateSelectionBar()
{
    const QLocale locale;
    const qint64 selected = m_allMatching ? m_model->totalCount() : m_view->selectionModel()->selectedRows().size();
    m_selectionBar->setVisible(selected > 1 || m_allMatching);
    m_selectionText->setText(m_allMatching ? tr("All %1 matching customers are selected.").arg(locale.toString(selected))
                                           : tr("%1 selected.").arg(locale.toString(selected)));
    m_selectAll->setVisible(!m_allMatching && m_model->totalCount() > selected);
    m_selectAll->setText(tr("Select all %1 matching").arg(locale.toString(m_model->totalCount())));
}

void CustomersPage::selectAllMatching()
{
    m_view->selectAll();
    m_allMatching = true;
    updateSelectionBar();
}

bool CustomersPage::confirmLeavingCard()
{
    if (!m_card->hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to this customer first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_card->save();
    if (answer == QMessageBox::Discard) {
        m_card->discard();
        return true;
    }
    return false;
}

void CustomersPage::showCurrentInCard()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->customerId(current.row()) : 0;
    if (id == m_card->customerId())
        return;
    if (!confirmLeavingCard())
        return;
    m_card->showCustomer(id);
}

QList<int> CustomersPage::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void CustomersPage::newCustomer()
{
    if (!confirmLeavingCard())
        return;
    m_view->clearSelection();
    m_card->startNewCustomer();
}

void CustomersPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QLocale locale;
    qint64 purchases = 0;
    QString question;
    if (ids.size() == 1) {
        const std::optional<Customer> c = CustomerStore(m_db).find(ids.first());
        purchases = PurchaseStore(m_db).countForCustomer(ids.first());
        const QString name = c ? c->displayName() : QString();
        question = purchases == 0 ? tr("Delete %1?").arg(name)
                   : purchases == 1 ? tr("Delete %1? Their purchase goes too.").arg(name)
                                    : tr("Delete %1? Their %2 purchases go too.").arg(name, locale.toString(purchases));
    } else {
        for (qint64 id : ids.mid(0, 5000))
            purchases += PurchaseStore(m_db).countForCustomer(id);
        question = ids.size() > 5000 ? tr("Delete %1 customers? Their purchases go too.").arg(locale.toString(ids.size()))
                                     : tr("Delete %1 customers? Their %2 purchases go too.")
                                           .arg(locale.toString(ids.size()), locale.toString(purchases));
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete customers"), question, QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can undo this with Ctrl+Z until you close Clientele."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QString single;
    if (ids.size() == 1)
        if (const std::optional<Customer> c = CustomerStore(m_db).find(ids.first()))
            single = c->displayName();
    if (!m_edits.deleteCustomers(ids, single))
        QMessageBox::warning(this, tr("Delete customers"), tr("The customers could not be deleted."));
}

void CustomersPage::tagSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const Tag &t : TagStore(m_db).all())
        names << t.name;
    bool ok = false;
    const QString tag = QInputDialog::getItem(this, tr("Add a tag"),
                                              ids.size() == 1 ? tr("Tag for this customer:")
                                                              : tr("Tag for %1 customers:").arg(QLocale().toString(ids.size())),
                                              names, -1, true, &ok);
    if (ok && !tag.trimmed().isEmpty())
        m_edits.tagCustomers(tag, ids);
}

void CustomersPage::untagSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    const QList<Tag> tags = TagStore(m_db).all();
    for (const Tag &t : tags)
        names << t.name;
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Remove a tag"), tr("Tag to remove:"), names, 0, false, &ok);
    if (!ok)
        return;
    for (const Tag &t : tags)
        if (t.name == name)
            m_edits.untagCustomers(t, ids);
}

} // namespace clientele
