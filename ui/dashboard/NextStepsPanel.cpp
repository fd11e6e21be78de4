#include "NextStepsPanel.h"

#include "commands/EditController.h"
#include "segments/SegmentStore.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

#include <QtCore/QLocale>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

NextStepsPanel::NextStepsPanel(Database &db, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("nextSteps"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto *title = new QLabel(tr("What to do next"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    title->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(6);
    layout->addLayout(m_rows);
    // A plan changed elsewhere (the segments page, an undo) shows at once.
    connect(db.notifier(), &ChangeNotifier::segmentsChanged, this, [this] { showSegments(m_segments); });
}

void NextStepsPanel::showSegments(const QList<DashboardData::SegmentSlice> &segments)
{
    m_segments = segments;
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    const SegmentStore store(m_db);
    int shown = 0;
    for (const DashboardData::SegmentSlice &s : segments) {
        if (s.segmentId == 0)
            continue;
        const std::optional<Segment> segment = store.find(s.segmentId);
        if (!segment)
            continue;
        const QString who = s.members == 1 ? tr("1 customer") : tr("%1 customers").arg(locale.toString(s.members));
        const QString plan = segment->nextStep.trimmed().isEmpty()
                                 ? tr("No plan yet: what would you like to do for them?")
                                 : segment->nextStep.trimmed();
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setText(QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b>: %3. %4")
                          .arg(QColor(s.color).isValid() ? s.color : QStringLiteral("#90a4ae"),
                               segment->name.toHtmlEscaped(), who.toHtmlEscaped(), plan.toHtmlEscaped()));
        auto *show = new QPushButton(tr("Show them"), this);
        auto *change = new QPushButton(tr("Change plan…"), this);
        change->setEnabled(m_edits != nullptr);
        const qint64 id = s.segmentId;
        connect(show, &QPushButton::clicked, this, [this, id] { Q_EMIT showSegmentRequested(id); });
        connect(change, &QPushButton::clicked, this, [this, id] { changeNextStep(id); });
        auto *row = new QHBoxLayout;
        row->addWidget(text, 1);
        row->addWidget(show);
        row->addWidget(change);
        m_rows->addLayout(row);
        ++shown;
    }
    if (shown == 0) {
        auto *none = new QLabel(tr("Make a few segments first: each gets a short plan here."), this);
        none->setEnabled(false);
        m_rows->addWidget(none);
    }
}

void NextStepsPanel::changeNextStep(qint64 segmentId)
{
    const std::optional<Segment> before = SegmentStore(m_db).find(segmentId);
    if (!before || !m_edits)
        return;
    bool ok = false;
    const QString plan = QInputDialog::getMultiLineText(this, tr("What to do next"),
                                                        tr("Your plan for “%1”:").arg(before->name),
                                                        before->nextStep, &ok);
    if (!ok || plan.trimmed() == before->nextStep.trimmed())
        return;
    Segment after = *before;
    after.nextStep = plan.trimmed();
    m_edits->updateSegment(*before, after);
}

} // namespace clientele
