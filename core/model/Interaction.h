#pragma once

#include <QtCore/QString>

#include <optional>

namespace clientele {

enum class InteractionKind { Visit, EmailOpen, EmailClick, CartAbandoned, SupportTicket, Note };

// Stable words used in the database and in files: "visit", "email_open" ...
QString interactionKindKey(InteractionKind kind);
std::optional<InteractionKind> interactionKindFromKey(QStringView key);

// Something that happened between the shop and a customer that is not a sale.
struct Interaction
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 time = 0; // UTC seconds
    InteractionKind kind = InteractionKind::Note;
    qint64 locationId = 0;
    QString detail;
    qint64 batchId = 0;
};

} // namespace clientele
