#pragma once

#include "segments/SegmentTemplates.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace clientele {

class Database;
class EditController;
class RuleCounter;
class SegmentEngine;

// Ready-made segments to start from: a set for the kind of business (café,
// shop, salon ...) or single RFM groups. Each shows its sentence and how
// many of this shop's customers it matches today, before anything is
// added; the thresholds can be changed and the numbers follow. The chosen
// ones are added after the existing segments in one undoable step.
class TemplateGallery final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateGallery)

public:
    TemplateGallery(Database &db, EditController &edits, SegmentEngine &engine, QWidget *parent = nullptr);
    ~TemplateGallery() override;

    // Shows the set with that key ("cafe", "rfm" ...).
    void showSet(const QString &key);
    QString currentSet() const;
    // Template keys ("cafe/regulars") ticked to be added.
    QStringList chosen() const;
    void setChosen(const QString &templateKey, bool on);
    // Customers the template matches at the last count; -1 when unknown.
    qint64 countOf(const QString &templateKey) const;
    QList<qint64> addedIds() const { return m_added; }
    bool isCountPending() const;

    void accept() override;

Q_SIGNALS:
    void countsUpdated();

private:
    struct Card
    {
        QString key;
        QCheckBox *check = nullptr;
        QLabel *sentence = nullptr;
        QLabel *count = nullptr;
        qint64 members = -1;
    };

    void rebuild();
    void updateCounts();
    void showCounts(const QList<qint64> &counts);
    void updateButtons();
    QMap<QString, int> parameters() const;

    Database &m_db;
    EditController &m_edits;
    SegmentEngine &m_engine;
    QListWidget *m_sets = nullptr;
    QLabel *m_description = nullptr;
    QGroupBox *m_paramsBox = nullptr;
    QFormLayout *m_params = nullptr;
    QList<QSpinBox *> m_spins;
    QWidget *m_cardsHolder = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QList<Card> m_cards;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_delay = nullptr;
    RuleCounter *m_counter = nullptr;
    QStringList m_counted; // template keys, in the order they were counted
    std::optional<TemplateSet> m_set;
    qint64 m_total = 0;
    qint64 m_existing = 0;
    QList<qint64> m_added;
};

} // namespace clientele
