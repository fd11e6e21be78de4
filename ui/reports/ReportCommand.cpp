#include "ReportCommand.h"

#include "ReportRenderer.h"
#include "cli/Cli.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLocale>
#include <QtCore/QTextStream>

namespace clientele {

int ReportCommand::run(Database &db, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption segment(QStringLiteral("segment"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption callList(QStringLiteral("call-list"));
    const QCommandLineOption sort(QStringLiteral("sort"), QString(), QStringLiteral("value|last-purchase"),
                                  QStringLiteral("value"));
    const QCommandLineOption sections(QStringLiteral("with-segments"));
    parser.addOptions({segment, all, pdf, asOf, callList, sort, sections});
    const auto usageError = [&](const QString &message) {
        err << message << u'\n'
            << tr("Use: clientele-cli report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]")
            << u'\n';
        return int(Cli::UsageError);
    };
    if (!parser.parse(QStringList{QStringLiteral("report")} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("“report” takes its file with --pdf FILE."));
    if (parser.isSet(segment) == parser.isSet(all))
        return usageError(tr("Say what to report on with exactly one of --segment NAME or --all."));
    if (!parser.isSet(pdf) || parser.value(pdf).isEmpty())
        return usageError(tr("Say where to write the report with --pdf FILE."));
    if (parser.isSet(callList) && parser.isSet(all))
        return usageError(tr("A call list is for one segment: use --segment NAME with --call-list."));
    if (parser.isSet(sections) && !parser.isSet(all))
        return usageError(tr("--with-segments adds a page per segment to the overview: use it with --all."));

    ReportRenderer::Request request;
    if (parser.isSet(asOf)) {
        request.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!request.asOf.isValid())
            return usageError(tr("--as-of must be a date like 2026-03-31."));
    }
    const QString order = parser.value(sort);
    if (order == u"value")
        request.order = ReportRenderer::CallListOrder::ByValue;
    else if (order == u"last-purchase")
        request.order = ReportRenderer::CallListOrder::ByLastPurchase;
    else
        return usageError(tr("--sort must be value or last-purchase."));
    request.kind = parser.isSet(all) ? ReportRenderer::Kind::Overview
                   : parser.isSet(callList) ? ReportRenderer::Kind::CallList
                                            : ReportRenderer::Kind::Segment;
    request.segmentName = parser.value(segment);
    request.withSections = parser.isSet(sections);

    QElapsedTimer timer;
    timer.start();
    ReportRenderer renderer(db);
    QString error;
    if (!renderer.prepare(request, &error)) {
        err << error << u'\n';
        return Cli::BadInput;
    }
    const QString file = parser.value(pdf);
    if (!renderer.writePdf(file, &error)) {
        err << error << u'\n';
        return Cli::BadInput;
    }
    const QLocale locale;
    out << tr("Wrote “%1” to “%2” in %3 s. Pages: %4. Rows: %5.")
               .arg(renderer.title(), QDir::toNativeSeparators(file),
                    locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1), locale.toString(renderer.pageCount()),
                    locale.toString(renderer.rowCount()))
        << u'\n';
    return Cli::Done;
}

} // namespace clientele
