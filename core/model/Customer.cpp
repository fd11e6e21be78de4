#include "Customer.h"

namespace clientele {

QString originKey(Origin origin)
{
    switch (origin) {
    case Origin::WalkIn:
        return QStringLiteral("walk-in");
    case Origin::Online:
        return QStringLiteral("online");
    case Origin::Referral:
        return QStringLiteral("referral");
    case Origin::Imported:
        return QStringLiteral("imported");
    case Origin::Unknown:
        break;
    }
    return QString();
}

std::optional<Origin> originFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k.isEmpty())
        return Origin::Unknown;
    if (k == u"walk-in" || k == u"walkin" || k == u"walk in" || k == u"store" || k == u"in-store")
        return Origin::WalkIn;
    if (k == u"online" || k == u"web" || k == u"website")
        return Origin::Online;
    if (k == u"referral" || k == u"referred")
        return Origin::Referral;
    if (k == u"imported" || k == u"import")
        return Origin::Imported;
    return std::nullopt;
}

QString Customer::displayName() const
{
    const QString full = QString(firstName + u' ' + lastName).trimmed();
    if (!full.isEmpty())
        return full;
    if (!email.isEmpty())
        return email;
    return phone;
}

} // namespace clientele
