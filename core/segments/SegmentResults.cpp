#include "SegmentResults.h"

#include <algorithm>

namespace clientele {

QList<qint64> SegmentResults::membersOf(const QHash<qint64, qint64> &segmentOf, qint64 segmentId)
{
    QList<qint64> ids;
    for (auto it = segmentOf.cbegin(); it != segmentOf.cend(); ++it)
        if (it.value() == segmentId)
            ids << it.key();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace clientele
