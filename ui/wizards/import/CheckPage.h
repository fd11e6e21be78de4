#pragma once

#include "io/Importer.h"

#include <QtCore/QFutureWatcher>
#include <QtWidgets/QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;

namespace clientele {

class ImportWizard;

// Page 5: a trial run of the whole import that keeps nothing (a dry run, in
// a worker thread), so the owner sees the counts and the first problems by
// line before anything changes. "Import" then runs it for real, in the
// background with progress and Cancel, all or nothing.
class CheckPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPage)

public:
    explicit CheckPage(ImportWizard *wizard);
    ~CheckPage() override;

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;
    // True while the trial run is going.
    bool isChecking() const { return m_watcher != nullptr; }

private:
    void startCheck();
    void stopCheck();
    void showCheck(const Importer::Result &result);
    void startImport();

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problems = nullptr;
    QFutureWatcher<Importer::Result> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_checked = false;
    bool m_importing = false;
    bool m_imported = false;
};

} // namespace clientele
