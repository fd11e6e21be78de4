#include "ReportPreview.h"

#include "common/BackgroundTask.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentResults.h"
#include "storage/Database.h"

#include <QtCore/QLocale>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtWidgets/QProgressDialog>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QMessageBox>

#include <optional>

namespace clientele {

namespace {

// The work done in the worker once the data is read; an error message or empty.
using After = std::function<QString(ReportRenderer &renderer)>;

void runReport(QWidget *parent, Database &db, SegmentEngine *engine, const ReportRenderer::Request &request,
               const QString &label, After after,
               std::function<void(const ReportRenderer::Prepared &, const QString &, bool)> finished)
{
    ReportRenderer::Request r = request;
    // The window's engine has the numbers already, unless they are out of
    // date; then the worker evaluates the segments itself.
    std::optional<SegmentResults> results;
    if (engine && !engine->isStale() && engine->results().valid
        && (!r.asOf.isValid() || r.asOf == engine->results().asOf))
        results = engine->results();
    if (!r.asOf.isValid() && engine)
        r.asOf = engine->asOf();

    auto prepared = std::make_shared<ReportRenderer::Prepared>();
    const auto work = [r, results, prepared, after](Database &worker,
                                                    const BackgroundTask::Progress &progress) -> QString {
        ReportRenderer renderer(worker);
        QString error;
        const bool ok = results ? renderer.prepare(r, *results, &error, progress)
                                : renderer.prepare(r, &error, progress);
        if (!ok)
            return error;
        // Cancel pressed while reading: write nothing.
        if (after && !progress(1, 1))
            return QString();
        if (after)
            if (QString e = after(renderer); !e.isEmpty())
                return e;
        *prepared = renderer.prepared();
        return QString();
    };
    const auto done = [prepared, finished](const QString &error, bool cancelled) {
        QString message = error;
        if (!cancelled && message.isEmpty() && !*prepared)
            message = ReportPreview::tr("The report could not be prepared.");
        finished(cancelled ? ReportRenderer::Prepared() : *prepared, message, cancelled);
    };
    const QString path = db.path();
    if (!db.workersCanOpen()) {
        // A database only this connection sees (tests): read it here.
        done(work(db, [](qint64, qint64) { return true; }), false);
        return;
    }
    BackgroundTask::runOnDatabase(parent, label, path, work, done);
}

QString labelFor(const ReportRenderer::Request &request)
{
    switch (request.kind) {
    case ReportRenderer::Kind::Overview:
        return ReportPreview::tr("Preparing the overview of all segments…");
    case ReportRenderer::Kind::CallList:
        return ReportPreview::tr("Preparing the call list for “%1”…").arg(request.segmentName);
    case ReportRenderer::Kind::Segment:
        break;
    }
    return ReportPreview::tr("Preparing the report on “%1”…").arg(request.segmentName);
}

} // namespace

void ReportPreview::prepare(QWidget *parent, Database &db, SegmentEngine *engine,
                            const ReportRenderer::Request &request, Ready ready)
{
    runReport(parent, db, engine, request, labelFor(request), After(), std::move(ready));
}

void ReportPreview::savePdf(QWidget *parent, Database &db, SegmentEngine *engine,
                            const ReportRenderer::Request &request, QPageLayout::Orientation orientation,
                            const QString &fileName, Written done)
{
    // Painting a PDF needs no window, so it stays in the worker too.
    auto pages = std::make_shared<int>(0);
    const QLocale locale;
    const After write = [fileName, orientation, locale, pages](ReportRenderer &renderer) {
        renderer.setLocale(locale);
        renderer.setPageLayout(ReportRenderer::defaultPageLayout(locale, orientation));
        QString error;
        if (!renderer.writePdf(fileName, &error))
            return error;
        *pages = renderer.pageCount();
        return QString();
    };
    runReport(parent, db, engine, request, labelFor(request), write,
              [pages, done](const ReportRenderer::Prepared &, const QString &error, bool cancelled) {
                  // Cancel pressed while the file was being written: it is whole, so say so.
                  const int written = error.isEmpty() ? *pages : 0;
                  done(written, error, cancelled && written == 0);
              });
}

void ReportPreview::show(QWidget *parent, Database &db, const ReportRenderer::Prepared &report,
                         QPageLayout::Orientation orientation)
{
    ReportRenderer renderer(db);
    renderer.setPrepared(report);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::defaultPageLayout(QLocale(), orientation));
    printer.setDocName(renderer.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(renderer.title());
    // The dialog's own buttons turn the page or change the paper; the
    // report is painted again to the printer's page each time.
    // A long report is painted page by page with a progress bar, and the
    // window goes on answering between pages.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&renderer, &dialog](QPrinter *target) {
        QProgressDialog progress(tr("Preparing the pages…"), tr("Show what is ready"), 0, 0, &dialog);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        renderer.paint(target, [&progress](qint64 page, qint64 total) {
            progress.setMaximum(int(total));
            progress.setValue(int(page));
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            return !progress.wasCanceled();
        });
    });
    dialog.exec();
}

void ReportPreview::open(QWidget *parent, Database &db, SegmentEngine *engine, const ReportRenderer::Request &request,
                         QPageLayout::Orientation orientation)
{
    prepare(parent, db, engine, request,
            [parent, &db, orientation](const ReportRenderer::Prepared &report, const QString &error, bool cancelled) {
                if (cancelled)
                    return;
                if (!error.isEmpty()) {
                    QMessageBox::warning(parent, tr("Print report"), error);
                    return;
                }
                show(parent, db, report, orientation);
            });
}

} // namespace clientele
