"""`helpline campaign create|list|edit|poster`: campaigns from the command line."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.db import create_engine, migrate
from bot.languages import LANGUAGES

from .codes import CODE_RULE, InvalidCampaign
from .store import CampaignStore, UnknownCampaign

__all__ = ["add_parser"]


def _with_store(work: Callable[[CampaignStore, Settings], Awaitable[int]]) -> int:
    settings = Settings.from_env()

    async def run() -> int:
        engine = create_engine(settings.database_url)
        try:
            if settings.auto_migrate:
                await migrate(engine)
            return await work(CampaignStore(engine), settings)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(run())
    except (InvalidCampaign, UnknownCampaign) as exc:
        print(f"helpline campaign: {exc}", file=sys.stderr)
        return 1


def _show(campaign: Any) -> str:
    state = "active" if campaign.active else "inactive"
    return f"{campaign.code}\t{campaign.name}\t{campaign.language or '-'}\t{state}"


def cmd_create(args: argparse.Namespace) -> int:
    async def work(store: CampaignStore, _settings: Settings) -> int:
        campaign = await store.create(args.code, args.name, language=args.language, active=not args.inactive)
        print(f"created campaign {campaign.code} ({campaign.name})")
        return 0

    return _with_store(work)


def cmd_list(_args: argparse.Namespace) -> int:
    async def work(store: CampaignStore, _settings: Settings) -> int:
        campaigns = await store.list()
        print("code\tname\tlanguage\tstate")
        for campaign in campaigns:
            print(_show(campaign))
        return 0

    return _with_store(work)


def cmd_edit(args: argparse.Namespace) -> int:
    async def work(store: CampaignStore, _settings: Settings) -> int:
        changes: dict[str, Any] = {}
        if args.name is not None:
            changes["name"] = args.name
        if args.language is not None:
            changes["language"] = None if args.language == "none" else args.language
        if args.active is not None:
            changes["active"] = args.active
        campaign = await store.edit(args.code, **changes)
        print(_show(campaign))
        return 0

    return _with_store(work)


def cmd_poster(args: argparse.Namespace) -> int:
    from bot.i18n import Catalogs

    from .files import write_campaign_files
    from .links import LinkBuilder
    from .poster import PosterError

    async def work(store: CampaignStore, settings: Settings) -> int:
        campaign = await store.require(args.code)
        builder = LinkBuilder.from_settings(settings)
        try:
            written = write_campaign_files(campaign, builder, Catalogs.load(), Path(args.out))
        except PosterError as exc:
            print(f"helpline campaign: {exc}", file=sys.stderr)
            return 1
        for path in written:
            print(path)
        return 0

    return _with_store(work)


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "campaign", help="campaigns: `helpline campaign create|list|edit|poster` (posters, QR codes, links)"
    )
    csub = parser.add_subparsers(dest="campaign_command", required=True)
    languages = [*LANGUAGES]

    create = csub.add_parser("create", help="a new campaign")
    create.add_argument("--name", required=True, help="what staff call it, e.g. 'Job fair Kraków, May 2026'")
    create.add_argument("--code", required=True, help=f"the code on posters and in links: {CODE_RULE}")
    create.add_argument("--language", choices=languages, help="language of the poster and prefilled text")
    create.add_argument("--inactive", action="store_true", help="create it switched off")
    create.set_defaults(func=cmd_create)

    listing = csub.add_parser("list", help="every campaign")
    listing.set_defaults(func=cmd_list)

    edit = csub.add_parser("edit", help="change a campaign's name, language or state (never its code)")
    edit.add_argument("code")
    edit.add_argument("--name")
    edit.add_argument("--language", choices=[*languages, "none"])
    state = edit.add_mutually_exclusive_group()
    state.add_argument("--activate", dest="active", action="store_const", const=True, default=None)
    state.add_argument("--deactivate", dest="active", action="store_const", const=False)
    edit.set_defaults(func=cmd_edit)

    poster = csub.add_parser("poster", help="write the QR codes (SVG, PNG) and the A4 and A5 posters (PDF)")
    poster.add_argument("code")
    poster.add_argument("--out", default=".", metavar="DIR", help="folder to write into (default: here)")
    poster.set_defaults(func=cmd_poster)
