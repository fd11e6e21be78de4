#pragma once

#include "storage/Database.h"

#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>

// A fresh Clientele file in a temporary folder, removed after the test.
class TempDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const clientele::DatabaseError e = db.open(path());
        ASSERT_FALSE(e.isError()) << e.message.toStdString();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("shop.sqlite")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    clientele::Database db;
};
