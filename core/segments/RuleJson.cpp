#include "RuleJson.h"

#include "FieldCatalogue.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <cmath>

namespace clientele {

namespace {

struct Counter
{
    int conditions = 0;
    int groups = 0;
};

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

QString conditionPrefix(int n)
{
    return RuleJson::tr("condition %1: ").arg(n);
}

QString groupPrefix(int n)
{
    return RuleJson::tr("group %1: ").arg(n);
}

bool isWholeNumber(const QJsonValue &v, double lo, double hi)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= lo && d <= hi;
}

// A money amount in major units with at most two decimals.
bool isMoney(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::fabs(d) > 1e13)
        return false;
    const double cents = d * 100.0;
    return std::fabs(cents - std::round(cents)) < 1e-6;
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return u'"' + v.toString() + u'"';
    case QJsonValue::Array:
        return RuleJson::tr("a list");
    case QJsonValue::Object:
        return RuleJson::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return RuleJson::tr("nothing");
}

const QStringList kOrigins = {QStringLiteral("walk-in"), QStringLiteral("online"), QStringLiteral("referral"),
                              QStringLiteral("imported")};

// Checks one value against the field's type; `what` names it in messages.
QString checkScalar(const FieldInfo &f, const QJsonValue &v)
{
    switch (f.type) {
    case FieldType::Count:
    case FieldType::Days:
    case FieldType::Score:
        if (!isWholeNumber(v, f.minValue, f.maxValue))
            return RuleJson::tr("the value must be a whole number from %1 to %2 (got %3)")
                .arg(f.minValue)
                .arg(f.maxValue)
                .arg(describe(v));
        return {};
    case FieldType::Money:
        if (!isMoney(v))
            return RuleJson::tr("the value must be an amount like 150.00, with at most two decimals (got %1)")
                .arg(describe(v));
        return {};
    case FieldType::YesNo:
        if (!v.isBool())
            return RuleJson::tr("the value must be true or false (got %1)").arg(describe(v));
        return {};
    case FieldType::Origin:
        if (!v.isString() || !kOrigins.contains(v.toString()))
            return RuleJson::tr("the value must be one of walk-in, online, referral, imported (got %1)")
                .arg(describe(v));
        return {};
    case FieldType::Date:
        if (!FieldCatalogue::dateValue(v).isValid())
            return RuleJson::tr("the value must be a date like \"2024-03-14\" (got %1)").arg(describe(v));
        return {};
    case FieldType::Text:
    case FieldType::Tag:
    case FieldType::PurchaseText:
        if (!v.isString())
            return RuleJson::tr("the value must be a text (got %1)").arg(describe(v));
        if (v.toString().trimmed().isEmpty())
            return RuleJson::tr("the value must not be empty");
        return {};
    }
    return {};
}

QString checkCondition(const Rule &c)
{
    const std::optional<FieldInfo> f = FieldCatalogue::find(c.field);
    if (!f)
        return RuleJson::tr("field %1 is not known").arg(quoted(c.field));
    if (!f->ops.contains(c.op))
        return RuleJson::tr("field %1 does not allow the operator %2").arg(quoted(c.field), quoted(Rule::opKey(c.op)));
    if (c.windowDays != 0) {
        if (!f->windowed)
            return RuleJson::tr("field %1 does not take window_days").arg(quoted(c.field));
        if (c.windowDays < 1 || c.windowDays > FieldCatalogue::MaxWindowDays)
            return RuleJson::tr("window_days must be a whole number of days from 1 to %1")
                .arg(FieldCatalogue::MaxWindowDays);
    }
    switch (c.op) {
    case RuleOp::IsEmpty:
    case RuleOp::IsNotEmpty:
        if (!c.value.isUndefined() && !c.value.isNull())
            return RuleJson::tr("the operator %1 takes no value").arg(quoted(Rule::opKey(c.op)));
        return {};
    case RuleOp::Between: {
        const QJsonArray a = c.value.toArray();
        if (!c.value.isArray() || a.size() != 2)
            return RuleJson::tr("'between' needs a list of two values, like [2, 5] (got %1)").arg(describe(c.value));
        for (const QJsonValue &v : a)
            if (QString e = checkScalar(*f, v); !e.isEmpty())
                return e;
        const bool dates = f->type == FieldType::Date;
        if (dates ? FieldCatalogue::dateValue(a.at(0)) > FieldCatalogue::dateValue(a.at(1))
                  : a.at(0).toDouble() > a.at(1).toDouble())
            return RuleJson::tr("'between' needs the smaller value first (got %1 and %2)")
                .arg(describe(a.at(0)), describe(a.at(1)));
        return {};
    }
    case RuleOp::In:
    case RuleOp::NotIn: {
        const QJsonArray a = c.value.toArray();
        if (!c.value.isArray() || a.isEmpty())
            return RuleJson::tr("%1 needs a list of one or more values (got %2)")
                .arg(quoted(Rule::opKey(c.op)), describe(c.value));
        for (const QJsonValue &v : a)
            if (QString e = checkScalar(*f, v); !e.isEmpty())
                return e;
        return {};
    }
    default:
        if (c.value.isUndefined() || c.value.isNull())
            return RuleJson::tr("the operator %1 needs a value").arg(quoted(Rule::opKey(c.op)));
        return checkScalar(*f, c.value);
    }
}

QString validateNode(const Rule &r, Counter &n, int depth)
{
    if (!r.isGroup()) {
        ++n.conditions;
        if (QString e = checkCondition(r); !e.isEmpty())
            return conditionPrefix(n.conditions) + e;
        return {};
    }
    ++n.groups;
    if (depth > RuleJson::MaxDepth)
        return RuleJson::tr("the rule is nested too deeply (more than %1 levels)").arg(RuleJson::MaxDepth);
    for (const Rule &child : r.children)
        if (QString e = validateNode(child, n, depth + 1); !e.isEmpty())
            return e;
    return {};
}

std::optional<Rule> readNode(const QJsonValue &json, Counter &n, int depth, QString &error)
{
    if (!json.isObject()) {
        error = RuleJson::tr("expected a group or a condition (an object with “all”, “any” or “field”), got %1")
                    .arg(describe(json));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    const bool isAll = o.contains(QStringLiteral("all"));
    const bool isAny = o.contains(QStringLiteral("any"));
    if (isAll || isAny) {
        const int number = ++n.groups;
        if (depth > RuleJson::MaxDepth) {
            error = RuleJson::tr("the rule is nested too deeply (more than %1 levels)").arg(RuleJson::MaxDepth);
            return std::nullopt;
        }
        if (isAll && isAny) {
            error = groupPrefix(number) + RuleJson::tr("a group has either 'all' or 'any', not both");
            return std::nullopt;
        }
        const QString key = isAll ? QStringLiteral("all") : QStringLiteral("any");
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != key) {
                error = groupPrefix(number) + RuleJson::tr("unknown key %1").arg(quoted(it.key()));
                return std::nullopt;
            }
        if (!o.value(key).isArray()) {
            error = groupPrefix(number) + RuleJson::tr("%1 must be a list of conditions").arg(quoted(key));
            return std::nullopt;
        }
        Rule group = isAll ? Rule::all() : Rule::any();
        for (const QJsonValue &child : o.value(key).toArray()) {
            std::optional<Rule> r = readNode(child, n, depth + 1, error);
            if (!r)
                return std::nullopt;
            group.children << *r;
        }
        return group;
    }

    const int number = ++n.conditions;
    const QString prefix = conditionPrefix(number);
    static const QStringList known = {QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value"),
                                      QStringLiteral("window_days")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key())) {
            error = prefix + RuleJson::tr("unknown key %1").arg(quoted(it.key()));
            return std::nullopt;
        }
    if (!o.value(QStringLiteral("field")).isString()) {
        error = prefix + (o.contains(QStringLiteral("field")) ? RuleJson::tr("'field' must be a text")
                                                               : RuleJson::tr("'field' is missing"));
        return std::nullopt;
    }
    if (!o.value(QStringLiteral("op")).isString()) {
        error = prefix + (o.contains(QStringLiteral("op")) ? RuleJson::tr("'op' must be a text")
                                                            : RuleJson::tr("'op' is missing"));
        return std::nullopt;
    }
    const QString opText = o.value(QStringLiteral("op")).toString();
    const std::optional<RuleOp> op = Rule::opFromKey(opText);
    if (!op) {
        error = prefix + RuleJson::tr("operator %1 is not known").arg(quoted(opText));
        return std::nullopt;
    }
    int window = 0;
    if (o.contains(QStringLiteral("window_days"))) {
        const QJsonValue w = o.value(QStringLiteral("window_days"));
        if (!isWholeNumber(w, 1, FieldCatalogue::MaxWindowDays)) {
            error = prefix
                    + RuleJson::tr("window_days must be a whole number of days from 1 to %1 (got %2)")
                          .arg(FieldCatalogue::MaxWindowDays)
                          .arg(describe(w));
            return std::nullopt;
        }
        window = int(w.toDouble());
    }
    QJsonValue value = o.value(QStringLiteral("value"));
    if (value.isNull())
        value = QJsonValue(QJsonValue::Undefined);
    return Rule::condition(o.value(QStringLiteral("field")).toString(), *op, value, window);
}

} // namespace

std::optional<Rule> RuleJson::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("the rule is not valid JSON: %1 at character %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("the rule must be an object with “all”, “any” or “field”");
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

std::optional<Rule> RuleJson::fromJson(const QJsonValue &json, QString *error)
{
    Counter n;
    QString e;
    std::optional<Rule> rule = readNode(json, n, 1, e);
    if (rule)
        e = validate(*rule);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return rule;
}

QJsonObject RuleJson::toJson(const Rule &rule)
{
    QJsonObject o;
    if (rule.isGroup()) {
        QJsonArray children;
        for (const Rule &child : rule.children)
            children.append(toJson(child));
        o.insert(rule.kind == Rule::Kind::All ? QStringLiteral("all") : QStringLiteral("any"), children);
        return o;
    }
    o.insert(QStringLiteral("field"), rule.field);
    o.insert(QStringLiteral("op"), Rule::opKey(rule.op));
    if (!rule.value.isUndefined() && !rule.value.isNull())
        o.insert(QStringLiteral("value"), rule.value);
    if (rule.windowDays > 0)
        o.insert(QStringLiteral("window_days"), rule.windowDays);
    return o;
}

QByteArray RuleJson::write(const Rule &rule, bool compact)
{
    return QJsonDocument(toJson(rule)).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

QString RuleJson::validate(const Rule &rule)
{
    Counter n;
    return validateNode(rule, n, 1);
}

} // namespace clientele
