#pragma once

#include <QtCore/QTimer>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

// Answers the next modal dialog of type Dialog as a user would, once it is
// shown: call it just before the action that opens the dialog.
template<typename Dialog, typename Answer>
void whenShown(Answer answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        for (int i = 0; i < 300; ++i) {
            if (auto *d = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                answer(d);
                return;
            }
            QTest::qWait(10);
        }
    });
}
