#include "SegmentsPage.h"

#include "SegmentBuilder.h"
#include "SegmentDelegate.h"
#include "SegmentListModel.h"
#include "TemplateGallery.h"
#include "wizards/segment/SegmentWizard.h"
#include "commands/EditController.h"
#include "reports/ReportPreview.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtGui/QKeySequence>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

namespace {

QPushButton *button(QWidget *parent, const QString &name, const QString &text, const QString &tip = QString())
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    if (!tip.isEmpty())
        b->setToolTip(tip);
    return b;
}

} // namespace

SegmentsPage::SegmentsPage(Database &db, EditController &edits, SegmentEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_edits(edits)
    , m_engine(engine ? engine : new SegmentEngine(db, this))
{
    setObjectName(QStringLiteral("segmentsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Segments"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *subtitle = new QLabel(tr("Each customer belongs to the first segment that fits, from the top, so the numbers "
                                   "add up. Drag a segment up or down to change which one wins."),
                                this);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    auto *add = button(this, QStringLiteral("addSegment"), tr("&New segment…"), tr("Build a segment by pointing and clicking"));
    auto *helpMe = button(this, QStringLiteral("segmentWizard"), tr("&Help me make one…"),
                          tr("A few plain questions make the segment for you"));
    auto *templates = button(this, QStringLiteral("fromTemplate"), tr("From a &template…"),
                             tr("Start from ready-made segments for your kind of business"));
    m_edit = button(this, QStringLiteral("editSegment"), tr("&Change…"));
    // In the context menu and on Ctrl+D, to keep the bar short.
    m_duplicate = new QAction(tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateSegment"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_duplicate);
    m_delete = button(this, QStringLiteral("deleteSegment"), tr("&Delete…"));
    // Small arrows: the bar must fit a small laptop screen. Their names
    // are read out, and Ctrl+Up / Ctrl+Down do the same.
    m_up = button(this, QStringLiteral("moveUp"), QStringLiteral("▲"), tr("Check this segment earlier (Ctrl+Up)"));
    m_down = button(this, QStringLiteral("moveDown"), QStringLiteral("▼"), tr("Check this segment later (Ctrl+Down)"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setAccessibleName(tr("Move down"));
    for (QPushButton *arrow : {m_up, m_down})
        arrow->setMaximumWidth(arrow->fontMetrics().height() * 3);
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_show = button(this, QStringLiteral("showCustomers"), tr("&Show customers"),
                    tr("Show the customers of this segment in the customer list"));
    bar->addWidget(add);
    bar->addWidget(helpMe);
    bar->addWidget(templates);
    bar->addSpacing(16);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addSpacing(16);
    bar->addWidget(m_up);
    bar->addSpacing(-2);
    bar->addWidget(m_down);
    bar->addStretch(1);
    bar->addWidget(m_show);
    layout->addLayout(bar);

    m_tooMany = new QLabel(this);
    m_tooMany->setObjectName(QStringLiteral("tooManyNote"));
    m_tooMany->setWordWrap(true);
    m_tooMany->setFrameShape(QFrame::StyledPanel);
    m_tooMany->setMargin(8);
    m_tooMany->setAutoFillBackground(true);
    m_tooMany->setBackgroundRole(QPalette::ToolTipBase);
    m_tooMany->setForegroundRole(QPalette::ToolTipText);
    m_tooMany->hide();
    layout->addWidget(m_tooMany);

    m_stack = new QStackedWidget(this);
    m_model = new SegmentListModel(this);
    m_view = new QTreeView(m_stack);
    m_view->setObjectName(QStringLiteral("segmentList"));
    m_view->setAccessibleName(tr("Segments"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SegmentDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SegmentListModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SegmentListModel::Members, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SegmentListModel::Share, QHeaderView::Fixed);
    m_view->header()->resizeSection(SegmentListModel::Share, 200);
    m_view->header()->setSectionResizeMode(SegmentListModel::Revenue, QHeaderView::ResizeToContents);
    m_view->header()->setMinimumSectionSize(90);
    m_view->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_stack->addWidget(m_view);
    m_printReport = new QAction(tr("&Print report…"), this);
    m_printReport->setObjectName(QStringLiteral("printReport"));
    m_printReport->setToolTip(tr("Preview and print this segment's report: figures, members over time, member list"));
    m_printCallList = new QAction(tr("Print &call list…"), this);
    m_printCallList->setObjectName(QStringLiteral("printCallList"));
    m_printCallList->setToolTip(tr("Preview and print the members who agreed to be called, with their phone numbers"));

    // What segments are, for an owner who has none yet.
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("segmentsEmptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto *emptyTitle = new QLabel(tr("Group your customers"), empty);
    emptyTitle->setFont(big);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(
        tr("A segment is a group of customers who fit a rule you choose, such as “came more than 8 times in the "
           "last month” or “has not bought for three months”. Each customer is in one group, so you see at a "
           "glance who your regulars are, who spends the most and who has not come back.\n\n"
           "Most shops do best with three to five groups. Start from a template for your kind of business, or "
           "build your own."),
        empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(640);
    // Centred by stretches, not by an alignment flag: that would give the
    // label its one-line size hint and clip the wrapped text.
    auto *emptyTextRow = new QHBoxLayout;
    emptyTextRow->addStretch(1);
    emptyTextRow->addWidget(emptyText, 4);
    emptyTextRow->addStretch(1);
    auto *emptyButtons = new QHBoxLayout;
    auto *emptyTemplates = button(empty, QStringLiteral("emptyTemplates"), tr("Start from a template…"));
    auto *emptyBuild = button(empty, QStringLiteral("emptyBuild"), tr("Build your own…"));
    emptyTemplates->setDefault(true);
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(emptyTemplates);
    emptyButtons->addWidget(emptyBuild);
    emptyButtons->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addSpacing(8);
    emptyLayout->addLayout(emptyTextRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("segmentsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setEnabled(false);
    layout->addWidget(m_summary);

    connect(add, &QPushButton::clicked, this, &SegmentsPage::addSegment);
    connect(helpMe, &QPushButton::clicked, this, &SegmentsPage::openWizard);
    connect(emptyBuild, &QPushButton::clicked, this, &SegmentsPage::addSegment);
    connect(templates, &QPushButton::clicked, this, &SegmentsPage::openGallery);
    connect(emptyTemplates, &QPushButton::clicked, this, &SegmentsPage::openGallery);
    connect(m_edit, &QPushButton::clicked, this, &SegmentsPage::editCurrent);
    connect(m_duplicate, &QAction::triggered, this, &SegmentsPage::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SegmentsPage::deleteCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_show, &QPushButton::clicked, this, &SegmentsPage::showCurrentMembers);
    connect(m_printReport, &QAction::triggered, this, [this] { printCurrent(ReportRenderer::Kind::Segment); });
    connect(m_printCallList, &QAction::triggered, this, [this] { printCurrent(ReportRenderer::Kind::CallList); });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &SegmentsPage::showContextMenu);
    // Double-click or Enter, whatever the platform's single-click setting.
    connect(m_view, &QTreeView::doubleClicked, this, &SegmentsPage::showCurrentMembers);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SegmentsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SegmentsPage::updateButtons);
    connect(m_model, &SegmentListModel::reorderRequested, this, [this](const QList<qint64> &order) {
        m_selectAfterReload = currentSegmentId().value_or(-1);
        m_edits.reorderSegments(m_model->segmentIds(), order);
    });
    connect(m_engine, &SegmentEngine::resultsChanged, this, &SegmentsPage::reload);
    // The settings' currency shows in the revenue.
    connect(db.notifier(), &ChangeNotifier::settingsChanged, this, [this](const QString &key) {
        if (key.contains(u"currency"))
            reload();
    });

    reload();
}

SegmentsPage::~SegmentsPage() = default;

void SegmentsPage::reload()
{
    const qint64 keep = m_selectAfterReload >= 0 ? m_selectAfterReload : currentSegmentId().value_or(-1);
    if (m_engine->isStale()) {
        // Evaluating here could hold the window for seconds on a big file:
        // the engine's own refresh, or showing the page, brings the numbers.
        m_summary->setText(tr("Counting…"));
        return;
    }
    m_selectAfterReload = -1;
    const SegmentResults &r = m_engine->results();
    m_model->setResults(r, SettingsStore(m_db).currency());
    const qsizetype n = r.segments.size();
    m_stack->setCurrentIndex(n == 0 ? 1 : 0);
    m_tooMany->setVisible(n > SegmentStore::RecommendedMaximum);
    m_tooMany->setText(tr("You have %1 segments. Most shops do best with three to five groups: fewer groups are "
                          "easier to remember and to act on. Consider merging the small ones.")
                           .arg(QLocale().toString(n)));
    m_summary->setText(
        r.asOf.isValid()
            ? tr("%1 customers as of %2. Money spent counts purchases in the 12 months up to that day.")
                  .arg(QLocale().toString(r.totalCustomers), QLocale().toString(r.asOf, QLocale::LongFormat))
            : QString());
    if (keep >= 0)
        selectSegment(keep);
    updateButtons();
}

std::optional<qint64> SegmentsPage::currentSegmentId() const
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return std::nullopt;
    return m_model->index(i.row(), 0).data(SegmentListModel::IdRole).toLongLong();
}

void SegmentsPage::selectSegment(qint64 segmentId)
{
    const int row = m_model->rowOf(segmentId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
}

std::optional<Segment> SegmentsPage::currentSegment() const
{
    const std::optional<qint64> id = currentSegmentId();
    if (!id || *id == 0)
        return std::nullopt;
    return SegmentStore(m_db).find(*id);
}

void SegmentsPage::updateButtons()
{
    const std::optional<qint64> id = currentSegmentId();
    const bool segment = id && *id != 0;
    const QList<qint64> order = m_model->segmentIds();
    m_edit->setEnabled(segment);
    m_duplicate->setEnabled(segment);
    m_delete->setEnabled(segment);
    m_up->setEnabled(segment && order.indexOf(*id) > 0);
    m_down->setEnabled(segment && order.indexOf(*id) < order.size() - 1);
    m_show->setEnabled(id.has_value());
    m_printReport->setEnabled(id.has_value());
    m_printCallList->setEnabled(id.has_value());
}

void SegmentsPage::openBuilder(const Segment &segment)
{
    if (m_builder) {
        m_builder->raise();
        m_builder->activateWindow();
        return;
    }
    m_builder = new SegmentBuilder(m_db, m_edits, *m_engine, segment, this);
    m_builder->setWindowModality(Qt::WindowModal);
    connect(m_builder, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            m_selectAfterReload = m_builder->savedId();
            if (!m_engine->isStale())
                reload();
        }
        m_builder->deleteLater();
        m_builder = nullptr;
    });
    m_builder->open();
}

void SegmentsPage::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    m_wizard = new SegmentWizard(m_db, *m_engine, this);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &QDialog::finished, this, [this](int result) {
        const Segment proposed = m_wizard->segment();
        m_wizard->deleteLater();
        m_wizard = nullptr;
        // Fine-tuned and saved in the builder.
        if (result == QDialog::Accepted)
            openBuilder(proposed);
    });
    m_wizard->open();
}

void SegmentsPage::addSegment()
{
    openBuilder(Segment());
}

void SegmentsPage::editCurrent()
{
    if (const std::optional<Segment> s = currentSegment())
        openBuilder(*s);
}

void SegmentsPage::openGallery()
{
    if (m_gallery) {
        m_gallery->raise();
        return;
    }
    m_gallery = new TemplateGallery(m_db, m_edits, *m_engine, this);
    m_gallery->setWindowModality(Qt::WindowModal);
    connect(m_gallery, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted && !m_gallery->addedIds().isEmpty())
            m_selectAfterReload = m_gallery->addedIds().first();
        m_gallery->deleteLater();
        m_gallery = nullptr;
    });
    m_gallery->open();
}

void SegmentsPage::duplicateCurrent()
{
    std::optional<Segment> s = currentSegment();
    if (!s)
        return;
    Segment copy = *s;
    copy.id = 0;
    copy.priority = s->priority + 1; // right below the original
    copy.name = tr("%1 (copy)").arg(s->name);
    for (int i = 2; SegmentStore(m_db).findByName(copy.name); ++i)
        copy.name = tr("%1 (copy %2)").arg(s->name).arg(i);
    QString error;
    if (const std::optional<qint64> id = m_edits.addSegment(copy, &error))
        m_selectAfterReload = *id;
    else
        QMessageBox::warning(this, tr("Duplicate segment"), error);
}

void SegmentsPage::deleteCurrent()
{
    const std::optional<Segment> s = currentSegment();
    if (!s)
        return;
    qint64 members = 0;
    if (const int row = m_model->rowOf(s->id); row >= 0)
        members = m_model->results().segments.value(row).members;
    QMessageBox box(QMessageBox::Question, tr("Delete segment"),
                    tr("Delete the segment “%1”?").arg(s->name), QMessageBox::Cancel, this);
    box.setInformativeText(
        (members == 1 ? tr("Its customer stays in your shop and moves to the next segment that fits, or to "
                           "“Everyone else”.")
                      : tr("Its %1 customers stay in your shop and move to the next segment that fits, or to "
                           "“Everyone else”.")
                            .arg(QLocale().toString(members)))
        + u' ' + tr("You can undo this until you close Clientele."));
    QPushButton *remove = box.addButton(tr("Delete segment"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_edits.deleteSegment(*s);
}

void SegmentsPage::moveCurrent(int by)
{
    const std::optional<qint64> id = currentSegmentId();
    if (!id || *id == 0)
        return;
    const QList<qint64> before = m_model->segmentIds();
    const qsizetype from = before.indexOf(*id);
    const qsizetype to = from + by;
    if (from < 0 || to < 0 || to >= before.size())
        return;
    QList<qint64> after = before;
    after.move(from, to);
    m_selectAfterReload = *id;
    m_edits.reorderSegments(before, after);
}

void SegmentsPage::showCurrentMembers()
{
    if (const std::optional<qint64> id = currentSegmentId())
        Q_EMIT showMembersRequested(*id);
}

void SegmentsPage::printCurrent(ReportRenderer::Kind kind)
{
    const std::optional<qint64> id = currentSegmentId();
    const int row = id ? m_model->rowOf(*id) : -1;
    if (row < 0)
        return;
    const SegmentResults &r = m_model->results();
    ReportRenderer::Request request;
    request.kind = kind;
    request.segmentName = row < r.segments.size() ? r.segments.at(row).name : r.everyoneElse.name;
    request.asOf = r.asOf;
    ReportPreview::open(this, m_db, m_engine, request);
}

void SegmentsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("&Show customers"), this, &SegmentsPage::showCurrentMembers);
    if (m_edit->isEnabled()) {
        menu.addAction(tr("&Change…"), this, &SegmentsPage::editCurrent);
        menu.addAction(m_duplicate);
        menu.addAction(tr("&Delete…"), this, &SegmentsPage::deleteCurrent);
    }
    menu.addSeparator();
    menu.addAction(m_printReport);
    menu.addAction(m_printCallList);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void SegmentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_engine->isStale())
        QTimer::singleShot(0, m_engine, &SegmentEngine::refresh);
}

bool SegmentsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            showCurrentMembers();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
        if (key->modifiers() & Qt::ControlModifier) {
            if (key->key() == Qt::Key_Up) {
                moveCurrent(-1);
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                moveCurrent(1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace clientele
