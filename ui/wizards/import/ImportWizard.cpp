#include "ImportWizard.h"

#include "CheckPage.h"
#include "CsvPreviewModel.h"
#include "FilePage.h"
#include "MappingPage.h"
#include "OptionsPage.h"
#include "PreviewPage.h"
#include "ResultPage.h"
#include "storage/Database.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QStringEncoder>
#include <QtWidgets/QAbstractButton>

#include "io/CsvWriter.h"

namespace clientele {

ImportWizard::ImportWizard(Database &db, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_preview(new CsvPreviewModel(this))
    , m_temp(std::make_unique<QTemporaryDir>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers, purchases or visits"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Once the import is written, going back would only invite importing it twice.
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_filePage = new FilePage(this, path);
    m_previewPage = new PreviewPage(this);
    m_mappingPage = new MappingPage(this);
    m_optionsPage = new OptionsPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(CheckPageId, new CheckPage(this));
    setPage(ResultPageId, new ResultPage(this));
    setStartId(FilePageId);
    setMinimumSize(780, 580);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::filePath() const
{
    return QDir::fromNativeSeparators(field(QStringLiteral("path")).toString().trimmed());
}

ColumnMapping::Kind ImportWizard::kind() const
{
    return m_filePage->kind();
}

ColumnMapping ImportWizard::mapping() const
{
    ColumnMapping m = m_mappingPage->mapping();
    m_optionsPage->apply(m);
    return m;
}

ImportWizard::Job ImportWizard::job(bool dryRun) const
{
    Job job;
    job.databasePath = m_db.path();
    job.filePath = filePath();
    job.options.kind = kind();
    job.options.mapping = mapping();
    job.options.csv = m_previewPage->csvOptions();
    job.options.onDuplicate = m_optionsPage->duplicatePolicy();
    job.options.dryRun = dryRun;
    job.addHeaderLine = !m_previewPage->hasHeader();
    job.columns = m_preview->columnCount();
    const QString base = QFileInfo(job.filePath).completeBaseName();
    // Same name as the file, since messages name it; a folder per run, as a
    // check left behind may still be finishing.
    job.copyPath = m_temp->filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) + u'/'
                                    + QFileInfo(job.filePath).fileName());
    if (dryRun) {
        job.options.rejectsPath = m_temp->filePath(QStringLiteral("check.rejects.csv"));
    } else {
        // Kept with the application's data, not next to the file: the file may
        // sit on a stick or in a read-only folder, and the batch remembers it.
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               + QStringLiteral("/rejects");
        // Its own name: two imports of a same-named file must not share (and
        // on undo delete) one rejects file.
        const QString stem = folder + u'/' + base + u'-'
                             + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        job.options.rejectsPath = stem + QStringLiteral(".rejects.csv");
        for (int n = 2; QFileInfo::exists(job.options.rejectsPath); ++n)
            job.options.rejectsPath = stem + u'-' + QString::number(n) + QStringLiteral(".rejects.csv");
    }
    return job;
}

namespace {

// A copy of `from` with a first line of "#1", "#2" ... names, in the file's
// encoding.
QString copyWithHeaderLine(const ImportWizard::Job &job)
{
    QFile in(job.filePath);
    QFile out(job.copyPath);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return out.errorString();
    QStringList names;
    for (int i = 0; i < job.columns; ++i)
        names << u'#' + QString::number(i + 1);
    const QString line = names.join(job.options.csv.delimiter) + QStringLiteral("\r\n");
    const auto encoding = job.options.csv.encoding.value_or(TextDecoder::Encoding::Utf8);
    QByteArray head;
    if (encoding == TextDecoder::Encoding::Utf16LE)
        head = QStringEncoder(QStringEncoder::Utf16LE).encode(line);
    else if (encoding == TextDecoder::Encoding::Utf16BE)
        head = QStringEncoder(QStringEncoder::Utf16BE).encode(line);
    else
        head = line.toLatin1();
    QByteArray chunk = in.read(1 << 20);
    chunk.remove(0, TextDecoder::bomLength(chunk, encoding));
    out.write(head);
    while (!chunk.isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return out.errorString();
        chunk = in.read(1 << 20);
    }
    return out.flush() ? QString() : out.errorString();
}

// The copy has one line more at the top: give the rejected rows the line
// numbers of the owner's file again.
void restoreLineNumbers(Importer::Result &result, QChar delimiter)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    for (QString &problem : result.firstProblems) {
        const QRegularExpressionMatch m = number.match(problem);
        if (m.hasMatch())
            problem.replace(m.capturedStart(), m.capturedLength(), QString::number(m.captured().toLongLong() - 1));
    }
    if (result.rejectsFile.isEmpty())
        return;
    QFile in(result.rejectsFile);
    if (!in.open(QIODevice::ReadOnly))
        return;
    CsvReader::Options readOptions;
    readOptions.encoding = TextDecoder::Encoding::Utf8;
    readOptions.delimiter = delimiter;
    CsvReader reader(&in, readOptions);
    QSaveFile out(result.rejectsFile);
    if (!reader.open() || !out.open(QIODevice::WriteOnly))
        return;
    CsvWriter::Options writeOptions;
    writeOptions.delimiter = delimiter;
    writeOptions.neutralizeFormulas = false;
    CsvWriter writer(&out, writeOptions);
    CsvReader::Record record;
    bool header = true;
    while (reader.readRecord(record)) {
        if (!header && !record.fields.isEmpty())
            record.fields[0] = QString::number(record.fields[0].toLongLong() - 1);
        header = false;
        writer.writeRecord(record.fields);
    }
    if (writer.flush())
        out.commit();
}

} // namespace

Importer::Result ImportWizard::run(const Job &job)
{
    Importer::Result result;
    auto fail = [&result](const QString &error) {
        result.status = Importer::Result::Status::BadInput;
        result.error = error;
        return result;
    };
    Database worker;
    if (const DatabaseError e = worker.openForWorker(job.databasePath)) {
        result.status = Importer::Result::Status::DatabaseProblem;
        result.error = e.message;
        return result;
    }
    if (!job.options.rejectsPath.isEmpty())
        QDir().mkpath(QFileInfo(job.options.rejectsPath).absolutePath());
    QString source = job.filePath;
    if (job.addHeaderLine) {
        QDir().mkpath(QFileInfo(job.copyPath).absolutePath());
        if (const QString error = copyWithHeaderLine(job); !error.isEmpty())
            return fail(tr("Clientele cannot prepare “%1” for the import: %2.")
                            .arg(QFileInfo(job.filePath).fileName(), error));
        source = job.copyPath;
    }
    result = Importer::run(worker, source, job.options);
    if (job.addHeaderLine) {
        QFile::remove(job.copyPath);
        QDir().rmdir(QFileInfo(job.copyPath).absolutePath());
        restoreLineNumbers(result, job.options.csv.delimiter);
    }
    return result;
}

} // namespace clientele
