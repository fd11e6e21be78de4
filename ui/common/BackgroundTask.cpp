#include "BackgroundTask.h"

#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
#include <QtCore/QPointer>
#include <QtWidgets/QProgressDialog>

namespace clientele {

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
}

void BackgroundTask::run(QWidget *parent, const QString &label, Work work,
                         std::function<void(const QString &error, bool cancelled)> finished)
{
    auto *task = new BackgroundTask(parent);
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    dialog->setWindowTitle(tr("Please wait"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumWidth(420);
    connect(dialog, &QProgressDialog::canceled, task, [task, dialog] {
        task->m_cancelled = true;
        dialog->setLabelText(tr("Stopping…"));
    });

    QPointer<QProgressDialog> guard(dialog);
    const Progress progress = [task, guard](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            task,
            [guard, done, total] {
                if (!guard)
                    return;
                // QProgressDialog takes ints: scale large counts down.
                const int scaledTotal = total > 0 ? 1000 : 0;
                guard->setMaximum(scaledTotal);
                if (total > 0)
                    guard->setValue(int(done * 1000 / total));
            },
            Qt::QueuedConnection);
        return !task->m_cancelled.load();
    };

    auto *watcher = new QFutureWatcher<QString>(task);
    connect(watcher, &QFutureWatcher<QString>::finished, task, [task, watcher, dialog, finished] {
        const QString error = watcher->result();
        const bool cancelled = task->m_cancelled.load();
        dialog->hide();
        dialog->deleteLater();
        if (finished)
            finished(error, cancelled);
        task->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work), progress] { return work(progress); }));
}

void BackgroundTask::runOnDatabase(QWidget *parent, const QString &label, const QString &databasePath,
                                   DatabaseWork work, std::function<void(const QString &error, bool cancelled)> finished)
{
    run(
        parent, label,
        [databasePath, work = std::move(work)](const Progress &progress) -> QString {
            Database worker;
            if (const DatabaseError e = worker.openForWorker(databasePath))
                return e.message;
            return work(worker, progress);
        },
        std::move(finished));
}

} // namespace clientele
