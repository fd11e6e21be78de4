#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace clientele {

class AppSettings;
class CustomerTableModel;
class Database;

// The Customers workspace: a search box over the customer table.
class CustomersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)

public:
    CustomersPage(Database &db, AppSettings &settings, QWidget *parent = nullptr);
    ~CustomersPage() override;

    CustomerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    // "12 of 2,000 customers": for the status bar.
    QString summary() const;

Q_SIGNALS:
    void summaryChanged(const QString &summary);

private:
    void applySearch();
    void updateEmptyState();

    Database &m_db;
    AppSettings &m_settings;
    CustomerTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_searchDelay = nullptr;
    qint64 m_allCustomers = 0;
};

} // namespace clientele
