// clientele: the desktop application. Wiring only: settings, language,
// the database, the main window.

#include "Translations.h"
#include "main/MainWindow.h"
#include "storage/AppSettings.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtGui/QIcon>
#include <QtCore/QThreadPool>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

#include <memory>

using namespace clientele;

Q_LOGGING_CATEGORY(lcStartup, "clientele.startup", QtWarningMsg)

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Clientele"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.clientele.Clientele"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/app/%1x%1/apps/org.clientele.Clientele.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer lists, groups and reports for small shops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open the customer database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            QApplication::translate("main", "Keep window and language settings in FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "Use the language CODE (en, de, fr, es)."),
                                        QStringLiteral("CODE"));
    parser.addOptions({dbOption, settingsOption, langOption});
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The customer database to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    std::unique_ptr<AppSettings> settings = parser.isSet(settingsOption)
                                                ? std::make_unique<AppSettings>(parser.value(settingsOption))
                                                : std::make_unique<AppSettings>();
    installTranslators(app, parser.isSet(langOption) ? parser.value(langOption) : settings->language());

    QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                   : !parser.positionalArguments().isEmpty() ? parser.positionalArguments().first()
                   : !settings->lastDatabase().isEmpty()     ? settings->lastDatabase()
                                                             : Database::defaultPath();
    Database db;
    for (;;) {
        const DatabaseError error = db.open(path);
        if (!error)
            break;
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Clientele"), error.message);
        QPushButton *other = box.addButton(QApplication::translate("main", "Open another file…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != other)
            return 3;
        path = QFileDialog::getSaveFileName(nullptr, QApplication::translate("main", "Open or create a customer file"),
                                            QDir::homePath(),
                                            QApplication::translate("main", "Clientele files (*.sqlite);;All files (*)"),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return 3;
    }
    if (parser.isSet(dbOption) || !parser.positionalArguments().isEmpty())
        settings->setLastDatabase(QDir(path).absolutePath());

    qCDebug(lcStartup) << "database open after" << startup.elapsed() << "ms";
    int result = 0;
    {
        MainWindow window(db, *settings);
        window.show();
        // QT_LOGGING_RULES="clientele.startup.debug=true" measures the start.
        QTimer::singleShot(0, &window,
                           [&startup] { qCDebug(lcStartup) << "window shown after" << startup.elapsed() << "ms"; });
        if (CustomerStore(db).count() == 0 && !SettingsStore(db).isOnboarded())
            QTimer::singleShot(0, &window, &MainWindow::offerDemoShop);
        result = QApplication::exec();
    }
    // Closing the window asked any count or sort still running in a worker
    // to stop; it finishes before its database connection is taken away.
    QThreadPool::globalInstance()->waitForDone();
    return result;
}
