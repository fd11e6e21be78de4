#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

class QCoreApplication;

namespace clientele {

// Languages Clientele ships, as codes ("en", "de", ...). English is the source.
QStringList availableLanguages();

// Installs Clientele's and Qt's translators for `language` ("" = the
// system's). Returns the code actually used ("en" when none matched).
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace clientele
