"""The handoff's core: opening cases from turns, the user's side while they wait or talk to a
person, and every consultant action. The API (handoff/api.py) and the Helpline (through the
``HandoffHook`` protocol in bot/service.py) call it; it holds no state but the database's.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.clock import utcnow
from bot.dialogue import Reply, Turn
from bot.i18n import Catalogs
from bot.messages import Button, InboundMessage, Sender
from bot.service import Helpline
from bot.store import ConversationRecord, TranscriptRow
from flows.routing import DANGER_BUTTONS, is_emergency

from .errors import AlreadyTaken, BadRequest, CaseClosed, CaseLimit, NotFound, NotOffered, NotYourCase
from .hours import WorkingHours
from .metrics import HandoffMetrics, waits_of
from .notify import Notifier
from .queue import BASE, is_offered, order
from .staff import StaffRecord, StaffStore
from .store import CaseRecord, CaseStore
from .texts import CANNED, T

__all__ = ["BUTTON_CANCEL", "BUTTON_NO", "BUTTON_YES", "STAFF_TOPIC", "Handoff", "HandoffConfig"]

log = logging.getLogger(__name__)

STAFF_TOPIC = "staff"  # the live key every console listens to
BUTTON_YES = "handoff:yes"
BUTTON_NO = "handoff:no"
BUTTON_CANCEL = "handoff:cancel"
SUPERVISORS = ("moderator", "admin")
DEFAULT_MINUTES_PER_PLACE = 5.0
VIEW_AUDIT_EVERY = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class HandoffConfig:
    ageing_seconds: float = 600
    language_wait_seconds: float = 120
    max_cases: int = 3
    update_seconds: float = 300
    hours: WorkingHours = field(default_factory=WorkingHours)
    outcomes: tuple[str, ...] = ("information_given",)
    # A consultant unseen this long (no console open, no request) gives their cases back to the queue,
    # so nobody is left with a silent bot.
    abandon_seconds: float = 300


def _request(events: Sequence[Any], nlu: dict[str, Any] | None) -> tuple[str, str, bool] | None:
    """(level, reason, from_dialogue) of a handoff this turn asks for, if any.

    The dialogue's ``{"type": "handoff", ...}`` events come first; the NLU's risk level is the
    safety net, so a critical or high message never goes unnoticed when the dialogue says nothing.
    """
    best: tuple[str, str, bool] | None = None
    for event in events:
        if not isinstance(event, dict) or event.get("type") != "handoff":
            continue
        level = event.get("level")
        reason = str(event.get("reason") or "requested")
        level = level if level in ("critical", "high", "low") else "requested"
        if best is None or _rank(level) > _rank(best[0]):
            best = (level, reason, True)
    risk = (nlu or {}).get("risk") or {}
    level = risk.get("level")
    if level in ("critical", "high") and (best is None or _rank(level) > _rank(best[0])):
        best = (level, "risk", best is not None and best[2])
    return best


def _rank(level: str) -> float:
    return BASE.get(level, 0.5)  # "low" is an offer, below everything


UNREAD = object()  # after_turn without intercept's read of the open case (see Handoff._read)
QUEUE_PAGE = 100  # cases /api/queue lists from the head of the queue
QUEUE_EXTRA = 20  # and further down, in the consultant's languages


class Handoff:
    def __init__(
        self,
        *,
        helpline: Helpline,
        cases: CaseStore,
        staff: StaffStore,
        catalogs: Catalogs,
        config: HandoffConfig,
        metrics: HandoffMetrics,
        notifier: Notifier | None = None,
    ) -> None:
        self.helpline = helpline
        self.cases = cases
        self.staff = staff
        self.catalogs = catalogs
        self.config = config
        self.metrics = metrics
        self.notifier = notifier
        self._tasks: set[asyncio.Task[None]] = set()
        # The open case ``intercept`` read, for ``after_turn`` of the same turn: both run under the
        # conversation's lock with nothing awaited between them (the dialogue is synchronous), so
        # one read per turn serves both.
        self._read: dict[str, CaseRecord | None] = {}

    # == the user's side (HandoffHook) ===========================================================

    async def intercept(
        self,
        conv: ConversationRecord,
        inbound: InboundMessage,
        state: dict[str, Any],
        nlu: dict[str, Any] | None,
        message_id: int,
    ) -> Turn | None:
        self._read.pop(conv.id, None)  # a turn of this conversation that never reached after_turn
        lang = state.get("language") or conv.language
        t = self.catalogs.text
        if inbound.button == BUTTON_YES:
            replies = await self._open(conv, lang, "requested", "requested", nlu)
            return Turn(replies, state, lang, events=[{"type": "handoff_accepted"}])
        if inbound.button == BUTTON_NO:
            return Turn([Reply(t(lang, T.DECLINED))], state, lang, events=[{"type": "handoff_declined"}])
        case = await self.cases.open_for(conv.id)
        if inbound.button == BUTTON_CANCEL:
            if case is not None and await self.cases.close(case.id, "user_left"):
                self.metrics.cases_closed.labels("user_left").inc()
                self._publish(case.id, "closed")
            return Turn([Reply(t(lang, T.CANCELLED))], state, lang, events=[{"type": "handoff_cancelled"}])
        if case is None:
            self._read[conv.id] = None
            return None
        self._publish(case.id, "message", message_id=message_id)
        if case.status != "active":
            self._read[conv.id] = case
            return None  # still waiting: the bot keeps answering; after_turn may add an update
        if self._is_emergency(inbound, nlu):
            return Turn([Reply(t(lang, T.EMERGENCY))], state, lang, events=[{"type": "emergency"}])
        return Turn([], state, lang, events=[{"type": "relayed"}])  # a person is talking: the bot is quiet

    async def after_turn(self, conv: ConversationRecord, turn: Turn, nlu: dict[str, Any] | None) -> Turn:
        lang = turn.language or conv.language
        request = _request(turn.events, nlu)
        read = self._read.pop(conv.id, UNREAD)
        if request is None:
            case = await self._open_case(conv.id, read)
            if case is not None and case.status == "queued":
                now = utcnow()
                if await self.cases.take_notice_turn(
                    case.id, interval_seconds=self.config.update_seconds, now=now
                ):
                    position, _ = await self.place(case, now)
                    turn.replies.append(Reply(self.catalogs.text(lang, T.UPDATE, position=position)))
            return turn
        level, reason, from_dialogue = request
        if level == "low":
            if await self._open_case(conv.id, read) is None:
                t = self.catalogs.text
                buttons = (Button(BUTTON_YES, t(lang, T.OFFER_YES)), Button(BUTTON_NO, t(lang, T.OFFER_NO)))
                turn.replies.append(Reply(t(lang, T.OFFER), buttons))
            return turn
        if level == "critical" and not from_dialogue:
            turn.replies.insert(0, Reply(self.catalogs.text(lang, T.EMERGENCY)))
        turn.replies.extend(await self._open(conv, lang, level, reason, nlu, read))
        return turn

    async def _open_case(self, conversation_id: str, read: object) -> CaseRecord | None:
        """The open case ``intercept`` read in this turn, or the database's now when it read none. A
        consultant's change since (a claim, a close) is as if it came a moment later: the writes that
        follow check the case themselves (``take_notice_turn`` only a queued case, ``open`` inserts
        only when no case is open)."""
        if read is UNREAD:
            return await self.cases.open_for(conversation_id)
        return read if isinstance(read, CaseRecord) else None

    def _is_emergency(self, inbound: InboundMessage, nlu: dict[str, Any] | None) -> bool:
        # The risk level, not the intent: a guessed "emergency" intent on "I am in Gdansk" must not
        # interrupt a consultant; a critical risk or an emergency word (the dialogue's own list, in
        # every language) always answers.
        if ((nlu or {}).get("risk") or {}).get("level") == "critical" or inbound.button in DANGER_BUTTONS:
            return True
        return is_emergency(inbound.text or "")

    async def _open(
        self,
        conv: ConversationRecord,
        lang: str | None,
        level: str,
        reason: str,
        nlu: dict[str, Any] | None,
        read: object = UNREAD,
    ) -> list[Reply]:
        now = utcnow()
        before = await self._open_case(conv.id, read)
        case, created = await self.cases.open(
            conv.id,
            level=level,
            reason=reason,
            channel=conv.channel,
            language=lang,
            campaign=conv.campaign,
            risk=dict((nlu or {}).get("risk") or {}),
            now=now,
        )
        if created:
            self.metrics.cases_opened.labels(case.level).inc()
        self._publish(case.id, "opened" if created else "raised")
        raised = before is not None and _rank(case.level) > _rank(before.level)
        if case.level in ("critical", "high") and (created or raised):
            self._spawn(self._notify_staff(case))  # once per case and level: staff are never spammed
        if case.status == "active":
            return []  # a consultant is already here
        # The user hears the full notice when the case opens; after that, at most one short
        # update per interval however many risky messages they send.
        interval = 0 if created else self.config.update_seconds
        if not await self.cases.take_notice_turn(case.id, interval_seconds=interval, now=now):
            return []
        t = self.catalogs.text
        cancel = (Button(BUTTON_CANCEL, t(lang, T.CANCEL)),)
        if not await self.staffed(now):
            return [Reply(t(lang, T.OFFLINE), cancel)]
        position, minutes = await self.place(case, now)
        return [Reply(t(lang, T.QUEUED, position=position, minutes=minutes), cancel)]

    async def staffed(self, now: datetime | None = None) -> bool:
        """Within working hours and somebody online."""
        now = now or utcnow()
        return self.config.hours.is_open(now) and bool(await self.staff.online(now))

    async def place(self, case: CaseRecord, now: datetime | None = None) -> tuple[int, int]:
        """(place in the queue from 1, estimated minutes)."""
        now = now or utcnow()
        position = 1 + await self.ahead_of(case)
        claims = await self.cases.claim_waits_since(now - timedelta(days=1))
        per_place = sum(claims) / len(claims) / 60 if claims else DEFAULT_MINUTES_PER_PLACE
        return position, max(1, math.ceil(per_place * position))

    async def ahead_of(self, case: CaseRecord) -> int:
        """How many queued cases go before this one: three indexed counts, whatever the queue's length.
        X goes first when BASE[x] + waited_x / A > BASE[c] + waited_c / A, that is when X has waited
        since before queued_at_c + (BASE[x] - BASE[c]) * A (see handoff/queue.py)."""
        mine = BASE.get(case.level, 1.0)
        ahead = 0
        for level, base in BASE.items():
            bound = case.queued_at + timedelta(seconds=(base - mine) * self.config.ageing_seconds)
            ahead += await self.cases.count_queued_before(level, bound)
        return ahead

    async def _notify_staff(self, case: CaseRecord) -> None:
        if self.notifier is None or not await self.cases.take_staff_notice(case.id):
            return
        indicators = [str(i.get("id")) for i in case.risk.get("indicators", []) if isinstance(i, dict)]
        await self.notifier.notify(
            {
                "type": "case_opened",
                "case_id": case.id,
                "level": case.level,
                "language": case.language,
                "channel": case.channel,
                "campaign": case.campaign,
                "indicators": indicators,
            }
        )

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("handoff background job failed: %r", task.exception())

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(BaseException):
                await task

    def _publish(self, case_id: int, event: str, **extra: Any) -> None:
        self.helpline.live.publish(STAFF_TOPIC, {"type": "case", "case_id": case_id, "event": event, **extra})

    async def _tell_user(
        self, case: CaseRecord, message_id: str, sender: Sender = "system", **values: Any
    ) -> None:
        conv = await self.helpline.store.get(case.conversation_id)
        lang = conv.language if conv else case.language
        try:
            await self.helpline.push(
                case.conversation_id, self.catalogs.text(lang, message_id, **values), sender=sender
            )
        except Exception:  # stored first; a channel that fails retries from its outbox
            log.exception("could not deliver a handoff notice to the user")

    # == periodic work (every worker; the database decides who does what) ========================

    async def tick(self, now: datetime | None = None) -> None:
        """Abandoned cases back to the queue, waiting updates, missed staff notifications, metrics."""
        now = now or utcnow()
        await self._release_abandoned(now)
        due = await self.cases.due_for_update(now - timedelta(seconds=self.config.update_seconds))
        for case in due:
            if await self.cases.take_notice_turn(
                case.id, interval_seconds=self.config.update_seconds, now=now
            ):
                position, _ = await self.place(case, now)
                await self._tell_user(case, T.UPDATE, position=position)
        for case in await self.cases.staff_not_notified(("critical", "high")):
            await self._notify_staff(case)  # one a notifier missed
        await self.stats(now)

    async def _release_abandoned(self, now: datetime) -> None:
        active = await self.cases.with_status("active")
        if not active:
            return
        since = now - timedelta(seconds=self.config.abandon_seconds)
        staff = {s.id: s for s in await self.staff.all()}
        for case in active:
            owner = staff.get(case.assigned_to) if case.assigned_to is not None else None
            if owner is not None and owner.last_seen_at is not None and owner.last_seen_at >= since:
                continue
            if not await self.cases.release(case.id, case.assigned_to):
                continue  # another worker did it, or the consultant acted just now
            await self.cases.audit(None, "auto_release", case.id, consultant=case.assigned_to)
            await self.cases.take_notice_turn(case.id, interval_seconds=0, now=now)  # this is their update
            self._publish(case.id, "released")
            released = await self._case(case.id)
            position, _ = await self.place(released, now)
            await self._tell_user(released, T.REQUEUED, position=position)

    async def run_ticker(self, every: float = 10.0) -> None:
        while True:
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("handoff tick failed")
            await asyncio.sleep(every)

    async def stats(self, now: datetime | None = None) -> dict[str, Any]:
        """The dashboard's numbers (and the gauges in /metrics)."""
        now = now or utcnow()
        queued = await self.cases.queued_times()
        active = await self.cases.count_status("active")
        recent = await self.cases.claimed_since(now - timedelta(days=1))
        claims = [(c.claimed_at - c.queued_at).total_seconds() for c in recent if c.claimed_at]
        replies = [(c.first_reply_at - c.queued_at).total_seconds() for c in recent if c.first_reply_at]
        waits = self.metrics.refresh(queued, active, claims, now)
        return {
            "queue": {level: sum(1 for c in queued if c.level == level) for level in BASE},
            "active": active,
            "online": len(await self.staff.online(now)),
            "open_now": self.config.hours.is_open(now),
            "claimed_24h": len(recent),
            "mean_time_to_claim": sum(claims) / len(claims) if claims else None,
            "mean_time_to_first_reply": sum(replies) / len(replies) if replies else None,
            "wait_percentiles": waits,
            "waits_counted": len(waits_of(queued, claims, now)),
        }

    # == consultant actions ======================================================================

    async def _case(self, case_id: int) -> CaseRecord:
        case = await self.cases.get(case_id)
        if case is None:
            raise NotFound("no such case")
        return case

    def _may_see(self, user: StaffRecord, case: CaseRecord) -> bool:
        return user.can(*SUPERVISORS) or case.status == "queued" or case.assigned_to == user.id

    async def _owned(self, user: StaffRecord, case_id: int) -> CaseRecord:
        case = await self._case(case_id)
        if case.status == "closed":
            raise CaseClosed("this case is closed")
        if case.status != "active":
            raise NotYourCase("claim the case first")
        if case.assigned_to != user.id and not user.can(*SUPERVISORS):
            raise NotYourCase("another consultant has this case")
        return case

    def limit_of(self, user: StaffRecord) -> int:
        return user.max_cases or self.config.max_cases

    async def queue(self, user: StaffRecord, now: datetime | None = None) -> list[dict[str, Any]]:
        now = now or utcnow()
        # The queue's head, not all of it: in a surge the queue may hold thousands of cases. The top
        # QUEUE_PAGE in order (their places exact), then cases in this consultant's languages further
        # down, so a case meant for them is never out of sight.
        found: dict[int, CaseRecord] = {}
        for level in BASE:
            for c in await self.cases.queue_head(level, limit=QUEUE_PAGE):
                found[c.id] = c
            for c in await self.cases.queue_head(level, limit=QUEUE_PAGE, languages=user.languages):
                found[c.id] = c
        ordered = order(found.values(), now, self.config.ageing_seconds)
        head = ordered[:QUEUE_PAGE]
        wait = self.config.language_wait_seconds
        mine = [c for c in ordered[QUEUE_PAGE:] if is_offered(c, user.languages, now, wait)][:QUEUE_EXTRA]
        places = list(range(1, len(head) + 1)) + [1 + await self.ahead_of(c) for c in mine]
        return [
            {**self.summary(c, now), "position": p, "offered": is_offered(c, user.languages, now, wait)}
            for c, p in zip(head + mine, places, strict=True)
        ]

    def summary(self, case: CaseRecord, now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        indicators = [
            {"id": str(i.get("id")), "evidence": str(i.get("evidence", ""))}
            for i in case.risk.get("indicators", [])
            if isinstance(i, dict)
        ]
        return {
            "id": case.id,
            "status": case.status,
            "level": case.level,
            "reason": case.reason,
            "language": case.language,
            "channel": case.channel,
            "campaign": case.campaign,
            "indicators": indicators,
            "waiting_seconds": round((now - case.queued_at).total_seconds()),
            "created_at": case.created_at.isoformat(),
            "claimed_at": case.claimed_at.isoformat() if case.claimed_at else None,
            "assigned_to": case.assigned_to,
            "outcome": case.outcome,
        }

    async def claim(self, user: StaffRecord, case_id: int) -> CaseRecord:
        now = utcnow()
        case = await self._case(case_id)
        if case.status != "queued":
            raise AlreadyTaken("this case is no longer in the queue")
        if not is_offered(case, user.languages, now, self.config.language_wait_seconds):
            raise NotOffered("this case waits for a consultant who speaks its language; try again later")
        if await self.cases.active_count(user.id) >= self.limit_of(user):
            raise CaseLimit(f"you have {self.limit_of(user)} active cases; close or transfer one first")
        if not await self.cases.claim(case.id, user.id, now=now):
            raise AlreadyTaken("another consultant claimed this case a moment ago")
        await self.cases.audit(user.id, "claim", case.id, level=case.level)
        self.metrics.time_to_claim.labels(case.level).observe((now - case.queued_at).total_seconds())
        self._publish(case.id, "claimed", by=user.id)
        claimed = await self._case(case.id)
        await self._tell_user(claimed, T.JOINED)
        return claimed

    async def view(self, user: StaffRecord, case_id: int) -> dict[str, Any]:
        case = await self._case(case_id)
        if not self._may_see(user, case):
            raise NotYourCase("another consultant has this case")
        rows = await self.helpline.store.transcript(case.conversation_id, limit=5000)
        notes = await self.cases.notes(case.id)
        staff = {s.id: s.username for s in await self.staff.all()}
        # Who read which conversation is audited; the console's live refreshes are not new readings.
        if not await self.cases.audited_since(user.id, "view", case.id, utcnow() - VIEW_AUDIT_EVERY):
            await self.cases.audit(user.id, "view", case.id)
        summary = self.summary(case)
        summary["assigned_to_name"] = staff.get(case.assigned_to) if case.assigned_to else None
        return {
            "case": summary,
            "nlu": nlu_summary(rows, case),
            "transcript": transcript_rows(rows),
            "notes": [
                {
                    "id": n.id,
                    "author": staff.get(n.author_id) if n.author_id else None,
                    "text": n.text,
                    "created_at": n.created_at.isoformat(),
                }
                for n in notes
            ],
            "canned": [
                {"id": key, "text": self.catalogs.text(case.language, message_id)}
                for key, message_id in CANNED.items()
            ],
            "outcomes": list(self.config.outcomes),
        }

    async def reply(self, user: StaffRecord, case_id: int, text: str) -> dict[str, Any]:
        case = await self._owned(user, case_id)
        out = await self.helpline.push(case.conversation_id, text, sender="consultant")
        now = utcnow()
        if await self.cases.first_reply(case.id, now=now):
            self.metrics.time_to_first_reply.labels(case.level).observe(
                (now - case.queued_at).total_seconds()
            )
        await self.cases.audit(user.id, "reply", case.id, message_id=out.message_id)
        self._publish(case.id, "message", message_id=out.message_id)
        return {"id": out.message_id, "text": out.text, "sender": out.sender}

    async def note(self, user: StaffRecord, case_id: int, text: str) -> dict[str, Any]:
        case = await self._case(case_id)
        if not (user.can(*SUPERVISORS) or case.assigned_to == user.id):
            raise NotYourCase("only the case's consultant or a moderator can add notes")
        note = await self.cases.add_note(case.id, user.id, text)
        await self.cases.audit(user.id, "note", case.id, note_id=note.id)
        self._publish(case.id, "note")
        return {
            "id": note.id,
            "text": note.text,
            "author": user.username,
            "created_at": note.created_at.isoformat(),
        }

    async def release(self, user: StaffRecord, case_id: int) -> CaseRecord:
        case = await self._owned(user, case_id)
        owner = None if user.can(*SUPERVISORS) else user.id
        if not await self.cases.release(case.id, owner):
            raise AlreadyTaken("the case changed hands a moment ago")
        await self.cases.audit(user.id, "release", case.id)
        await self.cases.take_notice_turn(case.id, interval_seconds=0, now=utcnow())
        self._publish(case.id, "released")
        released = await self._case(case.id)
        position, _ = await self.place(released)
        await self._tell_user(released, T.REQUEUED, position=position)
        return released

    async def transfer(self, user: StaffRecord, case_id: int, to_user_id: int) -> CaseRecord:
        case = await self._owned(user, case_id)
        target = await self.staff.get(to_user_id)
        if target is None or not target.active:
            raise BadRequest("no such staff member")
        if target.id == case.assigned_to:
            raise BadRequest("the case is already theirs")
        if await self.cases.active_count(target.id) >= self.limit_of(target):
            raise CaseLimit(f"{target.username} has no room for another case")
        owner = None if user.can(*SUPERVISORS) else user.id
        if not await self.cases.transfer(case.id, owner, target.id):
            raise AlreadyTaken("the case changed hands a moment ago")
        await self.cases.audit(user.id, "transfer", case.id, to=target.id, **{"from": case.assigned_to})
        self._publish(case.id, "transferred", to=target.id)
        return await self._case(case.id)

    async def close_case(self, user: StaffRecord, case_id: int, outcome: str) -> CaseRecord:
        if outcome not in self.config.outcomes:
            raise BadRequest(f"'outcome' must be one of {', '.join(self.config.outcomes)}")
        case = await self._owned(user, case_id)
        owner = None if user.can(*SUPERVISORS) else user.id
        if not await self.cases.close(case.id, outcome, by_user=owner):
            raise AlreadyTaken("the case changed hands a moment ago")
        await self.cases.audit(user.id, "close", case.id, outcome=outcome)
        self.metrics.cases_closed.labels(outcome).inc()
        self._publish(case.id, "closed")
        closed = await self._case(case.id)
        await self._tell_user(closed, T.CLOSED)
        return closed


def transcript_rows(rows: Sequence[TranscriptRow]) -> list[dict[str, Any]]:
    """The rows for the console; a pressed button carries the title the user saw on it (from the bot's
    last message that offered it), so a consultant reads "I'm in danger now", not a button id."""
    titles: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    for row in rows:
        data = transcript_row(row)
        if row.direction == "out":
            for button in row.payload.get("buttons") or ():
                if isinstance(button, dict) and button.get("id") and button.get("title"):
                    titles[str(button["id"])] = str(button["title"])
        elif "button" in data and data["button"] in titles:
            data["button_title"] = titles[data["button"]]
        out.append(data)
    return out


def transcript_row(row: TranscriptRow) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": row.id,
        "direction": row.direction,
        "sender": row.sender,
        "text": row.text,
        "created_at": row.created_at.isoformat(),
    }
    nlu = row.payload.get("nlu")
    if isinstance(nlu, dict):
        risk = nlu.get("risk") or {}
        data["nlu"] = {
            "intent": nlu.get("intent"),
            "language": nlu.get("language"),
            "risk": risk.get("level"),
        }
    if row.payload.get("button"):
        data["button"] = row.payload["button"]
    if row.payload.get("attachments"):
        data["attachments"] = len(row.payload["attachments"])
    return data


def nlu_summary(rows: Sequence[TranscriptRow], case: CaseRecord) -> dict[str, Any]:
    """The highest risk read in the conversation, every indicator with its evidence, the intents."""
    order_of = {"none": 0, "low": 1, "high": 2, "critical": 3}
    level, score = "none", 0.0
    indicators: dict[tuple[str, str], dict[str, str]] = {}
    intents: list[str] = []
    languages: list[str] = []
    for risk, nlu in _risks(rows, case):
        if order_of.get(str(risk.get("level")), 0) > order_of[level]:
            level = str(risk.get("level"))
        with contextlib.suppress(TypeError, ValueError):
            score = max(score, float(risk.get("score") or 0))
        for ind in risk.get("indicators") or []:
            if isinstance(ind, dict):
                key = (str(ind.get("id")), str(ind.get("evidence", "")))
                indicators.setdefault(key, {"id": key[0], "evidence": key[1]})
        if nlu.get("intent") and nlu["intent"] not in intents:
            intents.append(str(nlu["intent"]))
        if nlu.get("language") and nlu["language"] not in languages:
            languages.append(str(nlu["language"]))
    return {
        "level": level,
        "score": score,
        "indicators": list(indicators.values()),
        "intents": intents,
        "languages": languages,
    }


def _risks(rows: Sequence[TranscriptRow], case: CaseRecord) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    found: list[tuple[dict[str, Any], dict[str, Any]]] = [(case.risk, {})] if case.risk else []
    for row in rows:
        nlu = row.payload.get("nlu")
        if row.direction == "in" and isinstance(nlu, dict):
            found.append((dict(nlu.get("risk") or {}), nlu))
    return found
