#include "TagManagerDialog.h"

#include "commands/EditController.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/TagStore.h"

#include <QtCore/QLocale>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QColorDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

namespace {

QIcon swatch(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color.isEmpty() ? QColor(0xb0, 0xbe, 0xc5) : QColor(color));
    p.drawEllipse(2, 2, 12, 12);
    return QIcon(pixmap);
}

} // namespace

TagManagerDialog::TagManagerDialog(Database &db, EditController &edits, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_edits(edits)
{
    setWindowTitle(tr("Tags"));
    auto *intro = new QLabel(tr("Tags mark customers: “VIP”, “Newsletter”, “Allergic to nuts”. Changes here can be "
                                "undone with Ctrl+Z."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setMinimumSize(360, 260);

    auto *rename = new QPushButton(tr("&Rename…"), this);
    auto *color = new QPushButton(tr("&Colour…"), this);
    auto *merge = new QPushButton(tr("&Merge into…"), this);
    auto *remove = new QPushButton(tr("&Delete…"), this);
    m_needsTag = {rename, color, merge, remove};
    connect(rename, &QPushButton::clicked, this, &TagManagerDialog::renameTag);
    connect(color, &QPushButton::clicked, this, &TagManagerDialog::colorTag);
    connect(merge, &QPushButton::clicked, this, &TagManagerDialog::mergeTag);
    connect(remove, &QPushButton::clicked, this, &TagManagerDialog::deleteTag);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TagManagerDialog::renameTag);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        for (QPushButton *b : std::as_const(m_needsTag))
            b->setEnabled(row >= 0);
    });

    auto *side = new QVBoxLayout;
    for (QPushButton *b : std::as_const(m_needsTag))
        side->addWidget(b);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(db.notifier(), &ChangeNotifier::tagsChanged, this, &TagManagerDialog::reload);
    connect(db.notifier(), &ChangeNotifier::customerTagsChanged, this, &TagManagerDialog::reload);
    reload();
}

void TagManagerDialog::reload()
{
    const qint64 current = currentTagId();
    m_list->clear();
    const QLocale locale;
    for (const Tag &t : TagStore(m_db).all()) {
        auto *item = new QListWidgetItem(swatch(t.color),
                                         t.customerCount == 1 ? tr("%1 (1 customer)").arg(t.name)
                                                              : tr("%1 (%2 customers)").arg(t.name, locale.toString(t.customerCount)),
                                         m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == current)
            m_list->setCurrentItem(item);
    }
    if (m_list->count() == 0)
        m_list->addItem(tr("No tags yet. Add one on a customer's card."));
    const bool hasTag = currentTagId() > 0;
    for (QPushButton *b : std::as_const(m_needsTag))
        b->setEnabled(hasTag);
}

qint64 TagManagerDialog::currentTagId() const
{
    const QListWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TagManagerDialog::renameTag()
{
    const std::optional<Tag> tag = TagStore(m_db).find(currentTagId());
    if (!tag)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename tag"), tr("New name for “%1”:").arg(tag->name),
                                               QLineEdit::Normal, tag->name, &ok).trimmed();
    if (!ok || name.isEmpty() || name == tag->name)
        return;
    if (const std::optional<Tag> other = TagStore(m_db).findByName(name); other && other->id != tag->id) {
        QMessageBox::information(this, tr("Rename tag"),
                                 tr("There is already a tag “%1”. To put both together, use “Merge into…”.").arg(other->name));
        return;
    }
    m_edits.renameTag(*tag, name);
}

void TagManagerDialog::colorTag()
{
    const std::optional<Tag> tag = TagStore(m_db).find(currentTagId());
    if (!tag)
        return;
    const QColor color = QColorDialog::getColor(tag->color.isEmpty() ? QColor(0x19, 0x76, 0xd2) : QColor(tag->color), this,
                                                tr("Colour of “%1”").arg(tag->name));
    if (color.isValid())
        m_edits.setTagColor(*tag, color.name());
}

void TagManagerDialog::mergeTag()
{
    TagStore tags(m_db);
    const std::optional<Tag> from = tags.find(currentTagId());
    if (!from)
        return;
    QStringList names;
    const QList<Tag> all = tags.all();
    for (const Tag &t : all)
        if (t.id != from->id)
            names << t.name;
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge tags"),
                                               tr("Everyone tagged “%1” gets this tag instead, and “%1” goes away:")
                                                   .arg(from->name),
                                               names, 0, false, &ok);
    if (!ok)
        return;
    for (const Tag &t : all)
        if (t.name == into)
            m_edits.mergeTags(*from, t);
}

void TagManagerDialog::deleteTag()
{
    const std::optional<Tag> tag = TagStore(m_db).find(currentTagId());
    if (!tag)
        return;
    const QString question = tag->customerCount == 0
                                 ? tr("Delete the tag “%1”? Nobody carries it.").arg(tag->name)
                                 : tr("Delete the tag “%1”? %2 customers carry it; they stay, only the tag goes.")
                                       .arg(tag->name, QLocale().toString(tag->customerCount));
    QMessageBox box(QMessageBox::Warning, tr("Delete tag"), question, QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can undo this with Ctrl+Z."));
    QPushButton *remove = box.addButton(tr("Delete tag"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        m_edits.deleteTag(*tag);
}

} // namespace clientele
