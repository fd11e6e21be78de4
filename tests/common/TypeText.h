#pragma once

#include <QtTest/QTest>

// Types text as a keyboard would, including letters QTest::keyClicks cannot
// (é, ü, ñ): those arrive as key events carrying their text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
