#include "ChartCard.h"

#include <QtGui/QImage>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    setPalette(p);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(16, 12, 16, 12);
    m_layout->setSpacing(4);
    m_header = new QHBoxLayout;
    m_header->setSpacing(8);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_title->setFont(f);
    m_header->addWidget(m_title, 1);
    m_layout->addLayout(m_header);
    m_takeaway = new QLabel(this);
    m_takeaway->setObjectName(QStringLiteral("chartTakeaway"));
    m_takeaway->setWordWrap(true);
    m_takeaway->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_takeaway->setContextMenuPolicy(Qt::NoContextMenu);
    m_layout->addWidget(m_takeaway);

    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showMenu(mapToGlobal(pos)); });
}

QString ChartCard::title() const
{
    return m_title->text();
}

QString ChartCard::takeaway() const
{
    return m_takeaway->text();
}

void ChartCard::setTakeaway(const QString &text)
{
    m_takeaway->setText(text);
}

void ChartCard::setBody(QWidget *body)
{
    m_body = body;
    m_layout->addWidget(body, 1);
    body->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(body, &QWidget::customContextMenuRequested, this,
            [this, body](const QPoint &pos) { showMenu(body->mapToGlobal(pos)); });
}

void ChartCard::addTool(QWidget *tool)
{
    m_header->addWidget(tool);
}

QImage ChartCard::image()
{
    return grab().toImage();
}

void ChartCard::showMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Copy chart"), this, &ChartCard::copyRequested);
    menu.addAction(tr("Save chart as PNG…"), this, &ChartCard::saveRequested);
    menu.exec(globalPos);
}

} // namespace clientele
