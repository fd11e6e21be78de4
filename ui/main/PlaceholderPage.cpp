#include "PlaceholderPage.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &promise, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    auto *text = new QLabel(promise, this);
    text->setWordWrap(true);
    text->setMaximumWidth(560);
    text->setTextFormat(Qt::PlainText);
    auto *soon = new QLabel(tr("This page is coming in a later version of Clientele."), this);
    soon->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(soon);
    layout->addStretch(1);
}

} // namespace clientele
