#pragma once

#include <QtCore/QString>

namespace clientele::phone {

// The number in E.164 ("+33612345678"), read as a number of `region` (ISO
// 3166 alpha-2, "FR") unless it is written with its country code ("+33",
// "0033"); empty when it cannot be a phone number there. "06 12 34 56 78"
// in France, "+33 6 12 34 56 78" and "0033612345678" are all the same.
// Thread-safe.
QString toE164(const QString &phone, const QString &region);

} // namespace clientele::phone
