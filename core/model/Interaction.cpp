#include "Interaction.h"

namespace clientele {

QString interactionKindKey(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Visit:
        return QStringLiteral("visit");
    case InteractionKind::EmailOpen:
        return QStringLiteral("email_open");
    case InteractionKind::EmailClick:
        return QStringLiteral("email_click");
    case InteractionKind::CartAbandoned:
        return QStringLiteral("cart_abandoned");
    case InteractionKind::SupportTicket:
        return QStringLiteral("support_ticket");
    case InteractionKind::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("note");
}

std::optional<InteractionKind> interactionKindFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == u"visit")
        return InteractionKind::Visit;
    if (k == u"email_open")
        return InteractionKind::EmailOpen;
    if (k == u"email_click")
        return InteractionKind::EmailClick;
    if (k == u"cart_abandoned")
        return InteractionKind::CartAbandoned;
    if (k == u"support_ticket")
        return InteractionKind::SupportTicket;
    if (k == u"note")
        return InteractionKind::Note;
    return std::nullopt;
}

} // namespace clientele
