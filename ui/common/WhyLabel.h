#pragma once

#include <QtWidgets/QLabel>

namespace clientele {

// A wizard page's "why it asks" or "what this means" line: plain, wrapped
// text under the fields it explains.
inline QLabel *whyLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("why"));
    return label;
}

} // namespace clientele
