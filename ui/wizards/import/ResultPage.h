#pragma once

#include <QtWidgets/QWizardPage>

class QLabel;
class QPushButton;

namespace clientele {

class ImportWizard;

// Page 6: what the import did, in counts that add up to the rows read, with
// the rejected rows to save and fix, and a way to take the import back.
class ResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPage)

public:
    explicit ResultPage(ImportWizard *wizard);

    void initializePage() override;

private:
    void saveRejects();
    void undo();

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QLabel *m_undone = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace clientele
