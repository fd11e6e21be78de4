#pragma once

#include "TempDatabase.h"

#include "commands/EditController.h"
#include "demo/DemoShop.h"
#include "segments/AsOfDay.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentsPage.h"

#include <QtTest/QTest>

#include <memory>

// The Segments page shown on a 2,000-customer demo shop as of a fixed day,
// with its engine evaluated: where the segment GUI tests start.
class DemoSegmentsPageTest : public TempDatabaseTest
{
protected:
    static inline const QDate kAsOf{2025, 3, 14};

    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        clientele::DemoShop::Options options;
        options.customers = 2000;
        options.asOf = kAsOf;
        ASSERT_TRUE(clientele::DemoShop::generate(db, options).ok);
        edits = std::make_unique<clientele::EditController>(db);
        engine = std::make_unique<clientele::SegmentEngine>(db);
        engine->setAsOf(kAsOf);
        page = std::make_unique<clientele::SegmentsPage>(db, *edits, engine.get());
        page->resize(1280, 800);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        QTRY_VERIFY(!engine->isStale());
    }
    void TearDown() override { page.reset(); }

    // Customers a rule matches today, by the engine.
    qint64 count(const clientele::Rule &rule)
    {
        return engine->evaluator().count(rule, clientele::AsOfDay::forDatabase(db, kAsOf));
    }

    std::unique_ptr<clientele::EditController> edits;
    std::unique_ptr<clientele::SegmentEngine> engine;
    std::unique_ptr<clientele::SegmentsPage> page;
};
