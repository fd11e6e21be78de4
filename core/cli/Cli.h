#pragma once

#include "segments/Rule.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <functional>
#include <optional>

class QTextStream;

namespace clientele {

class Database;

// clientele-cli: the headless face of Clientele for scripts, cron and tests.
// Parses the command line, runs one command on the database and returns the
// exit code of the contract: 0 done, 1 usage error, 2 bad input, 3 database
// problem. All messages are plain words; errors go to `err`.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::Cli)

public:
    enum ExitCode { Done = 0, UsageError = 1, BadInput = 2, DatabaseProblem = 3 };

    Cli(QTextStream &out, QTextStream &err);

    // `arguments` as from QCoreApplication::arguments() (program name first).
    int run(const QStringList &arguments);

    // The language asked for with --lang, read before translators are set up.
    static QString languageFrom(const QStringList &arguments);

    // `report` renders with Qt Gui, which core does not link: the program
    // that can render hands in the command (arguments after "report").
    using ReportHandler = std::function<int(Database &, const QStringList &, QTextStream &, QTextStream &)>;
    static void setReportHandler(ReportHandler handler);

private:
    int demo(Database &db, const QStringList &args);
    int check(Database &db, const QStringList &args);
    int duplicates(Database &db, const QStringList &args);
    int backup(Database &db, const QStringList &args);
    int restore(Database &db, const QStringList &args);
    int importFile(Database &db, const QStringList &args);
    int exportFile(Database &db, const QStringList &args);
    int segments(Database &db, const QStringList &args);
    int tag(Database &db, const QStringList &args);
    // The rule in a JSON file; on failure says why on stderr.
    std::optional<Rule> readRuleFile(const QString &path);
    int report(Database &db, const QStringList &args);
    void warnAboutManySegments(Database &db);
    int openDatabase(Database &db, const QString &path);
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace clientele
