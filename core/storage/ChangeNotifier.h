#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>

namespace clientele {

// The one place views and engines learn that data changed. Stores emit; the
// customer table, the segment engine and the dashboard listen. A listener
// never needs to know who made the change (a typed edit, an undo, an import).
//
// An empty id list means "many or unknown customers".
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    void notifyCustomers(const QList<qint64> &ids = {});
    void notifyCustomerTags(const QList<qint64> &customerIds = {});
    void notifyTags();
    void notifyPurchases(const QList<qint64> &customerIds = {});
    void notifyInteractions(const QList<qint64> &customerIds = {});
    void notifyLocations();
    void notifySegments();
    void notifySettings(const QString &key);
    void notifyReset();

Q_SIGNALS:
    void customersChanged(const QList<qint64> &ids);
    void customerTagsChanged(const QList<qint64> &customerIds);
    void tagsChanged();
    void purchasesChanged(const QList<qint64> &customerIds);
    void interactionsChanged(const QList<qint64> &customerIds);
    void locationsChanged();
    void segmentsChanged();
    void settingsChanged(const QString &key);
    // Everything may have changed (import, demo, restore): reload.
    void reset();
    // After any change to customers or what they did: what segments depend on.
    void customerDataChanged();
};

} // namespace clientele
