#pragma once

#include "analytics/DashboardData.h"

#include <QtWidgets/QFrame>

class QVBoxLayout;

namespace clientele {

class Database;
class EditController;

// "What to do next": per segment, how many customers it has and the owner's
// plan for them ("Send a “we miss you” offer"), with the action at hand.
// The plan is kept with the segment (reports print it) and can be changed
// here; the change can be undone.
class NextStepsPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextStepsPanel)

public:
    NextStepsPanel(Database &db, QWidget *parent = nullptr);

    void setEditController(EditController *edits) { m_edits = edits; }
    void showSegments(const QList<DashboardData::SegmentSlice> &segments);

Q_SIGNALS:
    void showSegmentRequested(qint64 segmentId);

private:
    void changeNextStep(qint64 segmentId);

    Database &m_db;
    EditController *m_edits = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QList<DashboardData::SegmentSlice> m_segments;
};

} // namespace clientele
