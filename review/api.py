"""The review room's JSON API under /api/review/ (moderators and admins; exports: admins).

Staff log in, hold sessions and pass CSRF checks through handoff/auth.py; every action that shows
or changes something is written to the audit trail (view, reveal, flag, annotate, reviewed, correct,
export). A transcript is masked (bot/redact.py) unless revealed, and revealing needs a reason.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from bot.appkeys import ENGINE
from bot.errors import BadRequest, NotFound
from bot.jsonbody import json_object
from bot.languages import LANGUAGES
from bot.redact import redact, redact_value
from bot.store import LEVELS
from handoff.auth import requires
from handoff.keys import HANDOFF
from handoff.staff import StaffRecord
from nlu import INDICATORS, INTENTS

from .corrections import corrections_yaml
from .store import FLAGS, Filters, ReviewStore, Summary

__all__ = ["EXPORTERS", "REVIEWERS", "add_routes"]

REVIEWERS = ("moderator", "admin")
EXPORTERS = ("admin",)
MIN_REASON = 8
CHANNELS = ("web", "telegram", "whatsapp")


def _store(request: web.Request) -> ReviewStore:
    return ReviewStore(request.app[ENGINE])


async def _audit(request: web.Request, user: StaffRecord, action: str, **detail: Any) -> None:
    await request.app[HANDOFF].cases.audit(user.id, action, None, **detail)


def _date(raw: str | None, name: str) -> datetime | None:
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise BadRequest(f"'{name}' must be a date like 2026-11-23") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _choice(raw: str | None, name: str, options: tuple[str, ...] | None = None) -> str | None:
    if not raw:
        return None
    if options is not None and raw not in options:
        raise BadRequest(f"'{name}' must be one of {', '.join(options)}")
    if len(raw) > 64 or not raw.replace("_", "").replace("-", "").isalnum():
        raise BadRequest(f"'{name}' is not a valid value")
    return raw


def filters_of(query: Any) -> Filters:
    reviewed = query.get("reviewed")
    try:
        limit = min(max(int(query.get("limit", 50)), 1), 500)
        offset = max(int(query.get("offset", 0)), 0)
    except ValueError:
        raise BadRequest("'limit' and 'offset' are whole numbers") from None
    return Filters(
        since=_date(query.get("from"), "from"),
        until=_date(query.get("to"), "to"),
        channel=_choice(query.get("channel"), "channel", CHANNELS),
        language=_choice(query.get("language"), "language", LANGUAGES),
        level=_choice(query.get("level"), "level", LEVELS),
        indicator=_choice(query.get("indicator"), "indicator"),
        outcome=_choice(query.get("outcome"), "outcome"),
        campaign=_choice(query.get("campaign"), "campaign"),
        flag=_choice(query.get("flag"), "flag", FLAGS),
        reviewed=None if reviewed in (None, "") else reviewed in ("1", "true", "yes"),
        limit=limit,
        offset=offset,
    )


def _conversation_id(request: web.Request) -> str:
    raw = request.match_info["conversation_id"]
    if not (0 < len(raw) <= 32 and raw.isalnum()):
        raise BadRequest("not a conversation id")
    return raw


def profile_names(summary: Summary) -> list[str]:
    """The user's profile name on the platform, masked like any other personal datum."""
    return [summary.profile_name] if summary.profile_name else []


def mask_message(message: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """A transcript row as a moderator sees it by default: what people wrote (users, consultants)
    and NLU evidence masked, files only counted. The bot's own texts are ours and stay readable
    (masking them would hide the help numbers they give)."""
    payload = message.get("payload") or {}
    nlu = payload.get("nlu")
    text = message.get("text") or ""
    shown = {
        **{k: v for k, v in message.items() if k != "payload"},
        "text": text if message.get("sender") == "bot" else redact(text, names=names).text,
        "buttons": [b.get("title") for b in payload.get("buttons", []) if isinstance(b, dict)],
        "button": payload.get("button"),
        "attachments": len(payload.get("attachments", [])),
        "nlu": redact_value(nlu, names=names) if nlu else None,
    }
    return shown


def reveal_message(message: dict[str, Any]) -> dict[str, Any]:
    payload = message.get("payload") or {}
    return {
        **{k: v for k, v in message.items() if k != "payload"},
        "buttons": [b.get("title") for b in payload.get("buttons", []) if isinstance(b, dict)],
        "button": payload.get("button"),
        "attachments": len(payload.get("attachments", [])),
        "nlu": payload.get("nlu"),
    }


async def _conversation(request: web.Request, conversation_id: str) -> Summary:
    found = await _store(request).summary(conversation_id)
    if found is None:
        raise NotFound("no such conversation (it may have been erased)")
    return found


@requires(*REVIEWERS)
async def search(request: web.Request, user: StaffRecord) -> web.Response:
    found = await _store(request).search(filters_of(request.query))
    return web.json_response(
        {
            "conversations": [s.to_dict() for s in found],
            "flags": list(FLAGS),
            "intents": list(INTENTS),
            "levels": list(LEVELS),
            "indicators": list(INDICATORS),
        }
    )


@requires(*REVIEWERS)
async def open_conversation(request: web.Request, user: StaffRecord) -> web.Response:
    conversation_id = _conversation_id(request)
    summary = await _conversation(request, conversation_id)
    store = _store(request)
    names = profile_names(summary)
    messages = [mask_message(m, names) for m in await store.messages(conversation_id)]
    notes = await store.notes(conversation_id)
    await _audit(request, user, "view", conversation_id=conversation_id)
    return web.json_response(
        {"conversation": summary.to_dict(), "messages": messages, "notes": notes, "masked": True}
    )


@requires(*REVIEWERS)
async def reveal(request: web.Request, user: StaffRecord) -> web.Response:
    conversation_id = _conversation_id(request)
    body = await json_object(request, empty_ok=True, require_json_type=True)
    reason = body.get("reason")
    if not isinstance(reason, str) or len(reason.strip()) < MIN_REASON:
        raise BadRequest(f"say why you need to see it: a 'reason' of at least {MIN_REASON} characters")
    summary = await _conversation(request, conversation_id)
    await _audit(request, user, "reveal", conversation_id=conversation_id, reason=reason.strip()[:500])
    store = _store(request)
    messages = [reveal_message(m) for m in await store.messages(conversation_id)]
    return web.json_response(
        {
            "conversation": summary.to_dict(),
            "messages": messages,
            "notes": await store.notes(conversation_id),
            "masked": False,
        }
    )


@requires(*REVIEWERS)
async def set_flags(request: web.Request, user: StaffRecord) -> web.Response:
    conversation_id = _conversation_id(request)
    flags = (await json_object(request, empty_ok=True, require_json_type=True)).get("flags")
    if not isinstance(flags, list) or not all(f in FLAGS for f in flags):
        raise BadRequest(f"'flags' must be a list of: {', '.join(FLAGS)}")
    await _conversation(request, conversation_id)
    await _store(request).set_flags(conversation_id, [str(f) for f in flags])
    await _audit(request, user, "flag", conversation_id=conversation_id, flags=sorted(set(flags)))
    return web.json_response({"conversation": (await _conversation(request, conversation_id)).to_dict()})


@requires(*REVIEWERS)
async def annotate(request: web.Request, user: StaffRecord) -> web.Response:
    conversation_id = _conversation_id(request)
    text = (await json_object(request, empty_ok=True, require_json_type=True)).get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > 4000:
        raise BadRequest("'text' must be a note of 1 to 4000 characters")
    await _conversation(request, conversation_id)
    note_id = await _store(request).add_note(conversation_id, user.id, text.strip())
    await _audit(request, user, "annotate", conversation_id=conversation_id, note_id=note_id)
    return web.json_response({"notes": await _store(request).notes(conversation_id)}, status=201)


@requires(*REVIEWERS)
async def mark_reviewed(request: web.Request, user: StaffRecord) -> web.Response:
    conversation_id = _conversation_id(request)
    await _conversation(request, conversation_id)
    await _store(request).mark_reviewed(conversation_id, user.id)
    await _audit(request, user, "reviewed", conversation_id=conversation_id)
    return web.json_response({"conversation": (await _conversation(request, conversation_id)).to_dict()})


@requires(*REVIEWERS)
async def correct(request: web.Request, user: StaffRecord) -> web.Response:
    raw = request.match_info["message_id"]
    if not raw.isdigit() or len(raw) > 18:
        raise BadRequest("a message id is a whole number")
    message_id = int(raw)
    store = _store(request)
    found = await store.message_conversation(message_id)
    if found is None:
        raise NotFound("no such message")
    if found[1] != "in":
        raise BadRequest("only what a user wrote can be corrected")
    body = await json_object(request, empty_ok=True, require_json_type=True)
    language = _choice(body.get("language"), "language", LANGUAGES)
    intent = _choice(body.get("intent"), "intent", INTENTS)
    level = _choice(body.get("level"), "level", LEVELS)
    indicators = body.get("indicators")
    if indicators is not None and (
        not isinstance(indicators, list)
        or not all(isinstance(i, str) and i in INDICATORS for i in indicators)
    ):
        raise BadRequest(f"'indicators' must be a list of indicator ids ({', '.join(INDICATORS)})")
    if language is None and intent is None and level is None and indicators is None:
        raise BadRequest("correct at least one of 'language', 'intent', 'level', 'indicators'")
    done = await store.correct(
        message_id, user.id, language=language, intent=intent, level=level, indicators=indicators
    )
    await _audit(
        request,
        user,
        "correct",
        conversation_id=found[0],
        message_id=message_id,
        fields=[k for k in ("language", "intent", "level", "indicators") if body.get(k) is not None],
    )
    return web.json_response({"correction": done}, status=201)


@requires(*REVIEWERS)
async def export_corrections(request: web.Request, user: StaffRecord) -> web.Response:
    text = await corrections_yaml(request.app[ENGINE])
    await _audit(request, user, "export", kind="corrections", format="rasa-yaml")
    return web.Response(
        text=text,
        content_type="application/x-yaml",
        headers={"Content-Disposition": 'attachment; filename="nlu-corrections.yml"'},
    )


CSV_FIELDS = (
    "conversation_id",
    "channel",
    "conversation_language",
    "risk_level",
    "campaign",
    "message_id",
    "direction",
    "sender",
    "created_at",
    "language",
    "intent",
    "message_level",
    "indicators",
    "text",
)


@requires(*EXPORTERS)
async def export_transcripts(request: web.Request, user: StaffRecord) -> web.Response:
    fmt = request.query.get("format", "json")
    if fmt not in ("json", "csv"):
        raise BadRequest("'format' is json or csv")
    store = _store(request)
    found = await store.search(filters_of(request.query))
    conversations: list[dict[str, Any]] = []
    for summary in found:
        names = profile_names(summary)
        messages = [mask_message(m, names) for m in await store.messages(summary.id)]
        conversations.append({"conversation": summary.to_dict(), "messages": messages})
    await _audit(
        request,
        user,
        "export",
        kind="transcripts",
        format=fmt,
        conversations=len(conversations),
        filters={k: v for k, v in request.query.items() if k in FILTER_KEYS},
    )
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    if fmt == "json":
        return web.json_response(
            {"masked": True, "conversations": conversations},
            headers={"Content-Disposition": f'attachment; filename="transcripts-{stamp}.json"'},
        )
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for item in conversations:
        conv = item["conversation"]
        for m in item["messages"]:
            writer.writerow(
                {
                    "conversation_id": conv["id"],
                    "channel": conv["channel"],
                    "conversation_language": conv["language"] or "",
                    "risk_level": conv["risk_level"],
                    "campaign": conv["campaign"] or "",
                    "message_id": m["id"],
                    "direction": m["direction"],
                    "sender": m["sender"],
                    "created_at": m["created_at"],
                    "language": m["language"] or "",
                    "intent": m["intent"] or "",
                    "message_level": m["risk_level"] or "",
                    "indicators": " ".join(m["indicators"]),
                    "text": _csv_safe(m["text"]),
                }
            )
    return web.Response(
        text=out.getvalue(),
        content_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="transcripts-{stamp}.csv"'},
    )


def _csv_safe(value: str) -> str:
    """No formula injection when the file is opened in a spreadsheet."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


FILTER_KEYS = frozenset(
    {"from", "to", "channel", "language", "level", "indicator", "outcome", "campaign", "flag", "reviewed"}
)

ROUTES: tuple[tuple[str, str, Any], ...] = (
    ("GET", "/api/review/conversations", search),
    ("GET", "/api/review/conversations/{conversation_id}", open_conversation),
    ("POST", "/api/review/conversations/{conversation_id}/reveal", reveal),
    ("POST", "/api/review/conversations/{conversation_id}/flags", set_flags),
    ("POST", "/api/review/conversations/{conversation_id}/notes", annotate),
    ("POST", "/api/review/conversations/{conversation_id}/reviewed", mark_reviewed),
    ("POST", "/api/review/messages/{message_id}/correction", correct),
    ("GET", "/api/review/corrections.yml", export_corrections),
    ("GET", "/api/review/export", export_transcripts),
)


def add_routes(app: web.Application) -> None:
    for method, path, handler in ROUTES:
        app.router.add_route(method, path, handler)
