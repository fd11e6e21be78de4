#include "TempDatabase.h"
#include "WhenShown.h"
#include "TypeText.h"

#include "commands/EditController.h"
#include "customers/CustomerCard.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "io/CsvReader.h"
#include "main/MainWindow.h"
#include "segments/RuleJson.h"
#include "segments/SegmentStore.h"
#include "storage/AppSettings.h"
#include "storage/CustomerStore.h"
#include "storage/TagStore.h"
#include "storage/PurchaseStore.h"

#include <QtCore/QTimer>
#include <QtGui/QUndoStack>
#include <QtCore/QFile>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace clientele;

class CustomersWorkspaceTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        TempDatabaseTest::SetUp();
        CustomerStore store(db);
        for (const auto &[first, last, city] : {std::tuple{"Chloé", "Lefèvre", "Lyon"}, {"José", "Núñez", "Paris"},
                                                 {"Anna", "Müller", "Berlin"}, {"Zoë", "Adams", "London"}}) {
            Customer c;
            c.firstName = QString::fromUtf8(first);
            c.lastName = QString::fromUtf8(last);
            c.city = QString::fromUtf8(city);
            store.add(c);
        }
        settings = std::make_unique<AppSettings>(file(QStringLiteral("settings.conf")));
        window = std::make_unique<MainWindow>(db, *settings);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        page = window->customersPage();
        table = page->view();
    }
    void TearDown() override { window.reset(); }

    int rows() const { return table->model()->rowCount(); }
    void focusTable()
    {
        QApplication::setActiveWindow(window.get());
        table->setFocus();
        for (int i = 0; i < 100 && !table->hasFocus(); ++i)
            QTest::qWait(10);
        ASSERT_TRUE(table->hasFocus()) << "focus is on "
                                       << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing")
                                       << ", active window "
                                       << (QApplication::activeWindow() ? QApplication::activeWindow()->metaObject()->className() : "none");
    }
    QString nameAt(int row) const { return table->model()->index(row, CustomerTableModel::Name).data().toString(); }
    void typeInto(const char *objectName, const QString &text)
    {
        auto *edit = page->card()->findChild<QLineEdit *>(QLatin1String(objectName));
        ASSERT_TRUE(edit) << objectName;
        edit->setFocus();
        typeText(edit, text);
    }

    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
    CustomersPage *page = nullptr;
    QTableView *table = nullptr;
};

TEST_F(CustomersWorkspaceTest, AddACustomerThroughTheCard)
{
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    typeInto("firstName", QStringLiteral("Hélène"));
    typeInto("lastName", QStringLiteral("Dubois"));
    typeInto("email", QStringLiteral("not an email"));
    auto *save = page->card()->findChild<QPushButton *>(QStringLiteral("saveCustomer"));
    ASSERT_TRUE(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_EQ(CustomerStore(db).count(), 4); // refused: the email is wrong
    auto *email = page->card()->findChild<QLineEdit *>(QStringLiteral("email"));
    email->clear();
    typeInto("email", QStringLiteral("helene@example.com"));
    QTest::keyClick(email, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(CustomerStore(db).count(), 5);
    EXPECT_TRUE(CustomerStore(db).findByEmail(QStringLiteral("HELENE@example.com")));
    EXPECT_EQ(rows(), 5);
    EXPECT_EQ(window->edits()->undoStack()->undoText(), QStringLiteral("add Hélène Dubois"));
}

TEST_F(CustomersWorkspaceTest, TagThreeSelectedCustomersThenUndo)
{
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table->viewport(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table->viewport(), Qt::Key_Down, Qt::ShiftModifier);
    ASSERT_EQ(page->selectedIds().size(), 3);
    whenShown<QInputDialog>([](QInputDialog *d) {
        d->setTextValue(QStringLiteral("VIP"));
        d->accept();
    });
    auto *bulkTag = page->findChild<QPushButton *>(QStringLiteral("bulkTag"));
    ASSERT_TRUE(bulkTag && bulkTag->isVisible());
    QTest::mouseClick(bulkTag, Qt::LeftButton);
    QTRY_COMPARE(TagStore(db).findByName(QStringLiteral("VIP")).value_or(Tag()).customerCount, qint64(3));
    int tagged = 0;
    for (int r = 0; r < rows(); ++r)
        tagged += table->model()->index(r, CustomerTableModel::Tags).data().toString() == u"VIP";
    EXPECT_EQ(tagged, 3);

    focusTable();
    EXPECT_TRUE(window->edits()->undoStack()->canUndo());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(TagStore(db).findByName(QStringLiteral("VIP")));
    for (int r = 0; r < rows(); ++r)
        EXPECT_TRUE(table->model()->index(r, CustomerTableModel::Tags).data().toString().isEmpty());
}

TEST_F(CustomersWorkspaceTest, FilterByTypingAnAccentedNameWithoutItsAccent)
{
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(page->searchField(), QStringLiteral("nunez"));
    QTRY_COMPARE(nameAt(0), QStringLiteral("José Núñez"));
    EXPECT_EQ(rows(), 1);
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), QStringLiteral("chloe lef"));
    QTRY_COMPARE(nameAt(0), QStringLiteral("Chloé Lefèvre"));
    EXPECT_EQ(rows(), 1);
}

TEST_F(CustomersWorkspaceTest, DeleteWithConfirmationThenUndo)
{
    focusTable();
    table->selectRow(0); // Zoë Adams, by last name
    const QString name = nameAt(0);
    QTest::qWait(50);
    // Cancel first: nothing happens.
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(CustomerStore(db).count(), 4);
    // Then delete for real; the question names the customer.
    QString question;
    whenShown<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_TRUE(question.contains(name)) << question.toStdString();
    EXPECT_EQ(CustomerStore(db).count(), 3);
    EXPECT_EQ(rows(), 3);
    focusTable();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(CustomerStore(db).count(), 4);
    EXPECT_EQ(nameAt(0), name);
}

TEST_F(CustomersWorkspaceTest, CardShowsTheChosenCustomerAndSavesEdits)
{
    table->setFocus();
    table->selectRow(1);
    auto *city = page->card()->findChild<QLineEdit *>(QStringLiteral("city"));
    ASSERT_TRUE(city);
    EXPECT_EQ(city->text(), CustomerStore(db).find(page->card()->customerId())->city);
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Lyon"));
    auto *consent = page->card()->findChild<QCheckBox *>(QStringLiteral("consentEmail"));
    QTest::mouseClick(consent, Qt::LeftButton);
    QTest::keyClick(city, Qt::Key_S, Qt::ControlModifier);
    const Customer saved = *CustomerStore(db).find(page->card()->customerId());
    EXPECT_EQ(saved.city, QStringLiteral("Lyon"));
    EXPECT_TRUE(saved.consentEmail);
    EXPECT_GT(saved.consentEmailAt, 0); // the date consent was given
    focusTable();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(CustomerStore(db).find(saved.id)->consentEmail);
}

// Which segment a customer is in, and why, is worked out in a worker (RFM
// scores rank the whole shop) and then shown on the card.
TEST_F(CustomersWorkspaceTest, CardSaysWhichSegmentAndWhy)
{
    Segment s;
    s.name = QStringLiteral("Berliners");
    s.ruleJson = QString::fromUtf8(
        RuleJson::write(Rule::condition(QStringLiteral("city"), RuleOp::Equal, QStringLiteral("Berlin"))));
    ASSERT_TRUE(SegmentStore(db).add(s));
    auto *line = page->card()->findChild<QLabel *>(QStringLiteral("segmentExplanation"));
    ASSERT_TRUE(line);
    for (int row = 0; row < rows(); ++row) {
        if (nameAt(row).contains(QStringLiteral("Müller"))) {
            table->selectRow(row);
            break;
        }
    }
    ASSERT_EQ(CustomerStore(db).find(page->card()->customerId())->city, QStringLiteral("Berlin"));
    QTRY_VERIFY(line->text().startsWith(QStringLiteral("In “Berliners” because they live in Berlin")));
    EXPECT_TRUE(line->isVisible());
}

TEST_F(CustomersWorkspaceTest, EraseForGoodAsksForADeliberateConfirmation)
{
    focusTable();
    table->selectRow(0);
    const qint64 id = page->card()->customerId();
    ASSERT_GT(id, 0);
    auto *erase = page->card()->findChild<QPushButton *>(QStringLiteral("eraseCustomer"));
    ASSERT_TRUE(erase);
    bool eraseEnabledBeforeTicking = true;
    whenShown<QMessageBox>([&eraseEnabledBeforeTicking](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                eraseEnabledBeforeTicking = b->isEnabled();
                box->checkBox()->setChecked(true);
                b->click();
            }
    });
    QTest::mouseClick(erase, Qt::LeftButton);
    EXPECT_FALSE(eraseEnabledBeforeTicking);
    EXPECT_FALSE(CustomerStore(db).find(id));
    EXPECT_EQ(rows(), 3);
    EXPECT_FALSE(window->edits()->undoStack()->canUndo());
}

TEST_F(CustomersWorkspaceTest, ExportsWhatTheShopHoldsAboutOnePerson)
{
    const qint64 id = CustomerStore(db).ids({}).first();
    Purchase p;
    p.customerId = id;
    p.time = 1700000000;
    p.amount = Money(1234);
    ASSERT_TRUE(PurchaseStore(db).add(p));
    const QString target = file(QStringLiteral("person.csv"));
    whenShown<QFileDialog>([target](QFileDialog *d) {
        d->selectFile(target);
        static_cast<QDialog *>(d)->accept();
    });
    window->exportPersonalData(id);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file(QStringLiteral("person-purchases.csv"))), 5000);
    QFile people(target);
    ASSERT_TRUE(people.open(QIODevice::ReadOnly));
    const QString customers = QString::fromUtf8(people.readAll());
    EXPECT_EQ(customers.count(u'\n'), 2) << customers.toStdString(); // header and this one person
    QFile purchases(file(QStringLiteral("person-purchases.csv")));
    ASSERT_TRUE(purchases.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(purchases.readAll()).contains(QStringLiteral("12.34")));
}

TEST_F(CustomersWorkspaceTest, ExportsTheListAsShownWithItsColumnsAndFilter)
{
    // The owner searches, hides a column and moves another: the file follows.
    QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("customerSearch")), QStringLiteral("l"));
    QTRY_COMPARE(rows(), 3); // Lefèvre, Müller... and whoever matches "l"
    QStringList shownNames;
    for (int r = 0; r < rows(); ++r)
        shownNames << table->model()->index(r, CustomerTableModel::Name).data().toString();
    table->setColumnHidden(CustomerTableModel::Email, true);
    QHeaderView *header = table->horizontalHeader();
    header->moveSection(header->visualIndex(CustomerTableModel::City), 0);
    const QList<int> visible = page->visibleColumns();
    ASSERT_EQ(visible.first(), int(CustomerTableModel::City));
    ASSERT_FALSE(visible.contains(int(CustomerTableModel::Email)));

    const QString target = file(QStringLiteral("list.csv"));
    whenShown<QFileDialog>([target](QFileDialog *d) {
        d->selectFile(target);
        static_cast<QDialog *>(d)->accept();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("exportList")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), 5000);
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> records = CsvReader::parse(f.readAll());
    ASSERT_EQ(records.size(), shownNames.size() + 1);
    QStringList expectedHeader;
    for (int c : visible)
        expectedHeader << table->model()->headerData(c, Qt::Horizontal).toString();
    EXPECT_EQ(records.first(), expectedHeader);
    const qsizetype nameColumn = visible.indexOf(int(CustomerTableModel::Name));
    ASSERT_GE(nameColumn, 0);
    for (qsizetype i = 0; i < shownNames.size(); ++i)
        EXPECT_EQ(records[i + 1][nameColumn], shownNames[i]);
}

TEST_F(CustomersWorkspaceTest, ExportsWithTheSeparatorChosenAsTheFileType)
{
    const QString target = file(QStringLiteral("semicolons.csv"));
    whenShown<QFileDialog>([target](QFileDialog *d) {
        for (const QString &filter : d->nameFilters())
            if (filter.contains(QStringLiteral("semicolon")))
                d->selectNameFilter(filter);
        d->selectFile(target);
        static_cast<QDialog *>(d)->accept();
    });
    window->exportCustomers({}, false);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target), 5000);
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.readLine();
    EXPECT_TRUE(header.contains("Clientele ID;First name;Last name")) << header.toStdString();
    // Four customers, each on one line.
    EXPECT_EQ(f.readAll().count('\n'), 4);
}
