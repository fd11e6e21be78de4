#include "PhoneNumbers.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace clientele::phone {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &util()
{
    // The library logs every number it cannot parse; that is our normal case.
    static PhoneNumberUtil *instance = [] {
        PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        u->SetLogger(new i18n::phonenumbers::NullLogger()); // the library owns it
        return u;
    }();
    return *instance;
}

} // namespace

QString toE164(const QString &phone, const QString &region)
{
    QString text = phone.trimmed();
    // Spreadsheets keep numbers as text with a leading apostrophe.
    if (text.startsWith(u'\''))
        text.remove(0, 1);
    if (text.isEmpty())
        return QString();
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.trimmed().toUpper().toStdString();
    PhoneNumber number;
    if (util().Parse(text.toStdString(), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util().IsPossibleNumber(number))
        return QString();
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

} // namespace clientele::phone
