#pragma once

#include "io/ColumnMapping.h"

#include <QtCore/QList>
#include <QtWidgets/QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace clientele {

class ImportWizard;

// Page 3: which column of the file goes into which field. Guessed from the
// column names; a mapping the owner fixed can be saved under a name and
// picked again for the next file from the same program.
class MappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPage)

public:
    explicit MappingPage(ImportWizard *wizard);

    // The columns as chosen (settings of the options page not included).
    ColumnMapping mapping() const;
    QComboBox *comboFor(int column) const { return m_combos.value(column); }

    void initializePage() override;
    void cleanupPage() override {}
    bool validatePage() override;

private:
    void rebuild();
    void apply(const ColumnMapping &mapping);
    void refreshProfiles();
    void loadProfile(int index);
    void saveProfile();
    void showProblem(const QString &text);

    ImportWizard *m_wizard;
    QComboBox *m_profiles = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_problem = nullptr;
    QList<QComboBox *> m_combos;
    QString m_builtFor;
};

} // namespace clientele
