"""`helpline user add`: create a staff account (the password comes on standard input, never argv)
and enrol it in two-factor login (the otpauth URI is printed); `helpline user totp-reset` enrols again."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.config import Settings
from bot.crypto import install_keyring, keyring_from
from bot.db import create_engine, migrate

from .staff import ROLES, StaffStore, UsernameTaken, totp_uri
from .store import CaseStore

__all__ = ["add_parser"]


async def _add(args: argparse.Namespace, password: str) -> int:
    settings = Settings.from_env()
    install_keyring(keyring_from(settings.data_keys, settings.data_key_file))  # TOTP secrets are encrypted
    engine = create_engine(settings.database_url)
    try:
        if settings.auto_migrate:
            await migrate(engine)
        languages = [code.strip() for code in args.languages.split(",") if code.strip()]
        try:
            user = await StaffStore(engine).add(
                args.username, password, role=args.role, languages=languages, max_cases=args.max_cases
            )
        except UsernameTaken as exc:
            print(f"helpline user add: {exc}", file=sys.stderr)
            return 1
        except ValueError as exc:
            print(f"helpline user add: {exc}", file=sys.stderr)
            return 2
        await CaseStore(engine).audit(None, "user_add", username=user.username, role=user.role, via="cli")
        languages_shown = ",".join(user.languages) or "-"
        print(f"created {user.role} {user.username} (id {user.id}, languages {languages_shown})")
        _print_totp(user.username, await StaffStore(engine).enrol_totp(user.id))
        return 0
    finally:
        await engine.dispose()


def _print_totp(username: str, secret: str) -> None:
    print("two-factor login: add this to an authenticator app (as text or a QR code), then log in")
    print("with the 6-digit code it shows:")
    print(totp_uri(username, secret))


async def _totp_reset(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    install_keyring(keyring_from(settings.data_keys, settings.data_key_file))
    engine = create_engine(settings.database_url)
    try:
        if settings.auto_migrate:
            await migrate(engine)
        store = StaffStore(engine)
        user = await store.by_username(args.username)
        if user is None:
            print(f"helpline user totp-reset: no user {args.username!r}", file=sys.stderr)
            return 1
        secret = await store.enrol_totp(user.id)
        await CaseStore(engine).audit(None, "totp_reset", username=user.username, via="cli")
        _print_totp(user.username, secret)
        return 0
    finally:
        await engine.dispose()


def _run(args: argparse.Namespace) -> int:
    if not args.password_stdin:
        print("helpline user add: pass --password-stdin and the password on standard input", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\r\n")
    return asyncio.run(_add(args, password))


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("user", help="staff accounts of the consultant console: `helpline user add`")
    user_sub = parser.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="create a consultant, moderator or admin")
    add.add_argument("--username", required=True)
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--languages", default="", help="codes they speak, e.g. pl,en,uk")
    add.add_argument("--max-cases", type=int, default=None, help="their own limit of active cases")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(func=_run)
    reset = user_sub.add_parser("totp-reset", help="new two-factor secret for an account (lost phone)")
    reset.add_argument("--username", required=True)
    reset.set_defaults(func=lambda args: asyncio.run(_totp_reset(args)))
