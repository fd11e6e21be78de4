#pragma once

#include <QtTest/QTest>
#include <QtWidgets/QComboBox>

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

// Picks an entry of a combo box with the keyboard, as a user would.
inline bool choose(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i <= combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

// Replaces the number in a spin box by typing.
template<typename Spin>
void typeNumber(Spin *spin, const QString &text)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    typeText(spin, text);
}
