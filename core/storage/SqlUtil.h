#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QVariant>

class QSqlQuery;

namespace clientele::sql {

// Runs a prepared query; on failure logs the statement and error and
// returns false. Stores report failures to callers by their return value.
bool exec(QSqlQuery &query);

// Prepares and runs `statement` with `values` bound in order.
bool exec(QSqlQuery &query, const QString &statement, const QVariantList &values = {});

// A NULL for 0, so "no location" is stored as NULL, not as a dangling id.
QVariant idOrNull(qint64 id);

// SQL NULL, when a column really means "not known" (a birthday).
QVariant null();

// "?, ?, ?" for n values.
QString placeholders(qsizetype n);

} // namespace clientele::sql
