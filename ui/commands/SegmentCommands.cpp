#include "SegmentCommands.h"

#include "segments/SegmentStore.h"

#include <QtCore/QLocale>

namespace clientele {

namespace {

QString addText(const QList<Segment> &segments)
{
    if (segments.size() == 1)
        return AddSegmentsCommand::tr("add segment %1").arg(segments.first().name.trimmed());
    return AddSegmentsCommand::tr("add %1 segments").arg(QLocale().toString(segments.size()));
}

} // namespace

AddSegmentsCommand::AddSegmentsCommand(Database &db, const QList<Segment> &segments)
    : EditCommand(db, addText(segments))
    , m_segments(segments)
{
}

QList<qint64> AddSegmentsCommand::segmentIds() const
{
    QList<qint64> ids;
    for (const Segment &s : m_segments)
        ids << s.id;
    return ids;
}

bool AddSegmentsCommand::doRedo()
{
    SegmentStore store(m_db);
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        Segment &s = m_segments[i];
        if (s.id == 0) {
            const std::optional<qint64> id = store.add(s, &m_error);
            if (!id) {
                // All or nothing: take back the ones already added.
                for (qsizetype j = 0; j < i; ++j) {
                    store.remove(m_segments.at(j).id);
                    m_segments[j].id = 0;
                }
                return false;
            }
            s = *store.find(*id);
        } else if (!store.restore(s, &m_error)) {
            return false;
        }
    }
    return true;
}

bool AddSegmentsCommand::doUndo()
{
    SegmentStore store(m_db);
    bool ok = true;
    for (qsizetype i = m_segments.size() - 1; i >= 0; --i) {
        // Keep what may have changed since (a rename, a new place) for redo.
        if (const std::optional<Segment> now = store.find(m_segments.at(i).id))
            m_segments[i] = *now;
        ok = store.remove(m_segments.at(i).id) && ok;
    }
    return ok;
}

EditSegmentCommand::EditSegmentCommand(Database &db, const Segment &before, const Segment &after)
    : EditCommand(db, tr("change segment %1").arg(before.name))
    , m_before(before)
    , m_after(after)
{
    m_after.id = before.id;
}

bool EditSegmentCommand::doRedo()
{
    return SegmentStore(m_db).update(m_after, &m_error);
}

bool EditSegmentCommand::doUndo()
{
    return SegmentStore(m_db).update(m_before, &m_error);
}

DeleteSegmentCommand::DeleteSegmentCommand(Database &db, const Segment &segment)
    : EditCommand(db, tr("delete segment %1").arg(segment.name))
    , m_segment(segment)
{
}

bool DeleteSegmentCommand::doRedo()
{
    SegmentStore store(m_db);
    // Its place now, not when the command was made: undo puts it back there.
    if (const std::optional<Segment> now = store.find(m_segment.id))
        m_segment = *now;
    return store.remove(m_segment.id);
}

bool DeleteSegmentCommand::doUndo()
{
    return SegmentStore(m_db).restore(m_segment);
}

ReorderSegmentsCommand::ReorderSegmentsCommand(Database &db, const QList<qint64> &before, const QList<qint64> &after)
    : EditCommand(db, tr("change the order of segments"))
    , m_before(before)
    , m_after(after)
{
}

bool ReorderSegmentsCommand::doRedo()
{
    return SegmentStore(m_db).reorder(m_after);
}

bool ReorderSegmentsCommand::doUndo()
{
    return SegmentStore(m_db).reorder(m_before);
}

} // namespace clientele
