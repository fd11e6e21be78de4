#pragma once

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"

#include <QtWidgets/QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace clientele {

class ImportWizard;

// Page 2: the first rows as Clientele reads them, with the encoding, the
// delimiter and the header line it detected, each of which the owner can
// change while watching the table.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(ImportWizard *wizard);

    // The encoding and delimiter shown (always given, never left to detection).
    CsvReader::Options csvOptions() const;
    bool hasHeader() const;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

private:
    void reload();
    void detect();

    ImportWizard *m_wizard;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_header = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QString m_loadedFor;
    QString m_error;
};

} // namespace clientele
