#pragma once

#include "model/Segment.h"
#include "segments/Rule.h"

#include <QtWidgets/QWizard>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace clientele {

class Database;
class RuleCounter;
class SegmentEngine;

// "Help me make a segment": a few plain questions (how often, how much,
// how recently, where, which tag, how they first came) become a rule. The
// last page shows its sentence and how many customers it finds today; on
// Finish the caller opens the segment in the visual builder to fine-tune
// and save it. Nothing is saved by the wizard itself.
class SegmentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentWizard)

public:
    enum Criterion { Often, Spend, Recency, Place, WithTag, Origin, CriterionCount };
    enum PageId { WhoPage, DetailsPage, ResultPage };

    SegmentWizard(Database &db, SegmentEngine &engine, QWidget *parent = nullptr);

    // The rule the answers make (an "all of" or "any of" group).
    Rule rule() const;
    // A new segment (id 0) with the rule, the name and a colour not yet used.
    Segment segment() const;
    // Customers the rule finds, at the last preview; -1 before.
    qint64 liveCount() const { return m_liveCount; }

    QCheckBox *criterionBox(Criterion c) const { return m_criteria[c]; }

Q_SIGNALS:
    void previewUpdated();

private:
    QWizardPage *createWhoPage();
    QWizardPage *createDetailsPage();
    QWizardPage *createResultPage();
    void showChosenDetails();
    void schedulePreview();
    void updatePreview();
    void showCount(const QList<qint64> &counts, const QString &error);
    QString suggestedName() const;

    Database &m_db;
    SegmentEngine &m_engine;
    qint64 m_liveCount = -1;
    qint64 m_total = 0;
    bool m_nameEdited = false;

    QCheckBox *m_criteria[CriterionCount] = {};
    QGroupBox *m_details[CriterionCount] = {};
    QRadioButton *m_matchAll = nullptr;
    QRadioButton *m_matchAny = nullptr;
    QWidget *m_combine = nullptr;

    QSpinBox *m_oftenTimes = nullptr;
    QComboBox *m_oftenWhat = nullptr;
    QSpinBox *m_oftenDays = nullptr;
    QDoubleSpinBox *m_spendAmount = nullptr;
    QSpinBox *m_spendDays = nullptr;
    QComboBox *m_recencyKind = nullptr;
    QSpinBox *m_recencyDays = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_origin = nullptr;

    QLineEdit *m_name = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_delay = nullptr;
    RuleCounter *m_counter = nullptr;
};

} // namespace clientele
