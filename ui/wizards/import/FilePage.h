#pragma once

#include "io/ColumnMapping.h"

#include <QtWidgets/QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace clientele {

class ImportWizard;

// Page 1: which file, and whether it holds customers, purchases, or visits
// and emails.
class FilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePage)

public:
    FilePage(ImportWizard *wizard, const QString &path);

    ColumnMapping::Kind kind() const;

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override {}

private:
    void chooseFile();

    QString m_initialPath;
    QLineEdit *m_path = nullptr;
    QRadioButton *m_customers = nullptr;
    QRadioButton *m_purchases = nullptr;
    QRadioButton *m_interactions = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace clientele
