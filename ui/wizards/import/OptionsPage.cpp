#include "OptionsPage.h"

#include "io/CellValue.h"

#include "CsvPreviewModel.h"
#include "ImportWizard.h"
#include "MappingPage.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

namespace {

// The order of day and month in this computer's short dates: the tie-breaker
// for files whose dates read either way (03/04/2025).
DateParser::Order localeOrder()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const qsizetype d = format.indexOf(u'd');
    const qsizetype m = format.indexOf(u'M');
    const qsizetype y = format.indexOf(u'y');
    if (y >= 0 && y < d && y < m)
        return DateParser::Order::YearMonthDay;
    return m >= 0 && d >= 0 && m < d ? DateParser::Order::MonthDayYear : DateParser::Order::DayMonthYear;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setEnabled(false);
    return label;
}

} // namespace

OptionsPage::OptionsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("optionsPage"));
    setTitle(tr("Choose how to import"));
    setSubTitle(tr("A few things cannot be seen from the columns alone, so check how dates are read and what happens "
                   "to customers you already have."));

    m_datesBox = new QGroupBox(tr("Dates and amounts"), this);
    m_dateOrder = new QComboBox(m_datesBox);
    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("Day first (31.12.2025 or 31/12/2025)"), int(DateParser::Order::DayMonthYear));
    m_dateOrder->addItem(tr("Month first (12/31/2025)"), int(DateParser::Order::MonthDayYear));
    m_dateOrder->addItem(tr("Year first (2025-12-31)"), int(DateParser::Order::YearMonthDay));
    m_dateExample = new QLabel(m_datesBox);
    m_dateExample->setObjectName(QStringLiteral("dateExample"));
    m_dateExample->setWordWrap(true);
    m_dateExample->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &OptionsPage::showDateExample);
    m_decimalComma = new QCheckBox(tr("Amounts use a decimal comma (12,50 rather than 12.50)"), m_datesBox);
    m_decimalComma->setObjectName(QStringLiteral("decimalComma"));
    registerField(QStringLiteral("decimalComma"), m_decimalComma);
    auto *datesLayout = new QFormLayout(m_datesBox);
    datesLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    datesLayout->addRow(tr("&Dates are written:"), m_dateOrder);
    datesLayout->addRow(QString(), m_dateExample);
    datesLayout->addRow(QString(), m_decimalComma);

    m_duplicatesBox = new QGroupBox(tr("Customers you already have"), this);
    auto *duplicatesIntro = new QLabel(tr("A row is about a customer you already have when its email address, phone "
                                          "number or customer ID matches (capitals and spaces do not count)."),
                                       m_duplicatesBox);
    duplicatesIntro->setWordWrap(true);
    m_skip = new QRadioButton(tr("&Skip them"), m_duplicatesBox);
    m_skip->setObjectName(QStringLiteral("duplicatesSkip"));
    m_update = new QRadioButton(tr("&Update them"), m_duplicatesBox);
    m_update->setObjectName(QStringLiteral("duplicatesUpdate"));
    m_merge = new QRadioButton(tr("&Fill in the gaps"), m_duplicatesBox);
    m_merge->setObjectName(QStringLiteral("duplicatesMerge"));
    m_skip->setChecked(true);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_skip, m_update, m_merge})
        group->addButton(b);
    auto *duplicatesLayout = new QVBoxLayout(m_duplicatesBox);
    duplicatesLayout->setSpacing(2);
    duplicatesLayout->addWidget(duplicatesIntro);
    duplicatesLayout->addSpacing(4);
    duplicatesLayout->addWidget(m_skip);
    duplicatesLayout->addWidget(explanation(tr("The customer stays as it is; the row is counted as skipped."), m_duplicatesBox));
    duplicatesLayout->addWidget(m_update);
    duplicatesLayout->addWidget(
        explanation(tr("Values from the file replace what you have; an empty cell never erases anything."), m_duplicatesBox));
    duplicatesLayout->addWidget(m_merge);
    duplicatesLayout->addWidget(
        explanation(tr("Only what is missing is filled in from the file; what you have stays."), m_duplicatesBox));

    auto *othersBox = new QGroupBox(tr("Everyone imported"), this);
    m_tags = new QLineEdit(othersBox);
    m_tags->setObjectName(QStringLiteral("importTags"));
    m_tags->setPlaceholderText(tr("e.g. Old till, Newsletter 2025 (separated by commas)"));
    registerField(QStringLiteral("tags"), m_tags);
    m_createCustomers = new QCheckBox(tr("Add customers Clientele does not know yet (otherwise their rows are left out "
                                         "and listed)"),
                                      othersBox);
    m_createCustomers->setObjectName(QStringLiteral("createCustomers"));
    registerField(QStringLiteral("createCustomers"), m_createCustomers);
    auto *othersLayout = new QFormLayout(othersBox);
    othersLayout->addRow(tr("&Tags to add:"), m_tags);
    othersLayout->addRow(QString(), m_createCustomers);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_datesBox);
    layout->addWidget(m_duplicatesBox);
    layout->addWidget(othersBox);
    layout->addStretch(1);
}

void OptionsPage::initializePage()
{
    const bool customers = m_wizard->kind() == ColumnMapping::Kind::Customers;
    m_duplicatesBox->setVisible(customers);
    m_createCustomers->setVisible(!customers);
    m_decimalComma->setVisible(m_wizard->kind() == ColumnMapping::Kind::Purchases);
    // Guessed again only when the file or its columns changed: a choice the
    // owner made survives going back and forth.
    const ColumnMapping columns = static_cast<MappingPage *>(m_wizard->page(ImportWizard::MappingPageId))->mapping();
    const QString key = m_wizard->filePath() + u'\n' + QString::fromUtf8(QJsonDocument(columns.toJson()).toJson());
    if (key != m_guessedFor) {
        m_guessedFor = key;
        guess();
    }
    m_shown = true;
}

void OptionsPage::guess()
{
    const CsvPreviewModel *preview = m_wizard->preview();
    const ColumnMapping columns = static_cast<MappingPage *>(m_wizard->page(ImportWizard::MappingPageId))->mapping();
    const QHash<QString, int> resolved = columns.resolve(preview->columnKeys());
    m_dateSamples.clear();
    for (const char *field : {"time", "birthday", "created_at"})
        if (resolved.contains(QString::fromLatin1(field)))
            m_dateSamples += preview->samples(resolved.value(QString::fromLatin1(field)));
    bool ambiguous = false;
    const DateParser::Order order = DateParser::guess(m_dateSamples, localeOrder(), &ambiguous);
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(int(order))));
    m_dateOrder->setEnabled(!m_dateSamples.isEmpty());

    // The importer's rule: a comma followed by other than three digits is a decimal comma.
    int commas = 0;
    int points = 0;
    for (const char *field : {"amount", "unit_price", "quantity"}) {
        if (!resolved.contains(QString::fromLatin1(field)))
            continue;
        for (const QString &v : preview->samples(resolved.value(QString::fromLatin1(field)))) {
            const auto mark = CellValue::decimalMarkOf(v.trimmed());
            commas += mark == CellValue::DecimalMark::Comma ? 1 : 0;
            points += mark == CellValue::DecimalMark::Point ? 1 : 0;
        }
    }
    m_decimalComma->setChecked(commas > points
                               || (commas == points && commas > 0 && preview->delimiter() == u';'));
    showDateExample();
}

void OptionsPage::showDateExample()
{
    if (m_dateSamples.isEmpty()) {
        m_dateExample->setText(tr("The columns chosen hold no dates."));
        return;
    }
    const DateParser parser(DateParser::Order(m_dateOrder->currentData().toInt()));
    const QString first = m_dateSamples.first();
    const std::optional<QDate> date = parser.toDate(first);
    int unreadable = 0;
    for (const QString &s : std::as_const(m_dateSamples))
        unreadable += !parser.toDate(s).has_value();
    QString text = date ? tr("“%1” will be read as %2.").arg(first, QLocale().toString(*date, QLocale::LongFormat))
                        : tr("“%1” is not a date written this way.").arg(first);
    if (unreadable > 0)
        text += u' ' + tr("%1 of the first %2 dates cannot be read this way; their rows would be left out.")
                           .arg(unreadable)
                           .arg(m_dateSamples.size());
    m_dateExample->setText(text);
}

void OptionsPage::apply(ColumnMapping &mapping) const
{
    if (!m_shown)
        return;
    if (!m_dateSamples.isEmpty())
        mapping.dateOrder = DateParser::Order(m_dateOrder->currentData().toInt());
    if (m_wizard->kind() == ColumnMapping::Kind::Purchases)
        mapping.decimalMark = m_decimalComma->isChecked() ? ColumnMapping::DecimalMark::Comma
                                                          : ColumnMapping::DecimalMark::Point;
    mapping.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            mapping.tags << tag.trimmed();
    mapping.createCustomers = m_wizard->kind() != ColumnMapping::Kind::Customers && m_createCustomers->isChecked();
}

Importer::DuplicatePolicy OptionsPage::duplicatePolicy() const
{
    if (m_update->isChecked())
        return Importer::DuplicatePolicy::Update;
    if (m_merge->isChecked())
        return Importer::DuplicatePolicy::Merge;
    return Importer::DuplicatePolicy::Skip;
}

} // namespace clientele
