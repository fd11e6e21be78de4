#include "PreviewPage.h"

#include "CsvPreviewModel.h"
#include "ImportWizard.h"

#include <QtCore/QSignalBlocker>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

namespace {

QString encodingText(TextDecoder::Encoding encoding)
{
    switch (encoding) {
    case TextDecoder::Encoding::Utf8:
        return PreviewPage::tr("UTF-8 (most programs today)");
    case TextDecoder::Encoding::Utf16LE:
        return PreviewPage::tr("UTF-16, little-endian");
    case TextDecoder::Encoding::Utf16BE:
        return PreviewPage::tr("UTF-16, big-endian");
    case TextDecoder::Encoding::Windows1252:
        return PreviewPage::tr("Windows-1252 (Excel on Windows, Western Europe)");
    case TextDecoder::Encoding::Latin1:
        return PreviewPage::tr("ISO-8859-1 (Latin-1)");
    }
    return QString();
}

QString delimiterText(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return PreviewPage::tr("Comma ( , )");
    case u';':
        return PreviewPage::tr("Semicolon ( ; )");
    case u'\t':
        return PreviewPage::tr("Tab");
    case u'|':
        return PreviewPage::tr("Vertical bar ( | )");
    }
    return QString(delimiter);
}

void selectData(QComboBox *combo, const QVariant &value, bool detected)
{
    const QSignalBlocker blocker(combo);
    for (int i = 0; i < combo->count(); ++i) {
        QString text = combo->itemData(i, Qt::UserRole + 1).toString();
        if (combo->itemData(i) == value) {
            combo->setCurrentIndex(i);
            if (detected)
                text = PreviewPage::tr("%1 — detected").arg(text);
        }
        combo->setItemText(i, text);
    }
}

} // namespace

PreviewPage::PreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Check that the file reads right"));
    setSubTitle(tr("Files are saved in different ways, so look at the first rows: if accents look wrong or "
                   "everything sits in one column, change the settings below until the table looks right."));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (auto e : {TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Windows1252, TextDecoder::Encoding::Latin1,
                   TextDecoder::Encoding::Utf16LE, TextDecoder::Encoding::Utf16BE}) {
        m_encoding->addItem(encodingText(e), int(e));
        m_encoding->setItemData(m_encoding->count() - 1, encodingText(e), Qt::UserRole + 1);
    }
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    for (QChar d : {u',', u';', u'\t', u'|'}) {
        m_delimiter->addItem(delimiterText(d), QVariant(d));
        m_delimiter->setItemData(m_delimiter->count() - 1, delimiterText(d), Qt::UserRole + 1);
    }
    m_header = new QCheckBox(tr("The first row holds the column names"), this);
    m_header->setObjectName(QStringLiteral("hasHeader"));
    registerField(QStringLiteral("hasHeader"), m_header);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(wizard->preview());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMaximumSectionSize(280);
    m_table->verticalHeader()->setToolTip(tr("Line in the file"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Characters (encoding):"), m_encoding);
    form->addRow(tr("Columns separated by:"), m_delimiter);
    form->addRow(QString(), m_header);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &PreviewPage::reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &PreviewPage::reload);
    connect(m_header, &QCheckBox::toggled, this, &PreviewPage::reload);
}

CsvReader::Options PreviewPage::csvOptions() const
{
    CsvReader::Options o;
    o.encoding = TextDecoder::Encoding(m_encoding->currentData().toInt());
    o.delimiter = m_delimiter->currentData().value<QChar>();
    return o;
}

bool PreviewPage::hasHeader() const
{
    return m_header->isChecked();
}

void PreviewPage::initializePage()
{
    // Back and forth keeps the owner's choices; another file or kind starts over.
    const QString key = m_wizard->filePath() + u'\n' + ColumnMapping::kindName(m_wizard->kind());
    if (key != m_loadedFor) {
        m_loadedFor = key;
        detect();
    }
}

void PreviewPage::detect()
{
    CsvPreviewModel *model = m_wizard->preview();
    m_error = model->load(m_wizard->filePath(), CsvReader::Options(), std::nullopt, m_wizard->kind());
    selectData(m_encoding, int(model->encoding()), m_error.isEmpty());
    selectData(m_delimiter, QVariant(model->delimiter()), m_error.isEmpty());
    {
        const QSignalBlocker blocker(m_header);
        m_header->setChecked(model->hasHeader());
    }
    reload();
}

void PreviewPage::reload()
{
    CsvPreviewModel *model = m_wizard->preview();
    m_error = model->load(m_wizard->filePath(), csvOptions(), hasHeader(), m_wizard->kind());
    m_table->resizeColumnsToContents();
    if (!m_error.isEmpty())
        m_status->setText(m_error);
    else if (model->rowCount() == 0)
        m_status->setText(tr("The file has column names but no rows."));
    else
        m_status->setText(tr("The table shows the start of the file as Clientele will read it; the numbers on the "
                             "left are its line numbers."));
    emit completeChanged();
}

bool PreviewPage::isComplete() const
{
    return m_error.isEmpty() && m_wizard->preview()->columnCount() > 0;
}

} // namespace clientele
