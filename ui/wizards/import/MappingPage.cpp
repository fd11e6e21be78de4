#include "MappingPage.h"

#include "CsvPreviewModel.h"
#include "ImportWizard.h"
#include "MappingProfiles.h"

#include <QtCore/QFileInfo>
#include <QtCore/QSet>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

MappingPage::MappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Every program names its columns differently, so say for each column where it goes in "
                   "Clientele; Clientele has guessed from the column names."));

    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("mappingProfiles"));
    m_profiles->setMinimumContentsLength(24);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_profiles, &QComboBox::activated, this, &MappingPage::loadProfile);
    m_save = new QPushButton(tr("&Save this matching…"), this);
    m_save->setObjectName(QStringLiteral("saveMapping"));
    connect(m_save, &QPushButton::clicked, this, &MappingPage::saveProfile);
    auto *profileLabel = new QLabel(tr("Sa&ved matchings:"), this);
    profileLabel->setBuddy(m_profiles);

    m_rows = new QWidget;
    m_grid = new QGridLayout(m_rows);
    m_grid->setHorizontalSpacing(16);
    m_grid->setColumnStretch(3, 1); // the combos stay next to the values they describe
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingRows"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rows);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profiles);
    profileRow->addWidget(m_save);
    profileRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addLayout(profileRow);
}

void MappingPage::initializePage()
{
    refreshProfiles();
    const CsvPreviewModel *preview = m_wizard->preview();
    const QString key = ColumnMapping::kindName(m_wizard->kind()) + u'\n' + m_wizard->filePath() + u'\n'
                        + preview->columnKeys().join(u'\n');
    if (key != m_builtFor) {
        m_builtFor = key;
        rebuild();
    }
}

void MappingPage::rebuild()
{
    qDeleteAll(m_rows->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_combos.clear();
    m_problem->hide();
    const CsvPreviewModel *preview = m_wizard->preview();
    const ColumnMapping::Kind kind = m_wizard->kind();

    auto heading = [this](const QString &text, int column) {
        auto *label = new QLabel(text, m_rows);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_grid->addWidget(label, 0, column);
    };
    heading(tr("Column in the file"), 0);
    heading(tr("First value"), 1);
    heading(tr("Goes into"), 2);

    const QStringList fields = ColumnMapping::fields(kind);
    for (int i = 0; i < preview->columnCount(); ++i) {
        auto *name = new QLabel(preview->headerData(i, Qt::Horizontal).toString(), m_rows);
        const QStringList samples = preview->samples(i);
        auto *example = new QLabel(m_rows);
        const QString first = samples.value(0);
        example->setText(example->fontMetrics().elidedText(first, Qt::ElideRight, 240));
        example->setToolTip(first);
        example->setEnabled(false);
        auto *combo = new QComboBox(m_rows);
        combo->setObjectName(QStringLiteral("mapping%1").arg(i));
        combo->setAccessibleName(tr("Where column %1 goes").arg(name->text()));
        combo->addItem(tr("Leave out"), QString());
        for (const QString &field : fields)
            combo->addItem(capitalized(ColumnMapping::fieldLabel(field)), field);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, m_problem, &QLabel::hide);
        m_grid->addWidget(name, i + 1, 0);
        m_grid->addWidget(example, i + 1, 1);
        m_grid->addWidget(combo, i + 1, 2);
        m_combos << combo;
    }
    m_grid->setRowStretch(preview->columnCount() + 1, 1);
    apply(ColumnMapping::guess(kind, preview->headers()));
}

void MappingPage::apply(const ColumnMapping &mapping)
{
    const QHash<QString, int> columns = mapping.resolve(m_wizard->preview()->columnKeys());
    for (QComboBox *combo : std::as_const(m_combos))
        combo->setCurrentIndex(0);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (QComboBox *combo = m_combos.value(it.value()))
            combo->setCurrentIndex(qMax(0, combo->findData(it.key())));
}

ColumnMapping MappingPage::mapping() const
{
    ColumnMapping mapping(m_wizard->kind());
    const QStringList keys = m_wizard->preview()->columnKeys();
    for (int i = 0; i < m_combos.size() && i < keys.size(); ++i)
        mapping.setColumn(keys[i], m_combos[i]->currentData().toString());
    return mapping;
}

void MappingPage::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool MappingPage::validatePage()
{
    QSet<QString> used;
    QStringList twice;
    for (QComboBox *combo : std::as_const(m_combos)) {
        const QString field = combo->currentData().toString();
        if (field.isEmpty())
            continue;
        if (used.contains(field) && !twice.contains(field))
            twice << field;
        used.insert(field);
    }
    if (!twice.isEmpty()) {
        showProblem(tr("Two columns go into “%1”. Choose one of them, and “Leave out” for the other.")
                        .arg(ColumnMapping::fieldLabel(twice.first())));
        return false;
    }
    auto has = [&used](const char *field) { return used.contains(QString::fromLatin1(field)); };
    QString problem;
    switch (m_wizard->kind()) {
    case ColumnMapping::Kind::Customers:
        if (!has("first_name") && !has("last_name") && !has("full_name") && !has("email") && !has("phone")
            && !has("external_id"))
            problem = tr("Choose at least one column with names, email addresses, phone numbers or customer IDs: "
                         "without one, Clientele cannot tell the customers apart.");
        break;
    case ColumnMapping::Kind::Purchases:
    case ColumnMapping::Kind::Interactions:
        if (!has("customer_email") && !has("customer_external_id") && !has("customer_number"))
            problem = tr("Choose the column that says who the customer is: their email address, their customer ID "
                         "in the other program, or their Clientele customer number.");
        else if (!has("time"))
            problem = tr("Choose the column with the date.");
        else if (m_wizard->kind() == ColumnMapping::Kind::Purchases && !has("amount")
                 && !(has("quantity") && has("unit_price")))
            problem = tr("Choose the column with the amount (or both quantity and unit price).");
        else if (m_wizard->kind() == ColumnMapping::Kind::Interactions && !has("kind"))
            problem = tr("Choose the column that says whether it was a visit or an email.");
        break;
    }
    showProblem(problem);
    return problem.isEmpty();
}

void MappingPage::refreshProfiles()
{
    const QString current = m_profiles->currentIndex() > 0 ? m_profiles->currentText() : QString();
    m_profiles->clear();
    const QStringList names = MappingProfiles::names();
    m_profiles->addItem(names.isEmpty() ? tr("None saved yet") : tr("Choose one…"));
    m_profiles->addItems(names);
    m_profiles->setEnabled(!names.isEmpty());
    if (!current.isEmpty())
        m_profiles->setCurrentIndex(qMax(0, m_profiles->findText(current)));
}

void MappingPage::loadProfile(int index)
{
    if (index <= 0)
        return;
    QString error;
    const std::optional<ColumnMapping> profile = MappingProfiles::load(m_profiles->itemText(index), &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Saved matching"), error);
        return;
    }
    if (profile->kind() != m_wizard->kind()) {
        showProblem(tr("“%1” was saved for another kind of file. Go back to the first page to change what the file "
                       "holds, or choose another matching.")
                        .arg(m_profiles->itemText(index)));
        return;
    }
    apply(*profile);
    showProblem(QString());
}

void MappingPage::saveProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save this matching"),
                                               tr("Name it after the program the file came from, e.g. “Shopify "
                                                  "customers”:"),
                                               QLineEdit::Normal, m_profiles->currentIndex() > 0 ? m_profiles->currentText() : QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    if (!MappingProfiles::save(name, m_wizard->mapping(), &error)) {
        QMessageBox::warning(this, tr("Save this matching"), error);
        return;
    }
    refreshProfiles();
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findText(QFileInfo(MappingProfiles::fileFor(name)).completeBaseName())));
}

} // namespace clientele
