#pragma once

#include "segments/FieldCatalogue.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace clientele {

// The rule fields as the builder offers them: in plain words ("Number of
// visits", not visits.count), grouped the way an owner thinks (Purchases,
// Visits, Emails, Profile, Tags, Scores), with operator names that read
// well after the field ("Number of visits" "more than" 8).
class FieldChoices final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::FieldChoices)

public:
    struct Choice
    {
        QString key;
        QString label;
    };
    struct Group
    {
        QString title;
        QList<Choice> fields;
    };

    static QList<Group> groups();
    static QString label(const QString &fieldKey);

    // The operators the builder offers for a field, in a natural order.
    static QList<RuleOp> operators(const FieldInfo &field);
    static QString operatorLabel(const FieldInfo &field, RuleOp op);

    // What the value is, for the value editor.
    enum class ValueKind {
        None, Number, Money, NumberRange, MoneyRange, Text, TextList, Tag, TagList, Origin, OriginList, YesNo, Date,
        DateRange
    };
    static ValueKind valueKind(const FieldInfo &field, RuleOp op);
    // Whether the builder shows "in the last N days" for the field.
    static bool showsWindow(const FieldInfo &field);

    static QList<QPair<QString, QString>> origins(); // key, plain words
};

} // namespace clientele
