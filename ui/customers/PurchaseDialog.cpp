#include "PurchaseDialog.h"

#include "storage/Database.h"
#include "storage/LocationStore.h"
#include "storage/SettingsStore.h"

#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateTimeEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

PurchaseDialog::PurchaseDialog(Database &db, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_customerId(customerId)
    , m_currency(SettingsStore(db).currency())
{
    setWindowTitle(tr("Add a purchase"));
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("purchaseAmount"));
    m_amount->setPlaceholderText(QLocale().toString(12.5, 'f', 2));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problem->setPalette(warn);
    m_problem->hide();
    m_location = new QComboBox(this);
    m_location->addItem(tr("No location"), 0);
    for (const Location &l : LocationStore(db).all())
        m_location->addItem(l.name, l.id);
    m_category = new QLineEdit(this);
    m_category->setPlaceholderText(tr("For example: Coffee, Gifts"));

    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Amount (%1):").arg(Money::currencySymbol(m_currency)), m_amount);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Where:"), m_location);
    form->addRow(tr("&Category:"), m_category);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add purchase"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_amount->setFocus();
}

bool PurchaseDialog::validAmount() const
{
    const bool comma = QLocale().decimalPoint() == u",";
    const auto money = Money::parse(m_amount->text(), comma);
    return money && money->cents() != 0;
}

Purchase PurchaseDialog::purchase() const
{
    Purchase p;
    p.customerId = m_customerId;
    p.time = m_when->dateTime().toSecsSinceEpoch();
    p.amount = Money::parse(m_amount->text(), QLocale().decimalPoint() == u",").value_or(Money());
    p.locationId = m_location->currentData().toLongLong();
    p.category = m_category->text().trimmed();
    p.channel = p.locationId > 0 ? QStringLiteral("in-store") : QString();
    return p;
}

void PurchaseDialog::accept()
{
    if (!validAmount()) {
        m_problem->setText(tr("Type the amount as a number, for example %1.").arg(QLocale().toString(12.5, 'f', 2)));
        m_problem->show();
        m_amount->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace clientele
