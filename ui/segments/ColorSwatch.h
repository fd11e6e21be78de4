#pragma once

#include <QtGui/QColor>
#include <QtGui/QIcon>

namespace clientele {

// A round dot of a segment's colour, for buttons and lists; a grey ring
// when the segment has no colour.
QIcon colorSwatch(const QColor &color, int size = 16);

} // namespace clientele
