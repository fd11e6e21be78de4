#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

namespace clientele {

// The dotted handle a condition or a group is dragged by. Dragging it
// carries its parent widget (the row or the group) to wherever a
// RuleGroupWidget accepts it; dragging stays inside the builder.
class DragGrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DragGrip)

public:
    explicit DragGrip(QWidget *item);
    ~DragGrip() override;

    QSize sizeHint() const override;

    // What is being dragged right now (null when nothing is).
    static QWidget *dragged();
    static QString mimeType();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QWidget *m_item = nullptr;
    QPoint m_pressedAt;
    bool m_pressed = false;
    static QPointer<QWidget> s_dragged;
};

} // namespace clientele
