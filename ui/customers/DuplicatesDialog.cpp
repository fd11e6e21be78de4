#include "DuplicatesDialog.h"

#include "commands/EditController.h"
#include "common/BackgroundTask.h"
#include "model/Money.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/TagStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtGui/QUndoStack>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <memory>

namespace clientele {

namespace {

// One side of a pair, as the comparison shows it.
struct Side
{
    Customer customer;
    CustomerRow row;
    QStringList tags;
};

Side loadSide(Database &db, qint64 id)
{
    Side s;
    s.customer = CustomerStore(db).find(id).value_or(Customer{});
    s.row = CustomerStore(db).rowsByIds({id}).value(0);
    for (const Tag &t : TagStore(db).tagsOf(id))
        s.tags << t.name;
    return s;
}

QString dateText(qint64 secs)
{
    return secs > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).date(), QLocale::ShortFormat) : QString();
}

} // namespace

DuplicatesDialog::DuplicatesDialog(Database &db, EditController &edits, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_edits(edits)
{
    setWindowTitle(tr("Find duplicates"));
    auto *intro = new QLabel(tr("Customers entered twice split their purchases and visits, so segments and reports "
                                "count them wrongly. Clientele looks for the same email, the same phone number, and "
                                "the same or a similar name in the same town. Merging moves purchases, visits and "
                                "tags to the customer you keep, and can be undone."),
                             this);
    intro->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicateStatus"));
    m_status->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setMinimumWidth(280);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(1);
    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showPair);

    m_detail = new QWidget(this);
    m_reason = new QLabel(m_detail);
    m_reason->setObjectName(QStringLiteral("duplicateReason"));
    QFont bold = m_reason->font();
    bold.setBold(true);
    m_reason->setFont(bold);
    m_reason->setWordWrap(true);

    m_compare = new QTableWidget(m_detail);
    m_compare->setObjectName(QStringLiteral("duplicateCompare"));
    m_compare->setAccessibleName(tr("The two customers side by side"));
    m_compare->setColumnCount(3);
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    m_compare->setWordWrap(true);
    m_compare->setTextElideMode(Qt::ElideMiddle); // emails keep their start and their domain
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_keepFirst = new QRadioButton(m_detail);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QRadioButton(m_detail);
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    auto *keepGroup = new QButtonGroup(this);
    keepGroup->addButton(m_keepFirst);
    keepGroup->addButton(m_keepSecond);
    connect(m_keepFirst, &QRadioButton::toggled, this, [this] { showPair(m_list->currentRow()); });

    m_merge = new QPushButton(tr("&Merge these two"), m_detail);
    m_merge->setObjectName(QStringLiteral("mergePair"));
    m_merge->setToolTip(tr("One customer with the purchases, visits and tags of both (Ctrl+Z undoes it)"));
    m_dismiss = new QPushButton(tr("&Not the same person"), m_detail);
    m_dismiss->setObjectName(QStringLiteral("dismissPair"));
    m_dismiss->setToolTip(tr("Clientele will not suggest this pair again"));
    m_skip = new QPushButton(tr("&Skip"), m_detail);
    m_skip->setToolTip(tr("Decide later"));
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissCurrent);
    connect(m_skip, &QPushButton::clicked, this, &DuplicatesDialog::skipCurrent);

    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep the details of:"), m_detail));
    keepRow->addWidget(m_keepFirst);
    keepRow->addWidget(m_keepSecond);
    keepRow->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_merge);
    actions->addWidget(m_dismiss);
    actions->addWidget(m_skip);
    actions->addStretch(1);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_reason);
    detailLayout->addWidget(m_compare, 1);
    detailLayout->addLayout(keepRow);
    detailLayout->addLayout(actions);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo last merge"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoMerge"));
    m_undo->setEnabled(false);
    QPushButton *again = buttons->addButton(tr("Look &again"), QDialogButtonBox::ActionRole);
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesDialog::undoLastMerge);
    connect(again, &QPushButton::clicked, this, &DuplicatesDialog::search);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1080, 620);
    showPair(-1);
}

void DuplicatesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_searched) {
        m_searched = true;
        // After the window is on screen, so the progress dialog has a parent to sit on.
        QTimer::singleShot(0, this, &DuplicatesDialog::search);
    }
}

void DuplicatesDialog::search()
{
    m_status->setText(tr("Looking for customers entered twice…"));
    auto result = std::make_shared<std::optional<DuplicateSearch>>();
    BackgroundTask::runOnDatabase(
        this, tr("Looking for customers entered twice…"), m_db.path(),
        [result](Database &db, const BackgroundTask::Progress &progress) {
            DuplicateFinder finder(db);
            *result = finder.find(progress);
            return QString();
        },
        [this, result](const QString &error, bool cancelled) {
            if (!error.isEmpty())
                m_status->setText(error);
            else if (cancelled || !*result)
                m_status->setText(tr("The search was stopped. Press “Look again” to search once more."));
            else
                setResult(**result);
            Q_EMIT searchFinished();
        });
}

void DuplicatesDialog::setResult(const DuplicateSearch &result)
{
    m_pairs = result.pairs;
    m_found = result.found;
    fillList();
}

void DuplicatesDialog::fillList()
{
    const QLocale locale;
    if (m_pairs.isEmpty())
        m_status->setText(m_merged > 0 ? tr("All done: no more possible duplicates.")
                                       : tr("No duplicates found: every customer has their own email, phone number "
                                            "and name."));
    else if (m_found > m_pairs.size())
        m_status->setText(tr("The %1 most likely of %2 possible duplicates, most likely first.")
                              .arg(locale.toString(m_pairs.size()), locale.toString(m_found)));
    else
        m_status->setText(m_pairs.size() == 1 ? tr("1 possible duplicate.")
                                              : tr("%1 possible duplicates, most likely first.")
                                                    .arg(locale.toString(m_pairs.size())));

    QSignalBlocker blocker(m_list);
    m_list->clear();
    CustomerStore store(m_db);
    QList<qint64> ids;
    for (const DuplicatePair &p : std::as_const(m_pairs))
        ids << p.firstId << p.secondId;
    QHash<qint64, QString> names;
    // Names for at most the first few thousand pairs: rowsByIds is one query.
    for (const CustomerRow &r : store.rowsByIds(ids))
        names.insert(r.id, r.displayName());
    for (const DuplicatePair &p : std::as_const(m_pairs)) {
        auto *item = new QListWidgetItem(tr("%1 and %2").arg(names.value(p.firstId), names.value(p.secondId)) + u'\n'
                                             + DuplicateFinder::reasonText(p.reasons),
                                         m_list);
        item->setToolTip(DuplicateFinder::reasonText(p.reasons));
    }
    blocker.unblock();
    if (!m_pairs.isEmpty())
        m_list->setCurrentRow(0);
    else
        showPair(-1);
}

void DuplicatesDialog::showPair(int row)
{
    const bool valid = row >= 0 && row < m_pairs.size();
    for (QWidget *w : {static_cast<QWidget *>(m_merge), static_cast<QWidget *>(m_dismiss),
                       static_cast<QWidget *>(m_skip), static_cast<QWidget *>(m_keepFirst),
                       static_cast<QWidget *>(m_keepSecond)})
        w->setEnabled(valid);
    if (!valid) {
        m_shown = {};
        m_reason->setText(m_pairs.isEmpty() ? QString() : tr("Choose a pair on the left."));
        m_compare->setRowCount(0);
        m_keepFirst->setText(tr("the first"));
        m_keepSecond->setText(tr("the second"));
        return;
    }
    const DuplicatePair &pair = m_pairs.at(row);
    const Side first = loadSide(m_db, pair.firstId);
    const Side second = loadSide(m_db, pair.secondId);

    // A new pair: the one with more purchases is kept, then the older one.
    if (!(pair == m_shown)) {
        m_shown = pair;
        const bool keepFirst = first.row.purchaseCount >= second.row.purchaseCount;
        QSignalBlocker b1(m_keepFirst);
        QSignalBlocker b2(m_keepSecond);
        m_keepFirst->setChecked(keepFirst);
        m_keepSecond->setChecked(!keepFirst);
    }

    const QLocale locale;
    const QString currency = SettingsStore(m_db).currency();
    m_reason->setText(tr("%1. Is this one person?").arg(DuplicateFinder::reasonText(pair.reasons)));
    m_keepFirst->setText(tr("%1 (no. %2)").arg(first.row.displayName(), locale.toString(pair.firstId)));
    m_keepSecond->setText(tr("%1 (no. %2)").arg(second.row.displayName(), locale.toString(pair.secondId)));

    const Side &kept = m_keepFirst->isChecked() ? first : second;
    const Side &other = m_keepFirst->isChecked() ? second : first;
    const Customer merged = CustomerStore::mergedDetails(kept.customer, other.customer);
    QStringList mergedTags = kept.tags;
    for (const QString &t : other.tags)
        if (!mergedTags.contains(t))
            mergedTags << t;

    const auto address = [](const Customer &c) {
        return QStringList{c.street, QString(c.postalCode + u' ' + c.city).trimmed()}.filter(QRegularExpression(
                                                                                             QStringLiteral("\\S")))
            .join(u'\n');
    };
    const auto purchases = [&](qint64 count, qint64 cents) {
        const QString money = Money::fromCents(cents).toDisplayString(locale, currency);
        return count == 0   ? tr("none")
               : count == 1 ? tr("1 purchase, %1").arg(money)
                            : tr("%1 purchases, %2").arg(locale.toString(count), money);
    };
    const auto consent = [](const Customer &c) {
        QStringList ways;
        if (c.consentEmail)
            ways << tr("email");
        if (c.consentSms)
            ways << tr("text messages");
        return ways.isEmpty() ? tr("no") : ways.join(QStringLiteral(", "));
    };
    const auto birthday = [&](const Customer &c) {
        return c.birthday.isValid() ? locale.toString(c.birthday, QLocale::ShortFormat) : QString();
    };
    struct Line
    {
        QString label;
        QString first, second, merged;
    };
    const QList<Line> lines = {
        {tr("Name"), first.customer.displayName(), second.customer.displayName(), merged.displayName()},
        {tr("Email"), first.customer.email, second.customer.email, merged.email},
        {tr("Phone"), first.customer.phone, second.customer.phone, merged.phone},
        {tr("Address"), address(first.customer), address(second.customer), address(merged)},
        {tr("Birthday"), birthday(first.customer), birthday(second.customer), birthday(merged)},
        {tr("Customer since"), dateText(first.customer.createdAt), dateText(second.customer.createdAt),
         dateText(merged.createdAt)},
        {tr("Purchases"), purchases(first.row.purchaseCount, first.row.totalSpentCents),
         purchases(second.row.purchaseCount, second.row.totalSpentCents),
         purchases(first.row.purchaseCount + second.row.purchaseCount,
                   first.row.totalSpentCents + second.row.totalSpentCents)},
        {tr("Last purchase"), dateText(first.row.lastPurchaseAt), dateText(second.row.lastPurchaseAt),
         dateText(std::max(first.row.lastPurchaseAt, second.row.lastPurchaseAt))},
        {tr("Tags"), first.tags.join(QStringLiteral(", ")), second.tags.join(QStringLiteral(", ")),
         mergedTags.join(QStringLiteral(", "))},
        {tr("May be contacted by"), consent(first.customer), consent(second.customer), consent(merged)},
        {tr("Notes"), first.customer.notes, second.customer.notes, merged.notes},
    };
    m_compare->setHorizontalHeaderLabels(
        {tr("No. %1").arg(locale.toString(pair.firstId)), tr("No. %1").arg(locale.toString(pair.secondId)),
         tr("After merging")});
    m_compare->setRowCount(int(lines.size()));
    QFont mergedFont = m_compare->font();
    mergedFont.setBold(true);
    for (int r = 0; r < lines.size(); ++r) {
        const Line &l = lines.at(r);
        m_compare->setVerticalHeaderItem(r, new QTableWidgetItem(l.label));
        const QString values[] = {l.first, l.second, l.merged};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(values[c].isEmpty() ? QStringLiteral("–") : values[c]);
            item->setToolTip(values[c]);
            if (c == 2)
                item->setFont(mergedFont);
            m_compare->setItem(r, c, item);
        }
    }
}

qint64 DuplicatesDialog::keepId() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return 0;
    return m_keepFirst->isChecked() ? m_pairs.at(row).firstId : m_pairs.at(row).secondId;
}

qint64 DuplicatesDialog::otherId() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return 0;
    return m_keepFirst->isChecked() ? m_pairs.at(row).secondId : m_pairs.at(row).firstId;
}

void DuplicatesDialog::setKeepFirst(bool first)
{
    (first ? m_keepFirst : m_keepSecond)->setChecked(true);
}

void DuplicatesDialog::removePairsOf(qint64 goneId, qint64 keptId)
{
    // Pairs with the merged-away customer now concern the kept one.
    QList<DuplicatePair> next;
    for (DuplicatePair p : std::as_const(m_pairs)) {
        if (p.firstId == goneId)
            p.firstId = keptId;
        if (p.secondId == goneId)
            p.secondId = keptId;
        if (p.firstId == p.secondId)
            continue;
        if (p.firstId > p.secondId)
            std::swap(p.firstId, p.secondId);
        const auto same = std::find_if(next.begin(), next.end(), [&](const DuplicatePair &q) {
            return q.firstId == p.firstId && q.secondId == p.secondId;
        });
        if (same != next.end())
            same->reasons |= p.reasons;
        else
            next << p;
    }
    m_found -= m_pairs.size() - next.size();
    m_pairs = next;
}

void DuplicatesDialog::mergeCurrent()
{
    const int row = m_list->currentRow();
    const qint64 keep = keepId();
    const qint64 other = otherId();
    if (!keep || !other)
        return;
    const QString name = CustomerStore(m_db).find(keep).value_or(Customer{}).displayName();
    if (!m_edits.mergeCustomers(keep, other, name)) {
        m_status->setText(tr("These two could not be merged; one of them may have been deleted. Press “Look again”."));
        return;
    }
    ++m_merged;
    m_undo->setEnabled(true);
    removePairsOf(other, keep);
    fillList();
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
}

void DuplicatesDialog::dismissCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    const DuplicatePair pair = m_pairs.at(row);
    DuplicateFinder(m_db).dismiss(pair.firstId, pair.secondId);
    m_pairs.removeAt(row);
    --m_found;
    fillList();
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
}

void DuplicatesDialog::skipCurrent()
{
    const int row = m_list->currentRow();
    if (row + 1 < m_list->count())
        m_list->setCurrentRow(row + 1);
}

void DuplicatesDialog::undoLastMerge()
{
    QUndoStack *stack = m_edits.undoStack();
    if (m_merged <= 0 || !stack->canUndo())
        return;
    stack->undo();
    --m_merged;
    m_undo->setEnabled(m_merged > 0);
    search();
}

} // namespace clientele
