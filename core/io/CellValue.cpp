#include "CellValue.h"

#include <QtCore/QHash>
#include <QtCore/QLocale>

namespace clientele {

QString CellValue::clean(const QString &raw, const QStringList &nullWords)
{
    if (raw.isEmpty())
        return raw;
    if (!nullWords.isEmpty()) {
        const QStringView t = QStringView(raw).trimmed();
        for (const QString &word : nullWords)
            if (t == word)
                return QString();
    }
    if (raw.size() > 1 && raw.front() == u'\'') {
        const QChar c = raw[1];
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\'' || c.isDigit())
            return raw.mid(1);
    }
    return raw;
}

std::optional<bool> CellValue::yesNo(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    static const QStringList yes = {QStringLiteral("yes"),  QStringLiteral("y"),          QStringLiteral("true"),
                                    QStringLiteral("1"),    QStringLiteral("x"),          QStringLiteral("ja"),
                                    QStringLiteral("j"),    QStringLiteral("oui"),        QStringLiteral("o"),
                                    QStringLiteral("si"),   QStringLiteral("sí"),         QStringLiteral("subscribed"),
                                    QStringLiteral("opted in"), QStringLiteral("wahr"),   QStringLiteral("vrai"),
                                    QStringLiteral("verdadero")};
    static const QStringList no = {QStringLiteral("no"),    QStringLiteral("n"),     QStringLiteral("false"),
                                   QStringLiteral("0"),     QStringLiteral("nein"),  QStringLiteral("non"),
                                   QStringLiteral("unsubscribed"), QStringLiteral("not subscribed"),
                                   QStringLiteral("falsch"), QStringLiteral("faux"), QStringLiteral("falso"),
                                   QStringLiteral("-")};
    if (t.isEmpty())
        return false;
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

QString CellValue::countryCode(QStringView text)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            map.insert(QLocale::territoryToString(territory).toLower(), code);
            map.insert(code.toLower(), code);
        }
        // Common names that differ from Qt's English ones, and local names.
        const char *extra[][2] = {
            {"uk", "GB"},          {"great britain", "GB"}, {"england", "GB"},      {"scotland", "GB"},
            {"wales", "GB"},       {"usa", "US"},           {"us", "US"},           {"u.s.a.", "US"},
            {"united states of america", "US"}, {"eire", "IE"}, {"rsa", "ZA"},      {"deutschland", "DE"},
            {"allemagne", "DE"},   {"alemania", "DE"},      {"frankreich", "FR"},   {"francia", "FR"},
            {"österreich", "AT"},  {"autriche", "AT"},      {"schweiz", "CH"},      {"suisse", "CH"},
            {"svizzera", "CH"},    {"suiza", "CH"},         {"españa", "ES"},       {"spanien", "ES"},
            {"espagne", "ES"},     {"italien", "IT"},       {"italie", "IT"},       {"belgien", "BE"},
            {"belgique", "BE"},    {"bélgica", "BE"},       {"niederlande", "NL"},  {"pays-bas", "NL"},
            {"holland", "NL"},     {"the netherlands", "NL"}, {"méxico", "MX"},     {"brasil", "BR"},
            {"venezuela", "VE"},   {"czech republic", "CZ"}, {"korea", "KR"},      {"south korea", "KR"},
            {"russia", "RU"},      {"luxemburg", "LU"},     {"dänemark", "DK"},     {"schweden", "SE"},
            {"norwegen", "NO"},    {"polen", "PL"},         {"portugal", "PT"},     {"irland", "IE"},
        };
        for (const auto &e : extra)
            map.insert(QString::fromUtf8(e[0]), QString::fromUtf8(e[1]));
        return map;
    }();
    const QString t = text.trimmed().toString();
    const auto it = names.constFind(t.toLower());
    return it == names.constEnd() ? t : it.value();
}

QString CellValue::externalId(QStringView text)
{
    QStringView t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    if (dot > 0) {
        bool digitsBefore = true;
        for (QChar c : t.left(dot))
            digitsBefore = digitsBefore && c.isDigit();
        bool zerosAfter = dot + 1 < t.size();
        for (QChar c : t.mid(dot + 1))
            zerosAfter = zerosAfter && c == u'0';
        if (digitsBefore && zerosAfter)
            t = t.left(dot);
    }
    return t.toString();
}

std::optional<qint64> CellValue::micros(QStringView text, bool decimalComma)
{
    QString s = text.trimmed().toString();
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'\u2212')) {
        negative = true;
        s.remove(0, 1);
    } else if (s.startsWith(u'+')) {
        s.remove(0, 1);
    }
    const QChar decimal = decimalComma ? u',' : u'.';
    s.remove(decimalComma ? u'.' : u',');
    s.remove(u' ');
    s.remove(u'\u00a0');
    s.remove(u'\'');
    const qsizetype point = s.indexOf(decimal);
    const QStringView whole = point < 0 ? QStringView(s) : QStringView(s).left(point);
    const QStringView frac = point < 0 ? QStringView() : QStringView(s).mid(point + 1);
    if ((whole.isEmpty() && frac.isEmpty()) || whole.size() > 12 || frac.size() > 6)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    qint64 fraction = 0;
    for (qsizetype i = 0; i < 6; ++i) {
        const QChar c = i < frac.size() ? frac[i] : QChar(u'0');
        if (c < u'0' || c > u'9')
            return std::nullopt;
        fraction = fraction * 10 + (c.unicode() - '0');
    }
    const qint64 total = value * 1000000 + fraction;
    return negative ? -total : total;
}

CellValue::DecimalMark CellValue::decimalMarkOf(QStringView number)
{
    const qsizetype comma = number.lastIndexOf(u',');
    const qsizetype point = number.lastIndexOf(u'.');
    if (comma >= 0 && comma > point && number.size() - comma - 1 != 3)
        return DecimalMark::Comma;
    if (point >= 0 && point > comma && number.size() - point - 1 != 3)
        return DecimalMark::Point;
    return DecimalMark::Unknown;
}

} // namespace clientele
