#include "Exporter.h"

#include "model/Money.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QSaveFile>

#include <sqlite3.h>

namespace clientele {

namespace {

QString utcText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString idsJson(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += u',';
        json += QString::number(ids[i]);
    }
    return json + u']';
}

} // namespace

QStringList Exporter::header(Kind kind)
{
    // Column names are part of the file format, not translated: the importer
    // recognises them in any language setting.
    if (kind == Kind::Customers)
        return {QStringLiteral("Clientele ID"), QStringLiteral("First name"), QStringLiteral("Last name"),
                QStringLiteral("Email"),        QStringLiteral("Phone"),      QStringLiteral("Street"),
                QStringLiteral("Postal code"),  QStringLiteral("City"),       QStringLiteral("Country"),
                QStringLiteral("Origin"),       QStringLiteral("Email consent"), QStringLiteral("SMS consent"),
                QStringLiteral("Email consent given at"), QStringLiteral("SMS consent given at"),
                QStringLiteral("Birthday"),     QStringLiteral("Notes"),      QStringLiteral("External ID"),
                QStringLiteral("Tags"),         QStringLiteral("Created at")};
    if (kind == Kind::Interactions)
        return {QStringLiteral("Clientele ID"), QStringLiteral("Customer email"), QStringLiteral("External ID"),
                QStringLiteral("Time"),         QStringLiteral("Kind"),           QStringLiteral("Detail"),
                QStringLiteral("Store")};
    return {QStringLiteral("Clientele ID"), QStringLiteral("Customer email"), QStringLiteral("External ID"),
            QStringLiteral("Time"),         QStringLiteral("Amount"),         QStringLiteral("Channel"),
            QStringLiteral("Category"),     QStringLiteral("Store")};
}

Exporter::Result Exporter::run(Database &db, const QString &path, const Options &options)
{
    Result result;
    sqlite3 *h = db.handle();
    if (!h) {
        result.error = tr("The database is not open.");
        return result;
    }
    const QString name = QDir::toNativeSeparators(path);
    // Written under a temporary name and renamed at the end: a failed export
    // never leaves half a file where the owner expects a whole one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Clientele cannot write “%1”: %2.").arg(name, file.errorString());
        return result;
    }
    CsvWriter writer(&file, options.csv);
    writer.writeRecord(header(options.kind));

    const std::string filter = options.customerIds ? " AND c.id IN (SELECT value FROM json_each(?1))" : "";
    if (options.kind == Kind::Customers) {
        SqliteStatement q(h, "SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.street, c.postal_code, c.city, "
                             "c.country, c.origin, c.consent_email, c.consent_sms, coalesce(c.birthday, ''), c.notes, "
                             "c.external_id, (SELECT group_concat(t.name, ', ') FROM customer_tags ct JOIN tags t ON "
                             "t.id = ct.tag_id WHERE ct.customer_id = c.id), c.created_at, "
                             "coalesce(c.consent_email_at, 0), coalesce(c.consent_sms_at, 0) "
                             "FROM customers c WHERE c.erased = 0"
                                 + filter + " ORDER BY c.id");
        if (options.customerIds)
            q.bind(1, idsJson(*options.customerIds));
        while (q.next()) {
            QStringList row;
            row << QString::number(q.columnInt64(0));
            for (int i = 1; i <= 9; ++i)
                row << q.columnText(i);
            const auto at = [](qint64 t) { return t > 0 ? utcText(t) : QString(); };
            row << (q.columnInt64(10) ? QStringLiteral("yes") : QStringLiteral("no"))
                << (q.columnInt64(11) ? QStringLiteral("yes") : QStringLiteral("no"))
                << (q.columnInt64(10) ? at(q.columnInt64(17)) : QString())
                << (q.columnInt64(11) ? at(q.columnInt64(18)) : QString()) << q.columnText(12)
                << q.columnText(13) << q.columnText(14) << q.columnText(15) << utcText(q.columnInt64(16));
            if (!writer.writeRecord(row))
                break;
            ++result.rows;
        }
    } else if (options.kind == Kind::Interactions) {
        SqliteStatement q(h, "SELECT c.id, c.email, c.external_id, i.time, i.kind, i.detail, coalesce(l.name, '') "
                             "FROM interactions i JOIN customers c ON c.id = i.customer_id "
                             "LEFT JOIN locations l ON l.id = i.location_id WHERE c.erased = 0"
                                 + filter + " ORDER BY i.customer_id, i.time, i.id");
        if (options.customerIds)
            q.bind(1, idsJson(*options.customerIds));
        while (q.next()) {
            const QStringList row{QString::number(q.columnInt64(0)), q.columnText(1), q.columnText(2),
                                  utcText(q.columnInt64(3)), q.columnText(4), q.columnText(5), q.columnText(6)};
            if (!writer.writeRecord(row))
                break;
            ++result.rows;
        }
    } else {
        SqliteStatement q(h, "SELECT c.id, c.email, c.external_id, p.time, p.amount_cents, p.channel, p.category, "
                             "coalesce(l.name, '') FROM purchases p JOIN customers c ON c.id = p.customer_id "
                             "LEFT JOIN locations l ON l.id = p.location_id WHERE c.erased = 0"
                                 + filter + " ORDER BY p.customer_id, p.time, p.id");
        if (options.customerIds)
            q.bind(1, idsJson(*options.customerIds));
        while (q.next()) {
            const QStringList row{QString::number(q.columnInt64(0)), q.columnText(1), q.columnText(2),
                                  utcText(q.columnInt64(3)), Money(q.columnInt64(4)).toPlainString(),
                                  q.columnText(5), q.columnText(6), q.columnText(7)};
            if (!writer.writeRecord(row))
                break;
            ++result.rows;
        }
    }
    if (!writer.flush() || !file.commit()) {
        result.error = tr("Clientele could not write “%1”: %2.")
                           .arg(name, writer.errorString().isEmpty() ? file.errorString() : writer.errorString());
        result.rows = 0;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace clientele
