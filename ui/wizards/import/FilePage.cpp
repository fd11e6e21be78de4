#include "FilePage.h"

#include "ImportWizard.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

FilePage::FilePage(ImportWizard *wizard, const QString &path)
    : QWizardPage(wizard)
    , m_initialPath(path)
{
    setObjectName(QStringLiteral("filePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Clientele reads CSV files, the kind every till, web shop and spreadsheet can save, so tell it "
                   "which file to read and what is in it."));

    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A .csv or .txt file"));
    m_path->setClearButtonEnabled(true);
    fileLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseFile"));
    connect(browse, &QPushButton::clicked, this, &FilePage::chooseFile);
    registerField(QStringLiteral("path*"), m_path);

    auto *kindBox = new QGroupBox(tr("What does the file hold?"), this);
    m_customers = new QRadioButton(tr("C&ustomers: one row per customer"), kindBox);
    m_customers->setObjectName(QStringLiteral("kindCustomers"));
    m_purchases = new QRadioButton(tr("&Purchases: one row per sale, with who bought"), kindBox);
    m_purchases->setObjectName(QStringLiteral("kindPurchases"));
    m_interactions = new QRadioButton(tr("&Visits and emails: one row per visit, email opened or clicked"), kindBox);
    m_interactions->setObjectName(QStringLiteral("kindInteractions"));
    m_customers->setChecked(true);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_customers, m_purchases, m_interactions})
        group->addButton(b);
    auto *kindLayout = new QVBoxLayout(kindBox);
    kindLayout->addWidget(m_customers);
    kindLayout->addWidget(m_purchases);
    kindLayout->addWidget(m_interactions);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    connect(m_path, &QLineEdit::textChanged, m_error, &QLabel::hide);

    auto *hint = new QLabel(tr("Tip: you can also drop a file on the Clientele window."), this);
    hint->setEnabled(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(kindBox);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void FilePage::initializePage()
{
    // Set here, not in the constructor: a mandatory field counts as filled
    // only once it differs from the value it had when the page was added.
    if (!m_initialPath.isEmpty() && m_path->text().isEmpty())
        m_path->setText(QDir::toNativeSeparators(m_initialPath));
}

ColumnMapping::Kind FilePage::kind() const
{
    if (m_purchases->isChecked())
        return ColumnMapping::Kind::Purchases;
    if (m_interactions->isChecked())
        return ColumnMapping::Kind::Interactions;
    return ColumnMapping::Kind::Customers;
}

void FilePage::chooseFile()
{
    const QString current = m_path->text().trimmed();
    const QString start = current.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(current).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose a file to import"), start, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

bool FilePage::validatePage()
{
    const QFileInfo info(QDir::fromNativeSeparators(m_path->text().trimmed()));
    QString problem;
    if (!info.exists())
        problem = tr("There is no file “%1”. Check the name, or choose the file with “Choose…”.")
                      .arg(m_path->text().trimmed());
    else if (info.isDir())
        problem = tr("“%1” is a folder. Choose a file in it.").arg(info.fileName());
    else if (!info.isReadable())
        problem = tr("Clientele may not read “%1”. Copy it somewhere else, or ask whoever set up this computer.")
                      .arg(info.fileName());
    else if (info.size() == 0)
        problem = tr("“%1” is empty: there is nothing to import.").arg(info.fileName());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

} // namespace clientele
