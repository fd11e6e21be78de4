#pragma once

#include "EditCommand.h"
#include "model/Segment.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>

namespace clientele {

// Adds one or more segments (a template set is one step); undo removes
// them, redo puts them back with the same ids.
class AddSegmentsCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::AddSegmentsCommand)

public:
    AddSegmentsCommand(Database &db, const QList<Segment> &segments);

    QList<qint64> segmentIds() const;
    QString error() const { return m_error; }

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    QList<Segment> m_segments; // ids and priorities filled in once added
    QString m_error;
};

// Changes a segment's name, colour, rule or notes; undo puts the old ones back.
class EditSegmentCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::EditSegmentCommand)

public:
    EditSegmentCommand(Database &db, const Segment &before, const Segment &after);

    QString error() const { return m_error; }

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    Segment m_before;
    Segment m_after;
    QString m_error;
};

// Deletes a segment (its customers stay); undo brings it back in its place.
class DeleteSegmentCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::DeleteSegmentCommand)

public:
    DeleteSegmentCommand(Database &db, const Segment &segment);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    Segment m_segment;
};

// Puts the segments in a new priority order; undo restores the old one.
class ReorderSegmentsCommand final : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ReorderSegmentsCommand)

public:
    ReorderSegmentsCommand(Database &db, const QList<qint64> &before, const QList<qint64> &after);

protected:
    bool doRedo() override;
    bool doUndo() override;

private:
    QList<qint64> m_before;
    QList<qint64> m_after;
};

} // namespace clientele
