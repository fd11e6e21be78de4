#include "SegmentWizard.h"

#include "common/RuleCounter.h"
#include "common/WhyLabel.h"

#include "model/Customer.h"
#include "model/Money.h"
#include "segments/AsOfDay.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/TagStore.h"

#include <QtCore/QJsonValue>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

namespace clientele {

namespace {

QSpinBox *spin(int min, int max, int value, const QString &accessibleName, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    s->setAccessibleName(accessibleName);
    return s;
}

// A line of words and fields: "At least [8] [visits] in the last [30] days".
QHBoxLayout *sentenceRow(const QList<QWidget *> &parts)
{
    auto *row = new QHBoxLayout;
    for (QWidget *w : parts)
        row->addWidget(w);
    row->addStretch(1);
    return row;
}

// The page asks for at least one answer before Next.
class ChoicePage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete && complete(); }
};

} // namespace

SegmentWizard::SegmentWizard(Database &db, SegmentEngine &engine, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_engine(engine)
{
    setWindowTitle(tr("Help me make a segment"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Open in the builder"));
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &SegmentWizard::updatePreview);
    m_counter = new RuleCounter(m_db, m_engine, this);
    connect(m_counter, &RuleCounter::counted, this, &SegmentWizard::showCount);

    setPage(WhoPage, createWhoPage());
    setPage(DetailsPage, createDetailsPage());
    setPage(ResultPage, createResultPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == DetailsPage)
            showChosenDetails();
        if (id == ResultPage) {
            if (!m_nameEdited)
                m_name->setText(suggestedName());
            updatePreview();
        }
    });
    resize(720, 560);
}

QWizardPage *SegmentWizard::createWhoPage()
{
    auto *page = new ChoicePage(this);
    page->setTitle(tr("Who do you want to find?"));
    page->setSubTitle(tr("Tick what these customers have in common. The next page asks for the details."));
    const QString texts[CriterionCount] = {
        tr("They come &often"),
        tr("They &spend a lot"),
        tr("How long since they last &bought"),
        tr("&Where they live"),
        tr("A &tag they have"),
        tr("How they &first came to the shop"),
    };
    const QString hints[CriterionCount] = {
        tr("Your regulars: so many visits or purchases in a month, or in a year."),
        tr("Your best customers by what they spent in a period."),
        tr("Who has not come back for a while, or who bought recently."),
        tr("Customers of one town, for a local event or a delivery round."),
        tr("Customers you marked, such as “VIP” or “Newsletter”."),
        tr("Walk-ins, online customers, referrals or imported ones."),
    };
    auto *layout = new QVBoxLayout(page);
    for (int c = 0; c < CriterionCount; ++c) {
        m_criteria[c] = new QCheckBox(texts[c], page);
        m_criteria[c]->setObjectName(QStringLiteral("criterion%1").arg(c));
        m_criteria[c]->setToolTip(hints[c]);
        auto *hint = whyLabel(hints[c], page);
        hint->setContentsMargins(24, 0, 0, 4);
        layout->addWidget(m_criteria[c]);
        layout->addWidget(hint);
        connect(m_criteria[c], &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    }
    page->complete = [this] {
        for (QCheckBox *box : m_criteria)
            if (box->isChecked())
                return true;
        return false;
    };
    layout->addStretch(1);
    layout->addWidget(whyLabel(tr("You can change everything afterwards in the builder."), page));
    return page;
}

QWizardPage *SegmentWizard::createDetailsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Tell Clientele the details"));
    page->setSubTitle(tr("Each line becomes one condition of the segment."));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    const SettingsStore settings(m_db);
    const bool cafe = settings.businessKind() == u"cafe";

    // How often.
    m_details[Often] = new QGroupBox(tr("How often they come"), content);
    m_oftenTimes = spin(1, 10000, cafe ? 8 : 3, tr("How many times"), m_details[Often]);
    m_oftenWhat = new QComboBox(m_details[Often]);
    m_oftenWhat->setAccessibleName(tr("Visits or purchases"));
    m_oftenWhat->addItem(tr("visits"), QStringLiteral("visits.count"));
    m_oftenWhat->addItem(tr("purchases"), QStringLiteral("purchases.count"));
    m_oftenWhat->setCurrentIndex(cafe ? 0 : 1);
    m_oftenDays = spin(1, 3650, cafe ? 30 : 180, tr("In how many days"), m_details[Often]);
    {
        auto *box = new QVBoxLayout(m_details[Often]);
        box->addLayout(sentenceRow({new QLabel(tr("At least"), m_details[Often]), m_oftenTimes, m_oftenWhat,
                                    new QLabel(tr("in the last"), m_details[Often]), m_oftenDays,
                                    new QLabel(tr("days"), m_details[Often])}));
        box->addWidget(whyLabel(tr("A café regular comes about 8 times a month; a shop's loyal customer buys 3 or 4 "
                              "times in half a year."),
                           m_details[Often]));
    }

    // How much.
    m_details[Spend] = new QGroupBox(tr("How much they spend"), content);
    m_spendAmount = new QDoubleSpinBox(m_details[Spend]);
    m_spendAmount->setAccessibleName(tr("Amount spent"));
    m_spendAmount->setRange(0.01, 10'000'000.0);
    m_spendAmount->setDecimals(2);
    m_spendAmount->setValue(cafe ? 200 : 500);
    m_spendAmount->setSuffix(u' ' + Money::currencySymbol(settings.currency()));
    m_spendDays = spin(1, 3650, 365, tr("In how many days"), m_details[Spend]);
    {
        auto *box = new QVBoxLayout(m_details[Spend]);
        box->addLayout(sentenceRow({new QLabel(tr("At least"), m_details[Spend]), m_spendAmount,
                                    new QLabel(tr("spent in the last"), m_details[Spend]), m_spendDays,
                                    new QLabel(tr("days"), m_details[Spend])}));
        box->addWidget(whyLabel(tr("365 days compares whole years, so seasons do not count twice."), m_details[Spend]));
    }

    // How recently.
    m_details[Recency] = new QGroupBox(tr("How long since they last bought"), content);
    m_recencyKind = new QComboBox(m_details[Recency]);
    m_recencyKind->setAccessibleName(tr("Bought or not"));
    m_recencyKind->addItem(tr("Have not bought for more than"), int(RuleOp::Greater));
    m_recencyKind->addItem(tr("Bought within the last"), int(RuleOp::LessOrEqual));
    m_recencyDays = spin(1, 3650, 90, tr("Number of days"), m_details[Recency]);
    {
        auto *box = new QVBoxLayout(m_details[Recency]);
        box->addLayout(sentenceRow({m_recencyKind, m_recencyDays, new QLabel(tr("days"), m_details[Recency])}));
        box->addWidget(whyLabel(tr("Customers who never bought anything are in neither: they have no last purchase."),
                           m_details[Recency]));
    }

    // Where.
    m_details[Place] = new QGroupBox(tr("Where they live"), content);
    m_city = new QComboBox(m_details[Place]);
    m_city->setAccessibleName(tr("Town"));
    m_city->setEditable(true);
    m_city->addItems(CustomerStore(m_db).cities());
    m_city->setMinimumContentsLength(18);
    m_city->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_city->completer()->setFilterMode(Qt::MatchContains);
    {
        auto *box = new QVBoxLayout(m_details[Place]);
        box->addLayout(sentenceRow({new QLabel(tr("Live in"), m_details[Place]), m_city}));
        box->addWidget(whyLabel(tr("The towns your customers live in, most common first."), m_details[Place]));
    }

    // Which tag.
    m_details[WithTag] = new QGroupBox(tr("A tag they have"), content);
    m_tag = new QComboBox(m_details[WithTag]);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setEditable(true);
    for (const Tag &t : TagStore(m_db).all())
        m_tag->addItem(t.name);
    m_tag->setMinimumContentsLength(18);
    m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    {
        auto *box = new QVBoxLayout(m_details[WithTag]);
        box->addLayout(sentenceRow({new QLabel(tr("Have the tag"), m_details[WithTag]), m_tag}));
    }

    // How they came.
    m_details[Origin] = new QGroupBox(tr("How they first came to the shop"), content);
    m_origin = new QComboBox(m_details[Origin]);
    m_origin->setAccessibleName(tr("How they first came"));
    m_origin->addItem(tr("walked in"), originKey(clientele::Origin::WalkIn));
    m_origin->addItem(tr("online"), originKey(clientele::Origin::Online));
    m_origin->addItem(tr("through a referral"), originKey(clientele::Origin::Referral));
    m_origin->addItem(tr("imported from another program"), originKey(clientele::Origin::Imported));
    {
        auto *box = new QVBoxLayout(m_details[Origin]);
        box->addLayout(sentenceRow({new QLabel(tr("First came"), m_details[Origin]), m_origin}));
    }

    for (QGroupBox *g : m_details)
        layout->addWidget(g);

    // All or any, when there is more than one answer.
    m_combine = new QWidget(content);
    m_matchAll = new QRadioButton(tr("fit &all of these"), m_combine);
    m_matchAll->setObjectName(QStringLiteral("matchAll"));
    m_matchAny = new QRadioButton(tr("fit at least &one of these"), m_combine);
    m_matchAny->setObjectName(QStringLiteral("matchAny"));
    m_matchAll->setChecked(true);
    auto *combineRow = new QHBoxLayout(m_combine);
    combineRow->setContentsMargins(0, 0, 0, 0);
    combineRow->addWidget(new QLabel(tr("Customers must"), m_combine));
    combineRow->addWidget(m_matchAll);
    combineRow->addWidget(m_matchAny);
    combineRow->addStretch(1);
    layout->addWidget(m_combine);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(page);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    // Every answer changes the preview on the last page.
    for (QSpinBox *s : {m_oftenTimes, m_oftenDays, m_spendDays, m_recencyDays})
        connect(s, &QSpinBox::valueChanged, this, &SegmentWizard::schedulePreview);
    connect(m_spendAmount, &QDoubleSpinBox::valueChanged, this, &SegmentWizard::schedulePreview);
    for (QComboBox *c : {m_oftenWhat, m_recencyKind, m_city, m_tag, m_origin})
        connect(c, &QComboBox::currentTextChanged, this, &SegmentWizard::schedulePreview);
    connect(m_matchAll, &QRadioButton::toggled, this, &SegmentWizard::schedulePreview);
    return page;
}

QWizardPage *SegmentWizard::createResultPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your segment"));
    page->setSubTitle(tr("This is who it finds today. Give it a name you will recognise."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setAccessibleName(tr("Name of the segment"));
    m_name->setMaxLength(60);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    m_sentence = new QLabel(page);
    m_sentence->setObjectName(QStringLiteral("segmentSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_sentence->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_sentence->setFont(larger);
    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("segmentCount"));
    m_count->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);

    auto *nameLabel = new QLabel(tr("&Name:"), page);
    nameLabel->setBuddy(m_name);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(nameRow);
    layout->addSpacing(8);
    layout->addWidget(m_sentence);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(whyLabel(tr("“Open in the builder” shows the conditions one by one. Change anything you like there, "
                             "then save the segment. Each customer belongs to the first segment that fits, so it is "
                             "checked after the segments you already have."),
                          page));
    return page;
}

void SegmentWizard::showChosenDetails()
{
    int chosen = 0;
    for (int c = 0; c < CriterionCount; ++c) {
        m_details[c]->setVisible(m_criteria[c]->isChecked());
        chosen += m_criteria[c]->isChecked() ? 1 : 0;
    }
    m_combine->setVisible(chosen > 1);
    // The first field of the first answer takes the keyboard.
    for (int c = 0; c < CriterionCount; ++c)
        if (m_criteria[c]->isChecked()) {
            m_details[c]->nextInFocusChain()->setFocus();
            break;
        }
}

Rule SegmentWizard::rule() const
{
    QList<Rule> conditions;
    if (m_criteria[Often]->isChecked())
        conditions << Rule::condition(m_oftenWhat->currentData().toString(), RuleOp::GreaterOrEqual,
                                      m_oftenTimes->value(), m_oftenDays->value());
    if (m_criteria[Spend]->isChecked())
        conditions << Rule::condition(QStringLiteral("purchases.total"), RuleOp::GreaterOrEqual,
                                      std::round(m_spendAmount->value() * 100.0) / 100.0, m_spendDays->value());
    if (m_criteria[Recency]->isChecked())
        conditions << Rule::condition(QStringLiteral("purchases.days_since_last"),
                                      RuleOp(m_recencyKind->currentData().toInt()), m_recencyDays->value());
    if (m_criteria[Place]->isChecked() && !m_city->currentText().trimmed().isEmpty())
        conditions << Rule::condition(QStringLiteral("city"), RuleOp::Equal, m_city->currentText().trimmed());
    if (m_criteria[WithTag]->isChecked() && !m_tag->currentText().trimmed().isEmpty())
        conditions << Rule::condition(QStringLiteral("tag"), RuleOp::Has, m_tag->currentText().trimmed());
    if (m_criteria[Origin]->isChecked())
        conditions << Rule::condition(QStringLiteral("origin"), RuleOp::Equal, m_origin->currentData().toString());
    return m_matchAny->isChecked() && conditions.size() > 1 ? Rule::any(conditions) : Rule::all(conditions);
}

QString SegmentWizard::suggestedName() const
{
    QStringList names;
    if (m_criteria[Often]->isChecked())
        names << tr("Regulars");
    if (m_criteria[Spend]->isChecked())
        names << tr("Big spenders");
    if (m_criteria[Recency]->isChecked())
        names << (RuleOp(m_recencyKind->currentData().toInt()) == RuleOp::Greater ? tr("At risk")
                                                                                   : tr("Recently active"));
    if (m_criteria[Place]->isChecked() && !m_city->currentText().trimmed().isEmpty())
        names << tr("From %1").arg(m_city->currentText().trimmed());
    if (m_criteria[WithTag]->isChecked() && !m_tag->currentText().trimmed().isEmpty())
        names << m_tag->currentText().trimmed();
    if (m_criteria[Origin]->isChecked())
        names << m_origin->currentText();
    QString name = names.value(0, tr("My segment"));
    if (names.size() > 1)
        name = tr("%1 & %2").arg(names.at(0), names.at(1));
    // Not a name already taken.
    const SegmentStore store(m_db);
    QString unique = name;
    for (int n = 2; store.findByName(unique); ++n)
        unique = tr("%1 (%2)").arg(name).arg(n);
    return unique;
}

Segment SegmentWizard::segment() const
{
    Segment s;
    s.name = m_name->text().trimmed().isEmpty() ? suggestedName() : m_name->text().trimmed();
    s.ruleJson = QString::fromUtf8(RuleJson::write(rule()));
    QStringList used;
    for (const Segment &other : SegmentStore(m_db).all())
        used << other.color.toLower();
    const QStringList colors = SegmentBuilder::presetColors();
    s.color = colors.first();
    for (const QString &c : colors)
        if (!used.contains(c)) {
            s.color = c;
            break;
        }
    return s;
}

void SegmentWizard::schedulePreview()
{
    if (currentId() == ResultPage)
        m_delay->start();
}

void SegmentWizard::updatePreview()
{
    m_delay->stop();
    const Rule r = rule();
    m_liveCount = -1;
    if (r.children.isEmpty() || !RuleJson::validate(r).isEmpty()) {
        m_sentence->setText(tr("Go back and fill in at least one answer."));
        m_count->clear();
        Q_EMIT previewUpdated();
        return;
    }
    m_sentence->setText(RuleText::sentence(r));
    m_count->setText(tr("Counting…"));
    m_counter->count({r}); // showCount() follows
}

void SegmentWizard::showCount(const QList<qint64> &counts, const QString &error)
{
    m_liveCount = counts.value(0, -1);
    m_total = CustomerStore(m_db).count();
    const QLocale locale;
    if (m_liveCount < 0)
        m_count->setText(tr("These answers could not be counted: %1").arg(error));
    else if (m_liveCount == 0)
        m_count->setText(tr("No customers fit these answers today. You can loosen them in the builder."));
    else {
        const QString share =
            locale.toString(100.0 * double(m_liveCount) / double(std::max<qint64>(m_total, 1)), 'f', 1)
            + locale.percent();
        m_count->setText(m_liveCount == 1 ? tr("1 customer fits today (%1 of your customers).").arg(share)
                                          : tr("%1 customers fit today (%2 of your customers).")
                                                .arg(locale.toString(m_liveCount), share));
    }
    Q_EMIT previewUpdated();
}

} // namespace clientele
