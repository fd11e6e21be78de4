#pragma once

#include "model/Customer.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace clientele {

class Database;
class EditController;
class FlowLayout;
class SegmentEngine;

// Everything about one customer on one page: contact details (checked as
// you type, saved with Ctrl+S), tags as chips, purchases with a running
// total, the timeline of visits and emails, and which segment they are in
// and why. Every change goes through the EditController, so it can be undone.
class CustomerCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCard)

public:
    CustomerCard(Database &db, EditController &edits, SegmentEngine *engine, QWidget *parent = nullptr);

    // Shows a customer (0: nothing). Unsaved changes are kept only when
    // the same customer is shown again.
    void showCustomer(qint64 id);
    // An empty card for a new customer; Save adds them.
    void startNewCustomer();
    qint64 customerId() const { return m_customer.id; }
    bool hasUnsavedChanges() const { return m_dirty; }

    // Saves the form; false (and the problems shown) when something is wrong.
    bool save();
    void discard();
    void focusFirstField();

Q_SIGNALS:
    void customerSaved(qint64 id);
    // "Export their data": what the shop holds about one person (privacy).
    void exportRequested(qint64 id);
    void closeRequested();
    // The line saying which segment the customer is in, and why, is shown.
    void explanationShown();

private:
    void buildUi();
    void load();
    void loadTags();
    void loadPurchases();
    void loadTimeline();
    void loadExplanation();
    void showExplanation(const QString &summary);
    void setDirty(bool dirty);
    Customer formCustomer() const;
    bool validate();
    void addTag();
    void addPurchase();
    void deleteSelectedPurchase();
    void eraseForGood();
    QWidget *section(const QString &title, QWidget *content);

    Database &m_db;
    EditController &m_edits;
    SegmentEngine *m_engine = nullptr;
    quint64 m_explanationGeneration = 0;
    Customer m_customer;
    bool m_dirty = false;
    bool m_loading = false;

    QLabel *m_title = nullptr;
    QLabel *m_segment = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailProblem = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_phoneProblem = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_origin = nullptr;
    QCheckBox *m_consentEmail = nullptr;
    QCheckBox *m_consentSms = nullptr;
    QLabel *m_consentDates = nullptr;
    QCheckBox *m_hasBirthday = nullptr;
    QDateEdit *m_birthday = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_customFields = nullptr;
    QWidget *m_tagChips = nullptr;
    FlowLayout *m_tagLayout = nullptr;
    QLineEdit *m_newTag = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_purchases = nullptr;
    QPushButton *m_addPurchase = nullptr;
    QPushButton *m_deletePurchase = nullptr;
    QListWidget *m_timeline = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace clientele
