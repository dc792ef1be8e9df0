"""Settings: read once from the environment (and an optional .env file), then frozen.

Every variable the application reads is declared in ``VARIABLES`` below; README.md documents each
one and a test checks that the two agree. A bad value stops start-up with one line naming it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handoff.hours import parse_holidays, parse_timezone, parse_working_hours

from .errors import ConfigError

__all__ = ["VARIABLES", "ConfigError", "Settings", "load_dotenv"]


def _int(lo: int, hi: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        value = int(raw)
        if not lo <= value <= hi:
            raise ValueError(f"must be between {lo} and {hi}")
        return value

    return parse


def _float(lo: float, hi: float) -> Callable[[str], float]:
    def parse(raw: str) -> float:
        value = float(raw)
        if not lo <= value <= hi:
            raise ValueError(f"must be between {lo} and {hi}")
        return value

    return parse


def _database_url(raw: str) -> str:
    if not raw.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
        raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
    return raw


def _redis_url(raw: str) -> str:
    if raw and not raw.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError("must start with redis://, rediss:// or unix://")
    return raw


def _http_url(raw: str) -> str:
    if raw and not raw.startswith(("http://", "https://")):
        raise ValueError("must start with http:// or https://")
    return raw.rstrip("/")


def _choice(*options: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in options:
            raise ValueError(f"must be one of {', '.join(options)}")
        return value

    return parse


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("must be true or false")


def _str(raw: str) -> str:
    return raw


DEFAULT_OUTCOMES = (
    "information_given",
    "referred_kcik_phone",
    "referred_police_border_guard",
    "presumed_victim_identified",
    "not_relevant",
    "user_left",
)


def _outcomes(raw: str) -> tuple[str, ...]:
    values = tuple(v.strip() for v in raw.split(",") if v.strip())
    if not values or not all(re.fullmatch(r"[a-z0-9_]{1,32}", v) for v in values):
        raise ValueError("expected comma-separated ids of a-z, 0-9 and _")
    return values


def _working_hours(raw: str) -> str:
    parse_working_hours(raw)
    return raw


def _holidays(raw: str) -> str:
    parse_holidays(raw)
    return raw


def _timezone(raw: str) -> str:
    return parse_timezone(raw)


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    attr: str
    default: str
    parse: Callable[[str], Any]
    help: str
    secret: bool = False


VARIABLES: tuple[Variable, ...] = (
    Variable("HELPLINE_HOST", "host", "127.0.0.1", _str, "Address the web server binds to."),
    Variable("HELPLINE_PORT", "port", "8080", _int(1, 65535), "Port the web server listens on."),
    Variable(
        "DATABASE_URL",
        "database_url",
        "sqlite+aiosqlite:///./var/helpline.sqlite3",
        _database_url,
        "SQLAlchemy URL: SQLite file (embedded default) or postgresql+asyncpg://user@host/db.",
        secret=True,
    ),
    Variable(
        "REDIS_URL",
        "redis_url",
        "",
        _redis_url,
        "Redis for the shared live layer (session cache, signals, relay). Empty: one process alone.",
        secret=True,
    ),
    Variable(
        "REDIS_KEY_PREFIX",
        "redis_prefix",
        "helpline",
        _str,
        "Prefix of every Redis key, so several helplines can share one Redis.",
    ),
    Variable(
        "HELPLINE_LOG_LEVEL", "log_level", "INFO", _choice("debug", "info", "warning", "error"), "Log level."
    ),
    Variable(
        "WEBCHAT_TTL_HOURS",
        "webchat_ttl_hours",
        "168",
        _int(1, 24 * 365),
        "Hours of silence after which a web chat conversation expires.",
    ),
    Variable(
        "SESSION_CACHE_TTL_SECONDS",
        "session_cache_ttl",
        "86400",
        _int(10, 30 * 86400),
        "How long a conversation's state stays in the Redis session cache.",
    ),
    Variable(
        "MAX_MESSAGE_CHARS",
        "max_message_chars",
        "4096",
        _int(16, 65536),
        "Longest text a user may send in one message.",
    ),
    Variable(
        "RASA_URL",
        "rasa_url",
        "",
        _http_url,
        "Optional Rasa server for intents (POST /model/parse). Empty: built-in NLU only.",
    ),
    Variable(
        "RASA_TIMEOUT_SECONDS",
        "rasa_timeout",
        "0.8",
        _float(0.05, 30),
        "How long to wait for Rasa before falling back to the built-in NLU.",
    ),
    Variable(
        "NLU_NET",
        "nlu_net",
        "true",
        _bool,
        "The NLU's statistical safety net (nlu/net.py): raises risk the phrase rules missed; lowers it "
        "only from high to low (a consultant is still offered) when nearly sure a message of 12 words or "
        "more is calm (its veto), never from critical. false: rules only. The server reads it from the "
        "environment or .env; `helpline nlu` and load_analyzer() from the environment.",
    ),
    Variable(
        "HELPLINE_NLU_CACHE",
        "nlu_cache",
        "",
        _str,
        "Folder where the built NLU is kept between starts (nlu/model_cache.py; a start after any change "
        "to nlu/ builds anew). Empty: $XDG_CACHE_HOME/helpline/nlu or ~/.cache/helpline/nlu; off: build "
        "at every start. Only this user may write there.",
    ),
    Variable(
        "HELPLINE_AUTO_MIGRATE",
        "auto_migrate",
        "true",
        _bool,
        "Run database migrations at start-up (the embedded default does).",
    ),
    # -- channels: Telegram and WhatsApp (bot/channels/README.md) --
    Variable("TELEGRAM_BOT_TOKEN", "telegram_token", "", _str, "Bot token from @BotFather.", secret=True),
    Variable(
        "TELEGRAM_WEBHOOK_SECRET",
        "telegram_webhook_secret",
        "",
        _str,
        "Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; required in webhook mode.",
        secret=True,
    ),
    Variable(
        "TELEGRAM_MODE",
        "telegram_mode",
        "off",
        _choice("webhook", "polling", "off"),
        "webhook (POST /webhooks/telegram), polling (development) or off.",
    ),
    Variable(
        "TELEGRAM_API_BASE_URL",
        "telegram_api_base_url",
        "https://api.telegram.org",
        _http_url,
        "Bot API server; another one (a local Bot API server, a test emulator) can be set.",
    ),
    Variable(
        "WHATSAPP_VERIFY_TOKEN",
        "whatsapp_verify_token",
        "",
        _str,
        "Verify token of the WhatsApp webhook handshake; empty: WhatsApp off.",
        secret=True,
    ),
    Variable(
        "WHATSAPP_APP_SECRET",
        "whatsapp_app_secret",
        "",
        _str,
        "Meta app secret; signs every webhook (X-Hub-Signature-256).",
        secret=True,
    ),
    Variable(
        "WHATSAPP_ACCESS_TOKEN", "whatsapp_access_token", "", _str, "Graph API access token.", secret=True
    ),
    Variable(
        "WHATSAPP_PHONE_NUMBER_ID", "whatsapp_phone_number_id", "", _str, "WhatsApp Business phone number id."
    ),
    Variable(
        "WHATSAPP_API_BASE_URL",
        "whatsapp_api_base_url",
        "https://graph.facebook.com/v21.0",
        _http_url,
        "Graph API base URL, version included.",
    ),
    Variable(
        "WHATSAPP_WINDOW_TEMPLATE",
        "whatsapp_window_template",
        "",
        _str,
        "Approved template sent when a reply falls outside the 24-hour window; empty: hold only.",
    ),
    Variable(
        "OUTBOX_MAX_ATTEMPTS",
        "outbox_max_attempts",
        "60",
        _int(1, 1000),
        "Attempts before an outbound message is marked failed (60: about four hours of outage).",
    ),
    Variable(
        "OUTBOX_MAX_BACKOFF_SECONDS",
        "outbox_max_backoff",
        "300",
        _float(0.01, 86400),
        "Longest wait between two attempts to send one message.",
    ),
    Variable(
        "OUTBOX_PER_CHAT_INTERVAL_SECONDS",
        "outbox_chat_interval",
        "1.0",
        _float(0, 60),
        "Sustained pace of messages to one chat (short bursts of 3 allowed).",
    ),
    Variable(
        "OUTBOX_SWEEP_SECONDS",
        "outbox_sweep_seconds",
        "2.0",
        _float(0.01, 3600),
        "How often the outbox looks for messages due (retries, after a restart).",
    ),
    Variable(
        "INBOUND_DEDUP_TTL_SECONDS",
        "dedup_ttl",
        "172800",
        _int(60, 30 * 86400),
        "How long a platform update id is remembered to drop a redelivered webhook.",
    ),
    # -- handoff to human consultants (handoff/README.md) --
    Variable(
        "HANDOFF_AGEING_SECONDS",
        "handoff_ageing_seconds",
        "600",
        _int(1, 86400),
        "Waiting this long adds one level to a case's priority, so no case waits forever.",
    ),
    Variable(
        "HANDOFF_LANGUAGE_WAIT_SECONDS",
        "handoff_language_wait_seconds",
        "120",
        _int(0, 86400),
        "A case goes first to consultants speaking its language; after this wait, to anyone.",
    ),
    Variable(
        "CONSULTANT_MAX_CASES", "consultant_max_cases", "3", _int(1, 100), "Active cases per consultant."
    ),
    Variable(
        "HANDOFF_UPDATE_SECONDS",
        "handoff_update_seconds",
        "300",
        _int(5, 86400),
        "Shortest time between two waiting updates (place in queue) sent to one user.",
    ),
    Variable(
        "WORKING_HOURS",
        "working_hours",
        "",
        _working_hours,
        "Consultants' hours, e.g. 'mon-fri 08:00-20:00, sat 10:00-14:00'. Empty: around the clock.",
    ),
    Variable(
        "HOLIDAYS", "holidays", "", _holidays, "Days without consultants, e.g. '2026-12-24,2026-12-25'."
    ),
    Variable(
        "HANDOFF_TIMEZONE", "handoff_timezone", "Europe/Warsaw", _timezone, "Time zone of the hours."
    ),
    Variable(
        "CASE_OUTCOMES",
        "case_outcomes",
        ",".join(DEFAULT_OUTCOMES),
        _outcomes,
        "Outcomes a consultant picks when closing a case (comma-separated ids).",
    ),
    Variable(
        "SESSION_COOKIE_SECURE",
        "session_cookie_secure",
        "true",
        _bool,
        "Send the console's session cookie over HTTPS only (false only for local development).",
    ),
    Variable(
        "STAFF_SESSION_HOURS", "staff_session_hours", "12", _int(1, 720), "A console login lasts this long."
    ),
    Variable(
        "STAFF_NOTIFY_WEBHOOK_URL",
        "staff_notify_webhook_url",
        "",
        _http_url,
        "Webhook told (POST JSON) of every new high or critical case. Empty: none.",
        secret=True,
    ),
    Variable(
        "STAFF_TELEGRAM_CHAT_ID",
        "staff_telegram_chat_id",
        "",
        _str,
        "Telegram staff chat told of new high and critical cases by the bot. Empty: none.",
    ),
    # -- campaigns: posters, QR codes and deep links (campaigns/) --
    Variable(
        "TELEGRAM_BOT_USERNAME",
        "telegram_bot_username",
        "",
        _str,
        "The bot's @username, for campaign links t.me/<name>?start=<code>. Empty: no Telegram link.",
    ),
    Variable(
        "WHATSAPP_PUBLIC_NUMBER",
        "whatsapp_public_number",
        "",
        _str,
        "The WhatsApp number people write to, for wa.me campaign links. Empty: no WhatsApp link.",
    ),
    Variable(
        "PUBLIC_BASE_URL",
        "public_base_url",
        "",
        _http_url,
        "Public address of the web chat (https://...), for campaign links /?c=<code>. Empty: none.",
    ),
    # -- privacy, retention and staff security (issue 7: bot/crypto.py, review/) --
    Variable(
        "HELPLINE_DATA_KEYS",
        "data_keys",
        "",
        _str,
        "Comma-separated Fernet keys encrypting message texts and personal fields; the first encrypts, "
        "all decrypt (`helpline keys generate`, `helpline keys rotate`). Empty: a key file is made.",
        secret=True,
    ),
    Variable(
        "HELPLINE_DATA_KEY_FILE",
        "data_key_file",
        "./var/data-keys",
        _str,
        "Key file used (and made on first run, mode 0600) when HELPLINE_DATA_KEYS is empty.",
    ),
    Variable(
        "TRANSCRIPT_RETENTION_DAYS",
        "transcript_retention_days",
        "90",
        _int(1, 3650),
        "Conversations are erased this many days after their case closes (or their last message).",
    ),
    Variable(
        "AUDIT_RETENTION_DAYS",
        "audit_retention_days",
        "730",
        _int(30, 7300),
        "Staff audit rows older than this are purged (the only way they are ever deleted).",
    ),
    Variable(
        "RETENTION_SWEEP_SECONDS",
        "retention_sweep_seconds",
        "3600",
        _float(1, 86400),
        "How often the service purges what is past its retention period.",
    ),
    Variable(
        "STAFF_IDLE_MINUTES",
        "staff_idle_minutes",
        "30",
        _int(1, 1440),
        "A console login ends after this long without a request.",
    ),
    Variable(
        "LOGIN_MAX_FAILURES",
        "login_max_failures",
        "20",
        _int(1, 100),
        "Failed console logins from one address before it must wait (accounts lock after 5).",
    ),
    Variable(
        "STAFF_TOTP_REQUIRED",
        "staff_totp_required",
        "true",
        _bool,
        "Every staff login needs a TOTP code; an account without enrolment cannot log in until "
        "`helpline user totp-reset`. false only lets accounts made outside `helpline user add` skip it.",
    ),
    Variable(
        "LOGIN_LOCKOUT_MINUTES",
        "login_lockout_minutes",
        "15",
        _int(1, 1440),
        "How long a lockout after too many failed logins lasts.",
    ),
)


def load_dotenv(path: Path) -> dict[str, str]:
    """Read KEY=VALUE lines from a .env file; comments and blank lines are ignored."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export ") :]
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"{path}:{number}: expected KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8080
    database_url: str = "sqlite+aiosqlite:///./var/helpline.sqlite3"
    redis_url: str = ""
    redis_prefix: str = "helpline"
    log_level: str = "info"
    webchat_ttl_hours: int = 168
    session_cache_ttl: int = 86400
    max_message_chars: int = 4096
    rasa_url: str = ""
    rasa_timeout: float = 0.8
    nlu_net: bool = True
    nlu_cache: str = ""
    auto_migrate: bool = True
    telegram_token: str = ""
    telegram_webhook_secret: str = ""
    telegram_mode: str = "off"
    telegram_api_base_url: str = "https://api.telegram.org"
    whatsapp_verify_token: str = ""
    whatsapp_app_secret: str = ""
    whatsapp_access_token: str = ""
    whatsapp_phone_number_id: str = ""
    whatsapp_api_base_url: str = "https://graph.facebook.com/v21.0"
    whatsapp_window_template: str = ""
    outbox_max_attempts: int = 60
    outbox_max_backoff: float = 300.0
    outbox_chat_interval: float = 1.0
    outbox_sweep_seconds: float = 2.0
    dedup_ttl: int = 172800
    handoff_ageing_seconds: int = 600
    handoff_language_wait_seconds: int = 120
    consultant_max_cases: int = 3
    handoff_update_seconds: int = 300
    working_hours: str = ""
    holidays: str = ""
    handoff_timezone: str = "Europe/Warsaw"
    case_outcomes: tuple[str, ...] = DEFAULT_OUTCOMES
    session_cookie_secure: bool = True
    staff_session_hours: int = 12
    staff_notify_webhook_url: str = ""
    staff_telegram_chat_id: str = ""
    telegram_bot_username: str = ""
    whatsapp_public_number: str = ""
    public_base_url: str = ""
    data_keys: str = ""
    data_key_file: str = "./var/data-keys"
    transcript_retention_days: int = 90
    audit_retention_days: int = 730
    retention_sweep_seconds: float = 3600.0
    staff_idle_minutes: int = 30
    login_max_failures: int = 20
    login_lockout_minutes: int = 15
    staff_totp_required: bool = True

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, dotenv: Path | None = Path(".env")
    ) -> Settings:
        """Build settings from the environment; variables in the environment win over .env."""
        merged: dict[str, str] = {}
        if dotenv is not None:
            merged.update(load_dotenv(dotenv))
        merged.update(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for var in VARIABLES:
            raw = merged.get(var.name)
            if raw is None:
                raw = var.default
            try:
                values[var.attr] = var.parse(raw.strip())
            except (ValueError, TypeError) as exc:
                shown = "(hidden)" if var.secret else repr(raw)
                raise ConfigError(f"{var.name}={shown}: {exc}") from None
        return cls(**values)
