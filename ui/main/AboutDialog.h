#pragma once

#include <QtWidgets/QDialog>

namespace clientele {

class Database;

// Name, version, what Clientele is, and where this shop's data lives.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const Database &db, QWidget *parent = nullptr);
};

} // namespace clientele
