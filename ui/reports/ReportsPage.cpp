#include "ReportsPage.h"

#include "segments/SegmentEngine.h"
#include "storage/Database.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtGui/QGuiApplication>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtPrintSupport/QPrinter>
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Order:"), m_order);

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
}

ReportRenderer::Request ReportsPage::request() const
{
    ReportRenderer::Request r;
    r.kind = ReportRenderer::Kind(m_kind->currentData().toInt());
    r.segmentName = m_segment->currentText();
    r.order = ReportRenderer::CallListOrder(m_order->currentData().toInt());
    if (m_engine)
        r.asOf = m_engine->asOf();
    return r;
}

bool ReportsPage::prepare(ReportRenderer &renderer)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = m_engine ? renderer.prepare(request(), m_engine->results(), &error)
                             : renderer.prepare(request(), &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        m_status->setText(error);
    return ok;
}

bool ReportsPage::saveTo(const QString &fileName)
{
    ReportRenderer renderer(m_db);
    if (!prepare(renderer))
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = renderer.writePdf(fileName, &error);
    QGuiApplication::restoreOverrideCursor();
    m_status->setText(ok ? tr("Saved “%1”. Pages: %2.")
                               .arg(QDir::toNativeSeparators(fileName), QLocale().toString(renderer.pageCount()))
                         : error);
    return ok;
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
    ReportRenderer renderer(m_db);
    if (!prepare(renderer))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::defaultPageLayout(QLocale()));
    printer.setDocName(renderer.title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(renderer.title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&renderer](QPrinter *target) { renderer.paint(target); });
    dialog.exec();
    m_status->clear();
}

} // namespace clientele
