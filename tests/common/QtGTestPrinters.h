#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <ostream>

// Readable gtest failure messages for Qt strings (found by argument-dependent
// lookup: QString lives in the global namespace).
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
