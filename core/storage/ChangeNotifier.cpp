#include "ChangeNotifier.h"

namespace clientele {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{
}

void ChangeNotifier::notifyCustomers(const QList<qint64> &ids)
{
    Q_EMIT customersChanged(ids);
    Q_EMIT customerDataChanged();
}

void ChangeNotifier::notifyCustomerTags(const QList<qint64> &customerIds)
{
    Q_EMIT customerTagsChanged(customerIds);
    Q_EMIT customerDataChanged();
}

void ChangeNotifier::notifyTags()
{
    Q_EMIT tagsChanged();
    Q_EMIT customerDataChanged();
}

void ChangeNotifier::notifyPurchases(const QList<qint64> &customerIds)
{
    Q_EMIT purchasesChanged(customerIds);
    Q_EMIT customerDataChanged();
}

void ChangeNotifier::notifyInteractions(const QList<qint64> &customerIds)
{
    Q_EMIT interactionsChanged(customerIds);
    Q_EMIT customerDataChanged();
}

void ChangeNotifier::notifyLocations()
{
    Q_EMIT locationsChanged();
}

void ChangeNotifier::notifySegments()
{
    Q_EMIT segmentsChanged();
}

void ChangeNotifier::notifySettings(const QString &key)
{
    Q_EMIT settingsChanged(key);
}

void ChangeNotifier::notifyReset()
{
    Q_EMIT reset();
    Q_EMIT customerDataChanged();
}

} // namespace clientele
