#include "AboutDialog.h"

#include "storage/Database.h"

#include <QtCore/QDir>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

AboutDialog::AboutDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Clientele"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("Clientele %1").arg(QApplication::applicationVersion()), this);
    QFont f = name->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    name->setFont(f);

    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(tr("Customer lists, groups and reports for small shops.\n\n"
                     "Your data stays on this computer, in one file:\n%1\n\n"
                     "Built with Qt %2. Free software under the GNU General Public License, version 3 or later.")
                      .arg(QDir::toNativeSeparators(db.path()), QString::fromLatin1(qVersion())));
    text->setMinimumWidth(380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(name);
    textColumn->addWidget(text);
    textColumn->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(icon);
    row->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace clientele
