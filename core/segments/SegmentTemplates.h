#pragma once

#include "model/Segment.h"

#include "Rule.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QMap>

#include <optional>

namespace clientele {

// A threshold the owner can change ("more than 8 visits").
struct TemplateParameter
{
    QString key;   // "regular_visits"
    QString label; // "Visits a month to count as a regular"
    int value = 0;
    int minimum = 0;
    int maximum = 0;
};

struct SegmentTemplate
{
    QString key; // "cafe/regulars"
    QString name;
    QString description;
    QString nextStep;
    QString color;
    Rule rule; // built from the set's parameters

    // The segment this template makes, named `name` (the template's own
    // name when empty), ready for SegmentStore::add.
    Segment toSegment(const QString &name = QString()) const;
};

// A ready-made set of three to five segments for one kind of business, in
// priority order, with its thresholds.
struct TemplateSet
{
    QString key; // "cafe", "retail", "salon", "online", "crypto_atm", "finance", "rfm"
    QString name;
    QString description;
    QList<TemplateParameter> parameters;
    QList<SegmentTemplate> segments;
};

// The segment templates: one set per kind of business (the keys of
// SettingsStore::businessKind) plus the standard RFM groups. Names and
// descriptions are translated; thresholds are parameters, so "Regulars:
// more than 8 visits in the last month" can become 6 visits without
// editing a rule.
class SegmentTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::SegmentTemplates)

public:
    static QStringList keys();
    // The set with its default thresholds, or with `parameters` changed.
    static std::optional<TemplateSet> set(const QString &key, const QMap<QString, int> &parameters = {});
    static QList<TemplateSet> sets();
    // By key ("cafe/regulars") or by name ("Regulars", any case; first set wins).
    static std::optional<SegmentTemplate> find(const QString &keyOrName);
};

} // namespace clientele
