#include "FieldCatalogue.h"

namespace clientele {

namespace {

using enum RuleOp;

const QList<RuleOp> kNumberOps = {Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual, Between};
const QList<RuleOp> kNullableNumberOps = {Equal,       NotEqual, Greater, GreaterOrEqual, Less,
                                          LessOrEqual, Between,  IsEmpty, IsNotEmpty};
const QList<RuleOp> kTextOps = {Equal, NotEqual, Contains, NotContains, StartsWith, In, NotIn, IsEmpty, IsNotEmpty};
const QList<RuleOp> kDateOps = {Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual, Between};
const QList<RuleOp> kNullableDateOps = {Equal,       NotEqual, Greater, GreaterOrEqual, Less,
                                        LessOrEqual, Between,  IsEmpty, IsNotEmpty};
const QList<RuleOp> kPurchaseTextOps = {Equal, NotEqual, Contains, NotContains, StartsWith, In, NotIn};

FieldInfo make(const char *key, FieldType type, bool windowed, bool canBeEmpty, const QList<RuleOp> &ops,
               int minValue = 0, int maxValue = 0)
{
    FieldInfo f;
    f.key = QString::fromLatin1(key);
    f.type = type;
    f.windowed = windowed;
    f.canBeEmpty = canBeEmpty;
    f.ops = ops;
    f.minValue = minValue;
    f.maxValue = maxValue;
    return f;
}

QList<FieldInfo> makeFields()
{
    constexpr int kMaxCount = 1'000'000'000;
    return {
        make("purchases.count", FieldType::Count, true, false, kNumberOps, 0, kMaxCount),
        make("purchases.total", FieldType::Money, true, false, kNumberOps),
        make("purchases.average", FieldType::Money, true, true, kNullableNumberOps),
        make("purchases.days_since_last", FieldType::Days, true, true, kNullableNumberOps, 0, 36500),
        make("purchases.days_since_first", FieldType::Days, true, true, kNullableNumberOps, 0, 36500),
        make("purchases.first_date", FieldType::Date, true, true, kNullableDateOps),
        make("purchases.last_date", FieldType::Date, true, true, kNullableDateOps),
        make("purchases.category", FieldType::PurchaseText, true, false, kPurchaseTextOps),
        make("purchases.location", FieldType::PurchaseText, true, false, kPurchaseTextOps),
        make("visits.count", FieldType::Count, true, false, kNumberOps, 0, kMaxCount),
        make("email.opens", FieldType::Count, true, false, kNumberOps, 0, kMaxCount),
        make("email.days_since_last_open", FieldType::Days, true, true, kNullableNumberOps, 0, 36500),
        make("cart.abandoned", FieldType::Count, true, false, kNumberOps, 0, kMaxCount),
        make("tag", FieldType::Tag, false, true, {Has, NotHas, In, NotIn, IsEmpty, IsNotEmpty}),
        make("origin", FieldType::Origin, false, true, {Equal, NotEqual, In, NotIn, IsEmpty, IsNotEmpty}),
        make("city", FieldType::Text, false, true, kTextOps),
        make("country", FieldType::Text, false, true, kTextOps),
        make("postal_code", FieldType::Text, false, true, kTextOps),
        make("email", FieldType::Text, false, true, kTextOps),
        make("phone", FieldType::Text, false, true, kTextOps),
        make("consent.email", FieldType::YesNo, false, false, {Equal, NotEqual}),
        make("consent.sms", FieldType::YesNo, false, false, {Equal, NotEqual}),
        make("customer.days_since_created", FieldType::Days, false, false, kNumberOps, 0, 36500),
        make("customer.created", FieldType::Date, false, false, kDateOps),
        make("birthday", FieldType::Date, false, true, kNullableDateOps),
        make("rfm.r", FieldType::Score, true, true, kNullableNumberOps, 1, 5),
        make("rfm.f", FieldType::Score, true, true, kNullableNumberOps, 1, 5),
        make("rfm.m", FieldType::Score, true, true, kNullableNumberOps, 1, 5),
        make("rfm.score", FieldType::Score, true, true, kNullableNumberOps, 3, 15),
    };
}

} // namespace

const QList<FieldInfo> &FieldCatalogue::fields()
{
    static const QList<FieldInfo> all = makeFields();
    return all;
}

std::optional<FieldInfo> FieldCatalogue::find(const QString &key)
{
    for (const FieldInfo &f : fields())
        if (f.key == key)
            return f;
    if (!customFieldName(key).isEmpty()) {
        FieldInfo custom = make("custom", FieldType::Text, false, true, kTextOps);
        custom.key = key;
        return custom;
    }
    return std::nullopt;
}

QDate FieldCatalogue::dateValue(const QJsonValue &value)
{
    // Exactly ten characters: "2024-3-4" or a time of day would read as
    // something the owner did not write.
    const QString text = value.toString();
    if (!value.isString() || text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString FieldCatalogue::customFieldName(const QString &key)
{
    if (!key.startsWith(u"custom."))
        return QString();
    return key.mid(7).trimmed();
}

} // namespace clientele
