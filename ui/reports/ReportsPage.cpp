#include "ReportsPage.h"

#include "ReportPreview.h"
#include "segments/SegmentEngine.h"
#include "storage/Database.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

ReportsPage::ReportsPage(Database &db, SegmentEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_engine(engine)
{
    auto *title = new QLabel(tr("Reports"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Print a segment for the meeting with your accountant, a sheet for the back office, "
                                "or a call list to phone customers who agreed to be contacted."),
                             this);
    intro->setWordWrap(true);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Segment report"), int(ReportRenderer::Kind::Segment));
    m_kind->addItem(tr("Overview of all segments"), int(ReportRenderer::Kind::Overview));
    m_kind->addItem(tr("Call list"), int(ReportRenderer::Kind::CallList));
    m_segment = new QComboBox(this);
    m_order = new QComboBox(this);
    m_order->addItem(tr("Biggest spenders first"), int(ReportRenderer::CallListOrder::ByValue));
    m_order->addItem(tr("Longest since the last purchase first"), int(ReportRenderer::CallListOrder::ByLastPurchase));

    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Portrait (upright)"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape (sideways, more room for wide tables)"), int(QPageLayout::Landscape));
    m_orientation->setToolTip(tr("Paper size follows your country: A4, or Letter in North America."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(tr("P&age:"), m_orientation);
    m_sections = new QCheckBox(tr("Then a page for each segment, with its figures and charts"), this);
    m_sections->setObjectName(QStringLiteral("withSections"));
    form->addRow(QString(), m_sections);

    m_preview = new QPushButton(tr("Print pre&view…"), this);
    m_save = new QPushButton(tr("Save as &PDF…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_save);
    buttons->addStretch();

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::updateControls);
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::showPreview);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::saveAsPdf);
    if (m_engine)
        connect(m_engine, &SegmentEngine::resultsChanged, this, &ReportsPage::reloadSegments);
    reloadSegments();
    updateControls();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::reloadSegments()
{
    const QString current = m_segment->currentText();
    QStringList names;
    if (m_engine) {
        const SegmentResults &results = m_engine->results();
        for (const SegmentStats &s : results.segments)
            names << s.name;
        names << results.everyoneElse.name;
    } else {
        SegmentEngine engine(m_db);
        engine.setAutoRefresh(false);
        const SegmentResults results = engine.evaluate();
        for (const SegmentStats &s : results.segments)
            names << s.name;
        names << results.everyoneElse.name;
    }
    m_segment->clear();
    m_segment->addItems(names);
    if (const int i = m_segment->findText(current); i >= 0)
        m_segment->setCurrentIndex(i);
}

void ReportsPage::updateControls()
{
    const auto kind = ReportRenderer::Kind(m_kind->currentData().toInt());
    m_segment->setEnabled(kind != ReportRenderer::Kind::Overview);
    m_order->setEnabled(kind == ReportRenderer::Kind::CallList);
    m_sections->setEnabled(kind == ReportRenderer::Kind::Overview);
}

ReportRenderer::Request ReportsPage::request() const
{
    ReportRenderer::Request r;
    r.kind = ReportRenderer::Kind(m_kind->currentData().toInt());
    r.segmentName = m_segment->currentText();
    r.order = ReportRenderer::CallListOrder(m_order->currentData().toInt());
    r.withSections = r.kind == ReportRenderer::Kind::Overview && m_sections->isChecked();
    if (m_engine)
        r.asOf = m_engine->asOf();
    return r;
}

QPageLayout::Orientation ReportsPage::orientation() const
{
    return QPageLayout::Orientation(m_orientation->currentData().toInt());
}

void ReportsPage::saveTo(const QString &fileName)
{
    m_status->setText(tr("Writing “%1”…").arg(QDir::toNativeSeparators(fileName)));
    m_save->setEnabled(false);
    ReportPreview::savePdf(this, m_db, m_engine, request(), orientation(), fileName,
                           [this, fileName](int pages, const QString &error, bool cancelled) {
                               m_save->setEnabled(true);
                               if (cancelled)
                                   m_status->setText(tr("Stopped: nothing was saved."));
                               else if (pages > 0)
                                   m_status->setText(tr("Saved “%1”. Pages: %2.")
                                                         .arg(QDir::toNativeSeparators(fileName),
                                                              QLocale().toString(pages)));
                               else
                                   m_status->setText(error);
                               Q_EMIT saveFinished(pages > 0);
                           });
}

void ReportsPage::saveAsPdf()
{
    QString suggested = request().kind == ReportRenderer::Kind::Overview ? tr("Segments overview")
                                                                         : m_segment->currentText();
    suggested.replace(u'/', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save report as PDF"),
                                                      QDir(folder).filePath(suggested + QStringLiteral(".pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        saveTo(file);
}

void ReportsPage::showPreview()
{
    m_status->clear();
    ReportPreview::open(this, m_db, m_engine, request(), orientation());
}

} // namespace clientele
