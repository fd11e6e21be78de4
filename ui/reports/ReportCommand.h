#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

class QTextStream;

namespace clientele {

class Database;

// `clientele-cli report`: renders a segment report, the overview or a call
// list to PDF without a display. Lives beside the renderer (it needs Qt Gui)
// and is handed to the core's Cli as its report handler, so core stays
// free of Gui. Returns the Cli exit codes.
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ReportCommand)

public:
    // `args`: what follows "report" on the command line.
    static int run(Database &db, const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace clientele
