#pragma once

#include "model/Purchase.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace clientele {

class Database;

// Records a sale by hand: when, how much, where, what.
class PurchaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseDialog)

public:
    PurchaseDialog(Database &db, qint64 customerId, QWidget *parent = nullptr);

    Purchase purchase() const;

    void accept() override;

private:
    bool validAmount() const;

    qint64 m_customerId;
    QString m_currency;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_location = nullptr;
    QLineEdit *m_category = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace clientele
