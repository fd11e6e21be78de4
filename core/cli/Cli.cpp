#include "Cli.h"

#include "ImportExportCommands.h"
#include "demo/DemoShop.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "segments/SegmentTemplates.h"
#include "segments/SqlSegmentEvaluator.h"
#include "storage/TagStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/DuplicateFinder.h"
#include "storage/InteractionStore.h"
#include "storage/PurchaseStore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
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

// Revenue in major units for JSON: cents / 100 is exact enough in a double
// for any shop's yearly total, and scripts read a plain number.
double major(qint64 cents)
{
    return double(cents) / 100.0;
}

// Parses --as-of; false with a message when the date is not valid.
bool asOfFrom(const QString &text, QDate &day, QString &error)
{
    if (text.isEmpty())
        return true;
    day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid()) {
        error = Cli::tr("--as-of must be a date like 2026-03-31.");
        return false;
    }
    return true;
}

Cli::ReportHandler &reportHandler()
{
    static Cli::ReportHandler handler;
    return handler;
}

} // namespace

void Cli::setReportHandler(ReportHandler handler)
{
    reportHandler() = std::move(handler);
}

int Cli::report(Database &db, const QStringList &args)
{
    return reportHandler()(db, args, m_out, m_err);
}

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

int Cli::importFile(Database &db, const QStringList &args)
{
    return runImport(db, args, m_out, m_err);
}

int Cli::exportFile(Database &db, const QStringList &args)
{
    return runExport(db, args, m_out, m_err);
}

QString Cli::usage() const
{
    return tr("Usage: clientele-cli [--db FILE] [--lang CODE] COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  demo [--customers N] [--seed S] [--as-of DATE]\n"
              "                 fill an empty file with a demo shop (2000 customers by default)\n"
              "  check          check that the file is healthy\n"
              "  segments list [--json]\n"
              "                 the segments in priority order, with their rules in plain words\n"
              "  segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]\n"
              "                 add a segment at the end of the order\n"
              "  segments remove NAME\n"
              "  segments reorder NAME NAME ...\n"
              "                 put segments in this priority order (the others follow)\n"
              "  segments eval [--as-of DATE] [--json]\n"
              "                 how many customers each segment has, with their revenue of the\n"
              "                 last 365 days; everyone in no segment is in \"Everyone else\"\n"
              "  tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3) [--as-of DATE]\n"
              "                 tag (or untag) the customers of a segment, of a rule, or by id\n"
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
               .arg(QDir::toNativeSeparators(Database::defaultPath()))
           + tr("\n"
                "Import and export:\n"
                "  import customers|purchases|interactions FILE [--mapping auto|MAP.json]\n"
                "         [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json]\n"
                "         [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|'|']\n"
                "         [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers]\n"
                "         [--tag TAG]\n"
                "                 read a CSV file, all or nothing; rejected rows go to a rejects file\n"
                "  export customers|purchases|interactions FILE [--segment NAME]\n"
                "         [--as-of DATE] [--excel]\n"
                "                 write a CSV file (--excel: with a byte order mark for Excel)\n")
           + tr("\n"
                "Reports:\n"
                "  report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]\n"
                "         [--sort value|last-purchase] [--with-segments]\n"
                "                 print a segment report, the overview of all segments (--all) or a\n"
                "                 call list of the members who agreed to be contacted, to a PDF file\n")
           + tr("\n"
                "Duplicates:\n"
                "  duplicates [--limit N] [--json]\n"
                "                 customers who may be entered twice (same email, same phone number,\n"
                "                 same or similar name in the same town), most likely first;\n"
                "                 merge them in the app\n");
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
    else if (command == u"segments")
        handler = &Cli::segments;
    else if (command == u"tag")
        handler = &Cli::tag;
    else if (command == u"duplicates")
        handler = &Cli::duplicates;
    else if (command == u"import")
        handler = &Cli::importFile;
    else if (command == u"export")
        handler = &Cli::exportFile;
    else if (command == u"report") {
        if (!reportHandler()) {
            m_err << tr("This program cannot print reports; use clientele-cli.") << u'\n';
            return UsageError;
        }
        handler = &Cli::report;
    }
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
    RuleText::setCurrency(SettingsStore(db).currency()); // amounts in sentences
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

std::optional<Rule> Cli::readRuleFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read the rule file “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString())
              << u'\n';
        return std::nullopt;
    }
    QString error;
    const auto rule = RuleJson::parse(file.readAll(), &error);
    if (!rule)
        m_err << tr("The rule file “%1” is not valid: %2.").arg(QDir::toNativeSeparators(path), error) << u'\n';
    return rule;
}

int Cli::duplicates(Database &db, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({limitOption, jsonOption});
    bool limitOk = false;
    const int limit = parser.parse(QStringList{QStringLiteral("duplicates")} + args)
                          ? parser.value(limitOption).toInt(&limitOk)
                          : 0;
    if (!limitOk || limit < 1 || !parser.positionalArguments().isEmpty()) {
        m_err << (parser.errorText().isEmpty() ? tr("Usage: clientele-cli duplicates [--limit N] [--json]")
                                               : parser.errorText())
              << u'\n';
        return UsageError;
    }
    DuplicateFinder finder(db);
    finder.setLimit(limit);
    const auto result = finder.find();
    if (!result) {
        m_err << tr("Could not look for duplicates in “%1”.").arg(QDir::toNativeSeparators(db.path())) << u'\n';
        return DatabaseProblem;
    }
    CustomerStore customers(db);
    const auto name = [&](qint64 id) {
        const auto c = customers.find(id);
        return c ? c->displayName() : QString();
    };
    if (parser.isSet(jsonOption)) {
        QJsonArray pairs;
        for (const DuplicatePair &p : result->pairs)
            pairs.append(QJsonObject{{QStringLiteral("first"), p.firstId},
                                     {QStringLiteral("second"), p.secondId},
                                     {QStringLiteral("first_name"), name(p.firstId)},
                                     {QStringLiteral("second_name"), name(p.secondId)},
                                     {QStringLiteral("reason"), DuplicateFinder::reasonText(p.reasons)}});
        const QJsonObject root{{QStringLiteral("found"), result->found}, {QStringLiteral("pairs"), pairs}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Done;
    }
    const QLocale locale;
    m_out << (result->found == 1 ? tr("1 possible duplicate.")
                                 : tr("%1 possible duplicates.").arg(locale.toString(result->found)))
          << u'\n';
    for (const DuplicatePair &p : result->pairs)
        m_out << tr("%1 (%2) and %3 (%4): %5")
                     .arg(name(p.firstId), locale.toString(p.firstId), name(p.secondId), locale.toString(p.secondId),
                          DuplicateFinder::reasonText(p.reasons))
              << u'\n';
    if (result->found > result->pairs.size())
        m_out << tr("… and %1 more; show more with --limit.").arg(locale.toString(result->found - result->pairs.size()))
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

void Cli::warnAboutManySegments(Database &db)
{
    const qint64 n = SegmentStore(db).count();
    if (n > SegmentStore::RecommendedMaximum)
        m_err << tr("Note: there are %1 segments. Three to five are easier to keep apart and to act on.").arg(n)
              << u'\n';
}

int Cli::segments(Database &db, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption ruleFile(QStringLiteral("rule"), QString(), QStringLiteral("RULE.json"));
    const QCommandLineOption templ(QStringLiteral("template"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption color(QStringLiteral("color"), QString(), QStringLiteral("#hex"));
    parser.addOptions({json, asOf, name, ruleFile, templ, color});
    if (!parser.parse(QStringList{QStringLiteral("segments")} + args)) {
        m_err << parser.errorText() << u'\n';
        return UsageError;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_err << tr("“segments” needs one of: list, add, remove, reorder, eval.") << u'\n';
        return UsageError;
    }
    const QString action = positional.takeFirst();
    QDate day;
    QString error;
    if (!asOfFrom(parser.value(asOf), day, error)) {
        m_err << error << u'\n';
        return UsageError;
    }
    SegmentStore store(db);

    if (action == u"list") {
        if (!positional.isEmpty()) {
            m_err << tr("“segments list” takes no names.") << u'\n';
            return UsageError;
        }
        const QList<Segment> all = store.all();
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const Segment &s : all) {
                const auto rule = RuleJson::parse(s.ruleJson.toUtf8());
                list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                        {QStringLiteral("priority"), s.priority},
                                        {QStringLiteral("color"), s.color},
                                        {QStringLiteral("description"), s.description},
                                        {QStringLiteral("rule"), rule ? QJsonValue(RuleJson::toJson(*rule)) : QJsonValue()},
                                        {QStringLiteral("sentence"), rule ? RuleText::sentence(*rule) : QString()}});
            }
            m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("segments"), list}}).toJson(QJsonDocument::Compact))
                  << u'\n';
        } else if (all.isEmpty()) {
            m_out << tr("No segments yet. Add one with “clientele-cli segments add”.") << u'\n';
        } else {
            for (const Segment &s : all) {
                const auto rule = RuleJson::parse(s.ruleJson.toUtf8());
                m_out << QStringLiteral("%1. %2").arg(s.priority).arg(s.name)
                      << (s.color.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.color)) << u'\n'
                      << QStringLiteral("   ") << (rule ? RuleText::sentence(*rule) : tr("(the rule cannot be read)"))
                      << u'\n';
            }
        }
        warnAboutManySegments(db);
        return Done;
    }

    if (action == u"add") {
        if (!positional.isEmpty() || !parser.isSet(name) || parser.isSet(ruleFile) == parser.isSet(templ)) {
            m_err << tr("Use: clientele-cli segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]")
                  << u'\n';
            return UsageError;
        }
        Segment s;
        s.name = parser.value(name);
        s.color = parser.value(color);
        if (parser.isSet(ruleFile)) {
            const auto rule = readRuleFile(parser.value(ruleFile));
            if (!rule)
                return BadInput;
            s.ruleJson = QString::fromUtf8(RuleJson::write(*rule));
        } else {
            const auto t = SegmentTemplates::find(parser.value(templ));
            if (!t) {
                QStringList known;
                for (const TemplateSet &set : SegmentTemplates::sets())
                    for (const SegmentTemplate &st : set.segments)
                        known << st.key;
                m_err << tr("There is no template “%1”. Templates: %2.").arg(parser.value(templ), known.join(QStringLiteral(", ")))
                      << u'\n';
                return BadInput;
            }
            const Segment made = t->toSegment(s.name);
            s.ruleJson = made.ruleJson;
            s.description = made.description;
            s.nextStep = made.nextStep;
            if (s.color.isEmpty())
                s.color = made.color;
        }
        if (!store.add(s, &error)) {
            m_err << error << u'\n';
            return BadInput;
        }
        const auto rule = RuleJson::parse(s.ruleJson.toUtf8());
        m_out << tr("Added the segment “%1”: %2").arg(s.name.trimmed(), RuleText::sentence(*rule)) << u'\n';
        warnAboutManySegments(db);
        return Done;
    }

    if (action == u"remove") {
        if (positional.size() != 1) {
            m_err << tr("Use: clientele-cli segments remove NAME") << u'\n';
            return UsageError;
        }
        const auto s = store.findByName(positional.first());
        if (!s) {
            m_err << tr("There is no segment called “%1”.").arg(positional.first()) << u'\n';
            return BadInput;
        }
        if (!store.remove(s->id)) {
            m_err << tr("The segment “%1” could not be removed.").arg(s->name) << u'\n';
            return DatabaseProblem;
        }
        m_out << tr("Removed the segment “%1”. No customer was deleted; they now fall into the next segment that matches, or “Everyone else”.").arg(s->name)
              << u'\n';
        return Done;
    }

    if (action == u"reorder") {
        if (positional.isEmpty()) {
            m_err << tr("Use: clientele-cli segments reorder NAME NAME ...") << u'\n';
            return UsageError;
        }
        QList<qint64> order;
        for (const QString &n : std::as_const(positional)) {
            const auto s = store.findByName(n);
            if (!s) {
                m_err << tr("There is no segment called “%1”.").arg(n) << u'\n';
                return BadInput;
            }
            order << s->id;
        }
        if (!store.reorder(order)) {
            m_err << tr("The new order could not be saved.") << u'\n';
            return DatabaseProblem;
        }
        QStringList names;
        for (const Segment &s : store.all())
            names << s.name;
        m_out << tr("New order: %1.").arg(names.join(QStringLiteral(", "))) << u'\n';
        return Done;
    }

    if (action == u"eval") {
        if (!positional.isEmpty()) {
            m_err << tr("“segments eval” takes no names.") << u'\n';
            return UsageError;
        }
        SegmentEngine engine(db);
        engine.setAutoRefresh(false);
        const SegmentResults r = engine.evaluate(day);
        for (const SegmentStats &s : r.segments)
            if (!s.error.isEmpty()) {
                m_err << tr("The segment “%1” could not be evaluated: %2").arg(s.name, s.error) << u'\n';
                return DatabaseProblem;
            }
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const SegmentStats &s : r.segments)
                list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                        {QStringLiteral("customers"), s.members},
                                        {QStringLiteral("revenue"), major(s.revenueCents)},
                                        {QStringLiteral("share"), s.share}});
            const QJsonObject o{{QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate)},
                                {QStringLiteral("total_customers"), r.totalCustomers},
                                {QStringLiteral("segments"), list},
                                {QStringLiteral("everyone_else"),
                                 QJsonObject{{QStringLiteral("customers"), r.everyoneElse.members},
                                             {QStringLiteral("revenue"), major(r.everyoneElse.revenueCents)}}}};
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
        } else {
            const QLocale locale;
            m_out << tr("As of %1, %2 customers:").arg(locale.toString(r.asOf, QLocale::ShortFormat),
                                                      locale.toString(r.totalCustomers))
                  << u'\n';
            QList<SegmentStats> rows = r.segments;
            rows << r.everyoneElse;
            for (const SegmentStats &s : std::as_const(rows))
                m_out << tr("  %1: %2 customers (%3 %), revenue %4, average order %5")
                             .arg(s.name, locale.toString(s.members), locale.toString(s.share * 100.0, 'f', 1),
                                  locale.toString(major(s.revenueCents), 'f', 2),
                                  locale.toString(major(s.averageOrderCents), 'f', 2))
                      << u'\n';
        }
        warnAboutManySegments(db);
        return Done;
    }

    m_err << tr("Unknown segments action “%1”: use list, add, remove, reorder or eval.").arg(action) << u'\n';
    return UsageError;
}

int Cli::tag(Database &db, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption segment(QStringLiteral("segment"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption ruleFile(QStringLiteral("rule"), QString(), QStringLiteral("RULE.json"));
    const QCommandLineOption ids(QStringLiteral("ids"), QString(), QStringLiteral("1,2,3"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
    parser.addOptions({segment, ruleFile, ids, asOf});
    const auto usageError = [&](const QString &message) {
        m_err << message << u'\n'
              << tr("Use: clientele-cli tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3)") << u'\n';
        return int(UsageError);
    };
    if (!parser.parse(QStringList{QStringLiteral("tag")} + args))
        return usageError(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || (positional.first() != u"add" && positional.first() != u"remove"))
        return usageError(tr("“tag” needs add or remove and one tag name."));
    const int sources = int(parser.isSet(segment)) + int(parser.isSet(ruleFile)) + int(parser.isSet(ids));
    if (sources != 1)
        return usageError(tr("Say whom to tag with exactly one of --segment, --rule or --ids."));
    const bool add = positional.first() == u"add";
    const QString tagName = positional.at(1).trimmed();
    if (tagName.isEmpty())
        return usageError(tr("The tag name is empty."));
    QDate day;
    QString error;
    if (!asOfFrom(parser.value(asOf), day, error))
        return usageError(error);

    QList<qint64> customers;
    if (parser.isSet(ids)) {
        for (const QString &part : parser.value(ids).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usageError(tr("--ids must be customer numbers separated by commas, like 1,2,3 (“%1” is not one).")
                                      .arg(part.trimmed()));
            customers << id;
        }
        // Only customers that exist can carry a tag.
        const QList<qint64> everyone = SqlSegmentEvaluator(db).everyone(AsOfDay::forDatabase(db));
        const QSet<qint64> known(everyone.cbegin(), everyone.cend());
        QStringList unknown;
        QList<qint64> existing;
        for (qint64 id : std::as_const(customers)) {
            if (known.contains(id))
                existing << id;
            else
                unknown << QString::number(id);
        }
        if (!unknown.isEmpty()) {
            m_err << tr("There are no customers with the numbers %1.").arg(unknown.join(QStringLiteral(", "))) << u'\n';
            return BadInput;
        }
        customers = existing;
    } else if (parser.isSet(segment)) {
        const auto s = SegmentStore(db).findByName(parser.value(segment));
        if (!s) {
            m_err << tr("There is no segment called “%1”.").arg(parser.value(segment)) << u'\n';
            return BadInput;
        }
        SegmentEngine engine(db);
        engine.setAutoRefresh(false);
        customers = engine.evaluate(day).membersOf(s->id);
    } else {
        const auto rule = readRuleFile(parser.value(ruleFile));
        if (!rule)
            return BadInput;
        SqlSegmentEvaluator evaluator(db);
        const auto matched = evaluator.matchingIds(*rule, AsOfDay::forDatabase(db, day));
        if (!matched) {
            m_err << evaluator.lastError() << u'\n';
            return DatabaseProblem;
        }
        customers = *matched;
    }

    TagStore tags(db);
    const QLocale locale;
    if (add) {
        const auto tagId = tags.ensure(tagName);
        if (!tagId) {
            m_err << tr("The tag “%1” could not be created.").arg(tagName) << u'\n';
            return DatabaseProblem;
        }
        const qint64 changed = tags.tagCustomers(*tagId, customers);
        if (changed < 0) {
            m_err << tr("The customers could not be tagged.") << u'\n';
            return DatabaseProblem;
        }
        m_out << tr("Tagged %1 customers with “%2” (%3 already had it).")
                     .arg(locale.toString(changed), tagName, locale.toString(customers.size() - changed))
              << u'\n';
        return Done;
    }
    const auto existing = tags.findByName(tagName);
    if (!existing) {
        m_out << tr("Nobody has the tag “%1”; nothing to remove.").arg(tagName) << u'\n';
        return Done;
    }
    const qint64 changed = tags.untagCustomers(existing->id, customers);
    if (changed < 0) {
        m_err << tr("The tag could not be removed.") << u'\n';
        return DatabaseProblem;
    }
    m_out << tr("Removed the tag “%1” from %2 customers.").arg(existing->name, locale.toString(changed)) << u'\n';
    return Done;
}

} // namespace clientele
