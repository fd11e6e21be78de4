#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>

#include <atomic>
#include <functional>

class QWidget;

namespace clientele {

class Database;

// Runs slow work (demo shop, backup, restore, and later imports and reports)
// in a worker thread while a progress dialog with Cancel shows how far it
// got, so the window never freezes. The work reports progress through the
// function it is given and stops when that function returns false.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    // Returns false to ask the work to stop (the user pressed Cancel).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // The work: returns an error message, empty when it succeeded.
    using Work = std::function<QString(const Progress &progress)>;

    // Shows `label` in a modal progress dialog over `parent` until `work`
    // is done; calls `finished` on the GUI thread with the work's result.
    static void run(QWidget *parent, const QString &label, Work work,
                    std::function<void(const QString &error, bool cancelled)> finished);

    // The same, with the work given its own connection to the database at
    // `databasePath` (one connection per thread); a file that cannot be
    // opened ends the work with its message.
    using DatabaseWork = std::function<QString(Database &db, const Progress &progress)>;
    static void runOnDatabase(QWidget *parent, const QString &label, const QString &databasePath, DatabaseWork work,
                              std::function<void(const QString &error, bool cancelled)> finished);

private:
    explicit BackgroundTask(QObject *parent);
    std::atomic_bool m_cancelled{false};
};

} // namespace clientele
