#include <QtCore/QThreadPool>
#include <QtWidgets/QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Clientele-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    // Workers a test left counting or sorting finish (they were asked to
    // stop) before the application and its database connections go.
    QThreadPool::globalInstance()->waitForDone();
    return result;
}
