#include "SegmentDelegate.h"

#include "SegmentListModel.h"

#include <QtGui/QPainter>
#include <QtWidgets/QApplication>

namespace clientele {

namespace {

constexpr int Pad = 8;
constexpr int Dot = 14;

QColor shown(const QModelIndex &index, const QPalette &palette)
{
    const QColor c = index.data(SegmentListModel::ColorRole).value<QColor>();
    return c.isValid() ? c : palette.color(QPalette::Disabled, QPalette::Text);
}

} // namespace

SegmentDelegate::SegmentDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

SegmentDelegate::~SegmentDelegate() = default;

QSize SegmentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setHeight(qMax(size.height(), fm.height() * 2 + fm.leading() + 2 * Pad + 2));
    if (index.column() == SegmentListModel::Share)
        size.setWidth(qMax(size.width(), 180));
    if (index.column() == SegmentListModel::Name)
        size.setWidth(qMax(size.width(), 360));
    if (index.column() == SegmentListModel::Members || index.column() == SegmentListModel::Revenue)
        size.setWidth(size.width() + 3 * Pad); // room before the next column
    return size;
}

void SegmentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int column = index.column();
    if (column != SegmentListModel::Name && column != SegmentListModel::Share) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.7f);
    const QColor color = shown(index, opt.palette);
    const QRect r = opt.rect.adjusted(Pad, Pad, -Pad, -Pad);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (column == SegmentListModel::Name) {
        const bool everyoneElse = index.data(SegmentListModel::IsEveryoneElseRole).toBool();
        const QFontMetrics fm(opt.font);
        const QRect dot(r.left(), r.top() + (fm.height() - Dot) / 2, Dot, Dot);
        if (everyoneElse) {
            painter->setPen(QPen(color, 1.5, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
        } else {
            painter->setPen(QPen(color.darker(130), 1));
            painter->setBrush(color);
        }
        painter->drawEllipse(QRectF(dot).adjusted(0.5, 0.5, -0.5, -0.5));

        const int left = dot.right() + Pad + 2;
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(textColor);
        const QRect nameRect(left, r.top(), r.right() - left, fm.height());
        QString name = text;
        if (!index.data(SegmentListModel::ErrorRole).toString().isEmpty())
            name = tr("%1 (cannot be counted)").arg(text);
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideRight, nameRect.width()));
        painter->setFont(opt.font);
        painter->setPen(dim);
        const QRect sentenceRect(left, nameRect.bottom() + 1 + fm.leading(), nameRect.width(), fm.height());
        painter->drawText(sentenceRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(SegmentListModel::SentenceRole).toString(), Qt::ElideRight,
                                        sentenceRect.width()));
    } else {
        const double share = qBound(0.0, index.data(SegmentListModel::ShareRole).toDouble(), 1.0);
        const QFontMetrics fm(opt.font);
        const int textWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + Pad;
        const int barHeight = qMax(8, fm.height() / 2);
        const QRect bar(r.left(), r.center().y() - barHeight / 2, qMax(20, r.width() - textWidth), barHeight);
        QColor track = opt.palette.color(QPalette::Mid);
        track.setAlphaF(0.35f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(track);
        painter->drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
        if (share > 0) {
            QRectF filled = bar;
            filled.setWidth(qMax(double(barHeight), bar.width() * share));
            painter->setBrush(color);
            painter->drawRoundedRect(filled, barHeight / 2.0, barHeight / 2.0);
        }
        painter->setPen(textColor);
        painter->drawText(QRect(bar.right() + Pad, r.top(), textWidth - Pad, r.height()),
                          Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter->restore();
}

} // namespace clientele
