#pragma once

#include "DateParser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace clientele {

// Which column of a file goes into which Clientele field, and how its values
// are written (date order, decimal comma, what means "empty"). Guessed from
// the header names (English, German, French, Spanish and the exports of
// Shopify, Square, WooCommerce, Mailchimp and HubSpot), changed by the owner,
// and saved as JSON for named profiles and the CLI's --mapping.
//
// Columns are named by their header text; "#3" names the third column, for
// files without a header or with two columns of the same name.
class ColumnMapping final
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ColumnMapping)

public:
    enum class Kind { Customers, Purchases, Interactions };
    enum class DecimalMark { Auto, Point, Comma };

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    // The fields a file of this kind can fill, in the order a wizard shows them.
    static QStringList fields(Kind kind);
    // The field in plain words, for messages: "email address".
    static QString fieldLabel(const QString &field);

    ColumnMapping() = default;
    explicit ColumnMapping(Kind kind);

    // The best guess for `headers`; each field is given to one column at most.
    static ColumnMapping guess(Kind kind, const QStringList &headers);

    Kind kind() const { return m_kind; }
    // Column name (header text or "#n") -> field.
    const QMap<QString, QString> &columns() const { return m_columns; }
    void setColumn(const QString &column, const QString &field);
    bool hasField(const QString &field) const;

    // For each field: the index of its column in `headers`, or absent.
    QHash<QString, int> resolve(const QStringList &headers) const;

    DateParser::Order dateOrder = DateParser::Order::Auto;
    DecimalMark decimalMark = DecimalMark::Auto;
    QStringList nullWords = {QStringLiteral("NULL"), QStringLiteral("\\N")};
    QStringList tags; // added to everyone imported
    bool createCustomers = false; // purchases and interactions: make customers that are not found

    QJsonObject toJson() const;
    // Unknown fields are an error that names them.
    static std::optional<ColumnMapping> fromJson(const QJsonObject &json, QString *error);
    bool save(const QString &path, QString *error) const;
    static std::optional<ColumnMapping> load(const QString &path, QString *error);

    // "Email Address" -> "emailaddress": what header matching compares.
    static QString normalizedHeader(QStringView header);

private:
    Kind m_kind = Kind::Customers;
    QMap<QString, QString> m_columns;
};

} // namespace clientele
