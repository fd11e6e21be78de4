#include "ColumnMapping.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>
#include <QtCore/QSet>

namespace clientele {

namespace {

using Synonyms = QList<std::pair<const char *, const char *>>; // normalized header, field

// Customer fields: header names in en, de, fr, es and those of known exports
// (Shopify "Default Address ...", WooCommerce "billing_...", Mailchimp,
// HubSpot "Record ID", our own export). Compared after normalizedHeader().
const Synonyms &customerSynonyms()
{
    static const Synonyms s = {
        {"clienteleid", "customer_number"},
        {"firstname", "first_name"}, {"first", "first_name"}, {"givenname", "first_name"}, {"forename", "first_name"},
        {"vorname", "first_name"}, {"prenom", "first_name"}, {"nombre", "first_name"}, {"billingfirstname", "first_name"},
        {"contactfirstname", "first_name"}, {"shippingfirstname", "first_name"},
        {"lastname", "last_name"}, {"last", "last_name"}, {"surname", "last_name"}, {"familyname", "last_name"},
        {"nachname", "last_name"}, {"familienname", "last_name"}, {"nom", "last_name"}, {"nomdefamille", "last_name"},
        {"apellido", "last_name"}, {"apellidos", "last_name"}, {"billinglastname", "last_name"},
        {"shippinglastname", "last_name"},
        {"name", "full_name"}, {"fullname", "full_name"}, {"customername", "full_name"}, {"contactname", "full_name"},
        {"displayname", "full_name"}, {"kundenname", "full_name"}, {"nomcomplet", "full_name"},
        {"nombrecompleto", "full_name"}, {"customer", "full_name"}, {"kunde", "full_name"}, {"client", "full_name"},
        {"cliente", "full_name"},
        {"email", "email"}, {"emailaddress", "email"}, {"mail", "email"}, {"emailadresse", "email"},
        {"courriel", "email"}, {"adresseemail", "email"}, {"correo", "email"}, {"correoelectronico", "email"},
        {"billingemail", "email"}, {"useremail", "email"}, {"customeremail", "email"},
        {"phone", "phone"}, {"phonenumber", "phone"}, {"telephone", "phone"}, {"tel", "phone"}, {"telefon", "phone"},
        {"telefonnummer", "phone"}, {"telefono", "phone"}, {"mobile", "phone"}, {"mobilephone", "phone"},
        {"mobil", "phone"}, {"handy", "phone"}, {"cellphone", "phone"}, {"cell", "phone"}, {"portable", "phone"},
        {"movil", "phone"}, {"celular", "phone"}, {"billingphone", "phone"}, {"defaultaddressphone", "phone"},
        {"street", "street"}, {"address", "street"}, {"address1", "street"}, {"streetaddress", "street"},
        {"strasse", "street"}, {"adresse", "street"}, {"anschrift", "street"}, {"rue", "street"},
        {"direccion", "street"}, {"calle", "street"}, {"defaultaddressaddress1", "street"},
        {"billingaddress1", "street"}, {"addressline1", "street"},
        {"postalcode", "postal_code"}, {"zip", "postal_code"}, {"zipcode", "postal_code"}, {"postcode", "postal_code"},
        {"plz", "postal_code"}, {"postleitzahl", "postal_code"}, {"codepostal", "postal_code"}, {"cp", "postal_code"},
        {"codigopostal", "postal_code"}, {"defaultaddresszip", "postal_code"}, {"billingpostcode", "postal_code"},
        {"city", "city"}, {"town", "city"}, {"ort", "city"}, {"stadt", "city"}, {"wohnort", "city"}, {"ville", "city"},
        {"ciudad", "city"}, {"localidad", "city"}, {"poblacion", "city"}, {"defaultaddresscity", "city"},
        {"billingcity", "city"},
        {"country", "country"}, {"countrycode", "country"}, {"land", "country"}, {"pays", "country"},
        {"pais", "country"}, {"defaultaddresscountrycode", "country"}, {"billingcountry", "country"},
        {"cc", "country"},
        {"origin", "origin"}, {"source", "origin"}, {"herkunft", "origin"}, {"origine", "origin"}, {"origen", "origin"},
        {"acceptsemailmarketing", "consent_email"}, {"acceptsmarketing", "consent_email"},
        {"emailconsent", "consent_email"}, {"consentemail", "consent_email"}, {"newsletter", "consent_email"},
        {"emailoptin", "consent_email"}, {"optin", "consent_email"}, {"einwilligungemail", "consent_email"},
        {"acceptssmsmarketing", "consent_sms"}, {"smsconsent", "consent_sms"}, {"consentsms", "consent_sms"},
        {"smsoptin", "consent_sms"}, {"einwilligungsms", "consent_sms"},
        {"emailconsentgivenat", "consent_email_at"}, {"emailconsentat", "consent_email_at"},
        {"emailconsentdate", "consent_email_at"}, {"emailoptindate", "consent_email_at"},
        {"acceptsemailmarketingupdatedat", "consent_email_at"}, {"emailmarketingconsentupdatedat", "consent_email_at"},
        {"smsconsentgivenat", "consent_sms_at"}, {"smsconsentat", "consent_sms_at"}, {"smsconsentdate", "consent_sms_at"},
        {"smsoptindate", "consent_sms_at"}, {"smsmarketingconsentupdatedat", "consent_sms_at"},
        {"birthday", "birthday"}, {"birthdate", "birthday"}, {"dateofbirth", "birthday"}, {"dob", "birthday"},
        {"geburtstag", "birthday"}, {"geburtsdatum", "birthday"}, {"datedenaissance", "birthday"},
        {"anniversaire", "birthday"}, {"fechadenacimiento", "birthday"}, {"cumpleanos", "birthday"},
        {"notes", "notes"}, {"note", "notes"}, {"comment", "notes"}, {"comments", "notes"}, {"notiz", "notes"},
        {"notizen", "notes"}, {"bemerkung", "notes"}, {"bemerkungen", "notes"}, {"remarque", "notes"},
        {"remarques", "notes"}, {"commentaire", "notes"}, {"commentaires", "notes"}, {"nota", "notes"},
        {"notas", "notes"}, {"comentario", "notes"}, {"comentarios", "notes"},
        {"externalid", "external_id"}, {"customerid", "external_id"}, {"id", "external_id"},
        {"recordid", "external_id"}, {"userid", "external_id"}, {"contactid", "external_id"},
        {"customernumber", "external_id"}, {"customerno", "external_id"}, {"kundennummer", "external_id"},
        {"kundennr", "external_id"}, {"numeroclient", "external_id"}, {"numerodecliente", "external_id"},
        {"idcliente", "external_id"}, {"leid", "external_id"},
        {"tags", "tags"}, {"tag", "tags"}, {"labels", "tags"}, {"schlagworte", "tags"}, {"etiquettes", "tags"},
        {"etiquetas", "tags"},
        {"createdat", "created_at"}, {"created", "created_at"}, {"createdate", "created_at"},
        {"datecreated", "created_at"}, {"userregistered", "created_at"}, {"optintime", "created_at"},
        {"signupdate", "created_at"}, {"customersince", "created_at"}, {"erstelltam", "created_at"},
        {"kundeseit", "created_at"}, {"datedecreation", "created_at"}, {"fechadealta", "created_at"},
    };
    return s;
}

// Purchases and interactions: who (customer_*), when, and what.
const Synonyms &eventSynonyms(ColumnMapping::Kind kind)
{
    static const Synonyms common = {
        {"clienteleid", "customer_number"},
        {"email", "customer_email"}, {"emailaddress", "customer_email"}, {"customeremail", "customer_email"},
        {"billingemail", "customer_email"}, {"mail", "customer_email"}, {"courriel", "customer_email"},
        {"correo", "customer_email"}, {"correoelectronico", "customer_email"},
        {"customerid", "customer_external_id"}, {"customer", "customer_external_id"},
        {"customernumber", "customer_external_id"}, {"customerno", "customer_external_id"},
        {"clientid", "customer_external_id"}, {"userid", "customer_external_id"},
        {"kundennummer", "customer_external_id"}, {"kundennr", "customer_external_id"},
        {"numeroclient", "customer_external_id"}, {"idcliente", "customer_external_id"},
        {"recordid", "customer_external_id"}, {"externalid", "customer_external_id"},
        {"firstname", "customer_first_name"}, {"vorname", "customer_first_name"}, {"prenom", "customer_first_name"},
        {"billingfirstname", "customer_first_name"},
        {"lastname", "customer_last_name"}, {"nachname", "customer_last_name"}, {"nom", "customer_last_name"},
        {"apellido", "customer_last_name"}, {"billinglastname", "customer_last_name"},
        {"name", "customer_name"}, {"customername", "customer_name"}, {"kundenname", "customer_name"},
        {"country", "customer_country"}, {"land", "customer_country"}, {"pays", "customer_country"},
        {"pais", "customer_country"}, {"billingcountry", "customer_country"},
        {"date", "time"}, {"time", "time"}, {"datetime", "time"}, {"timestamp", "time"}, {"invoicedate", "time"},
        {"orderdate", "time"}, {"purchasedate", "time"}, {"createdat", "time"}, {"datum", "time"},
        {"zeitpunkt", "time"}, {"fecha", "time"}, {"heure", "time"}, {"dateachat", "time"}, {"kaufdatum", "time"},
        {"eventdate", "time"}, {"when", "time"},
        {"location", "location"}, {"store", "location"}, {"shop", "location"}, {"branch", "location"},
        {"filiale", "location"}, {"geschaft", "location"}, {"magasin", "location"}, {"boutique", "location"},
        {"tienda", "location"}, {"sucursal", "location"},
    };
    static const Synonyms purchases = [] {
        Synonyms s = common;
        s += Synonyms{
            {"amount", "amount"}, {"total", "amount"}, {"ordertotal", "amount"}, {"totalprice", "amount"},
            {"linetotal", "amount"}, {"betrag", "amount"}, {"gesamt", "amount"}, {"summe", "amount"},
            {"montant", "amount"}, {"importe", "amount"}, {"monto", "amount"}, {"revenue", "amount"},
            {"value", "amount"}, {"sum", "amount"},
            {"quantity", "quantity"}, {"qty", "quantity"}, {"menge", "quantity"}, {"anzahl", "quantity"},
            {"quantite", "quantity"}, {"cantidad", "quantity"},
            {"unitprice", "unit_price"}, {"price", "unit_price"}, {"preis", "unit_price"},
            {"einzelpreis", "unit_price"}, {"prix", "unit_price"}, {"prixunitaire", "unit_price"},
            {"precio", "unit_price"}, {"preciounitario", "unit_price"},
            {"channel", "channel"}, {"kanal", "channel"}, {"canal", "channel"}, {"saleschannel", "channel"},
            {"category", "category"}, {"kategorie", "category"}, {"categorie", "category"},
            {"categoria", "category"}, {"productcategory", "category"}, {"warengruppe", "category"},
        };
        return s;
    }();
    static const Synonyms interactions = [] {
        Synonyms s = common;
        s += Synonyms{
            {"kind", "kind"}, {"type", "kind"}, {"event", "kind"}, {"eventtype", "kind"}, {"action", "kind"},
            {"art", "kind"}, {"typ", "kind"}, {"tipo", "kind"}, {"evenement", "kind"},
            {"detail", "detail"}, {"details", "detail"}, {"description", "detail"}, {"note", "detail"},
            {"notes", "detail"}, {"subject", "detail"}, {"beschreibung", "detail"}, {"betreff", "detail"},
            {"sujet", "detail"}, {"asunto", "detail"}, {"descripcion", "detail"}, {"campaign", "detail"},
        };
        return s;
    }();
    return kind == ColumnMapping::Kind::Purchases ? purchases : interactions;
}

} // namespace

QString ColumnMapping::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Customers:
        return QStringLiteral("customers");
    case Kind::Purchases:
        return QStringLiteral("purchases");
    case Kind::Interactions:
        return QStringLiteral("interactions");
    }
    return QString();
}

std::optional<ColumnMapping::Kind> ColumnMapping::kindFromName(QStringView name)
{
    if (name == u"customers")
        return Kind::Customers;
    if (name == u"purchases")
        return Kind::Purchases;
    if (name == u"interactions")
        return Kind::Interactions;
    return std::nullopt;
}

QStringList ColumnMapping::fields(Kind kind)
{
    switch (kind) {
    case Kind::Customers:
        return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("full_name"),
                QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("street"),
                QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("country"),
                QStringLiteral("origin"), QStringLiteral("consent_email"), QStringLiteral("consent_sms"),
                QStringLiteral("consent_email_at"), QStringLiteral("consent_sms_at"), QStringLiteral("birthday"), QStringLiteral("notes"), QStringLiteral("external_id"),
                QStringLiteral("customer_number"), QStringLiteral("tags"), QStringLiteral("created_at")};
    case Kind::Purchases:
        return {QStringLiteral("customer_email"), QStringLiteral("customer_external_id"),
                QStringLiteral("customer_number"), QStringLiteral("customer_first_name"),
                QStringLiteral("customer_last_name"), QStringLiteral("customer_name"),
                QStringLiteral("customer_country"), QStringLiteral("time"), QStringLiteral("amount"),
                QStringLiteral("quantity"), QStringLiteral("unit_price"), QStringLiteral("channel"),
                QStringLiteral("category"), QStringLiteral("location")};
    case Kind::Interactions:
        return {QStringLiteral("customer_email"), QStringLiteral("customer_external_id"),
                QStringLiteral("customer_number"), QStringLiteral("customer_first_name"),
                QStringLiteral("customer_last_name"), QStringLiteral("customer_name"),
                QStringLiteral("customer_country"), QStringLiteral("time"), QStringLiteral("kind"),
                QStringLiteral("detail"), QStringLiteral("location")};
    }
    return {};
}

QString ColumnMapping::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("first_name"), QT_TR_NOOP("first name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("last name")},
        {QStringLiteral("full_name"), QT_TR_NOOP("name")},
        {QStringLiteral("email"), QT_TR_NOOP("email address")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone number")},
        {QStringLiteral("street"), QT_TR_NOOP("street")},
        {QStringLiteral("postal_code"), QT_TR_NOOP("postal code")},
        {QStringLiteral("city"), QT_TR_NOOP("city")},
        {QStringLiteral("country"), QT_TR_NOOP("country")},
        {QStringLiteral("origin"), QT_TR_NOOP("how they came to the shop")},
        {QStringLiteral("consent_email"), QT_TR_NOOP("consent to emails")},
        {QStringLiteral("consent_sms"), QT_TR_NOOP("consent to text messages")},
        {QStringLiteral("consent_email_at"), QT_TR_NOOP("when they agreed to emails")},
        {QStringLiteral("consent_sms_at"), QT_TR_NOOP("when they agreed to text messages")},
        {QStringLiteral("birthday"), QT_TR_NOOP("birthday")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("external_id"), QT_TR_NOOP("customer ID in the other program")},
        {QStringLiteral("customer_number"), QT_TR_NOOP("Clientele customer number")},
        {QStringLiteral("tags"), QT_TR_NOOP("tags")},
        {QStringLiteral("created_at"), QT_TR_NOOP("customer since")},
        {QStringLiteral("customer_email"), QT_TR_NOOP("customer's email address")},
        {QStringLiteral("customer_external_id"), QT_TR_NOOP("customer ID in the other program")},
        {QStringLiteral("customer_first_name"), QT_TR_NOOP("customer's first name")},
        {QStringLiteral("customer_last_name"), QT_TR_NOOP("customer's last name")},
        {QStringLiteral("customer_name"), QT_TR_NOOP("customer's name")},
        {QStringLiteral("customer_country"), QT_TR_NOOP("customer's country")},
        {QStringLiteral("time"), QT_TR_NOOP("date")},
        {QStringLiteral("amount"), QT_TR_NOOP("amount")},
        {QStringLiteral("quantity"), QT_TR_NOOP("quantity")},
        {QStringLiteral("unit_price"), QT_TR_NOOP("unit price")},
        {QStringLiteral("channel"), QT_TR_NOOP("channel")},
        {QStringLiteral("category"), QT_TR_NOOP("category")},
        {QStringLiteral("location"), QT_TR_NOOP("store")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind of contact")},
        {QStringLiteral("detail"), QT_TR_NOOP("details")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

ColumnMapping::ColumnMapping(Kind kind)
    : m_kind(kind)
{
}

QString ColumnMapping::normalizedHeader(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c == u'ß')
            out += QStringLiteral("ss");
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

ColumnMapping ColumnMapping::guess(Kind kind, const QStringList &headers)
{
    const Synonyms &synonyms = kind == Kind::Customers ? customerSynonyms() : eventSynonyms(kind);
    QHash<QString, QString> table;
    for (const auto &[header, field] : synonyms)
        table.insert(QString::fromLatin1(header), QString::fromLatin1(field));
    ColumnMapping mapping(kind);
    QSet<QString> taken;
    QSet<QString> seenHeaders;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QString key = normalizedHeader(headers[i]);
        // "Fecha de nacimiento (customer.metafields.facts.birth_date)": Shopify metafields.
        if (const qsizetype paren = headers[i].indexOf(u'('); paren > 0 && !table.contains(key))
            key = normalizedHeader(QStringView(headers[i]).left(paren));
        const QString field = table.value(key);
        if (field.isEmpty() || taken.contains(field))
            continue;
        // A header seen before is named by its position, so each column stays distinct.
        const QString column = seenHeaders.contains(headers[i]) ? u'#' + QString::number(i + 1) : headers[i];
        seenHeaders.insert(headers[i]);
        mapping.m_columns.insert(column, field);
        taken.insert(field);
    }
    return mapping;
}

void ColumnMapping::setColumn(const QString &column, const QString &field)
{
    if (field.isEmpty())
        m_columns.remove(column);
    else
        m_columns.insert(column, field);
}

bool ColumnMapping::hasField(const QString &field) const
{
    for (const QString &f : m_columns)
        if (f == field)
            return true;
    return false;
}

QHash<QString, int> ColumnMapping::resolve(const QStringList &headers) const
{
    QHash<QString, int> result;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        int index = -1;
        if (it.key().startsWith(u'#')) {
            bool ok = false;
            index = it.key().mid(1).toInt(&ok) - 1;
            if (!ok || index >= headers.size())
                index = -1;
        }
        if (index < 0)
            index = int(headers.indexOf(it.key()));
        if (index < 0) // the same name with other spaces or case
            for (qsizetype i = 0; i < headers.size() && index < 0; ++i)
                if (headers[i].trimmed().compare(it.key().trimmed(), Qt::CaseInsensitive) == 0)
                    index = int(i);
        if (index >= 0 && !result.contains(it.value()))
            result.insert(it.value(), index);
    }
    return result;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        columns.insert(it.key(), it.value());
    QJsonObject json{
        {QStringLiteral("kind"), kindName(m_kind)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("date_format"), DateParser::orderName(dateOrder)},
        {QStringLiteral("decimal_mark"), decimalMark == DecimalMark::Comma   ? QStringLiteral("comma")
                                         : decimalMark == DecimalMark::Point ? QStringLiteral("point")
                                                                             : QStringLiteral("auto")},
        {QStringLiteral("null_values"), QJsonArray::fromStringList(nullWords)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
    };
    if (m_kind != Kind::Customers)
        json.insert(QStringLiteral("create_customers"), createCustomers);
    return json;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<ColumnMapping> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto kind = kindFromName(json.value(QStringLiteral("kind")).toString(QStringLiteral("customers")));
    if (!kind)
        return fail(tr("The mapping is for “%1”; it must be for customers, purchases or interactions.")
                        .arg(json.value(QStringLiteral("kind")).toString()));
    ColumnMapping m(*kind);
    const QStringList known = fields(*kind);
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString field = it.value().toString();
        if (field.isEmpty())
            continue;
        if (!known.contains(field))
            return fail(tr("The mapping puts column “%1” into “%2”, which is not a field of %3. Fields: %4.")
                            .arg(it.key(), field, kindName(*kind), known.join(QStringLiteral(", "))));
        m.m_columns.insert(it.key(), field);
    }
    const auto order = DateParser::orderFromName(json.value(QStringLiteral("date_format")).toString(QStringLiteral("auto")));
    if (!order)
        return fail(tr("The mapping's date format “%1” is not one of auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, "
                       "MM/DD/YYYY.")
                        .arg(json.value(QStringLiteral("date_format")).toString()));
    m.dateOrder = *order;
    const QString mark = json.value(QStringLiteral("decimal_mark")).toString(QStringLiteral("auto"));
    m.decimalMark = mark == u"comma" ? DecimalMark::Comma : mark == u"point" ? DecimalMark::Point : DecimalMark::Auto;
    if (json.contains(QStringLiteral("null_values"))) {
        m.nullWords.clear();
        for (const QJsonValue &v : json.value(QStringLiteral("null_values")).toArray())
            m.nullWords << v.toString();
    }
    for (const QJsonValue &v : json.value(QStringLiteral("tags")).toArray())
        if (!v.toString().trimmed().isEmpty())
            m.tags << v.toString().trimmed();
    m.createCustomers = json.value(QStringLiteral("create_customers")).toBool(false);
    return m;
}

bool ColumnMapping::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<ColumnMapping> ColumnMapping::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Clientele cannot read the mapping “%1”: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("The mapping “%1” is not valid JSON: %2.").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace clientele
