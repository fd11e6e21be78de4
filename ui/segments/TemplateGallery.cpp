#include "TemplateGallery.h"

#include "ColorSwatch.h"
#include "commands/EditController.h"
#include "common/RuleCounter.h"
#include "segments/AsOfDay.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "storage/CustomerStore.h"
#include "storage/SettingsStore.h"

#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace clientele {

namespace {

QString customers(qint64 n)
{
    return n == 1 ? TemplateGallery::tr("1 customer") : TemplateGallery::tr("%1 customers").arg(QLocale().toString(n));
}

} // namespace

TemplateGallery::TemplateGallery(Database &db, EditController &edits, SegmentEngine &engine, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_edits(edits)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("templateGallery"));
    setWindowTitle(tr("Start from a template"));
    m_existing = SegmentStore(db).count();
    m_total = CustomerStore(db).count();
    m_counter = new RuleCounter(db, engine, this);
    connect(m_counter, &RuleCounter::counted, this, &TemplateGallery::showCounts);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pick the kind of business closest to yours, or single groups by how recently, how "
                                "often and how much customers buy. The numbers are your customers today."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *middle = new QHBoxLayout;
    m_sets = new QListWidget(this);
    m_sets->setObjectName(QStringLiteral("templateSets"));
    m_sets->setAccessibleName(tr("Kinds of business"));
    for (const TemplateSet &s : SegmentTemplates::sets()) {
        auto *item = new QListWidgetItem(s.name, m_sets);
        item->setData(Qt::UserRole, s.key);
        item->setToolTip(s.description);
        item->setSizeHint(QSize(0, m_sets->fontMetrics().height() + 16));
    }
    int widest = 0;
    for (int i = 0; i < m_sets->count(); ++i)
        widest = qMax(widest, m_sets->fontMetrics().horizontalAdvance(m_sets->item(i)->text()));
    m_sets->setFixedWidth(widest + 48);
    middle->addWidget(m_sets);

    auto *right = new QVBoxLayout;
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("setDescription"));
    m_description->setWordWrap(true);
    QFont bigger = m_description->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_description->setFont(bigger);
    right->addWidget(m_description);
    m_paramsBox = new QGroupBox(tr("Thresholds you can change"), this);
    m_params = new QFormLayout(m_paramsBox);
    m_params->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    right->addWidget(m_paramsBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_cardsHolder = new QWidget(scroll);
    m_cardsLayout = new QVBoxLayout(m_cardsHolder);
    m_cardsLayout->setSpacing(10);
    scroll->setWidget(m_cardsHolder);
    right->addWidget(scroll, 1);
    middle->addLayout(right, 1);
    layout->addLayout(middle, 1);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("galleryNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &TemplateGallery::updateCounts);
    connect(m_sets, &QListWidget::currentRowChanged, this, &TemplateGallery::rebuild);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TemplateGallery::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TemplateGallery::reject);

    const QString kind = SettingsStore(db).businessKind();
    showSet(SegmentTemplates::keys().contains(kind) ? kind : SegmentTemplates::keys().first());
    resize(1000, 680);
}

TemplateGallery::~TemplateGallery() = default;

void TemplateGallery::showSet(const QString &key)
{
    for (int i = 0; i < m_sets->count(); ++i)
        if (m_sets->item(i)->data(Qt::UserRole).toString() == key)
            m_sets->setCurrentRow(i);
}

QString TemplateGallery::currentSet() const
{
    return m_set ? m_set->key : QString();
}

QMap<QString, int> TemplateGallery::parameters() const
{
    QMap<QString, int> out;
    for (QSpinBox *spin : m_spins)
        out.insert(spin->objectName(), spin->value());
    return out;
}

void TemplateGallery::rebuild()
{
    const QListWidgetItem *item = m_sets->currentItem();
    if (!item)
        return;
    m_set = SegmentTemplates::set(item->data(Qt::UserRole).toString());
    if (!m_set)
        return;
    m_description->setText(m_set->description);

    while (m_params->rowCount() > 0)
        m_params->removeRow(0);
    m_spins.clear();
    for (const TemplateParameter &p : m_set->parameters) {
        auto *spin = new QSpinBox(m_paramsBox);
        spin->setObjectName(p.key);
        spin->setRange(p.minimum, p.maximum);
        spin->setValue(p.value);
        spin->setGroupSeparatorShown(true);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("100,000,000")) + 40);
        connect(spin, &QSpinBox::valueChanged, m_delay, qOverload<>(&QTimer::start));
        auto *label = new QLabel(p.label, m_paramsBox);
        label->setBuddy(spin);
        m_params->addRow(label, spin);
        m_spins << spin;
    }
    m_paramsBox->setVisible(!m_spins.isEmpty());

    while (QLayoutItem *old = m_cardsLayout->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_cards.clear();
    // A business set is meant to be taken whole; RFM groups one by one.
    const bool all = m_set->key != u"rfm";
    for (const SegmentTemplate &t : m_set->segments) {
        auto *card = new QFrame(m_cardsHolder);
        card->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(card);
        grid->setColumnStretch(1, 1);
        Card c;
        c.key = t.key;
        c.check = new QCheckBox(t.name, card);
        c.check->setObjectName(t.key);
        c.check->setIcon(colorSwatch(QColor(t.color), 14));
        c.check->setChecked(all);
        QFont bold = c.check->font();
        bold.setBold(true);
        c.check->setFont(bold);
        c.count = new QLabel(card);
        c.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        c.sentence = new QLabel(card);
        c.sentence->setWordWrap(true);
        auto *next = new QLabel(tr("Next step: %1").arg(t.nextStep), card);
        next->setWordWrap(true);
        next->setEnabled(false);
        grid->addWidget(c.check, 0, 0, 1, 2);
        grid->addWidget(c.count, 0, 2);
        grid->addWidget(c.sentence, 1, 0, 1, 3);
        grid->addWidget(next, 2, 0, 1, 3);
        connect(c.check, &QCheckBox::toggled, this, &TemplateGallery::updateButtons);
        m_cardsLayout->addWidget(card);
        m_cards << c;
    }
    m_cardsLayout->addStretch(1);
    updateCounts();
}

void TemplateGallery::updateCounts()
{
    m_delay->stop();
    if (!m_set)
        return;
    m_set = SegmentTemplates::set(m_set->key, parameters());
    // The sentences follow at once; the numbers come from a worker.
    QList<Rule> rules;
    m_counted.clear();
    for (Card &c : m_cards) {
        for (const SegmentTemplate &t : m_set->segments) {
            if (t.key != c.key)
                continue;
            c.sentence->setText(RuleText::sentence(t.rule));
            c.count->setText(tr("counting…"));
            rules << t.rule;
            m_counted << c.key;
        }
    }
    m_counter->count(rules);
}

void TemplateGallery::showCounts(const QList<qint64> &counts)
{
    for (Card &c : m_cards) {
        const qsizetype at = m_counted.indexOf(c.key);
        if (at < 0 || at >= counts.size())
            continue;
        c.members = counts.at(at);
        const double share = m_total > 0 && c.members > 0 ? double(c.members) / double(m_total) : 0.0;
        c.count->setText(c.members < 0 ? tr("cannot be counted")
                                       : tr("%1 (%2%)").arg(customers(c.members), QLocale().toString(share * 100, 'f', 0)));
    }
    updateButtons();
    Q_EMIT countsUpdated();
}

bool TemplateGallery::isCountPending() const
{
    return m_delay->isActive() || m_counter->isBusy();
}

QStringList TemplateGallery::chosen() const
{
    QStringList keys;
    for (const Card &c : m_cards)
        if (c.check->isChecked())
            keys << c.key;
    return keys;
}

void TemplateGallery::setChosen(const QString &templateKey, bool on)
{
    for (const Card &c : m_cards)
        if (c.key == templateKey)
            c.check->setChecked(on);
}

qint64 TemplateGallery::countOf(const QString &templateKey) const
{
    for (const Card &c : m_cards)
        if (c.key == templateKey)
            return c.members;
    return -1;
}

void TemplateGallery::updateButtons()
{
    const qsizetype n = chosen().size();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(n > 0);
    ok->setText(n == 1 ? tr("Add 1 segment") : tr("Add %1 segments").arg(QLocale().toString(n)));
    QStringList notes;
    if (m_existing > 0)
        notes << (m_existing == 1 ? tr("They go after your segment; you can change the order afterwards.")
                                  : tr("They go after your %1 segments; you can change the order afterwards.")
                                        .arg(QLocale().toString(m_existing)));
    if (m_existing + n > 5)
        notes << tr("Most shops do best with three to five groups.");
    m_note->setText(notes.join(u' '));
}

void TemplateGallery::accept()
{
    if (!m_set)
        return;
    const QStringList keys = chosen();
    QStringList taken;
    for (const Segment &s : SegmentStore(m_db).all())
        taken << s.name.toLower();
    QList<Segment> segments;
    for (const SegmentTemplate &t : m_set->segments) {
        if (!keys.contains(t.key))
            continue;
        // The owner may already have a "Loyal": the new one is "Loyal 2".
        QString name = t.name;
        for (int i = 2; taken.contains(name.toLower()); ++i)
            name = tr("%1 %2").arg(t.name).arg(i);
        taken << name.toLower();
        segments << t.toSegment(name);
    }
    QString error;
    m_added = m_edits.addSegments(segments, &error);
    if (m_added.isEmpty()) {
        m_note->setText(error.isEmpty() ? tr("The segments could not be added.") : error);
        return;
    }
    QDialog::accept();
}

} // namespace clientele
