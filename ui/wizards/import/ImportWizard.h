#pragma once

#include "io/Importer.h"

#include <QtCore/QTemporaryDir>
#include <QtWidgets/QWizard>

#include <memory>

namespace clientele {

class CheckPage;
class CsvPreviewModel;
class Database;
class FilePage;
class MappingPage;
class OptionsPage;
class PreviewPage;
class ResultPage;

// Brings customers, purchases or visits and emails in from a CSV file:
// file -> preview -> columns -> options and a check -> import -> result,
// with undo. The pages share the file's preview and the choices made so far
// through this class; the reading and importing are core's (Importer), run
// in worker threads on their own database connection so the window never
// freezes.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, OptionsPageId, CheckPageId, ResultPageId };

    // `path`, when given, is the file to start with (one dropped on the window).
    explicit ImportWizard(Database &db, const QString &path = QString(), QWidget *parent = nullptr);
    ~ImportWizard() override;

    Database &database() const { return m_db; }
    QString filePath() const;
    ColumnMapping::Kind kind() const;
    CsvPreviewModel *preview() const { return m_preview; }
    // The columns chosen on the mapping page with the settings of the options page.
    ColumnMapping mapping() const;

    // Everything a run of the importer needs, so it can go to a worker thread.
    struct Job
    {
        QString databasePath;
        QString filePath;
        Importer::Options options;
        // The file has no header line: the importer reads the first line as
        // one once it has a mapping, so it gets a copy with a line of "#n"
        // names in front (and its line numbers are put back).
        bool addHeaderLine = false;
        int columns = 0;
        QString copyPath;
    };
    Job job(bool dryRun) const;
    static Importer::Result run(const Job &job);

    const Importer::Result &result() const { return m_result; }
    void setResult(const Importer::Result &result) { m_result = result; }

private:
    Database &m_db;
    CsvPreviewModel *m_preview = nullptr;
    FilePage *m_filePage = nullptr;
    PreviewPage *m_previewPage = nullptr;
    MappingPage *m_mappingPage = nullptr;
    OptionsPage *m_optionsPage = nullptr;
    std::unique_ptr<QTemporaryDir> m_temp;
    Importer::Result m_result;
};

} // namespace clientele
