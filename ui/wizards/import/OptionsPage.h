#pragma once

#include "io/ColumnMapping.h"
#include "io/Importer.h"

#include <QtWidgets/QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace clientele {

class ImportWizard;

// Page 4: how to read dates and amounts, what to do with customers Clientele
// already has, and tags for everyone imported. Guesses come from the rows
// of the preview; an example shows how the first date will be read.
class OptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)

public:
    explicit OptionsPage(ImportWizard *wizard);

    // Writes the choices into `mapping` (date order, decimal mark, tags,
    // creating customers). Before the page was shown, the importer guesses.
    void apply(ColumnMapping &mapping) const;
    Importer::DuplicatePolicy duplicatePolicy() const;

    void initializePage() override;
    void cleanupPage() override {}

private:
    void guess();
    void showDateExample();

    ImportWizard *m_wizard;
    bool m_shown = false;
    QString m_guessedFor;
    QStringList m_dateSamples;
    QGroupBox *m_datesBox = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QLabel *m_dateExample = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QGroupBox *m_duplicatesBox = nullptr;
    QRadioButton *m_skip = nullptr;
    QRadioButton *m_update = nullptr;
    QRadioButton *m_merge = nullptr;
    QLineEdit *m_tags = nullptr;
    QCheckBox *m_createCustomers = nullptr;
};

} // namespace clientele
