"""Staff accounts and their browser sessions: argon2 password hashes, random session tokens stored
only as SHA-256, a double-submit CSRF token per session."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import as_utc, utcnow
from bot.db import sessionmaker_for
from bot.languages import LANGUAGES

from .models import StaffSession, StaffUser

__all__ = ["ROLES", "Login", "StaffRecord", "StaffStore", "UsernameTaken", "totp_uri", "validate_new_user"]

ROLES = ("consultant", "moderator", "admin")
USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,64}$")
MIN_PASSWORD = 10
ONLINE_SECONDS = 90
MAX_FAILED = 5
LOCK_MINUTES = 15
_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps the timing of a wrong name and a wrong
# password alike.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


class UsernameTaken(ValueError):
    pass


TOTP_ISSUER = "Helpline console"
SEEN_EVERY = timedelta(seconds=60)  # a session's last use is written at most this often


def totp_uri(username: str, secret: str) -> str:
    """The otpauth:// URI an authenticator app reads (as text or a QR code) to enrol."""
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=TOTP_ISSUER)


def _totp_step(secret: str, code: object, after: int | None) -> int | None:
    """The time step ``code`` belongs to (this one, or one either side for clock drift), if it is
    later than ``after``, the step last used: a code is good only once."""
    if not isinstance(code, str) or not code.strip().isdigit():
        return None
    totp = pyotp.TOTP(secret)
    now = utcnow()
    for drift in (0, -1, 1):
        at = now + timedelta(seconds=drift * totp.interval)
        if secrets.compare_digest(totp.at(at), code.strip()):
            step = int(totp.timecode(at))
            return step if after is None or step > after else None
    return None


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def validate_new_user(username: str, role: str, languages: list[str], password: str) -> None:
    """Raise ValueError naming what is wrong."""
    if not USERNAME.fullmatch(username):
        raise ValueError("username: 2 to 64 letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise ValueError(f"role: one of {', '.join(ROLES)}")
    unknown = [code for code in languages if code not in LANGUAGES]
    if unknown:
        raise ValueError(f"languages: unknown {', '.join(unknown)} (known: {', '.join(LANGUAGES)})")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"password: at least {MIN_PASSWORD} characters")


@dataclass(frozen=True, slots=True)
class StaffRecord:
    id: int
    username: str
    role: str
    languages: tuple[str, ...]
    max_cases: int | None
    active: bool
    last_seen_at: datetime | None

    @classmethod
    def of(cls, row: StaffUser) -> StaffRecord:
        return cls(
            row.id,
            row.username,
            row.role,
            tuple(row.languages or ()),
            row.max_cases,
            row.active,
            as_utc(row.last_seen_at) if row.last_seen_at else None,
        )

    def can(self, *roles: str) -> bool:
        return self.role in roles

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "username": self.username,
            "role": self.role,
            "languages": list(self.languages),
            "max_cases": self.max_cases,
        }


@dataclass(frozen=True, slots=True)
class Login:
    user: StaffRecord
    token: str  # the session cookie's value
    csrf: str  # the double-submit token


class StaffStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self._sessions = sessionmaker_for(engine)

    async def add(
        self,
        username: str,
        password: str,
        *,
        role: str,
        languages: list[str],
        max_cases: int | None = None,
    ) -> StaffRecord:
        validate_new_user(username, role, languages, password)
        row = StaffUser(
            username=username,
            password_hash=_hasher.hash(password),
            role=role,
            languages=list(languages),
            max_cases=max_cases,
            active=True,
            created_at=utcnow(),
        )
        try:
            async with self._sessions.begin() as session:
                session.add(row)
        except IntegrityError:
            raise UsernameTaken(f"username {username!r} is taken") from None
        return StaffRecord.of(row)

    async def get(self, user_id: int) -> StaffRecord | None:
        async with self._sessions() as session:
            row = await session.get(StaffUser, user_id)
            return StaffRecord.of(row) if row else None

    async def all(self) -> list[StaffRecord]:
        async with self._sessions() as session:
            rows = (await session.execute(select(StaffUser).order_by(StaffUser.id))).scalars()
            return [StaffRecord.of(r) for r in rows]

    async def online(self, now: datetime | None = None) -> list[StaffRecord]:
        """Staff seen in the last minute and a half (an open console pings more often)."""
        since = (now or utcnow()) - timedelta(seconds=ONLINE_SECONDS)
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(StaffUser).where(StaffUser.active.is_(True), StaffUser.last_seen_at >= since)
                )
            ).scalars()
            return [StaffRecord.of(r) for r in rows]

    async def seen(self, user_id: int) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(StaffUser).where(StaffUser.id == user_id).values(last_seen_at=utcnow())
            )

    async def enrol_totp(self, user_id: int) -> str:
        """A new TOTP secret for an account (enrolment or reset); the old one stops working."""
        secret = pyotp.random_base32()
        async with self._sessions.begin() as session:
            await session.execute(update(StaffUser).where(StaffUser.id == user_id).values(totp_secret=secret))
        return secret

    async def by_username(self, username: str) -> StaffRecord | None:
        async with self._sessions() as session:
            row = (
                await session.execute(select(StaffUser).where(StaffUser.username == username))
            ).scalar_one_or_none()
            return StaffRecord.of(row) if row else None

    async def login(
        self,
        username: str,
        password: str,
        *,
        hours: int,
        totp: object = None,
        totp_required: bool = False,
    ) -> Login | None:
        """A new session, or None. After ``MAX_FAILED`` wrong passwords the account is locked for
        ``LOCK_MINUTES`` (a right password does not open it meanwhile). An account enrolled in
        two-factor login also needs the current ``totp`` code (a wrong code counts as a failure);
        with ``totp_required`` an account not enrolled cannot log in at all."""
        now = utcnow()
        async with self._sessions() as session:
            row = (
                await session.execute(select(StaffUser).where(StaffUser.username == username))
            ).scalar_one_or_none()
        try:
            _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
            right = True
        except (VerificationError, InvalidHashError):
            right = False
        if row is None or not row.active:
            return None
        if row.locked_until is not None and as_utc(row.locked_until) > now:
            return None
        step: int | None = None
        if right and row.totp_secret:
            step = _totp_step(row.totp_secret, totp, row.totp_last_step)
            right = step is not None
        elif right and totp_required:
            return None  # not enrolled: `helpline user totp-reset` enrols them
        if not right:
            failed = (row.failed_logins or 0) + 1
            values: dict[str, object] = {"failed_logins": failed}
            if failed >= MAX_FAILED:
                values = {"failed_logins": 0, "locked_until": now + timedelta(minutes=LOCK_MINUTES)}
            async with self._sessions.begin() as session:
                await session.execute(update(StaffUser).where(StaffUser.id == row.id).values(**values))
            return None
        if row.failed_logins or step is not None:
            async with self._sessions.begin() as session:
                await session.execute(
                    update(StaffUser)
                    .where(StaffUser.id == row.id)
                    .values(failed_logins=0, totp_last_step=step)
                )
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        async with self._sessions.begin() as session:
            session.add(
                StaffSession(
                    token_hash=_sha(token),
                    user_id=row.id,
                    csrf=csrf,
                    created_at=now,
                    expires_at=now + timedelta(hours=hours),
                    last_seen_at=now,
                )
            )
            if _hasher.check_needs_rehash(row.password_hash):
                await session.execute(
                    update(StaffUser)
                    .where(StaffUser.id == row.id)
                    .values(password_hash=_hasher.hash(password))
                )
        return Login(StaffRecord.of(row), token, csrf)

    async def session(self, token: str, *, idle_minutes: int | None = None) -> tuple[StaffRecord, str] | None:
        """The user and CSRF token of a live session cookie: not past its absolute expiry, and (with
        ``idle_minutes``) used within that many minutes; each use keeps it alive."""
        async with self._sessions() as session:
            found = (
                await session.execute(
                    select(StaffSession, StaffUser)
                    .join(StaffUser, StaffUser.id == StaffSession.user_id)
                    .where(StaffSession.token_hash == _sha(token))
                )
            ).one_or_none()
        if found is None:
            return None
        staff_session, user = found
        now = utcnow()
        if as_utc(staff_session.expires_at) <= now or not user.active:
            return None
        last = as_utc(staff_session.last_seen_at or staff_session.created_at)
        if idle_minutes is not None and last + timedelta(minutes=idle_minutes) <= now:
            await self.logout(token)  # idle too long: the session ends for good
            return None
        if now - last >= SEEN_EVERY:
            async with self._sessions.begin() as session:
                await session.execute(
                    update(StaffSession)
                    .where(StaffSession.token_hash == staff_session.token_hash)
                    .values(last_seen_at=now)
                )
        return StaffRecord.of(user), staff_session.csrf

    async def logout(self, token: str) -> None:
        async with self._sessions.begin() as session:
            await session.execute(delete(StaffSession).where(StaffSession.token_hash == _sha(token)))
