#include "Importer.h"

#include "CellValue.h"
#include "CsvWriter.h"
#include "model/Customer.h"
#include "model/Interaction.h"
#include "model/Money.h"
#include "storage/ChangeNotifier.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SqliteBatchInsert.h"
#include "storage/SqliteStatement.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QThread>

#include <sqlite3.h>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcImport, "clientele.import", QtWarningMsg)

namespace clientele {

namespace {

std::string utf8(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), size_t(b.size()));
}

// One customer's fields as the importer handles them.
struct CustomerFields
{
    QString firstName, lastName, email, emailNorm, phone, phoneNorm, street, postalCode, city, country, origin;
    QString birthday, notes, externalId;
    std::optional<bool> consentEmail, consentSms;
    qint64 consentEmailAt = 0, consentSmsAt = 0;
    qint64 createdAt = 0;
};

std::optional<InteractionKind> interactionKind(QStringView text)
{
    if (auto k = interactionKindFromKey(text))
        return k;
    const QString t = ColumnMapping::normalizedHeader(text);
    if (t == u"visit" || t == u"besuch" || t == u"visite" || t == u"visita" || t == u"checkin")
        return InteractionKind::Visit;
    if (t == u"emailopen" || t == u"open" || t == u"opened")
        return InteractionKind::EmailOpen;
    if (t == u"emailclick" || t == u"click" || t == u"clicked")
        return InteractionKind::EmailClick;
    if (t == u"cartabandoned" || t == u"abandonedcart" || t == u"abandonedcheckout")
        return InteractionKind::CartAbandoned;
    if (t == u"supportticket" || t == u"ticket" || t == u"support")
        return InteractionKind::SupportTicket;
    if (t == u"note" || t == u"notiz" || t == u"nota")
        return InteractionKind::Note;
    return std::nullopt;
}

// Half away from zero, as Money::parse rounds.
qint64 roundDiv(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

// The import itself: one object per run, so the many small steps share state.
class Run
{
    using Kind = ColumnMapping::Kind;

public:
    Run(Database &db, const QString &path, const Importer::Options &options)
        : m_db(db)
        , m_h(db.handle())
        , m_path(path)
        , m_options(options)
        , m_kind(options.kind)
        , m_now(QDateTime::currentSecsSinceEpoch())
    {
    }

    Importer::Result run();

private:
    using Result = Importer::Result;

    Result badInput(const QString &message)
    {
        m_result.status = Result::Status::BadInput;
        m_result.error = message;
        return m_result;
    }
    Result databaseProblem(const QString &message)
    {
        SqliteStatement::exec(m_h, QStringLiteral("ROLLBACK"));
        m_result.status = Result::Status::DatabaseProblem;
        m_result.error = Importer::tr("The import was undone because the database reported a problem: %1").arg(message);
        m_result.batchId = 0;
        return m_result;
    }

    QString fileName() const { return QDir::toNativeSeparators(m_path); }
    QString column(const QString &field) const
    {
        const int i = m_columns.value(field, -1);
        return i >= 0 ? m_headers.value(i) : field;
    }
    // The column of a field. Field names are string literals, so their data
    // pointer identifies them: a short linear search instead of hashing a
    // string for every cell of every row (which showed in profiles).
    int columnIndex(const QString &field) const
    {
        // Only literals (no allocated header) are cached; other strings may
        // come and go at the same address.
        const bool literal = const_cast<QString &>(field).data_ptr().d_ptr() == nullptr;
        if (literal)
            for (const auto &[key, index] : m_columnCache)
                if (key == field.constData())
                    return index;
        const int index = m_columns.value(field, -1);
        if (literal)
            m_columnCache.emplace_back(field.constData(), index);
        return index;
    }
    QString cell(const QStringList &fields, const QString &field) const
    {
        const int i = columnIndex(field);
        if (i < 0 || i >= fields.size())
            return QString();
        return CellValue::clean(fields[i], m_mapping.nullWords);
    }
    QString trimmedCell(const QStringList &fields, const QString &field) const
    {
        return cell(fields, field).trimmed();
    }

    bool prepare(QString *error);
    void guessFormats();
    bool checkMapping(QString *error) const;
    bool reject(const CsvReader::Record &record, const QString &reason);
    bool processRow(const CsvReader::Record &record, QString *dbError);
    bool processCustomer(const CsvReader::Record &record, QString *dbError);
    bool processEvent(const CsvReader::Record &record, QString *dbError);
    std::optional<qint64> tagId(const QString &name, QString *error);
    std::optional<qint64> locationId(const QString &name, QString *error);
    bool flushAll(QString *error);
    bool deferIndexes(QString *error);
    bool loadCustomerKeys(QString *error);
    std::optional<qint64> insertCustomer(const CustomerFields &c, qint64 id, QString *error);
    void remember(qint64 id, const CustomerFields &c);

    Database &m_db;
    sqlite3 *m_h;
    QString m_path;
    const Importer::Options &m_options;
    Kind m_kind;
    qint64 m_now;
    Result m_result;
    ColumnMapping m_mapping;
    QStringList m_headers;
    QHash<QString, int> m_columns;
    mutable std::vector<std::pair<const QChar *, int>> m_columnCache;
    bool m_decimalComma = false;
    DateParser m_dates;

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvReader> m_reader;
    QList<CsvReader::Record> m_pending; // rows read ahead for guessing formats
    std::unique_ptr<QFile> m_rejectsFile;
    std::unique_ptr<CsvWriter> m_rejects;

    QHash<QString, qint64> m_byEmail, m_byPhone, m_byExternalId;
    qint64 m_firstNewId = 0;
    qint64 m_nextId = 0;
    QHash<QString, qint64> m_tagIds, m_locationIds;
    QList<qint64> m_tagsForEveryone;
    QStringList m_recreate;

    std::unique_ptr<SqliteBatchInsert> m_customers;
    std::unique_ptr<SqliteBatchInsert> m_customerTags;
    std::unique_ptr<SqliteBatchInsert> m_purchases;
    std::unique_ptr<SqliteBatchInsert> m_interactions;
    std::unique_ptr<SqliteStatement> m_tagExisting;
    std::unique_ptr<SqliteStatement> m_selectCustomer;
    std::unique_ptr<SqliteStatement> m_updateCustomer;
    std::unique_ptr<SqliteStatement> m_customerExists;
};

bool Run::prepare(QString *error)
{
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        *error = Importer::tr("Clientele cannot read “%1”: %2.").arg(fileName(), m_file->errorString());
        return false;
    }
    m_reader = std::make_unique<CsvReader>(m_file.get(), m_options.csv);
    if (!m_reader->open()) {
        *error = Importer::tr("Clientele cannot read “%1”: %2.").arg(fileName(), m_reader->errorString());
        return false;
    }
    m_result.encoding = m_reader->encoding();
    m_result.delimiter = m_reader->delimiter();

    CsvReader::Record first;
    if (!m_reader->readRecord(first)) {
        *error = m_reader->errorString().isEmpty()
                     ? Importer::tr("“%1” is empty: there is nothing to import.").arg(fileName())
                     : Importer::tr("Clientele cannot read “%1”: %2.").arg(fileName(), m_reader->errorString());
        return false;
    }
    // Read ahead: the header decision and the date and number formats are
    // guessed from the first rows.
    CsvReader::Record r;
    while (m_pending.size() < 1000 && m_reader->readRecord(r))
        m_pending << r;
    QList<QStringList> following;
    for (qsizetype i = 0; i < m_pending.size() && i < 20; ++i)
        following << m_pending[i].fields;
    const ColumnMapping guessed = ColumnMapping::guess(m_kind, first.fields);
    // Known column names decide at once; otherwise the look of the rows.
    m_result.hasHeader = !guessed.columns().isEmpty() || m_options.mapping
                         || CsvReader::looksLikeHeader(first.fields, following);
    if (m_result.hasHeader) {
        m_headers = first.fields;
    } else {
        for (qsizetype i = 0; i < first.fields.size(); ++i)
            m_headers << u'#' + QString::number(i + 1);
        m_pending.prepend(first);
    }
    m_mapping = m_options.mapping ? *m_options.mapping : guessed;
    if (m_options.dateOrder)
        m_mapping.dateOrder = *m_options.dateOrder;
    if (m_options.createCustomers)
        m_mapping.createCustomers = *m_options.createCustomers;
    for (const QString &t : m_options.tags)
        if (!t.trimmed().isEmpty() && !m_mapping.tags.contains(t.trimmed(), Qt::CaseInsensitive))
            m_mapping.tags << t.trimmed();
    m_columns = m_mapping.resolve(m_headers);
    if (!checkMapping(error))
        return false;
    guessFormats();
    m_result.mapping = m_mapping;
    return true;
}

bool Run::checkMapping(QString *error) const
{
    auto has = [&](const char *field) { return m_columns.contains(QString::fromLatin1(field)); };
    const QString hint = Importer::tr("Choose the columns with a mapping file (--mapping), or rename the columns "
                                      "in the file's first line.");
    // A column named in the mapping but missing from the file is a mistake worth stopping for.
    for (auto it = m_mapping.columns().cbegin(); it != m_mapping.columns().cend(); ++it)
        if (!m_columns.contains(it.value()) && m_options.mapping) {
            *error = Importer::tr("“%1” has no column “%2” (for %3).")
                         .arg(fileName(), it.key(), ColumnMapping::fieldLabel(it.value()));
            return false;
        }
    if (m_kind == Kind::Customers) {
        if (!has("first_name") && !has("last_name") && !has("full_name") && !has("email") && !has("phone")
            && !has("external_id")) {
            *error = Importer::tr("Clientele found no column for names, email addresses, phone numbers or customer "
                                  "IDs in “%1”. %2")
                         .arg(fileName(), hint);
            return false;
        }
        return true;
    }
    if (!has("customer_email") && !has("customer_external_id") && !has("customer_number")) {
        *error = Importer::tr("Clientele found no column that says who the customer is (email address or customer "
                              "ID) in “%1”. %2")
                     .arg(fileName(), hint);
        return false;
    }
    if (!has("time")) {
        *error = Importer::tr("Clientele found no date column in “%1”. %2").arg(fileName(), hint);
        return false;
    }
    if (m_kind == Kind::Purchases && !has("amount") && !(has("quantity") && has("unit_price"))) {
        *error = Importer::tr("Clientele found no amount column (or quantity and unit price) in “%1”. %2")
                     .arg(fileName(), hint);
        return false;
    }
    if (m_kind == Kind::Interactions && !has("kind")) {
        *error = Importer::tr("Clientele found no column that says what kind of contact each row is in “%1”. %2")
                     .arg(fileName(), hint);
        return false;
    }
    return true;
}

void Run::guessFormats()
{
    QStringList dates;
    int commas = 0;
    int points = 0;
    for (const CsvReader::Record &r : std::as_const(m_pending)) {
        for (const char *f : {"birthday", "created_at", "time"}) {
            const QString v = trimmedCell(r.fields, QString::fromLatin1(f));
            if (!v.isEmpty())
                dates << v;
        }
        for (const char *f : {"amount", "unit_price", "quantity"}) {
            const auto mark = CellValue::decimalMarkOf(trimmedCell(r.fields, QString::fromLatin1(f)));
            commas += mark == CellValue::DecimalMark::Comma ? 1 : 0;
            points += mark == CellValue::DecimalMark::Point ? 1 : 0;
        }
    }
    switch (m_mapping.decimalMark) {
    case ColumnMapping::DecimalMark::Comma:
        m_decimalComma = true;
        break;
    case ColumnMapping::DecimalMark::Point:
        m_decimalComma = false;
        break;
    case ColumnMapping::DecimalMark::Auto:
        m_decimalComma = commas > points || (commas == points && m_reader->delimiter() == u';' && commas > 0);
        m_mapping.decimalMark = m_decimalComma ? ColumnMapping::DecimalMark::Comma : ColumnMapping::DecimalMark::Point;
        break;
    }
    if (m_mapping.dateOrder == DateParser::Order::Auto)
        m_mapping.dateOrder = DateParser::guess(dates);
    m_dates = DateParser(m_mapping.dateOrder);
}

bool Run::reject(const CsvReader::Record &record, const QString &reason)
{
    ++m_result.rejected;
    if (m_result.firstProblems.size() < Importer::MaxProblemsKept)
        m_result.firstProblems << Importer::tr("line %1: %2").arg(record.line).arg(reason);
    if (!m_rejects) {
        const QString path = m_options.rejectsPath.isEmpty()
                                 ? QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName()
                                                                    + QStringLiteral(".rejects.csv"))
                                 : m_options.rejectsPath;
        m_rejectsFile = std::make_unique<QFile>(path);
        if (!m_rejectsFile->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_result.error = Importer::tr("Clientele cannot write the rejected rows to “%1”: %2.")
                                 .arg(QDir::toNativeSeparators(path), m_rejectsFile->errorString());
            return false;
        }
        CsvWriter::Options o;
        o.delimiter = m_reader->delimiter();
        o.neutralizeFormulas = false; // the rows go back exactly as they came
        m_rejects = std::make_unique<CsvWriter>(m_rejectsFile.get(), o);
        m_result.rejectsFile = QFileInfo(path).absoluteFilePath();
        QStringList header{QStringLiteral("line"), QStringLiteral("reason")};
        if (m_result.hasHeader)
            header += m_headers;
        m_rejects->writeRecord(header);
    }
    QStringList row{QString::number(record.line), reason};
    row += record.fields;
    if (!m_rejects->writeRecord(row)) {
        m_result.error = Importer::tr("Clientele cannot write the rejected rows to “%1”: %2.")
                             .arg(QDir::toNativeSeparators(m_result.rejectsFile), m_rejects->errorString());
        return false;
    }
    return true;
}

std::optional<qint64> Run::tagId(const QString &name, QString *error)
{
    const QString key = name.toCaseFolded();
    if (auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd())
        return it.value();
    SqliteStatement insert(m_h, "INSERT OR IGNORE INTO tags (name) VALUES (?)");
    insert.bind(1, name);
    SqliteStatement find(m_h, "SELECT id FROM tags WHERE name = ?");
    find.bind(1, name);
    if (!insert.step() || !find.next()) {
        *error = insert.error();
        return std::nullopt;
    }
    const qint64 id = find.columnInt64(0);
    m_tagIds.insert(key, id);
    return id;
}

std::optional<qint64> Run::locationId(const QString &name, QString *error)
{
    const QString key = name.toCaseFolded();
    if (auto it = m_locationIds.constFind(key); it != m_locationIds.constEnd())
        return it.value();
    SqliteStatement insert(m_h, "INSERT OR IGNORE INTO locations (name) VALUES (?)");
    insert.bind(1, name);
    SqliteStatement find(m_h, "SELECT id FROM locations WHERE name = ?");
    find.bind(1, name);
    if (!insert.step() || !find.next()) {
        *error = insert.error();
        return std::nullopt;
    }
    const qint64 id = find.columnInt64(0);
    m_locationIds.insert(key, id);
    return id;
}

bool Run::flushAll(QString *error)
{
    for (SqliteBatchInsert *b : {m_customers.get(), m_customerTags.get(), m_purchases.get(), m_interactions.get()})
        if (b && !b->flush()) {
            *error = b->error();
            return false;
        }
    return true;
}

// When the file brings more rows than the table holds, maintaining its
// indexes row by row costs more than building them once at the end (as the
// demo shop does). Inside the transaction: a failure or kill undoes this too.
bool Run::deferIndexes(QString *error)
{
    const char *table = m_kind == Kind::Customers ? "customers" : m_kind == Kind::Purchases ? "purchases" : "interactions";
    qint64 existing = 0;
    {
        SqliteStatement count(m_h, std::string("SELECT count(*) FROM ") + table);
        if (count.next())
            existing = count.columnInt64(0);
    }
    const qint64 estimatedRows = m_file->size() / 64;
    if (estimatedRows < 20000 || estimatedRows < existing)
        return true;
    SqliteStatement deferred(m_h,
                             "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                             "((type = 'index' AND tbl_name = ?1 AND name NOT LIKE '%batch%') OR "
                             "(type = 'trigger' AND name = 'customers_fts_insert' AND ?1 = 'customers'))");
    deferred.bindText(1, table);
    QStringList drops;
    while (deferred.next()) {
        drops << QStringLiteral("DROP %1 %2").arg(deferred.columnText(0).toUpper(), deferred.columnText(1));
        m_recreate << deferred.columnText(2);
    }
    deferred.reset();
    for (const QString &drop : std::as_const(drops))
        if (!SqliteStatement::exec(m_h, drop, error))
            return false;
    if (m_kind == Kind::Customers)
        m_recreate << QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('rebuild')");
    return true;
}

bool Run::loadCustomerKeys(QString *error)
{
    SqliteStatement keys(m_h, "SELECT id, email_norm, phone_norm, external_id FROM customers WHERE erased = 0");
    if (!keys.isValid()) {
        *error = keys.error();
        return false;
    }
    while (keys.next()) {
        const qint64 id = keys.columnInt64(0);
        const QString email = keys.columnText(1);
        const QString phone = keys.columnText(2);
        const QString external = keys.columnText(3);
        if (!email.isEmpty())
            m_byEmail.insert(email, id);
        if (!phone.isEmpty())
            m_byPhone.insert(phone, id);
        if (!external.isEmpty())
            m_byExternalId.insert(external, id);
    }
    SqliteStatement maxId(m_h, "SELECT coalesce(max(id), 0) FROM customers");
    if (!maxId.next()) {
        *error = maxId.error();
        return false;
    }
    m_firstNewId = m_nextId = maxId.columnInt64(0) + 1;
    return true;
}

void Run::remember(qint64 id, const CustomerFields &c)
{
    if (!c.emailNorm.isEmpty())
        m_byEmail.insert(c.emailNorm, id);
    if (!c.phoneNorm.isEmpty())
        m_byPhone.insert(c.phoneNorm, id);
    if (!c.externalId.isEmpty())
        m_byExternalId.insert(c.externalId, id);
}

std::optional<qint64> Run::insertCustomer(const CustomerFields &c, qint64 id, QString *error)
{
    SqliteBatchInsert &b = *m_customers;
    b.set(0, id);
    b.set(1, utf8(c.firstName));
    b.set(2, utf8(c.lastName));
    b.set(3, utf8(c.email));
    b.set(4, utf8(c.emailNorm));
    b.set(5, utf8(c.phone));
    b.set(6, utf8(c.phoneNorm));
    b.set(7, utf8(c.street));
    b.set(8, utf8(c.postalCode));
    b.set(9, utf8(c.city));
    b.set(10, utf8(c.country));
    b.set(11, utf8(c.origin.isEmpty() ? QStringLiteral("imported") : c.origin));
    const qint64 created = c.createdAt > 0 ? c.createdAt : m_now;
    b.set(12, qint64(c.consentEmail.value_or(false) ? 1 : 0));
    if (c.consentEmail.value_or(false))
        b.set(13, c.consentEmailAt > 0 ? c.consentEmailAt : m_now);
    else
        b.setNull(13);
    b.set(14, qint64(c.consentSms.value_or(false) ? 1 : 0));
    if (c.consentSms.value_or(false))
        b.set(15, c.consentSmsAt > 0 ? c.consentSmsAt : m_now);
    else
        b.setNull(15);
    if (c.birthday.isEmpty())
        b.setNull(16);
    else
        b.set(16, utf8(c.birthday));
    b.set(17, utf8(c.notes));
    b.set(18, utf8(c.externalId));
    b.set(19, created);
    b.set(20, m_now);
    if (m_options.dryRun)
        b.setNull(21);
    else
        b.set(21, m_result.batchId);
    if (!b.endRow()) {
        *error = b.error();
        return std::nullopt;
    }
    remember(id, c);
    return id;
}

bool Run::processRow(const CsvReader::Record &record, QString *dbError)
{
    ++m_result.rowsRead;
    if (!record.problem.isEmpty())
        return reject(record, record.problem);
    // Extra empty cells at the end are harmless (some programs pad rows).
    qsizetype count = record.fields.size();
    while (count > m_headers.size() && record.fields[count - 1].trimmed().isEmpty())
        --count;
    if (count != m_headers.size())
        return reject(record, Importer::tr("this row has %1 values but the first line has %2 columns; a value may "
                                           "contain the delimiter without quotes")
                                  .arg(record.fields.size())
                                  .arg(m_headers.size()));
    if (m_kind == Kind::Customers)
        return processCustomer(record, dbError);
    return processEvent(record, dbError);
}

bool Run::processCustomer(const CsvReader::Record &record, QString *dbError)
{
    const QStringList &f = record.fields;
    CustomerFields c;
    c.firstName = trimmedCell(f, QStringLiteral("first_name"));
    c.lastName = trimmedCell(f, QStringLiteral("last_name"));
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        const QString full = trimmedCell(f, QStringLiteral("full_name"));
        const qsizetype space = full.lastIndexOf(u' ');
        if (space > 0) {
            c.firstName = full.left(space).trimmed();
            c.lastName = full.mid(space + 1);
        } else {
            c.lastName = full;
        }
    }
    c.email = trimmedCell(f, QStringLiteral("email"));
    c.emailNorm = CustomerStore::normalizeEmail(c.email);
    if (!c.email.isEmpty() && c.emailNorm.isEmpty())
        return reject(record, Importer::tr("“%1” in column “%2” is not an email address")
                                  .arg(c.email, column(QStringLiteral("email"))));
    c.phone = trimmedCell(f, QStringLiteral("phone"));
    c.phoneNorm = CustomerStore::normalizePhone(c.phone);
    c.street = trimmedCell(f, QStringLiteral("street"));
    c.postalCode = trimmedCell(f, QStringLiteral("postal_code"));
    c.city = trimmedCell(f, QStringLiteral("city"));
    c.country = CellValue::countryCode(trimmedCell(f, QStringLiteral("country")));
    if (const QString origin = trimmedCell(f, QStringLiteral("origin")); !origin.isEmpty()) {
        const auto o = originFromKey(origin);
        if (!o)
            return reject(record, Importer::tr("“%1” in column “%2” is not one of walk-in, online, referral, imported")
                                      .arg(origin, column(QStringLiteral("origin"))));
        c.origin = originKey(*o);
    }
    for (const char *name : {"consent_email", "consent_sms"}) {
        const QString field = QString::fromLatin1(name);
        const QString v = trimmedCell(f, field);
        if (v.isEmpty() || !m_columns.contains(field))
            continue;
        const auto yes = CellValue::yesNo(v);
        if (!yes)
            return reject(record, Importer::tr("“%1” in column “%2” is neither yes nor no").arg(v, column(field)));
        (field == u"consent_email" ? c.consentEmail : c.consentSms) = *yes;
    }
    if (const QString b = trimmedCell(f, QStringLiteral("birthday")); !b.isEmpty()) {
        const auto d = m_dates.toDate(b);
        if (!d)
            return reject(record, Importer::tr("“%1” in column “%2” is not a date like %3")
                                      .arg(b, column(QStringLiteral("birthday")),
                                           DateParser::orderName(m_mapping.dateOrder)));
        c.birthday = d->toString(Qt::ISODate);
    }
    // When consent was given: kept, so a round trip through a file keeps it.
    for (const char *name : {"consent_email_at", "consent_sms_at"}) {
        const QString field = QString::fromLatin1(name);
        const QString t = trimmedCell(f, field);
        if (t.isEmpty() || !m_columns.contains(field))
            continue;
        const auto at = m_dates.toUtcSeconds(t);
        if (!at)
            return reject(record, Importer::tr("“%1” in column “%2” is not a date like %3")
                                      .arg(t, column(field), DateParser::orderName(m_mapping.dateOrder)));
        (field == u"consent_email_at" ? c.consentEmailAt : c.consentSmsAt) = *at;
    }
    if (const QString t = trimmedCell(f, QStringLiteral("created_at")); !t.isEmpty()) {
        const auto s = m_dates.toUtcSeconds(t);
        if (!s)
            return reject(record, Importer::tr("“%1” in column “%2” is not a date like %3")
                                      .arg(t, column(QStringLiteral("created_at")),
                                           DateParser::orderName(m_mapping.dateOrder)));
        c.createdAt = *s;
    }
    c.notes = cell(f, QStringLiteral("notes"));
    c.externalId = CellValue::externalId(cell(f, QStringLiteral("external_id")));
    qint64 number = 0;
    if (const QString n = trimmedCell(f, QStringLiteral("customer_number")); !n.isEmpty()) {
        bool ok = false;
        number = n.toLongLong(&ok);
        if (!ok || number <= 0)
            return reject(record, Importer::tr("“%1” in column “%2” is not a customer number")
                                      .arg(n, column(QStringLiteral("customer_number"))));
    }
    QStringList tags;
    if (const QString tagCell = cell(f, QStringLiteral("tags")); !tagCell.isEmpty()) {
        static const QRegularExpression separators(QStringLiteral("[,;]"));
        for (const QString &t : tagCell.split(separators))
            if (QString tag = t.trimmed().remove(u'"'); !tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
                tags << tag;
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.email.isEmpty() && c.phone.isEmpty()
        && c.externalId.isEmpty())
        return reject(record, Importer::tr("the row has no name, email address, phone number or customer ID"));

    QList<qint64> tagIds = m_tagsForEveryone;
    for (const QString &t : std::as_const(tags)) {
        const auto id = tagId(t, dbError);
        if (!id)
            return false;
        if (!tagIds.contains(*id))
            tagIds << *id;
    }

    // Who is this? Email, then phone, then the other program's ID.
    qint64 match = 0;
    if (!c.emailNorm.isEmpty())
        match = m_byEmail.value(c.emailNorm);
    if (!match && !c.phoneNorm.isEmpty())
        match = m_byPhone.value(c.phoneNorm);
    if (!match && !c.externalId.isEmpty())
        match = m_byExternalId.value(c.externalId);

    if (!match) {
        qint64 id = m_nextId;
        // A Clientele number from an export keeps its customer number when it is
        // free, so purchases exported with it find their customer again.
        if (number > 0) {
            m_customerExists->bind(1, number);
            const bool taken = m_customerExists->next();
            m_customerExists->reset();
            if (!taken && number >= m_firstNewId && number >= m_nextId)
                id = number;
        }
        if (!insertCustomer(c, id, dbError))
            return false;
        m_nextId = id + 1;
        for (qint64 tag : std::as_const(tagIds)) {
            m_customerTags->set(0, id);
            m_customerTags->set(1, tag);
            if (!m_customerTags->endRow()) {
                *dbError = m_customerTags->error();
                return false;
            }
        }
        ++m_result.imported;
        return true;
    }

    if (m_options.onDuplicate == Importer::DuplicatePolicy::Skip) {
        ++m_result.skippedDuplicates;
        return true;
    }
    // The customer may still wait in a batch: write it before reading it back.
    if (match >= m_firstNewId && !flushAll(dbError))
        return false;
    SqliteStatement &sel = *m_selectCustomer;
    sel.bind(1, match);
    if (!sel.next()) {
        sel.reset();
        *dbError = sel.error();
        return false;
    }
    QStringList current;
    for (int i = 0; i < 17; ++i)
        current << sel.columnText(i);
    sel.reset();
    // Columns: first_name, last_name, email, phone, street, postal_code, city, country, origin,
    // consent_email, consent_email_at, consent_sms, consent_sms_at, birthday, notes, external_id, created_at
    const bool merge = m_options.onDuplicate == Importer::DuplicatePolicy::Merge;
    auto pick = [&](int index, const QString &incoming) {
        const QString &old = current[index];
        if (incoming.isEmpty())
            return old;
        if (merge && !old.isEmpty())
            return old;
        return incoming;
    };
    const QString email = pick(2, c.email);
    const QString phone = pick(3, c.phone);
    const QString externalId = pick(15, c.externalId);
    SqliteStatement &up = *m_updateCustomer;
    up.bind(1, pick(0, c.firstName));
    up.bind(2, pick(1, c.lastName));
    up.bind(3, email);
    up.bind(4, CustomerStore::normalizeEmail(email));
    up.bind(5, phone);
    up.bind(6, CustomerStore::normalizePhone(phone));
    up.bind(7, pick(4, c.street));
    up.bind(8, pick(5, c.postalCode));
    up.bind(9, pick(6, c.city));
    up.bind(10, pick(7, c.country));
    up.bind(11, pick(8, c.origin));
    auto consent = [&](int valueIndex, int atIndex, const std::optional<bool> &incoming, qint64 incomingAt,
                       int bindValue, int bindAt) {
        const bool old = current[valueIndex] == u"1";
        bool value = old;
        if (incoming && !(merge && old))
            value = *incoming;
        up.bind(bindValue, qint64(value ? 1 : 0));
        if (!value)
            up.bindNull(bindAt);
        else if (old && !current[atIndex].isEmpty())
            up.bind(bindAt, current[atIndex].toLongLong());
        else
            up.bind(bindAt, incomingAt > 0 ? incomingAt : m_now); // when the file says, else now
    };
    consent(9, 10, c.consentEmail, c.consentEmailAt, 12, 13);
    consent(11, 12, c.consentSms, c.consentSmsAt, 14, 15);
    const QString birthday = pick(13, c.birthday);
    if (birthday.isEmpty())
        up.bindNull(16);
    else
        up.bind(16, birthday);
    up.bind(17, pick(14, c.notes));
    up.bind(18, externalId);
    up.bind(19, m_now);
    up.bind(20, match);
    if (!up.step()) {
        *dbError = up.error();
        return false;
    }
    CustomerFields after;
    after.emailNorm = CustomerStore::normalizeEmail(email);
    after.phoneNorm = CustomerStore::normalizePhone(phone);
    after.externalId = externalId;
    remember(match, after);
    for (qint64 tag : std::as_const(tagIds)) {
        m_tagExisting->bind(1, match);
        m_tagExisting->bind(2, tag);
        if (!m_tagExisting->step()) {
            *dbError = m_tagExisting->error();
            return false;
        }
    }
    ++(merge ? m_result.merged : m_result.updated);
    return true;
}

bool Run::processEvent(const CsvReader::Record &record, QString *dbError)
{
    const QStringList &f = record.fields;
    const QString email = trimmedCell(f, QStringLiteral("customer_email"));
    const QString emailNorm = CustomerStore::normalizeEmail(email);
    const QString externalId = CellValue::externalId(cell(f, QStringLiteral("customer_external_id")));
    const QString numberText = trimmedCell(f, QStringLiteral("customer_number"));
    if (!email.isEmpty() && emailNorm.isEmpty())
        return reject(record, Importer::tr("“%1” in column “%2” is not an email address")
                                  .arg(email, column(QStringLiteral("customer_email"))));
    if (emailNorm.isEmpty() && externalId.isEmpty() && numberText.isEmpty()) {
        QStringList columns;
        for (const char *field : {"customer_email", "customer_external_id", "customer_number"})
            if (m_columns.contains(QString::fromLatin1(field)))
                columns << u'“' + column(QString::fromLatin1(field)) + u'”';
        return reject(record, Importer::tr("no customer: %1 empty", nullptr, int(columns.size()))
                                  .arg(columns.join(QStringLiteral(", "))));
    }
    const QString timeText = trimmedCell(f, QStringLiteral("time"));
    const auto time = m_dates.toUtcSeconds(timeText);
    if (!time)
        return reject(record, timeText.isEmpty()
                                  ? Importer::tr("column “%1” (the date) is empty").arg(column(QStringLiteral("time")))
                                  : Importer::tr("“%1” in column “%2” is not a date like %3")
                                        .arg(timeText, column(QStringLiteral("time")),
                                             DateParser::orderName(m_mapping.dateOrder)));

    qint64 amount = 0;
    std::optional<InteractionKind> kind;
    if (m_kind == Kind::Purchases) {
        if (m_columns.contains(QStringLiteral("amount"))) {
            const QString a = trimmedCell(f, QStringLiteral("amount"));
            const auto money = Money::parse(a, m_decimalComma);
            if (!money)
                return reject(record, Importer::tr("“%1” in column “%2” is not an amount")
                                          .arg(a, column(QStringLiteral("amount"))));
            amount = money->cents();
        } else {
            const QString q = trimmedCell(f, QStringLiteral("quantity"));
            const QString p = trimmedCell(f, QStringLiteral("unit_price"));
            const auto quantity = CellValue::micros(q, m_decimalComma);
            if (!quantity)
                return reject(record, Importer::tr("“%1” in column “%2” is not a quantity")
                                          .arg(q, column(QStringLiteral("quantity"))));
            const auto price = CellValue::micros(p, m_decimalComma);
            if (!price)
                return reject(record, Importer::tr("“%1” in column “%2” is not a price")
                                          .arg(p, column(QStringLiteral("unit_price"))));
            qint64 product = 0;
            if (__builtin_mul_overflow(*quantity, *price, &product))
                return reject(record, Importer::tr("the amount of %1 × %2 is too large").arg(q, p));
            amount = roundDiv(product, 10000000000LL); // millionths × millionths -> cents
        }
    } else {
        const QString k = trimmedCell(f, QStringLiteral("kind"));
        kind = interactionKind(k);
        if (!kind)
            return reject(record, Importer::tr("“%1” in column “%2” is not one of visit, email_open, email_click, "
                                               "cart_abandoned, support_ticket, note")
                                      .arg(k, column(QStringLiteral("kind"))));
    }

    // Which customer: email, then the other program's ID, then the Clientele number.
    qint64 customer = 0;
    if (!emailNorm.isEmpty())
        customer = m_byEmail.value(emailNorm);
    if (!customer && !externalId.isEmpty())
        customer = m_byExternalId.value(externalId);
    if (!customer && !numberText.isEmpty()) {
        bool ok = false;
        const qint64 n = numberText.toLongLong(&ok);
        if (ok && n > 0) {
            m_customerExists->bind(1, n);
            if (m_customerExists->next())
                customer = n;
            m_customerExists->reset();
        }
    }
    if (!customer) {
        if (!m_mapping.createCustomers || (emailNorm.isEmpty() && externalId.isEmpty())) {
            const QString who = !email.isEmpty() ? email : !externalId.isEmpty() ? externalId : numberText;
            return reject(record, Importer::tr("no customer “%1” in Clientele (choose “create customers” to add them)")
                                      .arg(who));
        }
        CustomerFields c;
        c.email = email;
        c.emailNorm = emailNorm;
        c.externalId = externalId;
        c.firstName = trimmedCell(f, QStringLiteral("customer_first_name"));
        c.lastName = trimmedCell(f, QStringLiteral("customer_last_name"));
        if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
            const QString full = trimmedCell(f, QStringLiteral("customer_name"));
            const qsizetype space = full.lastIndexOf(u' ');
            c.firstName = space > 0 ? full.left(space).trimmed() : QString();
            c.lastName = space > 0 ? full.mid(space + 1) : full;
        }
        c.country = CellValue::countryCode(trimmedCell(f, QStringLiteral("customer_country")));
        c.createdAt = *time;
        const auto id = insertCustomer(c, m_nextId, dbError);
        if (!id)
            return false;
        ++m_nextId;
        for (qint64 tag : std::as_const(m_tagsForEveryone)) {
            m_customerTags->set(0, *id);
            m_customerTags->set(1, tag);
            if (!m_customerTags->endRow()) {
                *dbError = m_customerTags->error();
                return false;
            }
        }
        ++m_result.customersCreated;
        customer = *id;
    }

    std::optional<qint64> location;
    if (const QString l = trimmedCell(f, QStringLiteral("location")); !l.isEmpty()) {
        location = locationId(l, dbError);
        if (!location)
            return false;
    }
    SqliteBatchInsert &b = m_kind == Kind::Purchases ? *m_purchases : *m_interactions;
    b.set(0, customer);
    b.set(1, *time);
    if (m_kind == Kind::Purchases) {
        b.set(2, amount);
        if (location)
            b.set(3, *location);
        else
            b.setNull(3);
        b.set(4, utf8(trimmedCell(f, QStringLiteral("channel"))));
        b.set(5, utf8(trimmedCell(f, QStringLiteral("category"))));
    } else {
        b.set(2, utf8(interactionKindKey(*kind)));
        if (location)
            b.set(3, *location);
        else
            b.setNull(3);
        b.set(4, utf8(cell(f, QStringLiteral("detail"))));
        b.set(5, qint64(0)); // placeholder, overwritten below
    }
    const int batchColumn = m_kind == Kind::Purchases ? 6 : 5;
    if (m_options.dryRun)
        b.setNull(batchColumn);
    else
        b.set(batchColumn, m_result.batchId);
    if (!b.endRow()) {
        *dbError = b.error();
        return false;
    }
    ++m_result.imported;
    return true;
}

Importer::Result Run::run()
{
    if (!m_h) {
        m_result.status = Result::Status::DatabaseProblem;
        m_result.error = Importer::tr("The database is not open.");
        return m_result;
    }
    QString error;
    if (!prepare(&error))
        return badInput(error);

    // Bulk settings for the duration of the import, as the demo shop uses.
    qint64 oldCache = -65536;
    {
        SqliteStatement cache(m_h, "PRAGMA cache_size");
        if (cache.next())
            oldCache = cache.columnInt64(0);
    }
    // A bigger page cache for big files, but bounded: memory stays flat
    // however long the file (10 million purchases use no more than 1 million).
    const qint64 bigCache = -qBound(qint64(65536), m_file->size() / 256, qint64(262144)); // KiB
    SqliteStatement::exec(m_h, QStringLiteral("PRAGMA cache_size = %1").arg(bigCache));
    // Rebuilding the indexes sorts every row: in temporary files, not in memory.
    SqliteStatement::exec(m_h, QStringLiteral("PRAGMA temp_store = FILE"));
    // Every row written points at a customer the import found or wrote first.
    SqliteStatement::exec(m_h, QStringLiteral("PRAGMA foreign_keys = OFF"));
    SqliteStatement::exec(m_h, QStringLiteral("PRAGMA threads = %1").arg(qBound(1, QThread::idealThreadCount(), 4)));
    const auto restore = qScopeGuard([&] {
        SqliteStatement::exec(m_h, QStringLiteral("PRAGMA cache_size = %1").arg(oldCache));
        SqliteStatement::exec(m_h, QStringLiteral("PRAGMA temp_store = MEMORY"));
        SqliteStatement::exec(m_h, QStringLiteral("PRAGMA foreign_keys = ON"));
        SqliteStatement::exec(m_h, QStringLiteral("PRAGMA threads = 0"));
    });
    if (!SqliteStatement::exec(m_h, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return databaseProblem(error);

    {
        SqliteStatement batch(m_h,
                              "INSERT INTO import_batches (kind, file_name, mapping_json, started_at) VALUES (?, ?, ?, ?)");
        batch.bind(1, ColumnMapping::kindName(m_kind));
        batch.bind(2, QFileInfo(m_path).fileName());
        batch.bind(3, QString::fromUtf8(QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Compact)));
        batch.bind(4, m_now);
        if (!batch.step())
            return databaseProblem(batch.error());
        m_result.batchId = sqlite3_last_insert_rowid(m_h);
    }
    if (!deferIndexes(&error) || !loadCustomerKeys(&error))
        return databaseProblem(error);
    for (const QString &t : std::as_const(m_mapping.tags)) {
        const auto id = tagId(t, &error);
        if (!id)
            return databaseProblem(error);
        if (!m_tagsForEveryone.contains(*id))
            m_tagsForEveryone << *id;
    }
    m_customers = std::make_unique<SqliteBatchInsert>(
        m_h, "customers",
        std::vector<std::string>{"id", "first_name", "last_name", "email", "email_norm", "phone", "phone_norm",
                                 "street", "postal_code", "city", "country", "origin", "consent_email",
                                 "consent_email_at", "consent_sms", "consent_sms_at", "birthday", "notes",
                                 "external_id", "created_at", "updated_at", "batch_id"},
        32);
    m_customerTags = std::make_unique<SqliteBatchInsert>(m_h, "customer_tags",
                                                         std::vector<std::string>{"customer_id", "tag_id"});
    m_purchases = std::make_unique<SqliteBatchInsert>(
        m_h, "purchases",
        std::vector<std::string>{"customer_id", "time", "amount_cents", "location_id", "channel", "category",
                                 "batch_id"});
    m_interactions = std::make_unique<SqliteBatchInsert>(
        m_h, "interactions",
        std::vector<std::string>{"customer_id", "time", "kind", "location_id", "detail", "batch_id"});
    m_tagExisting = std::make_unique<SqliteStatement>(
        m_h, "INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)");
    m_selectCustomer = std::make_unique<SqliteStatement>(
        m_h, "SELECT first_name, last_name, email, phone, street, postal_code, city, country, origin, consent_email, "
             "coalesce(consent_email_at, ''), consent_sms, coalesce(consent_sms_at, ''), coalesce(birthday, ''), "
             "notes, external_id, created_at FROM customers WHERE id = ?");
    m_updateCustomer = std::make_unique<SqliteStatement>(
        m_h, "UPDATE customers SET first_name = ?1, last_name = ?2, email = ?3, email_norm = ?4, phone = ?5, "
             "phone_norm = ?6, street = ?7, postal_code = ?8, city = ?9, country = ?10, origin = ?11, "
             "consent_email = ?12, consent_email_at = ?13, consent_sms = ?14, consent_sms_at = ?15, birthday = ?16, "
             "notes = ?17, external_id = ?18, updated_at = ?19 WHERE id = ?20");
    m_customerExists = std::make_unique<SqliteStatement>(m_h, "SELECT 1 FROM customers WHERE id = ? AND erased = 0");
    for (SqliteStatement *s : {m_tagExisting.get(), m_selectCustomer.get(), m_updateCustomer.get(), m_customerExists.get()})
        if (!s->isValid())
            return databaseProblem(s->error());
    for (SqliteBatchInsert *b : {m_customers.get(), m_customerTags.get(), m_purchases.get(), m_interactions.get()})
        if (!b->error().isEmpty())
            return databaseProblem(b->error());

    const qint64 total = m_file->size();
    QElapsedTimer phase;
    phase.start();
    auto cancelled = [&] {
        SqliteStatement::exec(m_h, QStringLiteral("ROLLBACK"));
        m_result.status = Result::Status::Cancelled;
        m_result.error = Importer::tr("Cancelled: nothing was imported, the customer file is as it was.");
        m_result.batchId = 0;
        return m_result;
    };
    auto handle = [&](const CsvReader::Record &record) -> bool {
        if (!processRow(record, &error)) {
            if (error.isEmpty())
                error = m_result.error;
            return false;
        }
        if (m_result.rowsRead % 4096 == 0 && m_options.progress && !m_options.progress(m_reader->bytesRead(), total)) {
            error.clear();
            return false;
        }
        return true;
    };
    for (const CsvReader::Record &record : std::as_const(m_pending))
        if (!handle(record))
            return error.isEmpty() ? cancelled() : databaseProblem(error);
    m_pending.clear();
    CsvReader::Record record;
    while (m_reader->readRecord(record))
        if (!handle(record))
            return error.isEmpty() ? cancelled() : databaseProblem(error);
    if (!m_reader->errorString().isEmpty()) {
        SqliteStatement::exec(m_h, QStringLiteral("ROLLBACK"));
        m_result.batchId = 0;
        return badInput(Importer::tr("“%1”: %2 Nothing was imported.").arg(fileName(), m_reader->errorString()));
    }
    if (m_options.progress && !m_options.progress(total, total))
        return cancelled();
    if (!flushAll(&error))
        return databaseProblem(error);
    if (m_rejects && !m_rejects->flush())
        return databaseProblem(m_rejects->errorString());
    qCDebug(lcImport) << m_result.rowsRead << "rows read and written after" << phase.restart() << "ms";
    // SQLite sizes each sort of an index rebuild by the page cache: a small
    // cache now keeps the sorts in bounded memory (they go on in temporary
    // files), so the peak does not grow with the file.
    if (!m_recreate.isEmpty())
        SqliteStatement::exec(m_h, QStringLiteral("PRAGMA cache_size = -32768"));
    for (const QString &statement : std::as_const(m_recreate))
        if (!SqliteStatement::exec(m_h, statement, &error))
            return databaseProblem(error);
    qCDebug(lcImport) << "indexes rebuilt after" << phase.restart() << "ms";

    if (m_options.dryRun) {
        SqliteStatement::exec(m_h, QStringLiteral("ROLLBACK"));
        m_result.batchId = 0;
        return m_result;
    }
    {
        SqliteStatement finish(m_h,
                               "UPDATE import_batches SET finished_at = ?, rows_read = ?, imported = ?, updated = ?, "
                               "merged = ?, skipped = ?, rejected = ?, rejects_file = ?, mapping_json = ? WHERE id = ?");
        finish.bind(1, QDateTime::currentSecsSinceEpoch());
        finish.bind(2, m_result.rowsRead);
        finish.bind(3, m_result.imported);
        finish.bind(4, m_result.updated);
        finish.bind(5, m_result.merged);
        finish.bind(6, m_result.skippedDuplicates);
        finish.bind(7, m_result.rejected);
        finish.bind(8, m_result.rejectsFile);
        finish.bind(9, QString::fromUtf8(QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Compact)));
        finish.bind(10, m_result.batchId);
        if (!finish.step())
            return databaseProblem(finish.error());
    }
    if (!SqliteStatement::exec(m_h, QStringLiteral("COMMIT"), &error))
        return databaseProblem(error);
    qCDebug(lcImport) << "committed after" << phase.restart() << "ms";
    if (!m_recreate.isEmpty()) {
        SqliteStatement::exec(m_h, QStringLiteral("PRAGMA analysis_limit = 1000"));
        SqliteStatement::exec(m_h, QStringLiteral("ANALYZE"));
        qCDebug(lcImport) << "analyze after" << phase.restart() << "ms";
    }
    m_db.notifier()->notifyReset();
    return m_result;
}

} // namespace

QJsonObject Importer::Result::toJson() const
{
    return {
        {QStringLiteral("rows_read"), rowsRead},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("merged"), merged},
        {QStringLiteral("skipped_duplicates"), skippedDuplicates},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("rejects_file"), rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(rejectsFile)},
    };
}

Importer::Result Importer::run(Database &db, const QString &path, const Options &options)
{
    Run run(db, path, options);
    return run.run();
}

Importer::UndoResult Importer::undoBatch(Database &db, qint64 batchId)
{
    UndoResult result;
    sqlite3 *h = db.handle();
    if (!h) {
        result.error = tr("The database is not open.");
        return result;
    }
    {
        SqliteStatement find(h, "SELECT undone_at IS NULL FROM import_batches WHERE id = ?");
        find.bind(1, batchId);
        if (!find.next()) {
            result.error = tr("There is no import number %1.").arg(batchId);
            return result;
        }
        if (find.columnInt64(0) == 0) {
            result.error = tr("Import number %1 was already undone.").arg(batchId);
            return result;
        }
    }
    QString error;
    if (!SqliteStatement::exec(h, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        result.error = error;
        return result;
    }
    auto remove = [&](const char *sql, qint64 *count) {
        SqliteStatement s(h, sql);
        s.bind(1, batchId);
        if (!s.step()) {
            error = s.error();
            return false;
        }
        *count = sqlite3_changes64(h);
        return true;
    };
    // Purchases and interactions first, then the customers with whatever
    // else hangs on them (foreign keys cascade).
    qint64 undone = 0;
    if (!remove("DELETE FROM purchases WHERE batch_id = ?", &result.purchases)
        || !remove("DELETE FROM interactions WHERE batch_id = ?", &result.interactions)
        || !remove("DELETE FROM customers WHERE batch_id = ?", &result.customers)
        || !remove("UPDATE import_batches SET undone_at = strftime('%s', 'now') WHERE id = ?", &undone)
        || !SqliteStatement::exec(h, QStringLiteral("COMMIT"), &error)) {
        SqliteStatement::exec(h, QStringLiteral("ROLLBACK"));
        result.error = tr("The import could not be undone: %1").arg(error);
        return result;
    }
    result.ok = true;
    db.notifier()->notifyReset();
    return result;
}

} // namespace clientele
