"""`helpline telegram ...`: operator commands for the Telegram channel."""

from __future__ import annotations

import argparse
import asyncio
import sys

from ..config import Settings
from ..errors import ConfigError
from .telegram import ALLOWED_UPDATES, make_bot

__all__ = ["add_parser"]


def cmd_set_webhook(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    if not settings.telegram_token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is empty")
    if not settings.telegram_webhook_secret:
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET is empty: Telegram must send it with every update")
    if not args.url.startswith("https://"):
        raise ConfigError("the webhook URL must start with https:// (Telegram calls only HTTPS)")

    async def run() -> bool:
        bot = make_bot(settings.telegram_token, settings.telegram_api_base_url)
        async with bot:
            done: bool = await bot.set_webhook(
                args.url,
                secret_token=settings.telegram_webhook_secret,
                allowed_updates=list(ALLOWED_UPDATES),
                max_connections=args.max_connections,
                drop_pending_updates=args.drop_pending,
            )
            return done

    ok = asyncio.run(run())
    print(f"webhook {'set' if ok else 'NOT set'}: {args.url}", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def add_parser(sub: argparse._SubParsersAction) -> None:
    telegram = sub.add_parser("telegram", help="Telegram: `helpline telegram set-webhook URL`")
    tsub = telegram.add_subparsers(dest="telegram_command", required=True)
    hook = tsub.add_parser("set-webhook", help="tell Telegram where to send updates, with the secret")
    hook.add_argument("url", help="public HTTPS URL of /webhooks/telegram")
    hook.add_argument("--max-connections", type=int, default=40)
    hook.add_argument("--drop-pending", action="store_true", help="forget updates waiting at Telegram")
    hook.set_defaults(func=cmd_set_webhook)
