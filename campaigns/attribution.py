"""Which campaign brought a conversation, when the link did not say.

Telegram's /start payload and the web chat's ``?c=`` set the campaign when the conversation opens.
Some Telegram desktop clients drop the payload and people delete a WhatsApp prefilled text, so a
known active code typed in one of the first messages counts too. Each conversation keeps at most one
campaign; an unknown or inactive code is ignored without a word to the user.
"""

from __future__ import annotations

import logging

from bot.store import ConversationRecord

from .codes import candidates
from .store import CampaignStore

__all__ = ["FIRST_MESSAGES", "Attribution"]

log = logging.getLogger(__name__)

FIRST_MESSAGES = 5  # a code typed later than this is a coincidence, not a poster


class Attribution:
    """``attribute(conversation, text)`` is the hook the message path calls before the dialogue."""

    def __init__(self, store: CampaignStore, first_messages: int = FIRST_MESSAGES) -> None:
        self.store = store
        self.first_messages = first_messages

    async def attribute(self, conversation: ConversationRecord, text: str) -> str | None:
        """The campaign code now given to ``conversation`` because of ``text``, or None.

        Call it after the user's message is in the transcript (it counts as one of the first).
        """
        if conversation.campaign is not None or not text:
            return None
        keys = candidates(text)
        if not keys:
            return None
        if await self.store.inbound_count(conversation.id) > self.first_messages:
            return None
        code = await self.store.find_active(keys)
        if code is None or not await self.store.claim_conversation(conversation.id, code):
            return None
        log.info("conversation attributed to campaign %s from a typed code", code)
        return code
