#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace clientele {

// What the builder's value editors offer from this shop's data: its tags,
// the cities its customers live in, its shops, the categories it sells,
// and its currency.
struct ValueSuggestions
{
    QStringList tags;
    QStringList cities;
    QStringList locations;
    QStringList categories;
    QString currencySymbol;
};

} // namespace clientele
