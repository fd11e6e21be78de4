#pragma once

#include <QtWidgets/QFrame>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace clientele {

// One chart on the dashboard: a plain title, a one-line takeaway computed
// from the numbers, optional pickers beside the title, and the chart. Its
// context menu copies it, or saves it as a PNG, with title and takeaway, so
// a pasted chart still says what it shows.
class ChartCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    QString takeaway() const;
    void setTakeaway(const QString &text);
    void setBody(QWidget *body);
    QWidget *body() const { return m_body; }
    void addTool(QWidget *tool);

    // The card as the owner sees it: title, takeaway, pickers and chart.
    QImage image();

Q_SIGNALS:
    void copyRequested();
    void saveRequested();

private:
    void showMenu(const QPoint &globalPos);

    QLabel *m_title = nullptr;
    QLabel *m_takeaway = nullptr;
    QHBoxLayout *m_header = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_body = nullptr;
};

} // namespace clientele
