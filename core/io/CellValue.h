#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace clientele {

// How the importer reads one cell: the small rules that make real exports
// import cleanly, each in one place.
class CellValue final
{
public:
    CellValue() = delete;

    // The cell's text with the spreadsheet noise removed: a literal NULL
    // (or another of `nullWords`) is empty, and one leading apostrophe is
    // dropped when it guards a number or a formula character, as Excel and
    // Shopify write them ('+33612345678, '7210448301122) and as Clientele's
    // own exports neutralise formulas. Spaces are kept: callers trim.
    static QString clean(const QString &raw, const QStringList &nullWords);

    // yes/no in the words exports use, in en, de, fr, es (and 1/0, true/false, x).
    static std::optional<bool> yesNo(QStringView text);

    // "Germany", "Deutschland", "de", "UK" -> "DE", "GB"; anything unknown as written.
    static QString countryCode(QStringView text);

    // An id from another system, as the same text however it was written:
    // "17850.0" (a float from a spreadsheet or pandas) -> "17850".
    static QString externalId(QStringView text);

    // A decimal number in millionths (unit prices can have more than two decimals).
    static std::optional<qint64> micros(QStringView text, bool decimalComma);

    // What a number's last separator says: "12,50" and "1.234,50" have a
    // decimal comma, "1,234.50" and "3.5" a decimal point; "1,234" and
    // "1.234" (three digits after) say nothing. Used to guess a file's mark.
    enum class DecimalMark { Unknown, Comma, Point };
    static DecimalMark decimalMarkOf(QStringView number);
};

} // namespace clientele
