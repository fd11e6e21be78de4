#pragma once

#include "ReportRenderer.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QPageLayout>

#include <functional>

class QWidget;

namespace clientele {

class Database;
class SegmentEngine;

// Opens a printed report from anywhere in the window: the Reports page and
// a segment's context menu both come here. The data is read in a worker
// thread with a progress dialog and Cancel (a big segment takes a while);
// the pages are painted on the GUI thread, which is quick.
class ReportPreview final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ReportPreview)

public:
    // error is empty when the report is ready; cancelled when the owner stopped it.
    using Ready =
        std::function<void(const ReportRenderer::Prepared &report, const QString &error, bool cancelled)>;

    // Reads the report's data off the GUI thread, with the engine's results
    // when it has current ones. `ready` runs on the GUI thread.
    static void prepare(QWidget *parent, Database &db, SegmentEngine *engine, const ReportRenderer::Request &request,
                        Ready ready);

    // The print preview of a prepared report, from which it is printed or
    // saved; it starts on the locale's paper in `orientation`.
    static void show(QWidget *parent, Database &db, const ReportRenderer::Prepared &report,
                     QPageLayout::Orientation orientation);

    // Reads and writes the report as PDF, both off the GUI thread. `done`
    // runs on the GUI thread with the number of pages (0 on a problem).
    using Written = std::function<void(int pages, const QString &error, bool cancelled)>;
    static void savePdf(QWidget *parent, Database &db, SegmentEngine *engine, const ReportRenderer::Request &request,
                        QPageLayout::Orientation orientation, const QString &fileName, Written done);

    // prepare() then show(); a problem is shown in a message box.
    static void open(QWidget *parent, Database &db, SegmentEngine *engine, const ReportRenderer::Request &request,
                     QPageLayout::Orientation orientation = QPageLayout::Portrait);
};

} // namespace clientele
