#include "FieldChoices.h"

namespace clientele {

using enum RuleOp;

QList<FieldChoices::Group> FieldChoices::groups()
{
    return {
        {tr("Purchases"),
         {{QStringLiteral("purchases.count"), tr("Number of purchases")},
          {QStringLiteral("purchases.total"), tr("Money spent")},
          {QStringLiteral("purchases.average"), tr("Average purchase")},
          {QStringLiteral("purchases.days_since_last"), tr("Days since the last purchase")},
          {QStringLiteral("purchases.days_since_first"), tr("Days since the first purchase")},
          {QStringLiteral("purchases.last_date"), tr("Date of the last purchase")},
          {QStringLiteral("purchases.first_date"), tr("Date of the first purchase")},
          {QStringLiteral("purchases.category"), tr("Bought from the category")},
          {QStringLiteral("purchases.location"), tr("Bought at the shop")},
          {QStringLiteral("cart.abandoned"), tr("Carts left without buying")}}},
        {tr("Visits"), {{QStringLiteral("visits.count"), tr("Number of visits")}}},
        {tr("Emails"),
         {{QStringLiteral("email.opens"), tr("Emails opened")},
          {QStringLiteral("email.days_since_last_open"), tr("Days since an email was last opened")},
          {QStringLiteral("consent.email"), tr("Agreed to receive emails")}}},
        {tr("Profile"),
         {{QStringLiteral("city"), tr("City")},
          {QStringLiteral("country"), tr("Country")},
          {QStringLiteral("postal_code"), tr("Postal code")},
          {QStringLiteral("origin"), tr("How they found you")},
          {QStringLiteral("customer.days_since_created"), tr("Days since they became a customer")},
          {QStringLiteral("customer.created"), tr("Date they became a customer")},
          {QStringLiteral("birthday"), tr("Birthday")},
          {QStringLiteral("email"), tr("Email address")},
          {QStringLiteral("phone"), tr("Phone number")},
          {QStringLiteral("consent.sms"), tr("Agreed to receive text messages")}}},
        {tr("Tags"), {{QStringLiteral("tag"), tr("Tags")}}},
        {tr("Scores"),
         {{QStringLiteral("rfm.r"), tr("How recently they bought (score 1 to 5)")},
          {QStringLiteral("rfm.f"), tr("How often they buy (score 1 to 5)")},
          {QStringLiteral("rfm.m"), tr("How much they spend (score 1 to 5)")},
          {QStringLiteral("rfm.score"), tr("Overall score (3 to 15)")}}},
    };
}

QString FieldChoices::label(const QString &fieldKey)
{
    for (const Group &g : groups())
        for (const Choice &c : g.fields)
            if (c.key == fieldKey)
                return c.label;
    if (const QString custom = FieldCatalogue::customFieldName(fieldKey); !custom.isEmpty())
        return custom;
    return fieldKey;
}

QList<RuleOp> FieldChoices::operators(const FieldInfo &field)
{
    static const QList<RuleOp> order = {Greater, GreaterOrEqual, Equal, NotEqual, Less,   LessOrEqual,
                                        Between, Has,           NotHas, Contains, NotContains, StartsWith,
                                        In,      NotIn,         IsNotEmpty, IsEmpty};
    QList<RuleOp> out;
    for (RuleOp op : order)
        if (field.ops.contains(op))
            out << op;
    return out;
}

QString FieldChoices::operatorLabel(const FieldInfo &field, RuleOp op)
{
    switch (field.type) {
    case FieldType::Count:
    case FieldType::Money:
    case FieldType::Days:
    case FieldType::Score:
        switch (op) {
        case Greater:
            return tr("more than");
        case GreaterOrEqual:
            return tr("at least");
        case Equal:
            return tr("exactly");
        case NotEqual:
            return tr("anything but");
        case Less:
            return field.type == FieldType::Count ? tr("fewer than") : tr("less than");
        case LessOrEqual:
            return tr("at most");
        case Between:
            return tr("between");
        case IsEmpty:
            return field.key.startsWith(u"email.") ? tr("never opened one") : tr("never bought");
        case IsNotEmpty:
            return field.key.startsWith(u"email.") ? tr("opened at least one") : tr("bought at least once");
        default:
            break;
        }
        break;
    case FieldType::Tag:
        switch (op) {
        case Has:
            return tr("include");
        case NotHas:
            return tr("do not include");
        case In:
            return tr("include one of");
        case NotIn:
            return tr("include none of");
        case IsNotEmpty:
            return tr("are not empty");
        case IsEmpty:
            return tr("are empty");
        default:
            break;
        }
        break;
    case FieldType::Date:
        switch (op) {
        case Equal:
            return tr("on");
        case NotEqual:
            return tr("not on");
        case Greater:
            return tr("after");
        case GreaterOrEqual:
            return tr("on or after");
        case Less:
            return tr("before");
        case LessOrEqual:
            return tr("on or before");
        case Between:
            return tr("between");
        case IsEmpty:
            return field.key == u"birthday" ? tr("is not known") : tr("never bought");
        case IsNotEmpty:
            return field.key == u"birthday" ? tr("is known") : tr("bought at least once");
        default:
            break;
        }
        break;
    case FieldType::PurchaseText:
        switch (op) {
        case Equal:
            return tr("is");
        case NotEqual:
            return tr("is never");
        case Contains:
            return tr("contains");
        case NotContains:
            return tr("never contains");
        case StartsWith:
            return tr("starts with");
        case In:
            return tr("is one of");
        case NotIn:
            return tr("is never one of");
        default:
            break;
        }
        break;
    default:
        break;
    }
    switch (op) {
    case Equal:
        return tr("is");
    case NotEqual:
        return tr("is not");
    case Contains:
        return tr("contains");
    case NotContains:
        return tr("does not contain");
    case StartsWith:
        return tr("starts with");
    case In:
        return tr("is one of");
    case NotIn:
        return tr("is none of");
    case IsEmpty:
        return tr("is not known");
    case IsNotEmpty:
        return tr("is known");
    default:
        return Rule::opKey(op);
    }
}

FieldChoices::ValueKind FieldChoices::valueKind(const FieldInfo &field, RuleOp op)
{
    if (op == IsEmpty || op == IsNotEmpty)
        return ValueKind::None;
    const bool list = op == In || op == NotIn;
    switch (field.type) {
    case FieldType::Count:
    case FieldType::Days:
    case FieldType::Score:
        return op == Between ? ValueKind::NumberRange : ValueKind::Number;
    case FieldType::Money:
        return op == Between ? ValueKind::MoneyRange : ValueKind::Money;
    case FieldType::Tag:
        return list ? ValueKind::TagList : ValueKind::Tag;
    case FieldType::Origin:
        return list ? ValueKind::OriginList : ValueKind::Origin;
    case FieldType::YesNo:
        return ValueKind::YesNo;
    case FieldType::Date:
        return op == Between ? ValueKind::DateRange : ValueKind::Date;
    case FieldType::Text:
    case FieldType::PurchaseText:
        return list ? ValueKind::TextList : ValueKind::Text;
    }
    return ValueKind::Text;
}

bool FieldChoices::showsWindow(const FieldInfo &field)
{
    // "Days since" already counts days, and a date is a day; a window on
    // top would confuse.
    return field.windowed && field.type != FieldType::Days && field.type != FieldType::Date;
}

QList<QPair<QString, QString>> FieldChoices::origins()
{
    return {{QStringLiteral("walk-in"), tr("In person")},
            {QStringLiteral("online"), tr("Online")},
            {QStringLiteral("referral"), tr("Through a referral")},
            {QStringLiteral("imported"), tr("From an imported list")}};
}

} // namespace clientele
