#include "ResultPage.h"

#include "ImportWizard.h"
#include "common/BackgroundTask.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <memory>

namespace clientele {

ResultPage::ResultPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Import done"));
    setSubTitle(tr("Here is what happened to each row of the file, so you can check that nothing went missing."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_undone = new QLabel(this);
    m_undone->setObjectName(QStringLiteral("undoSummary"));
    m_undone->setWordWrap(true);
    m_undone->hide();

    m_saveRejects = new QPushButton(tr("&Save rejected rows…"), this);
    m_saveRejects->setObjectName(QStringLiteral("saveRejects"));
    m_saveRejects->setToolTip(tr("A CSV file with the rows left out, each with its line number and the reason, to "
                                 "fix in a spreadsheet and import again."));
    connect(m_saveRejects, &QPushButton::clicked, this, &ResultPage::saveRejects);
    m_undo = new QPushButton(tr("&Undo this import…"), this);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    connect(m_undo, &QPushButton::clicked, this, &ResultPage::undo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRejects);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addWidget(m_undone);
    layout->addStretch(1);
}

void ResultPage::initializePage()
{
    const Importer::Result &r = m_wizard->result();
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 rows read from “%2”:").arg(locale.toString(r.rowsRead), QFileInfo(m_wizard->filePath()).fileName());
    switch (m_wizard->kind()) {
    case ColumnMapping::Kind::Customers:
        lines << tr("• new customers imported: %1").arg(locale.toString(r.imported));
        lines << tr("• customers you had, updated: %1").arg(locale.toString(r.updated));
        lines << tr("• customers you had, gaps filled in: %1").arg(locale.toString(r.merged));
        lines << tr("• rows about customers you had, skipped: %1").arg(locale.toString(r.skippedDuplicates));
        break;
    case ColumnMapping::Kind::Purchases:
        lines << tr("• purchases imported: %1").arg(locale.toString(r.imported));
        break;
    case ColumnMapping::Kind::Interactions:
        lines << tr("• visits and emails imported: %1").arg(locale.toString(r.imported));
        break;
    }
    lines << tr("• rows left out (rejected): %1").arg(locale.toString(r.rejected));
    if (r.customersCreated)
        lines << tr("New customers made for rows Clientele could not match: %1").arg(locale.toString(r.customersCreated));
    if (r.rejected > 0)
        lines << QString() << tr("The rows left out are kept with their line numbers and reasons: save them, fix them "
                                 "in a spreadsheet and import them again.");
    m_summary->setText(lines.join(u'\n'));
    m_saveRejects->setVisible(!r.rejectsFile.isEmpty());
    m_undo->setEnabled(r.batchId > 0);
    m_undone->hide();
}

void ResultPage::saveRejects()
{
    const QString source = m_wizard->result().rejectsFile;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                              + QFileInfo(m_wizard->filePath()).completeBaseName() + tr("-rejected.csv");
    const QString target = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested,
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(source).absoluteFilePath())
        return;
    // The file dialog already asked before replacing.
    QFile::remove(target);
    QFile file(source);
    if (!file.copy(target))
        QMessageBox::warning(this, tr("Save rejected rows"),
                             tr("Clientele could not save the rows to “%1”: %2.")
                                 .arg(QDir::toNativeSeparators(target), file.errorString()));
}

void ResultPage::undo()
{
    const Importer::Result &r = m_wizard->result();
    const QLocale locale;
    QString what;
    switch (m_wizard->kind()) {
    case ColumnMapping::Kind::Customers:
        what = tr("Remove the %1 customers this import added, with their purchases and visits?")
                   .arg(locale.toString(r.imported));
        break;
    case ColumnMapping::Kind::Purchases:
        what = r.customersCreated
                   ? tr("Remove the %1 purchases this import added, and the %2 customers it made?")
                         .arg(locale.toString(r.imported), locale.toString(r.customersCreated))
                   : tr("Remove the %1 purchases this import added?").arg(locale.toString(r.imported));
        break;
    case ColumnMapping::Kind::Interactions:
        what = r.customersCreated
                   ? tr("Remove the %1 visits and emails this import added, and the %2 customers it made?")
                         .arg(locale.toString(r.imported), locale.toString(r.customersCreated))
                   : tr("Remove the %1 visits and emails this import added?").arg(locale.toString(r.imported));
        break;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Undo this import"), what, QMessageBox::Cancel, this);
    if (r.updated + r.merged > 0)
        confirm.setInformativeText(tr("Customers you already had keep the changes the import made to them."));
    QPushButton *go = confirm.addButton(tr("Undo the import"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != go)
        return;

    m_undo->setEnabled(false);
    const QString path = m_wizard->database().path();
    const qint64 batch = r.batchId;
    auto undone = std::make_shared<Importer::UndoResult>();
    BackgroundTask::run(
        this, tr("Undoing the import…"),
        [path, batch, undone](const BackgroundTask::Progress &) -> QString {
            Database worker;
            if (const DatabaseError e = worker.openForWorker(path))
                return e.message;
            *undone = Importer::undoBatch(worker, batch);
            return undone->ok ? QString() : undone->error;
        },
        [this, undone](const QString &error, bool) {
            if (!error.isEmpty()) {
                m_undo->setEnabled(true);
                QMessageBox::warning(this, tr("Undo this import"), error);
                return;
            }
            m_wizard->database().notifier()->notifyReset();
            const QLocale here;
            m_undone->setText(tr("The import was undone: %1 customers, %2 purchases and %3 visits and emails "
                                 "removed.")
                                  .arg(here.toString(undone->customers), here.toString(undone->purchases),
                                       here.toString(undone->interactions)));
            m_undone->show();
            Importer::Result done = m_wizard->result();
            done.batchId = 0;
            m_wizard->setResult(done);
        });
}

} // namespace clientele
