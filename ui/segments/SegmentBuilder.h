#pragma once

#include "ValueSuggestions.h"
#include "model/Segment.h"
#include "segments/Rule.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QSet>
#include <QtWidgets/QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;

namespace clientele {

class Database;
class EditController;
class RuleGroupWidget;
struct PreviewResult;
class SegmentEngine;

// Builds or changes a segment by pointing and clicking: its name and
// colour, and conditions in (nested) all-of / any-of groups. While the
// owner edits, a short pause after the last change shows the sentence the
// rule makes, how many customers it matches now, how many of them higher
// segments already take, and the overlap with each other segment. Saving
// goes through the EditController, so it can be undone.
class SegmentBuilder final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentBuilder)

public:
    // `segment.id` 0: a new segment, added after the others.
    SegmentBuilder(Database &db, EditController &edits, SegmentEngine &engine, const Segment &segment,
                   QWidget *parent = nullptr);
    ~SegmentBuilder() override;

    Segment segment() const;
    Rule rule() const;
    // The id saved by OK (the new one, or the edited one).
    qint64 savedId() const { return m_savedId; }

    QLineEdit *nameField() const { return m_name; }
    RuleGroupWidget *ruleEditor() const { return m_rule; }
    // Customers the rule matched at the last preview; -1 while the rule is
    // incomplete or the preview is still to come.
    qint64 liveCount() const { return m_liveCount; }
    bool isPreviewPending() const;

    void accept() override;

    static QStringList presetColors();

Q_SIGNALS:
    void previewUpdated();

private:
    struct Other
    {
        qint64 id = 0;
        QString name;
        QString color;
        bool higher = false;
        QSet<qint64> ids;
    };

    void schedulePreview();
    void updatePreview();
    QString nameProblem() const;
    void updateSaveButton();
    void setColor(const QString &color);
    void readAhead();
    void showPreview(const PreviewResult &result);

    Database &m_db;
    EditController &m_edits;
    SegmentEngine &m_engine;
    Segment m_original;
    ValueSuggestions m_suggestions;
    QString m_color;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QButtonGroup *m_colors = nullptr;
    QLineEdit *m_nextStep = nullptr;
    RuleGroupWidget *m_rule = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_count = nullptr;
    QProgressBar *m_share = nullptr;
    QLabel *m_taken = nullptr;
    QLabel *m_overlap = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_delay = nullptr;
    QList<Other> m_others;
    bool m_othersEvaluated = false;
    bool m_counting = false;    // a count runs in a worker
    quint64 m_generation = 0;   // of the latest preview asked for
    qint64 m_total = -1;
    qint64 m_liveCount = -1;
    qint64 m_savedId = 0;
};

} // namespace clientele
