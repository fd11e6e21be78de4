#include "Cli.h"

#include "demo/DemoShop.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/InteractionStore.h"
#include "storage/PurchaseStore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QTextStream>

namespace clientele {

namespace {

int exitCodeFor(const DatabaseError &e)
{
    switch (e.kind) {
    case DatabaseError::Kind::None:
        return Cli::Done;
    default:
        return Cli::DatabaseProblem;
    }
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString Cli::languageFrom(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="))
            return a.mid(7);
    }
    return QString();
}

QString Cli::usage() const
{
    return tr("Usage: clientele-cli [--db FILE] [--lang CODE] COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  demo [--customers N] [--seed S] [--as-of DATE]\n"
              "                 fill an empty file with a demo shop (2000 customers by default)\n"
              "  check          check that the file is healthy\n"
              "  backup FILE    write a copy of the whole database to FILE\n"
              "  restore FILE   replace the database with the backup FILE (a copy of the\n"
              "                 current data is kept next to it first)\n"
              "\n"
              "Options:\n"
              "  --db FILE      the customer database (default: %1)\n"
              "  --lang CODE    language of messages: en, de, fr, es\n"
              "  -h, --help     show this help\n"
              "  -v, --version  show the version\n"
              "\n"
              "Exit codes: 0 done, 1 usage error, 2 bad input, 3 database problem.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({dbOption, langOption, helpOption, versionOption});
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << u'\n' << tr("Try “clientele-cli --help”.") << u'\n';
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        m_out << usage();
        return Done;
    }
    if (parser.isSet(versionOption)) {
        m_out << QStringLiteral("clientele-cli %1\n").arg(QStringLiteral(CLIENTELE_VERSION));
        return Done;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << tr("No command given.") << u'\n' << usage();
        return UsageError;
    }
    const QString command = positional.takeFirst();
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();

    using Handler = int (Cli::*)(Database &, const QStringList &);
    Handler handler = nullptr;
    if (command == u"demo")
        handler = &Cli::demo;
    else if (command == u"check")
        handler = &Cli::check;
    else if (command == u"backup")
        handler = &Cli::backup;
    else if (command == u"restore")
        handler = &Cli::restore;
    if (!handler) {
        m_err << tr("Unknown command “%1”.").arg(command) << u'\n' << tr("Try “clientele-cli --help”.") << u'\n';
        return UsageError;
    }

    Database db;
    if (const int rc = openDatabase(db, path); rc != Done)
        return rc;
    return (this->*handler)(db, positional);
}

int Cli::openDatabase(Database &db, const QString &path)
{
    const DatabaseError e = db.open(path);
    if (e) {
        m_err << e.message << u'\n';
        return exitCodeFor(e);
    }
    return Done;
}

int Cli::demo(Database &db, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption customers(QStringLiteral("customers"), QString(), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
    parser.addOptions({customers, seed, asOf});
    if (!parser.parse(QStringList{QStringLiteral("demo")} + args) || !parser.positionalArguments().isEmpty()) {
        m_err << (parser.errorText().isEmpty() ? tr("“demo” takes no file name.") : parser.errorText()) << u'\n';
        return UsageError;
    }
    DemoShop::Options options;
    bool ok = false;
    options.customers = parser.value(customers).toInt(&ok);
    if (!ok || options.customers < 1 || options.customers > DemoShop::MaxCustomers) {
        m_err << tr("--customers must be a whole number from 1 to %1.").arg(DemoShop::MaxCustomers) << u'\n';
        return UsageError;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        m_err << tr("--seed must be a whole number.") << u'\n';
        return UsageError;
    }
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid()) {
            m_err << tr("--as-of must be a date like 2026-03-31.") << u'\n';
            return UsageError;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const DemoShop::Result result = DemoShop::generate(db, options);
    if (!result.ok) {
        m_err << result.error << u'\n';
        return DatabaseProblem;
    }
    const QLocale locale;
    m_out << tr("Made a demo shop in %1: %2 customers, %3 purchases, %4 interactions (%5 s).")
                 .arg(QDir::toNativeSeparators(db.path()), locale.toString(result.customers),
                      locale.toString(result.purchases), locale.toString(result.interactions),
                      locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
          << u'\n';
    return Done;
}

int Cli::check(Database &db, const QStringList &args)
{
    if (!args.isEmpty()) {
        m_err << tr("“check” takes no arguments.") << u'\n';
        return UsageError;
    }
    const QStringList problems = db.check(true);
    if (!problems.isEmpty()) {
        m_err << tr("“%1” is damaged: %2. Restore it from a backup.")
                     .arg(QDir::toNativeSeparators(db.path()), problems.join(QStringLiteral("; ")))
              << u'\n';
        return DatabaseProblem;
    }
    const QLocale locale;
    m_out << tr("“%1” is healthy: schema version %2, %3 customers, %4 purchases, %5 interactions.")
                 .arg(QDir::toNativeSeparators(db.path()))
                 .arg(db.schemaVersion())
                 .arg(locale.toString(CustomerStore(db).count()), locale.toString(PurchaseStore(db).count()),
                      locale.toString(InteractionStore(db).count()))
          << u'\n';
    return Done;
}

int Cli::backup(Database &db, const QStringList &args)
{
    if (args.size() != 1) {
        m_err << tr("“backup” needs one file name: clientele-cli backup FILE") << u'\n';
        return UsageError;
    }
    const DatabaseError e = db.backupTo(args.first());
    if (e) {
        m_err << e.message << u'\n';
        return DatabaseProblem;
    }
    m_out << tr("Backed up to “%1” (%2).")
                 .arg(QDir::toNativeSeparators(args.first()), QLocale().formattedDataSize(QFileInfo(args.first()).size()))
          << u'\n';
    return Done;
}

int Cli::restore(Database &db, const QStringList &args)
{
    if (args.size() != 1) {
        m_err << tr("“restore” needs one file name: clientele-cli restore FILE") << u'\n';
        return UsageError;
    }
    const QString source = args.first();
    if (!QFileInfo::exists(source)) {
        m_err << tr("“%1” does not exist.").arg(QDir::toNativeSeparators(source)) << u'\n';
        return BadInput;
    }
    const QString safety = db.path() + QStringLiteral(".before-restore-")
                           + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const DatabaseError e = db.restoreFrom(source, safety);
    if (e) {
        m_err << e.message << u'\n';
        // A bad backup file is bad input; a failure to write ours is a database problem.
        return e.kind == DatabaseError::Kind::Damaged || e.kind == DatabaseError::Kind::NotClientele
                       || e.kind == DatabaseError::Kind::TooNew
                   ? BadInput
                   : DatabaseProblem;
    }
    m_out << tr("Restored “%1” from “%2”. The data it had before is kept in “%3”.")
                 .arg(QDir::toNativeSeparators(db.path()), QDir::toNativeSeparators(source),
                      QDir::toNativeSeparators(safety))
          << u'\n';
    return Done;
}

} // namespace clientele
