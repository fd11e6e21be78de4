#pragma once

#include <QtWidgets/QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace clientele {

class AppSettings;
class CustomerCard;
class CustomerTableModel;
class Database;
class EditController;
class SegmentEngine;

// The Customers workspace: search and quick filters over the customer
// table, the card of the chosen customer beside it, and actions on a
// selection (tag, untag, delete), all undoable.
class CustomersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)

public:
    CustomersPage(Database &db, AppSettings &settings, EditController &edits, SegmentEngine *engine,
                  QWidget *parent = nullptr);
    ~CustomersPage() override;

    CustomerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The table's shown columns, in the order shown (the owner may move them).
    QList<int> visibleColumns() const;
    QLineEdit *searchField() const { return m_search; }
    CustomerCard *card() const { return m_card; }

    // "12 of 2,000 customers": for the status bar.
    QString summary() const;
    // The customers the bulk actions work on: the selected rows, or every
    // customer matching the filter after "Select all matching".
    QList<qint64> selectedIds() const;

    void newCustomer();
    void deleteSelected();
    void tagSelected();
    void untagSelected();
    void selectAllMatching();
    // Shows only the members of a segment (0: no segment filter).
    void filterBySegment(qint64 segmentId);
    // Shows just these customers (from a chart), saying who they are.
    void showCustomers(const QList<qint64> &ids, const QString &description);

Q_SIGNALS:
    void summaryChanged(const QString &summary);
    // The selection, for the export of the CSV issue: wired by the window.
    void exportRequested(const QList<qint64> &customerIds);
    // Everything held about one person, when they ask for it.
    void personalDataExportRequested(qint64 customerId);
    void duplicatesRequested();
    void listExportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void updateEmptyState();
    void updateSelectionBar();
    void refillFilterChoices();
    void showCurrentInCard();
    bool confirmLeavingCard();

    Database &m_db;
    AppSettings &m_settings;
    EditController &m_edits;
    SegmentEngine *m_engine = nullptr;
    CustomerTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    CustomerCard *m_card = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_segmentFilter = nullptr;
    QComboBox *m_originFilter = nullptr;
    QCheckBox *m_consentFilter = nullptr;
    QWidget *m_selectionBar = nullptr;
    QLabel *m_selectionText = nullptr;
    QPushButton *m_selectAll = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_pinned = nullptr; // "Showing: …" with a way back to everyone
    QLabel *m_pinnedText = nullptr;
    QList<qint64> m_pinnedIds;
    QTimer *m_searchDelay = nullptr;
    qint64 m_allCustomers = 0;
    bool m_allMatching = false;
};

} // namespace clientele
