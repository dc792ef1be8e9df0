"""`helpline keys generate|rotate`, `helpline purge [--dry-run]`, `helpline review export-corrections`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from bot.config import Settings

__all__ = ["add_parsers"]

T = TypeVar("T")


def _run(work: Callable[[Any, Settings], Awaitable[T]]) -> T:
    """Open the engine (and the keyring) the way the service does, run ``work``, close."""
    from bot.crypto import install_keyring, keyring_from
    from bot.db import create_engine, migrate

    settings = Settings.from_env()

    async def go() -> T:
        install_keyring(keyring_from(settings.data_keys, settings.data_key_file))
        engine = create_engine(settings.database_url)
        try:
            if settings.auto_migrate:
                await migrate(engine)
            return await work(engine, settings)
        finally:
            await engine.dispose()

    return asyncio.run(go())


def cmd_keys_generate(_args: argparse.Namespace) -> int:
    from bot.crypto import generate_key

    print(generate_key())
    print(
        "put it first in HELPLINE_DATA_KEYS (comma-separated, keep the old keys after it), restart, "
        "then run `helpline keys rotate`",
        file=sys.stderr,
    )
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from bot.crypto import current_keyring
    from bot.rekey import rotate

    async def work(engine: Any, _settings: Settings) -> dict[str, int]:
        return await rotate(engine, current_keyring(), batch=args.batch)

    done = _run(work)
    for table, n in done.items():
        print(f"{table}: {n} rows re-encrypted")
    print("every value is now under the first key; older keys can be removed from HELPLINE_DATA_KEYS")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from bot.retention import Policy, purge

    async def work(engine: Any, settings: Settings) -> Any:
        policy = Policy(settings.transcript_retention_days, settings.audit_retention_days)
        return await purge(engine, policy, dry_run=args.dry_run)

    found = _run(work)
    print(found.describe())
    print("dry run: nothing was deleted" if args.dry_run else "done")
    return 0


def cmd_export_corrections(args: argparse.Namespace) -> int:
    from .corrections import corrections_yaml

    async def work(engine: Any, _settings: Settings) -> str:
        return await corrections_yaml(engine)

    out = _run(work)
    if args.output == "-":
        sys.stdout.write(out)
    else:
        with open(args.output, "w", encoding="utf-8") as fp:
            fp.write(out)
        print(f"wrote {args.output}")
    return 0


def add_parsers(sub: Any) -> None:
    keys = sub.add_parser("keys", help="data encryption keys: generate one, rotate every row to the first")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    keys_sub.add_parser("generate", help="print a new key").set_defaults(func=cmd_keys_generate)
    rot = keys_sub.add_parser("rotate", help="re-encrypt every stored value with the first key")
    rot.add_argument("--batch", type=int, default=500)
    rot.set_defaults(func=cmd_keys_rotate)

    purge = sub.add_parser("purge", help="erase transcripts and audit rows past their retention period")
    purge.add_argument("--dry-run", action="store_true", help="only print what would be erased")
    purge.set_defaults(func=cmd_purge)

    review = sub.add_parser("review", help="review room: `helpline review export-corrections`")
    review_sub = review.add_subparsers(dest="review_command", required=True)
    exp = review_sub.add_parser(
        "export-corrections", help="moderators' NLU corrections as Rasa YAML training examples (masked)"
    )
    exp.add_argument("-o", "--output", default="-", help="file to write (default: standard output)")
    exp.set_defaults(func=cmd_export_corrections)
