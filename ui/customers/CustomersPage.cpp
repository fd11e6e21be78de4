#include "CustomersPage.h"

#include "CustomerTableModel.h"
#include "storage/AppSettings.h"
#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

CustomersPage::CustomersPage(Database &db, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
{
    auto *title = new QLabel(tr("Customers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search by name, email, phone, city or notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));

    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);

    m_model = new CustomerTableModel(db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
        QStringLiteral("Newsletter, VIP"),     sampleDate,
        QStringLiteral("1,234"),               QStringLiteral("12,345.00 €"),
        sampleDate};
    for (int c = 0; c < CustomerTableModel::ColumnCount; ++c) {
        const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28;
        m_view->setColumnWidth(c, qMax(header, fm.horizontalAdvance(samples[c]) + 16));
    }
    // "Customer since" is one column too many for a laptop screen; the
    // owner shows it (or hides others) from the header's context menu.
    m_view->setColumnHidden(CustomerTableModel::Created, true);
    if (!m_settings.customerTableHeader().isEmpty())
        m_view->horizontalHeader()->restoreState(m_settings.customerTableHeader());
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        menu.setTitle(tr("Columns"));
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
    m_view->setAccessibleName(tr("Customer list"));

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchDelay, &QTimer::timeout, this, &CustomersPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    connect(m_model, &CustomerTableModel::totalCountChanged, this, [this] {
        m_allCustomers = m_search->text().trimmed().isEmpty() ? m_model->totalCount() : CustomerStore(m_db).count();
        updateEmptyState();
        Q_EMIT summaryChanged(summary());
    });
    m_allCustomers = CustomerStore(m_db).count();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    updateEmptyState();
}

CustomersPage::~CustomersPage()
{
    m_settings.setCustomerTableHeader(m_view->horizontalHeader()->saveState());
}

void CustomersPage::applySearch()
{
    CustomerQuery q = m_model->query();
    q.text = m_search->text();
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
                             ? tr("No customers yet. Import a file or try the demo shop from the File menu.")
                             : tr("No customer matches “%1”.").arg(m_search->text().trimmed()));
    }
    m_empty->setVisible(none);
    m_view->setVisible(!none);
}

} // namespace clientele
