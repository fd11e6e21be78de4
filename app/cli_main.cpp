// clientele-cli: the headless face of Clientele. Wiring only; the commands
// live in core/cli.

#include "Translations.h"
#include "cli/Cli.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    clientele::installTranslators(app, clientele::Cli::languageFrom(QCoreApplication::arguments()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    clientele::Cli cli(out, err);
    const int rc = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return rc;
}
