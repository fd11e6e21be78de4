#include "CheckPage.h"

#include "ImportWizard.h"
#include "common/BackgroundTask.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

CheckPage::CheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("checkPage"));
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Clientele reads the whole file once without keeping anything, so you see what the import will "
                   "do before your customer list changes."));
    setButtonText(QWizard::NextButton, tr("&Import"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_problemsLabel = new QLabel(tr("Rows that would be left out, by line in the file:"), this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("checkProblems"));
    m_problems->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);

    // Every visit to this page checks again (the owner may have gone back and
    // changed something, or already imported once).
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ImportWizard::CheckPageId)
            startCheck();
        else
            stopCheck();
    });
}

CheckPage::~CheckPage()
{
    stopCheck();
}

void CheckPage::cleanupPage()
{
    stopCheck();
}

void CheckPage::stopCheck()
{
    if (!m_watcher)
        return;
    // The worker holds its own copies; it is told to stop and waited for so
    // that no connection is left open behind the wizard.
    m_cancel->store(true);
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void CheckPage::startCheck()
{
    stopCheck();
    m_checked = false;
    m_imported = false;
    emit completeChanged();
    m_summary->setText(tr("Reading “%1”…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_problemsLabel->hide();
    m_problems->clear();
    m_problems->hide();

    ImportWizard::Job job = m_wizard->job(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    m_watcher = new QFutureWatcher<Importer::Result>(this);
    QProgressBar *bar = m_progress;
    job.options.progress = [cancel, bar, this](qint64 done, qint64 total) {
        if (cancel->load())
            return false;
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        // `this` outlives the worker: stopCheck() waits for it.
        QMetaObject::invokeMethod(
            this,
            [bar, percent] {
                bar->setRange(0, 100);
                bar->setValue(percent);
            },
            Qt::QueuedConnection);
        return true;
    };
    connect(m_watcher, &QFutureWatcher<Importer::Result>::finished, this, [this] {
        const Importer::Result result = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        showCheck(result);
    });
    m_watcher->setFuture(QtConcurrent::run([job] { return ImportWizard::run(job); }));
}

void CheckPage::showCheck(const Importer::Result &result)
{
    m_progress->hide();
    if (!result.ok()) {
        m_summary->setText(tr("The file cannot be imported as it is:\n%1\n\nGo back to change the settings.")
                               .arg(result.error));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 rows read.").arg(locale.toString(result.rowsRead));
    switch (m_wizard->kind()) {
    case ColumnMapping::Kind::Customers:
        lines << tr("New customers: %1").arg(locale.toString(result.imported));
        if (result.updated)
            lines << tr("Customers you have that will be updated: %1").arg(locale.toString(result.updated));
        if (result.merged)
            lines << tr("Customers you have whose gaps will be filled in: %1").arg(locale.toString(result.merged));
        if (result.skippedDuplicates)
            lines << tr("Rows about customers you have, skipped: %1").arg(locale.toString(result.skippedDuplicates));
        break;
    case ColumnMapping::Kind::Purchases:
        lines << tr("Purchases: %1").arg(locale.toString(result.imported));
        break;
    case ColumnMapping::Kind::Interactions:
        lines << tr("Visits and emails: %1").arg(locale.toString(result.imported));
        break;
    }
    if (result.customersCreated)
        lines << tr("New customers made for rows Clientele could not match: %1")
                     .arg(locale.toString(result.customersCreated));
    lines << tr("Rows that will be left out: %1").arg(locale.toString(result.rejected));
    lines << QString();
    if (result.rejected == 0)
        lines << tr("Everything looks fine. Press Import to bring it in; you can undo it afterwards.");
    else
        lines << tr("You can import anyway: the rows left out are kept in a file you can save, fix and import "
                    "again. Or go back and change the settings.");
    m_summary->setText(lines.join(u'\n'));
    if (!result.firstProblems.isEmpty()) {
        m_problems->addItems(result.firstProblems);
        if (result.rejected > result.firstProblems.size())
            m_problems->addItem(tr("… and %1 more.").arg(locale.toString(result.rejected - result.firstProblems.size())));
        m_problemsLabel->show();
        m_problems->show();
    }
    m_checked = true;
    emit completeChanged();
}

bool CheckPage::isComplete() const
{
    return m_checked && !m_importing;
}

bool CheckPage::validatePage()
{
    if (m_imported)
        return true;
    if (!m_importing)
        startImport();
    return false;
}

void CheckPage::startImport()
{
    m_importing = true;
    emit completeChanged();
    const ImportWizard::Job job = m_wizard->job(false);
    auto result = std::make_shared<Importer::Result>();
    BackgroundTask::run(
        this, tr("Importing “%1”…").arg(QFileInfo(job.filePath).fileName()),
        [job, result](const BackgroundTask::Progress &progress) -> QString {
            ImportWizard::Job withProgress = job;
            withProgress.options.progress = progress;
            *result = ImportWizard::run(withProgress);
            return result->ok() || result->status == Importer::Result::Status::Cancelled ? QString() : result->error;
        },
        [this, result](const QString &error, bool) {
            m_importing = false;
            emit completeChanged();
            if (result->status == Importer::Result::Status::Cancelled) {
                QMessageBox::information(this, tr("Import cancelled"),
                                         tr("Nothing was imported: your customer list is as it was."));
                return;
            }
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Import"),
                                     tr("%1\n\nNothing was imported: your customer list is as it was.").arg(error));
                return;
            }
            m_wizard->setResult(*result);
            // The window's own connection learns about the worker's writes here.
            m_wizard->database().notifier()->notifyReset();
            m_imported = true;
            m_wizard->next();
        });
}

} // namespace clientele
