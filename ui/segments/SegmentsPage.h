#pragma once

#include "model/Segment.h"
#include "reports/ReportRenderer.h"

#include <QtWidgets/QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace clientele {

class Database;
class EditController;
class SegmentBuilder;
class SegmentEngine;
class SegmentListModel;
class TemplateGallery;
class SegmentWizard;

// The Segments workspace: the owner's segments in priority order (each
// customer counts in the first one that fits), with colour, sentence,
// members, share and revenue, and "Everyone else" last. Segments are added
// from templates or built, changed, duplicated, deleted and reordered (by
// drag or buttons), all undoable. Opening a segment asks to see its
// customers (showMembersRequested), which the window turns into a filter
// of the customer table. Its context menu also prints the segment's report
// or call list.
class SegmentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsPage)

public:
    // Without an engine the page makes its own.
    SegmentsPage(Database &db, EditController &edits, SegmentEngine *engine, QWidget *parent = nullptr);
    ~SegmentsPage() override;

    SegmentListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    SegmentEngine *engine() const { return m_engine; }
    // The dialog opened by add/edit, while it is open.
    SegmentBuilder *builder() const { return m_builder; }
    TemplateGallery *gallery() const { return m_gallery; }
    SegmentWizard *wizard() const { return m_wizard; }
    void openWizard();

    // The chosen row's segment id; 0 for "Everyone else", nullopt for none.
    std::optional<qint64> currentSegmentId() const;
    void selectSegment(qint64 segmentId);

    void addSegment();
    void openGallery();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void moveCurrent(int by);
    void showCurrentMembers();
    // The print preview of the chosen segment's report or call list.
    void printCurrent(ReportRenderer::Kind kind);

Q_SIGNALS:
    // The owner wants to see who is in a segment (0: everyone else).
    void showMembersRequested(qint64 segmentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void updateButtons();
    void openBuilder(const Segment &segment);
    std::optional<Segment> currentSegment() const;
    void showContextMenu(const QPoint &pos);

    Database &m_db;
    EditController &m_edits;
    SegmentEngine *m_engine = nullptr;
    SegmentListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_tooMany = nullptr;
    QPushButton *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_show = nullptr;
    QAction *m_printReport = nullptr;
    QAction *m_printCallList = nullptr;
    SegmentBuilder *m_builder = nullptr;
    TemplateGallery *m_gallery = nullptr;
    SegmentWizard *m_wizard = nullptr;
    qint64 m_selectAfterReload = -1;
};

} // namespace clientele
