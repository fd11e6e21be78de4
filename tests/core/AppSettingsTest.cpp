#include "storage/AppSettings.h"

#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>

using clientele::AppSettings;

TEST(AppSettings, DefaultsThenValuesSurviveARestart)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.conf"));
    {
        AppSettings s(file);
        EXPECT_TRUE(s.lastDatabase().isEmpty());
        EXPECT_TRUE(s.language().isEmpty());
        EXPECT_EQ(s.backupKeepCount(), 10);
        s.setLastDatabase(QStringLiteral("/data/shop.sqlite"));
        s.setLanguage(QStringLiteral("de"));
        s.setMainWindowGeometry(QByteArray("geometry"));
        s.setBackupKeepCount(0); // out of range: clamped on read
        s.sync();
    }
    AppSettings again(file);
    EXPECT_EQ(again.lastDatabase(), QStringLiteral("/data/shop.sqlite"));
    EXPECT_EQ(again.language(), QStringLiteral("de"));
    EXPECT_EQ(again.mainWindowGeometry(), QByteArray("geometry"));
    EXPECT_EQ(again.backupKeepCount(), 1);
    EXPECT_EQ(again.fileName(), file);
}
