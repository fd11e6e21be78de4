#include "TempDatabase.h"
#include "WhenShown.h"
#include "TypeText.h"

#include "customers/CustomersPage.h"
#include "main/MainWindow.h"
#include "storage/AppSettings.h"
#include "storage/CustomerStore.h"
#include "wizards/import/CsvPreviewModel.h"
#include "wizards/import/ImportWizard.h"
#include "wizards/import/MappingProfiles.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QMimeData>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QDropEvent>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace clientele;

class ImportWizardTest : public TempDatabaseTest
{
protected:
    void SetUp() override
    {
        // Mapping profiles and rejected rows go to the application's data
        // folder: a test one, never the owner's, and one per test, since
        // ctest runs tests side by side.
        m_oldHome = qgetenv("HOME");
        QDir().mkpath(file(QStringLiteral("home")));
        qputenv("HOME", QFile::encodeName(file(QStringLiteral("home"))));
        QStandardPaths::setTestModeEnabled(true);
        cleanAppData();
        TempDatabaseTest::SetUp();
        settings = std::make_unique<AppSettings>(file(QStringLiteral("settings.conf")));
        window = std::make_unique<MainWindow>(db, *settings);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        cleanAppData();
        QStandardPaths::setTestModeEnabled(false);
        qputenv("HOME", m_oldHome);
    }
    QByteArray m_oldHome;
    static void cleanAppData()
    {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(data + QStringLiteral("/mappings")).removeRecursively();
        QDir(data + QStringLiteral("/rejects")).removeRecursively();
    }

    // What Excel on Windows saves: semicolons, Windows-1252, day-first dates.
    QString writeShopFile()
    {
        const QString text = QStringLiteral("Vorname;Nachname;E-Mail;Geburtstag;Wohnort des Kunden\r\n"
                                            "Chloé;Lefèvre;chloe@example.com;25.03.1990;Lyon\r\n"
                                            "José;Núñez;jose@example.com;03.04.1985;Paris\r\n"
                                            "Anna;Müller;anna@example.com;14.07.1979;Berlin\r\n"
                                            "Anna;Mueller;ANNA@Example.COM;14.07.1979;Berlin\r\n"
                                            "Bob;Bauer;bob at example;01.01.1970;Köln\r\n");
        const QString path = file(QStringLiteral("kunden.csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toLatin1()); // these letters are the same bytes in Windows-1252
        return path;
    }

    ImportWizard *openWizard()
    {
        QTest::keyClick(window.get(), Qt::Key_I, Qt::ControlModifier);
        ImportWizard *wizard = nullptr;
        for (int i = 0; i < 100 && !wizard; ++i) {
            wizard = window->findChild<ImportWizard *>();
            QTest::qWait(10);
        }
        return wizard;
    }
    static void next(ImportWizard *wizard)
    {
        QAbstractButton *button = wizard->button(QWizard::NextButton);
        ASSERT_TRUE(button->isVisible() && button->isEnabled())
            << "page " << wizard->currentId() << ": " << button->text().toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
    }
    template<typename T>
    static T *child(ImportWizard *wizard, const char *name)
    {
        return wizard->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
};

TEST_F(ImportWizardTest, ImportsAnExcelFileThenUndoesIt)
{
    const QString path = writeShopFile();
    ImportWizard *wizard = openWizard();
    ASSERT_TRUE(wizard);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));
    EXPECT_EQ(wizard->currentId(), int(ImportWizard::FilePageId));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()); // no file yet

    // 1. The file, and what it holds.
    auto *pathEdit = child<QLineEdit>(wizard, "importPath");
    ASSERT_TRUE(pathEdit);
    pathEdit->setFocus();
    QTest::keyClicks(pathEdit, QDir::toNativeSeparators(path));
    EXPECT_TRUE(child<QAbstractButton>(wizard, "kindCustomers")->isChecked());
    next(wizard);

    // 2. The preview shows what was detected, and follows a change.
    ASSERT_EQ(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QAbstractItemModelTester tester(wizard->preview(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *encoding = child<QComboBox>(wizard, "encoding");
    auto *delimiter = child<QComboBox>(wizard, "delimiter");
    auto *table = child<QTableView>(wizard, "previewTable");
    ASSERT_TRUE(encoding && delimiter && table);
    EXPECT_EQ(encoding->currentData().toInt(), int(TextDecoder::Encoding::Windows1252));
    EXPECT_TRUE(encoding->currentText().contains(QStringLiteral("Windows-1252"))) << encoding->currentText().toStdString();
    EXPECT_TRUE(encoding->currentText().contains(QStringLiteral("detected")));
    EXPECT_EQ(delimiter->currentData().value<QChar>(), QChar(u';'));
    EXPECT_TRUE(child<QCheckBox>(wizard, "hasHeader")->isChecked());
    EXPECT_EQ(table->model()->columnCount(), 5);
    EXPECT_EQ(table->model()->rowCount(), 5);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("Chloé"));
    EXPECT_EQ(table->model()->index(1, 1).data().toString(), QStringLiteral("Núñez"));
    EXPECT_EQ(table->model()->headerData(0, Qt::Vertical).toLongLong(), 2); // the line in the file
    delimiter->setFocus();
    QTest::keyClick(delimiter, Qt::Key_Up); // comma: everything in one column
    EXPECT_EQ(delimiter->currentData().value<QChar>(), QChar(u','));
    EXPECT_EQ(table->model()->columnCount(), 1);
    QTest::keyClick(delimiter, Qt::Key_Down); // back to semicolons
    EXPECT_EQ(table->model()->columnCount(), 5);
    next(wizard);

    // 3. Columns: guessed from the German names; the one Clientele cannot
    // know is set by hand, and the matching is saved for next time.
    ASSERT_EQ(wizard->currentId(), int(ImportWizard::MappingPageId));
    auto *email = child<QComboBox>(wizard, "mapping2");
    auto *place = child<QComboBox>(wizard, "mapping4");
    ASSERT_TRUE(email && place);
    EXPECT_EQ(email->currentData().toString(), QStringLiteral("email"));
    EXPECT_EQ(child<QComboBox>(wizard, "mapping3")->currentData().toString(), QStringLiteral("birthday"));
    EXPECT_EQ(place->currentData().toString(), QString()); // "Wohnort des Kunden": not guessed
    place->setFocus();
    QTest::keyClicks(place, QStringLiteral("City"));
    EXPECT_EQ(place->currentData().toString(), QStringLiteral("city")) << place->currentText().toStdString();
    whenShown<QInputDialog>([](QInputDialog *d) {
        d->setTextValue(QStringLiteral("Old till"));
        d->accept();
    });
    QTest::mouseClick(child<QPushButton>(wizard, "saveMapping"), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(MappingProfiles::fileFor(QStringLiteral("Old till"))));
    EXPECT_TRUE(MappingProfiles::names().contains(QStringLiteral("Old till")));
    EXPECT_EQ(child<QComboBox>(wizard, "mappingProfiles")->currentText(), QStringLiteral("Old till"));
    next(wizard);

    // 4. Options: the first date, read day first, shown as an example.
    ASSERT_EQ(wizard->currentId(), int(ImportWizard::OptionsPageId));
    auto *example = child<QLabel>(wizard, "dateExample");
    ASSERT_TRUE(example);
    EXPECT_TRUE(example->text().contains(QStringLiteral("25.03.1990"))) << example->text().toStdString();
    EXPECT_TRUE(example->text().contains(QStringLiteral("25 March 1990"))) << example->text().toStdString();
    EXPECT_TRUE(child<QAbstractButton>(wizard, "duplicatesSkip")->isChecked());
    auto *tags = child<QLineEdit>(wizard, "importTags");
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("Old till"));
    next(wizard);

    // 5. The check: counts and the first problem by line, nothing kept yet.
    ASSERT_EQ(wizard->currentId(), int(ImportWizard::CheckPageId));
    auto *summary = child<QLabel>(wizard, "checkSummary");
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("5 rows read")), 10000);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("New customers: 3"))) << summary->text().toStdString();
    auto *problems = child<QListWidget>(wizard, "checkProblems");
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().startsWith(QStringLiteral("line 6:"))) << problems->item(0)->text().toStdString();
    EXPECT_EQ(CustomerStore(db).count(), 0);
    EXPECT_EQ(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Import"));
    next(wizard);

    // 6. The import ran in the background; the result adds up.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 10000);
    const QString result = child<QLabel>(wizard, "resultSummary")->text();
    EXPECT_TRUE(result.contains(QStringLiteral("5 rows read from “kunden.csv”"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("new customers imported: 3"))) << result.toStdString();
    EXPECT_TRUE(result.contains(QStringLiteral("updated: 0")));
    EXPECT_TRUE(result.contains(QStringLiteral("skipped: 1")));
    EXPECT_TRUE(result.contains(QStringLiteral("(rejected): 1")));
    EXPECT_TRUE(child<QPushButton>(wizard, "saveRejects")->isVisible());
    EXPECT_TRUE(QFile::exists(wizard->result().rejectsFile));
    // Not next to the file: with the application's data.
    EXPECT_NE(QFileInfo(wizard->result().rejectsFile).absolutePath(), QFileInfo(path).absolutePath());

    CustomerStore store(db);
    EXPECT_EQ(store.count(), 3);
    const std::optional<qint64> chloe = store.findByEmail(QStringLiteral("CHLOE@example.com"));
    ASSERT_TRUE(chloe);
    const Customer c = *store.find(*chloe);
    EXPECT_EQ(c.firstName, QStringLiteral("Chloé"));
    EXPECT_EQ(c.lastName, QStringLiteral("Lefèvre"));
    EXPECT_EQ(c.city, QStringLiteral("Lyon")); // the column mapped by hand
    EXPECT_EQ(c.birthday, QDate(1990, 3, 25));
    EXPECT_EQ(store.find(*store.findByEmail(QStringLiteral("jose@example.com")))->birthday, QDate(1985, 4, 3));
    QTRY_COMPARE(window->customersPage()->view()->model()->rowCount(), 3); // the list reloaded

    // Undo, after a question that says what goes.
    QString question;
    whenShown<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    QTest::mouseClick(child<QPushButton>(wizard, "undoImport"), Qt::LeftButton);
    EXPECT_TRUE(question.contains(QStringLiteral("Remove the 3 customers"))) << question.toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(CustomerStore(db).count(), 0, 10000);
    QTRY_VERIFY(child<QLabel>(wizard, "undoSummary")->isVisible());
    EXPECT_TRUE(child<QLabel>(wizard, "undoSummary")->text().contains(QStringLiteral("3 customers")));
    EXPECT_FALSE(child<QPushButton>(wizard, "undoImport")->isEnabled());
    QTRY_COMPARE(window->customersPage()->view()->model()->rowCount(), 0);

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<ImportWizard *>());
}

TEST_F(ImportWizardTest, AFileDroppedOnTheWindowOpensTheWizardOnIt)
{
    const QString path = writeShopFile();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QTRY_VERIFY(window->findChild<ImportWizard *>());
    ImportWizard *wizard = window->findChild<ImportWizard *>();
    EXPECT_EQ(wizard->filePath(), path);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());

    // Not a CSV file: not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(file(QStringLiteral("photo.jpg")))});
    QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(window.get(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(ImportWizardTest, AFileWithoutHeaderKeepsItsFirstRowAndLineNumbers)
{
    const QString path = file(QStringLiteral("plain.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Ada,Lovelace,ada@example.com\nAlan,Turing,alan at example\nGrace,Hopper,grace@example.com\n");
    }
    ImportWizard *wizard = openWizard();
    ASSERT_TRUE(wizard);
    auto *pathEdit = child<QLineEdit>(wizard, "importPath");
    pathEdit->setFocus();
    QTest::keyClicks(pathEdit, path);
    next(wizard);
    ASSERT_EQ(wizard->currentId(), int(ImportWizard::PreviewPageId));
    auto *header = child<QCheckBox>(wizard, "hasHeader");
    EXPECT_FALSE(header->isChecked()); // data, not names
    EXPECT_EQ(wizard->preview()->rowCount(), 3);
    QTest::mouseClick(header, Qt::LeftButton);
    EXPECT_EQ(wizard->preview()->rowCount(), 2);
    QTest::mouseClick(header, Qt::LeftButton);
    EXPECT_EQ(wizard->preview()->rowCount(), 3);
    next(wizard);

    ASSERT_EQ(wizard->currentId(), int(ImportWizard::MappingPageId));
    // Nothing to guess from: the owner says it all.
    for (const auto &[combo, text] : {std::pair{"mapping0", "First name"}, {"mapping1", "Last name"},
                                      {"mapping2", "Email address"}}) {
        auto *box = child<QComboBox>(wizard, combo);
        box->setCurrentIndex(box->findText(QLatin1String(text)));
        ASSERT_GT(box->currentIndex(), 0) << combo;
    }
    next(wizard);
    next(wizard);
    auto *summary = child<QLabel>(wizard, "checkSummary");
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("3 rows read")), 10000);
    auto *problems = child<QListWidget>(wizard, "checkProblems");
    ASSERT_EQ(problems->count(), 1);
    EXPECT_TRUE(problems->item(0)->text().startsWith(QStringLiteral("line 2:"))) << problems->item(0)->text().toStdString();
    next(wizard);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), 10000);
    EXPECT_EQ(CustomerStore(db).count(), 2);
    EXPECT_TRUE(CustomerStore(db).findByEmail(QStringLiteral("ada@example.com")));
    QFile rejects(wizard->result().rejectsFile);
    ASSERT_TRUE(rejects.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = rejects.readAll().split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines[1].startsWith("2,")) << lines[1].toStdString();
}
