"""kill -9 a `helpline serve` worker in the middle of many Telegram conversations and start it again:
every message Telegram delivered is answered and every queued reply is delivered, in order. What the
crash repeats (at least once, never lost) is counted and printed: see ``Report``."""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout
from redis.asyncio import Redis
from sqlalchemy import select, update

from bot.clock import utcnow
from bot.crypto import Keyring, generate_key, using_keyring
from bot.db import create_engine, sessionmaker_for
from bot.models import Conversation, InboundSeen, Message, OutboxMessage
from tests.channels.conftest import SECRET
from tests.conftest import REDIS_URL
from tests.emulators.telegram import TOKEN, BotApiEmulator, Updates

from .servers import ServeProcess

HEADER = "X-Telegram-Bot-Api-Secret-Token"
CHATS = 24
MESSAGES = ("hello", "how do I check a job offer", "they took my passport", "thank you")


def worker_env(database_url: str, redis_prefix: str, bot_api: BotApiEmulator, key: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "REDIS_KEY_PREFIX": redis_prefix,
        "HELPLINE_DATA_KEYS": key,
        "HELPLINE_LOG_LEVEL": "warning",
        "TELEGRAM_MODE": "webhook",
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_API_BASE_URL": bot_api.url,
        "OUTBOX_PER_CHAT_INTERVAL_SECONDS": "0.02",
        "OUTBOX_SWEEP_SECONDS": "0.1",
        "OUTBOX_MAX_BACKOFF_SECONDS": "0.3",
    }


class Platform:
    """Telegram's side of a webhook: one update per chat at a time, redelivered until it gets a 200."""

    def __init__(self, http: ClientSession, worker: ServeProcess) -> None:
        self.http = http
        self.worker = worker
        self.accepted = 0
        self.refused: dict[int, int] = {}

    async def deliver(self, update: dict[str, Any]) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                async with self.http.post(
                    self.worker.base + "/webhooks/telegram", json=update, headers={HEADER: SECRET}
                ) as resp:
                    await resp.read()
                    if resp.status == 200:
                        self.accepted += 1
                        return
                    self.refused[resp.status] = self.refused.get(resp.status, 0) + 1
            except (TimeoutError, ClientError, OSError):
                pass
            await asyncio.sleep(0.05)
        raise AssertionError(f"update {update['update_id']} never accepted")

    async def chat(self, chat: Updates) -> None:
        for text in MESSAGES:
            await self.deliver(chat.text(text))


async def leases_run_out(database_url: str, redis_prefix: str) -> None:
    """Fast-forward the killed worker's leases (60 s inbound, 120 s outbound) instead of waiting."""
    redis = Redis.from_url(REDIS_URL)
    try:
        async for key in redis.scan_iter(match=f"{redis_prefix}:inbound:*"):
            if await redis.get(key) == b"p":
                await redis.delete(key)
    finally:
        await redis.aclose()
    engine = create_engine(database_url)
    try:
        async with engine.begin() as conn:
            past = utcnow() - timedelta(minutes=1)
            await conn.execute(update(InboundSeen).where(InboundSeen.done.is_(False)).values(expires_at=past))
            sending = OutboxMessage.status == "sending"  # held by the dead process (120 s lease)
            await conn.execute(update(OutboxMessage).where(sending).values(next_attempt_at=past))
    finally:
        await engine.dispose()


async def test_kill_9_mid_conversation_then_restart(
    postgres_url: str, redis_prefix: str, bot_api: BotApiEmulator
) -> None:
    key = generate_key()
    worker = ServeProcess(worker_env(postgres_url, redis_prefix, bot_api, key))
    chats = [Updates(8000 + i, ("en", "pl", "uk", "ru")[i % 4]) for i in range(CHATS)]
    try:
        async with ClientSession(timeout=ClientTimeout(total=20)) as http:
            await worker.ready(http)
            platform = Platform(http, worker)
            talks = asyncio.gather(*(platform.chat(c) for c in chats))
            while platform.accepted < CHATS * len(MESSAGES) // 3:  # noqa: ASYNC110 - a third of the way in
                await asyncio.sleep(0.01)
            worker.kill()
            killed_at = platform.accepted
            await asyncio.sleep(1)  # a COMMIT the worker sent just before it died still lands
            await leases_run_out(postgres_url, redis_prefix)
            worker.start()
            await worker.ready(http)
            await asyncio.wait_for(talks, 120)
        assert killed_at < CHATS * len(MESSAGES)  # the kill really was mid-conversation
        engine = create_engine(postgres_url)
        try:
            with using_keyring(Keyring([key])):
                report = await nothing_lost(engine, bot_api, chats)
        finally:
            await engine.dispose()
        print(f"accepted before the kill: {killed_at}; {report}")
    except AssertionError:
        print(worker.output())
        raise
    finally:
        worker.close()


@dataclass
class Report:
    """What a crash can leave that a user might notice (counted, printed, reported in bench/README):
    the service commits the transcript and the outbox in two transactions, and the outbox marks sent
    rows in batches, so a kill between them repeats a little; it never loses anything."""

    half_written: int = 0  # a message kept without an answer; the platform's redelivery was answered
    answered_twice: int = 0  # a turn committed, killed before the outbox row: redelivered, answered again
    sent_twice: int = 0  # a reply sent, killed before its mark: sent again

    def __str__(self) -> str:
        return (
            f"messages kept without an answer then answered on redelivery: {self.half_written}; "
            f"answered twice: {self.answered_twice}; replies sent twice: {self.sent_twice}"
        )


async def nothing_lost(engine: Any, bot_api: BotApiEmulator, chats: list[Updates]) -> Report:
    """Nothing lost: each message answered, each reply written delivered, in order; returns what the
    crash repeated."""
    report = Report()
    sessions = sessionmaker_for(engine)
    deadline = time.monotonic() + 60
    while True:  # the outbox finishes what the restarted worker found queued
        async with sessions() as session:
            pending = (
                (await session.execute(select(OutboxMessage).where(OutboxMessage.status != "sent")))
                .scalars()
                .all()
            )
        if not pending:
            break
        assert time.monotonic() < deadline, [(p.id, p.status, p.next_attempt_at) for p in pending]
        await asyncio.sleep(0.2)
    for chat in chats:
        async with sessions() as session:
            conv = (
                await session.execute(
                    select(Conversation).filter_by(channel="telegram", external_id=str(chat.chat_id))
                )
            ).scalar_one()
            rows = (
                (
                    await session.execute(
                        select(Message).filter_by(conversation_id=conv.id).order_by(Message.id)
                    )
                )
                .scalars()
                .all()
            )
        turns: list[tuple[str, list[str]]] = []  # each inbound message with the replies written after it
        for m in rows:
            if m.direction == "in":
                turns.append((m.text, []))
            else:
                turns[-1][1].append(m.text)
        answered = [(text, replies) for text, replies in turns if replies]
        report.half_written += len(turns) - len(answered)  # taken in, killed before the answer
        distinct = [t for i, (t, _) in enumerate(answered) if i == 0 or answered[i - 1][0] != t]
        report.answered_twice += len(answered) - len(distinct)
        # every message Telegram delivered was answered, in order: nothing lost
        assert distinct == list(MESSAGES), (chat.chat_id, turns)
        # and exactly once: a redelivery after the kill is the same transcript row, answered once
        assert [t for t, _ in turns] == list(MESSAGES) and len(answered) == len(turns), (chat.chat_id, turns)
        # the answer to each message reached Telegram (one of them, when the turn was repeated)
        sent = bot_api.texts(chat.chat_id)
        for text in MESSAGES:
            answers = [replies for t, replies in answered if t == text]
            assert any(all(any(m.startswith(r) for m in sent) for r in replies) for replies in answers), (
                chat.chat_id,
                text,
            )
        report.sent_twice += len(sent) - len({m for m in sent})
    return report
