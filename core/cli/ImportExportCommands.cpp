#include "ImportExportCommands.h"

#include "io/Exporter.h"
#include "io/Importer.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "storage/Database.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QTextStream>

#include <algorithm>

namespace clientele {

namespace {

enum ExitCode { Done = 0, UsageError = 1, BadInput = 2, DatabaseProblem = 3 };

// The translation context of these commands' messages.
class ImportExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ImportExportCommands)
};

} // namespace

int runImport(Database &db, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption mapping(QStringLiteral("mapping"), QString(), QStringLiteral("MAP"), QStringLiteral("auto"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"), QString(), QStringLiteral("POLICY"),
                                         QStringLiteral("skip"));
    const QCommandLineOption rejects(QStringLiteral("rejects"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), QString(), QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), QString(), QStringLiteral("CHAR"), QStringLiteral("auto"));
    const QCommandLineOption dateFormat(QStringLiteral("date-format"), QString(), QStringLiteral("FORMAT"),
                                        QStringLiteral("auto"));
    const QCommandLineOption createCustomers(QStringLiteral("create-customers"));
    const QCommandLineOption tag(QStringLiteral("tag"), QString(), QStringLiteral("TAG"));
    parser.addOptions({mapping, onDuplicate, rejects, dryRun, json, encoding, delimiter, dateFormat, createCustomers, tag});
    const QString usage = ImportExportCommands::tr("Usage: clientele-cli import customers|purchases|interactions FILE [--mapping auto|MAP.json] "
                             "[--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json] "
                             "[--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|'|'] "
                             "[--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers] [--tag TAG]");
    if (!parser.parse(QStringList{QStringLiteral("import")} + args)) {
        err << parser.errorText() << u'\n' << usage << u'\n';
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << ImportExportCommands::tr("“import” needs what to import and a file name.") << u'\n' << usage << u'\n';
        return UsageError;
    }
    const auto kind = ColumnMapping::kindFromName(positional[0]);
    if (!kind) {
        err << ImportExportCommands::tr("“import” can import customers, purchases or interactions, not “%1”.").arg(positional[0]) << u'\n';
        return UsageError;
    }
    Importer::Options options;
    options.kind = *kind;
    const QString policy = parser.value(onDuplicate);
    if (policy == u"skip")
        options.onDuplicate = Importer::DuplicatePolicy::Skip;
    else if (policy == u"update")
        options.onDuplicate = Importer::DuplicatePolicy::Update;
    else if (policy == u"merge")
        options.onDuplicate = Importer::DuplicatePolicy::Merge;
    else {
        err << ImportExportCommands::tr("--on-duplicate must be skip, update or merge.") << u'\n';
        return UsageError;
    }
    if (parser.value(encoding) != u"auto") {
        const auto e = TextDecoder::fromName(parser.value(encoding));
        if (!e) {
            err << ImportExportCommands::tr("--encoding must be auto, utf-8, utf-16, utf-16be, windows-1252 or latin1.") << u'\n';
            return UsageError;
        }
        options.csv.encoding = *e;
    }
    if (const QString d = parser.value(delimiter); d != u"auto") {
        if (d == u"tab" || d == u"\\t")
            options.csv.delimiter = u'\t';
        else if (d.size() == 1 && QStringLiteral(",;|\t").contains(d))
            options.csv.delimiter = d.at(0);
        else {
            err << ImportExportCommands::tr("--delimiter must be auto, “,”, “;”, tab or “|”.") << u'\n';
            return UsageError;
        }
    }
    const auto order = DateParser::orderFromName(parser.value(dateFormat));
    if (!order) {
        err << ImportExportCommands::tr("--date-format must be auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY.") << u'\n';
        return UsageError;
    }
    if (parser.value(mapping) != u"auto") {
        QString error;
        auto loaded = ColumnMapping::load(parser.value(mapping), &error);
        if (!loaded) {
            err << error << u'\n';
            return BadInput;
        }
        if (loaded->kind() != *kind) {
            err << ImportExportCommands::tr("The mapping “%1” is for %2, not %3.")
                       .arg(parser.value(mapping), ColumnMapping::kindName(loaded->kind()), positional[0])
                << u'\n';
            return UsageError;
        }
        options.mapping = *loaded;
    }
    if (parser.isSet(dateFormat))
        options.dateOrder = *order;
    if (parser.isSet(createCustomers))
        options.createCustomers = true;
    options.tags = parser.values(tag);
    options.rejectsPath = parser.value(rejects);
    options.dryRun = parser.isSet(dryRun);

    const QString path = positional[1];
    const Importer::Result result = Importer::run(db, path, options);

    switch (result.status) {
    case Importer::Result::Status::BadInput:
        err << result.error << u'\n';
        return BadInput;
    case Importer::Result::Status::DatabaseProblem:
    case Importer::Result::Status::Cancelled:
        err << result.error << u'\n';
        return DatabaseProblem;
    case Importer::Result::Status::Done:
        break;
    }
    const QString file = QDir::toNativeSeparators(path);
    for (const QString &problem : std::as_const(result.firstProblems))
        err << file << u':' << ' ' << problem << u'\n';
    if (parser.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)) << u'\n';
    } else {
        const QLocale locale;
        out << (options.dryRun ? ImportExportCommands::tr("Dry run of “%1”, nothing was kept: %2 rows read, %3 new, %4 updated, %5 merged, "
                                    "%6 duplicates skipped, %7 rejected.")
                               : ImportExportCommands::tr("Imported “%1”: %2 rows read, %3 new, %4 updated, %5 merged, %6 duplicates "
                                    "skipped, %7 rejected."))
                   .arg(file, locale.toString(result.rowsRead), locale.toString(result.imported),
                        locale.toString(result.updated), locale.toString(result.merged),
                        locale.toString(result.skippedDuplicates), locale.toString(result.rejected))
            << u'\n';
        if (result.customersCreated > 0)
            out << ImportExportCommands::tr("%1 customers were added for rows whose customer was not known yet.")
                       .arg(locale.toString(result.customersCreated))
                << u'\n';
        if (!result.rejectsFile.isEmpty())
            out << ImportExportCommands::tr("The rejected rows, with their line and the reason, are in “%1”.")
                       .arg(QDir::toNativeSeparators(result.rejectsFile))
                << u'\n';
        if (result.batchId > 0)
            out << ImportExportCommands::tr("This is import number %1; it can be undone.").arg(result.batchId) << u'\n';
    }
    return Done;
}

int runExport(Database &db, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption excel(QStringLiteral("excel"));
    const QCommandLineOption segment(QStringLiteral("segment"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), QString(), QStringLiteral("CHAR"), QStringLiteral(","));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
    parser.addOptions({excel, segment, delimiter, asOf});
    const QString usage = ImportExportCommands::tr("Usage: clientele-cli export customers|purchases|interactions FILE "
                                                   "[--segment NAME] [--as-of DATE] [--excel] [--delimiter ,|;|tab|'|']");
    if (!parser.parse(QStringList{QStringLiteral("export")} + args)) {
        err << parser.errorText() << u'\n' << usage << u'\n';
        return UsageError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << ImportExportCommands::tr("“export” needs what to export and a file name.") << u'\n' << usage << u'\n';
        return UsageError;
    }
    Exporter::Options options;
    if (positional[0] == u"customers")
        options.kind = Exporter::Kind::Customers;
    else if (positional[0] == u"purchases")
        options.kind = Exporter::Kind::Purchases;
    else if (positional[0] == u"interactions")
        options.kind = Exporter::Kind::Interactions;
    else {
        err << ImportExportCommands::tr("“export” can export customers, purchases or interactions, not “%1”.")
                   .arg(positional[0])
            << u'\n';
        return UsageError;
    }
    QDate day;
    if (parser.isSet(asOf)) {
        day = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!day.isValid()) {
            err << ImportExportCommands::tr("“%1” is not a date like 2026-03-31.").arg(parser.value(asOf)) << u'\n';
            return UsageError;
        }
    }
    if (parser.isSet(segment)) {
        // The segment's members as the window shows them: each customer in
        // the first segment (by priority) whose rule fits.
        const auto s = SegmentStore(db).findByName(parser.value(segment));
        if (!s) {
            err << ImportExportCommands::tr("There is no segment called “%1”.").arg(parser.value(segment)) << u'\n';
            return BadInput;
        }
        SegmentEngine engine(db);
        engine.setAutoRefresh(false);
        options.customerIds = engine.evaluate(day).membersOf(s->id);
    }
    const QString d = parser.value(delimiter);
    if (d == u"tab")
        options.csv.delimiter = u'\t';
    else if (d.size() == 1 && QStringLiteral(",;|").contains(d))
        options.csv.delimiter = d.at(0);
    else {
        err << ImportExportCommands::tr("--delimiter must be “,”, “;”, tab or “|”.") << u'\n';
        return UsageError;
    }
    // Excel opens UTF-8 correctly only with a BOM.
    options.csv.bom = parser.isSet(excel);
    const Exporter::Result result = Exporter::run(db, positional[1], options);
    if (!result.ok) {
        err << result.error << u'\n';
        return DatabaseProblem;
    }
    out << ImportExportCommands::tr("Wrote %1 rows to “%2”.").arg(QLocale().toString(result.rows), QDir::toNativeSeparators(positional[1]))
        << u'\n';
    return Done;
}

} // namespace clientele
