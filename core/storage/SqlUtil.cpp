#include "SqlUtil.h"

#include <QtCore/QLoggingCategory>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

Q_LOGGING_CATEGORY(lcSql, "clientele.sql")

namespace clientele::sql {

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcSql).noquote() << "statement failed:" << query.lastQuery() << "--" << query.lastError().text();
    return false;
}

bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement)) {
        qCWarning(lcSql).noquote() << "prepare failed:" << statement << "--" << query.lastError().text();
        return false;
    }
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL; our text columns are NOT NULL and
        // mean "empty". A real NULL is asked for with sql::null().
        if (v.typeId() != QMetaType::QString) {
            query.addBindValue(v);
            continue;
        }
        QString text = v.toString();
        if (text.isNull())
            text = QStringLiteral("");
        // The driver binds UTF-16, and SQLite reads a leading U+FEFF or
        // U+FFFE as a byte order mark: drop them rather than let SQLite
        // swap the bytes of the rest.
        while (text.startsWith(QChar(0xFEFF)) || text.startsWith(QChar(0xFFFE)))
            text.remove(0, 1);
        query.addBindValue(text);
    }
    return exec(query);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant null()
{
    return QVariant::fromValue(nullptr);
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i) {
        if (i)
            s += QStringLiteral(", ");
        s += u'?';
    }
    return s;
}

} // namespace clientele::sql
