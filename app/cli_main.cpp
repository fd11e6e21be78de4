// clientele-cli: the headless face of Clientele. Wiring only; the commands
// live in core/cli, the report command beside the renderer in ui/reports.

#include "Translations.h"
#include "cli/Cli.h"
#include "reports/ReportCommand.h"

#include <QtCore/QTextStream>
#include <QtGui/QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

// Only `report` paints; the other commands stay a plain core program that
// starts fast and says nothing about displays.
bool wantsReport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db" || a == "--lang") {
            ++i;
            continue;
        }
        if (!a.startsWith('-'))
            return a == "report";
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsReport(argc, argv)) {
        // Without a display (cron, ssh, CI) the offscreen platform paints the same pages.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    clientele::installTranslators(app, clientele::Cli::languageFrom(QCoreApplication::arguments()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    clientele::Cli::setReportHandler(&clientele::ReportCommand::run);
    clientele::Cli cli(out, err);
    const int rc = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return rc;
}
