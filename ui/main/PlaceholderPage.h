#pragma once

#include <QtWidgets/QWidget>

namespace clientele {

// A page that is not built yet says so plainly, with what it will do.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &promise, QWidget *parent = nullptr);
};

} // namespace clientele
