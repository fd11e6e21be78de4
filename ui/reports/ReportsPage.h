#pragma once

#include "ReportRenderer.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace clientele {

class Database;
class SegmentEngine;

// The Reports workspace: pick a segment and a kind of report (segment
// report, overview of all segments, call list), look at it in the print
// preview, print it or save it as PDF. The pages come from ReportRenderer,
// the same that clientele-cli report writes.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    // Without an engine the page evaluates the segments itself when asked.
    ReportsPage(Database &db, SegmentEngine *engine, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QComboBox *segmentPicker() const { return m_segment; }
    QComboBox *kindPicker() const { return m_kind; }
    QComboBox *orderPicker() const { return m_order; }
    QComboBox *orientationPicker() const { return m_orientation; }

    ReportRenderer::Request request() const;
    QPageLayout::Orientation orientation() const;
    // Writes the chosen report in the background; saveFinished tells how it went.
    void saveTo(const QString &fileName);

    void showPreview();
    void saveAsPdf();

Q_SIGNALS:
    void saveFinished(bool saved);

private:
    void reloadSegments();
    void updateControls();

    Database &m_db;
    SegmentEngine *m_engine;
    QComboBox *m_kind = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_order = nullptr;
    QCheckBox *m_sections = nullptr;
    QComboBox *m_orientation = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace clientele
