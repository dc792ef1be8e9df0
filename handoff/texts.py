"""Message ids of everything the handoff says to users, and the consultants' canned replies."""

from __future__ import annotations

from bot.i18n import N_

__all__ = ["CANNED", "T"]


class T:
    QUEUED = N_("handoff.queued")
    OFFLINE = N_("handoff.offline")
    UPDATE = N_("handoff.update")
    EMERGENCY = N_("handoff.emergency")
    OFFER = N_("handoff.offer")
    OFFER_YES = N_("handoff.offer.yes")
    OFFER_NO = N_("handoff.offer.no")
    DECLINED = N_("handoff.declined")
    CANCEL = N_("handoff.button.cancel")
    CANCELLED = N_("handoff.cancelled")
    JOINED = N_("handoff.joined")
    REQUEUED = N_("handoff.requeued")
    CLOSED = N_("handoff.closed")


# Shown to the consultant in the user's language; the consultant may edit before sending.
CANNED: dict[str, str] = {
    "greeting": N_("handoff.canned.greeting"),
    "safe_now": N_("handoff.canned.safe_now"),
    "documents": N_("handoff.canned.documents"),
    "moment": N_("handoff.canned.moment"),
    "kcik": N_("handoff.canned.kcik"),
    "emergency": N_("handoff.canned.emergency"),
}
