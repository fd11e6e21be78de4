#include "SegmentBuilder.h"

#include "ColorSwatch.h"
#include "RuleGroupWidget.h"
#include "commands/EditController.h"
#include "model/Money.h"
#include "segments/AsOfDay.h"
#include "segments/MemorySegmentEvaluator.h"
#include "segments/RuleJson.h"
#include "segments/RuleText.h"
#include "segments/SegmentEngine.h"
#include "segments/SegmentStore.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/CustomerStore.h"
#include "storage/LocationStore.h"
#include "storage/PurchaseStore.h"
#include "storage/SettingsStore.h"
#include "storage/TagStore.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFutureWatcher>
#include <QtCore/QLocale>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <QtGui/QScreen>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QColorDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace clientele {

namespace {

// Long enough to let a word be typed, short enough to feel live.
constexpr int PreviewDelayMs = 150;

QString customers(qint64 n)
{
    return n == 1 ? SegmentBuilder::tr("1 customer") : SegmentBuilder::tr("%1 customers").arg(QLocale().toString(n));
}

QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QStringList SegmentBuilder::presetColors()
{
    return {QStringLiteral("#2e7d32"), QStringLiteral("#1976d2"), QStringLiteral("#6a1b9a"),
            QStringLiteral("#ef6c00"), QStringLiteral("#c62828"), QStringLiteral("#00838f"),
            QStringLiteral("#f9a825"), QStringLiteral("#ad1457"), QStringLiteral("#5d4037"),
            QStringLiteral("#757575")};
}

SegmentBuilder::SegmentBuilder(Database &db, EditController &edits, SegmentEngine &engine, const Segment &segment,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_edits(edits)
    , m_engine(engine)
    , m_original(segment)
{
    setObjectName(QStringLiteral("segmentBuilder"));
    setWindowTitle(segment.id == 0 ? tr("New segment") : tr("Change segment “%1”").arg(segment.name));

    // Read while the window waits: each of these is a few milliseconds
    // (categories from the latest 20,000 purchases, the common ones).
    m_suggestions.tags = TagStore(db).names();
    m_suggestions.cities = CustomerStore(db).cities();
    m_suggestions.categories = PurchaseStore(db).categories(500, 20'000);
    for (const Location &l : LocationStore(db).all())
        m_suggestions.locations << l.name;
    m_suggestions.currencySymbol = Money::currencySymbol(SettingsStore(db).currency());

    const QList<Segment> all = SegmentStore(db).all();
    for (const Segment &s : all) {
        if (s.id == segment.id)
            continue;
        m_others << Other{s.id, s.name, s.color, segment.id == 0 || s.priority < segment.priority, {}};
    }

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    // Name and colour.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(segment.name, this);
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("For example: Regulars"));
    m_name->setMaxLength(60);
    m_nameMessage = new QLabel(this);
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    QPalette warn = m_nameMessage->palette();
    warn.setColor(QPalette::WindowText, QColor(QStringLiteral("#b3261e")));
    m_nameMessage->setPalette(warn);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 2);
    nameRow->addWidget(m_nameMessage, 3);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);

    auto *colorRow = new QHBoxLayout;
    colorRow->setSpacing(4);
    m_colors = new QButtonGroup(this);
    m_colors->setExclusive(true);
    for (const QString &c : presetColors()) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setIcon(colorSwatch(QColor(c), 20));
        b->setIconSize(QSize(20, 20));
        b->setProperty("color", c);
        b->setAccessibleName(tr("Colour %1").arg(c));
        m_colors->addButton(b);
        colorRow->addWidget(b);
    }
    auto *more = new QPushButton(tr("Other colour…"), this);
    more->setObjectName(QStringLiteral("otherColor"));
    colorRow->addWidget(more);
    colorRow->addStretch(1);
    form->addRow(tr("Colour:"), colorRow);
    layout->addLayout(form);

    // Conditions on the left, what they mean on the right.
    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    auto *conditions = new QGroupBox(tr("Who belongs in it"), this);
    auto *conditionsLayout = new QVBoxLayout(conditions);
    auto *scroll = new QScrollArea(conditions);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *holder = new QWidget(scroll);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(4, 4, 4, 4);
    m_rule = new RuleGroupWidget(m_suggestions, 0, holder);
    holderLayout->addWidget(m_rule);
    holderLayout->addStretch(1);
    scroll->setWidget(holder);
    conditionsLayout->addWidget(scroll);
    middle->addWidget(conditions, 1);

    auto *preview = new QGroupBox(tr("Right now"), this);
    preview->setObjectName(QStringLiteral("preview"));
    preview->setMinimumWidth(300);
    preview->setMaximumWidth(360);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setSpacing(10);
    m_sentence = wrapped(preview, QStringLiteral("sentence"));
    m_count = wrapped(preview, QStringLiteral("liveCount"));
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_count->setFont(big);
    m_share = new QProgressBar(preview);
    m_share->setObjectName(QStringLiteral("liveShare"));
    m_share->setRange(0, 1000);
    m_share->setTextVisible(true);
    m_taken = wrapped(preview, QStringLiteral("takenByHigher"));
    m_overlap = wrapped(preview, QStringLiteral("overlap"));
    m_overlap->setTextFormat(Qt::RichText);
    m_problems = wrapped(preview, QStringLiteral("problems"));
    m_problems->setPalette(warn);
    previewLayout->addWidget(m_sentence);
    previewLayout->addWidget(m_count);
    previewLayout->addWidget(m_share);
    previewLayout->addWidget(m_taken);
    previewLayout->addWidget(m_overlap);
    previewLayout->addWidget(m_problems);
    previewLayout->addStretch(1);
    middle->addWidget(preview);
    layout->addLayout(middle, 1);

    auto *nextForm = new QFormLayout;
    m_nextStep = new QLineEdit(segment.nextStep, this);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setPlaceholderText(tr("For example: offer them a loyalty card"));
    nextForm->addRow(tr("What you plan to do with them:"), m_nextStep);
    layout->addLayout(nextForm);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(segment.id == 0 ? tr("Add segment") : tr("Save changes"));
    layout->addWidget(m_buttons);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(PreviewDelayMs);
    connect(m_delay, &QTimer::timeout, this, &SegmentBuilder::updatePreview);
    connect(m_rule, &RuleGroupWidget::changed, this, &SegmentBuilder::schedulePreview);
    // Data changed while the builder is open (an import, an edit in another
    // window): count again, the other segments too.
    const auto dataChanged = [this] {
        m_othersEvaluated = false;
        schedulePreview();
    };
    connect(db.notifier(), &ChangeNotifier::customerDataChanged, this, dataChanged);
    connect(db.notifier(), &ChangeNotifier::locationsChanged, this, dataChanged);
    connect(m_name, &QLineEdit::textChanged, this, &SegmentBuilder::updateSaveButton);
    connect(m_colors, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton *b) { m_color = b->property("color").toString(); });
    connect(more, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_color), this, tr("Colour of the segment"));
        if (c.isValid())
            setColor(c.name());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SegmentBuilder::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SegmentBuilder::reject);

    // A new segment gets a colour no other segment has yet.
    QString color = segment.color;
    if (color.isEmpty()) {
        QStringList used;
        for (const Segment &s : all)
            used << s.color.toLower();
        color = presetColors().first();
        for (const QString &c : presetColors())
            if (!used.contains(c)) {
                color = c;
                break;
            }
    }
    setColor(color);

    // An existing segment, a duplicate or a template come with their rule.
    if (const std::optional<Rule> r = RuleJson::parse(segment.ruleJson.toUtf8()))
        m_rule->setRule(*r);
    else
        m_rule->addCondition();

    // Room for a condition with its window inside a nested group, side by
    // side with the preview, on a laptop screen.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(1320, screen.width() - 40), qMin(720, screen.height() - 60));
    m_name->setFocus();
    updateSaveButton();
    updatePreview();
}

SegmentBuilder::~SegmentBuilder() = default;

bool SegmentBuilder::isPreviewPending() const
{
    return m_delay->isActive() || m_counting;
}

void SegmentBuilder::setColor(const QString &color)
{
    m_color = color;
    for (QAbstractButton *b : m_colors->buttons())
        b->setChecked(b->property("color").toString().compare(color, Qt::CaseInsensitive) == 0);
}

Rule SegmentBuilder::rule() const
{
    return m_rule->rule();
}

Segment SegmentBuilder::segment() const
{
    Segment s = m_original;
    s.name = m_name->text().trimmed();
    s.color = m_color;
    s.nextStep = m_nextStep->text().trimmed();
    s.ruleJson = QString::fromUtf8(RuleJson::write(rule()));
    return s;
}

void SegmentBuilder::schedulePreview()
{
    m_liveCount = -1;
    m_delay->start();
    updateSaveButton();
}

// What a preview counts, on a connection of its own in a worker thread:
// the window keeps answering while a rule is counted on a big shop.
struct PreviewResult
{
    quint64 generation = 0;
    std::optional<QList<qint64>> ids;
    QString error;
    qint64 elapsedMs = 0;
    QDate day;
    bool withOthers = false;
    QList<QSet<qint64>> others; // in the order of the rules given
    qint64 total = -1;
};

namespace {


PreviewResult countPreview(Database &db, const std::shared_ptr<CustomerColumns> &columns, quint64 generation,
                           QDate day, const Rule &rule, const std::optional<QList<std::optional<Rule>>> &otherRules)
{
    PreviewResult result;
    result.generation = generation;
    // The engine's columns: read once, and each edit only counts the
    // condition that changed.
    MemorySegmentEvaluator evaluator(db, columns);
    const AsOfDay asOf = AsOfDay::forDatabase(db, day);
    result.day = asOf.day();
    // Only customers who exist as of the day count, as on the Segments page.
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> everyone = evaluator.everyone(asOf);
    const auto existing = [&](const std::optional<QList<qint64>> &ids) -> std::optional<QList<qint64>> {
        if (!ids || ids->size() == 0)
            return ids;
        QList<qint64> in;
        std::set_intersection(ids->cbegin(), ids->cend(), everyone.cbegin(), everyone.cend(), std::back_inserter(in));
        return in;
    };
    if (otherRules) {
        result.withOthers = true;
        for (const std::optional<Rule> &r : *otherRules) {
            QSet<qint64> ids;
            if (r)
                if (const auto matched = existing(evaluator.matchingIds(*r, asOf)))
                    ids = QSet<qint64>(matched->cbegin(), matched->cend());
            result.others << ids;
        }
        result.total = everyone.size();
        timer.restart();
    }
    result.ids = existing(evaluator.matchingIds(rule, asOf));
    result.elapsedMs = timer.elapsed();
    if (!result.ids)
        result.error = evaluator.lastError();
    return result;
}

} // namespace

void SegmentBuilder::updatePreview()
{
    m_delay->stop();
    const Rule r = rule();
    const QStringList problems = m_rule->problems();
    m_sentence->setText(problems.isEmpty() ? RuleText::sentence(r)
                                           : tr("Finish the conditions to see who is in this segment."));
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_liveCount = -1;
    const quint64 generation = ++m_generation; // results of earlier edits are dropped
    if (!problems.isEmpty() || !RuleJson::validate(r).isEmpty()) {
        m_counting = false;
        if (problems.isEmpty()) {
            m_problems->setText(RuleJson::validate(r));
            m_problems->setVisible(true);
        }
        m_count->setText(tr("—"));
        m_share->hide();
        m_taken->clear();
        m_overlap->clear();
        updateSaveButton();
        Q_EMIT previewUpdated();
        return;
    }

    // The other segments' members are counted once, with the first preview.
    std::optional<QList<std::optional<Rule>>> otherRules;
    if (!m_othersEvaluated) {
        QList<std::optional<Rule>> rules;
        const QList<Segment> all = SegmentStore(m_db).all();
        for (const Other &o : std::as_const(m_others)) {
            std::optional<Rule> found;
            for (const Segment &seg : all)
                if (seg.id == o.id)
                    found = RuleJson::parse(seg.ruleJson.toUtf8());
            rules << found;
        }
        otherRules = rules;
    }
    m_counting = true;
    m_count->setText(tr("Counting…"));
    const QDate day = m_engine.asOf();
    const QString path = m_db.path();
    const std::shared_ptr<CustomerColumns> columns = m_engine.sharedColumns();
    if (!m_db.workersCanOpen()) {
        showPreview(countPreview(m_db, columns, generation, day, r, otherRules));
        return;
    }
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        showPreview(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, columns, generation, day, r, otherRules]() -> PreviewResult {
        Database db;
        if (const DatabaseError e = db.openForWorker(path)) {
            PreviewResult failed;
            failed.generation = generation;
            failed.error = e.message;
            return failed;
        }
        return countPreview(db, columns, generation, day, r, otherRules);
    }));
}

// While the owner looks at the first count, read what the fields picked
// most often need, so that picking one answers at once too. Up to half a
// million customers; beyond, each column is read when its field is picked.
void SegmentBuilder::readAhead()
{
    const QString path = m_db.path();
    const std::shared_ptr<CustomerColumns> columns = m_engine.sharedColumns();
    if (!columns || !m_db.workersCanOpen() || m_total > 500000)
        return;
    const QDate day = m_engine.asOf();
    QThreadPool::globalInstance()->start([path, columns, day] {
        Database db;
        if (db.openForWorker(path))
            return;
        MemorySegmentEvaluator evaluator(db, columns);
        const AsOfDay asOf = AsOfDay::forDatabase(db, day);
        using enum RuleOp;
        for (const Rule &r : {Rule::condition(QStringLiteral("purchases.count"), Greater, 0),
                              Rule::condition(QStringLiteral("visits.count"), Greater, 0),
                              Rule::condition(QStringLiteral("city"), IsNotEmpty),
                              Rule::condition(QStringLiteral("tag"), IsNotEmpty),
                              Rule::condition(QStringLiteral("purchases.category"), Equal, QStringLiteral("-"))})
            evaluator.count(r, asOf);
    });
}

void SegmentBuilder::showPreview(const PreviewResult &result)
{
    if (result.generation != m_generation)
        return; // a newer edit is being counted
    m_counting = false;
    if (result.withOthers && !m_othersEvaluated) {
        m_othersEvaluated = true;
        for (qsizetype i = 0; i < m_others.size() && i < result.others.size(); ++i)
            m_others[i].ids = result.others.at(i);
        m_total = result.total;
        readAhead();
    }
    if (!result.ids) {
        m_count->setText(tr("—"));
        m_problems->setText(tr("These conditions could not be counted: %1").arg(result.error));
        m_problems->setVisible(true);
        updateSaveButton();
        Q_EMIT previewUpdated();
        return;
    }
    const QList<qint64> &ids = *result.ids;
    m_liveCount = ids.size();
    m_share->show();
    m_count->setText(m_liveCount == 0 ? tr("No customers right now") : customers(m_liveCount));
    m_count->setToolTip(tr("Counted as of %1 in %2 ms")
                            .arg(QLocale().toString(result.day, QLocale::LongFormat))
                            .arg(result.elapsedMs));
    const double share = m_total > 0 ? double(m_liveCount) / double(m_total) : 0.0;
    m_share->setValue(int(share * 1000));
    m_share->setFormat(tr("%1% of your %2").arg(QLocale().toString(share * 100, 'f', share < 0.1 ? 1 : 0),
                                                customers(m_total)));

    qint64 taken = 0;
    bool anyHigher = false;
    for (const Other &o : m_others)
        anyHigher = anyHigher || o.higher;
    if (anyHigher) {
        for (qint64 id : ids) {
            for (const Other &o : m_others) {
                if (o.higher && o.ids.contains(id)) {
                    ++taken;
                    break;
                }
            }
        }
    }
    if (!anyHigher)
        m_taken->setText(tr("No segment comes before this one, so it keeps all of them."));
    else if (taken == 0)
        m_taken->setText(tr("None of them are in a segment above this one, so it keeps all of them."));
    else
        m_taken->setText(tr("%1 of them are already in segments above this one, so %2 would be in this one.")
                             .arg(QLocale().toString(taken), customers(m_liveCount - taken)));

    QStringList lines;
    for (const Other &o : m_others) {
        qint64 both = 0;
        for (qint64 id : ids)
            both += o.ids.contains(id) ? 1 : 0;
        lines << tr("<span style=\"color:%1\">●</span> %2: %3")
                     .arg(o.color.isEmpty() ? QStringLiteral("#9e9e9e") : o.color, o.name.toHtmlEscaped(),
                          QLocale().toString(both));
    }
    m_overlap->setText(lines.isEmpty() ? QString()
                                       : tr("Also match your other segments:") + QStringLiteral("<br>")
                                             + lines.join(QStringLiteral("<br>")));
    updateSaveButton();
    Q_EMIT previewUpdated();
}

QString SegmentBuilder::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the segment a name.");
    if (name.compare(tr("Everyone else"), Qt::CaseInsensitive) == 0)
        return tr("“Everyone else” is for customers in no segment; choose another name.");
    if (const auto other = SegmentStore(m_db).findByName(name); other && other->id != m_original.id)
        return tr("You already have a segment called “%1”.").arg(other->name);
    return {};
}

void SegmentBuilder::updateSaveButton()
{
    const QString nameIssue = m_name->text().trimmed().isEmpty() ? QString() : nameProblem();
    m_nameMessage->setText(nameIssue);
    const bool ok = nameProblem().isEmpty() && m_rule->problems().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void SegmentBuilder::accept()
{
    if (!nameProblem().isEmpty() || !m_rule->problems().isEmpty())
        return;
    const Segment s = segment();
    QString error;
    if (m_original.id == 0) {
        const std::optional<qint64> id = m_edits.addSegment(s, &error);
        if (id)
            m_savedId = *id;
    } else if (m_edits.updateSegment(m_original, s, &error)) {
        m_savedId = m_original.id;
    }
    if (m_savedId == 0) {
        m_problems->setText(error.isEmpty() ? tr("The segment could not be saved.") : error);
        m_problems->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace clientele
