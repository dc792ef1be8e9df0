"""The `helpline` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from campaigns import cli as campaigns_cli
from flows import cli as flows_cli

from . import i18n_tools
from .config import Settings
from .errors import ConfigError

__all__ = ["main"]


def _settings() -> Settings:
    return Settings.from_env()


def _configure_logging(level: str) -> None:
    from .logs import configure

    configure(level)


def cmd_serve(_args: argparse.Namespace) -> int:
    from aiohttp import web

    from .app import create_app

    settings = _settings()
    _configure_logging(settings.log_level)
    app = create_app(settings)
    logging.getLogger("helpline").info("serving on http://%s:%s", settings.host, settings.port)
    web.run_app(app, host=settings.host, port=settings.port, print=None, access_log=None)
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from .db import create_engine, migrate

    settings = _settings()
    _configure_logging(settings.log_level)

    async def run() -> None:
        engine = create_engine(settings.database_url)
        try:
            await migrate(engine, args.revision)
        finally:
            await engine.dispose()

    asyncio.run(run())
    print(f"database at revision {args.revision}")
    return 0


def variables_table() -> str:
    """The Markdown table of every variable, as README.md shows it."""
    from .config import VARIABLES

    lines = ["| Variable | Default | What it does |", "|---|---|---|"]
    for var in VARIABLES:
        default = f"`{var.default}`" if var.default else "(empty)"
        lines.append(f"| `{var.name}` | {default} | {var.help} |")
    return "\n".join(lines)


def cmd_config_docs(args: argparse.Namespace) -> int:
    table = variables_table()
    if args.write:
        path = Path(args.write)
        text = path.read_text(encoding="utf-8")
        head, _, rest = text.partition("<!-- variables:start -->")
        _, _, tail = rest.partition("<!-- variables:end -->")
        path.write_text(
            f"{head}<!-- variables:start -->\n{table}\n<!-- variables:end -->{tail}", encoding="utf-8"
        )
    else:
        print(table)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="helpline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the web server (web chat, webhooks, APIs)")
    serve.set_defaults(func=cmd_serve)

    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="run migrations up to a revision (default: head)")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=cmd_db_upgrade)

    sub.add_parser(
        "nlu",
        help="language, intent and risk: `helpline nlu parse`, `helpline nlu eval FILE`",
        add_help=False,
    )
    i18n_tools.add_parser(sub)
    from handoff.cli import add_parser as add_handoff_parser

    add_handoff_parser(sub)
    flows_cli.add_parser(sub)
    campaigns_cli.add_parser(sub)
    from .channels.cli import add_parser as add_channels_parser

    add_channels_parser(sub)
    from review.cli import add_parsers as add_review_parsers

    add_review_parsers(sub)
    config = sub.add_parser("config", help="configuration: `helpline config docs` prints every variable")
    config.add_argument("config_command", choices=["docs"])
    config.add_argument(
        "--write", metavar="README", help="replace the table between the markers in this file"
    )
    config.set_defaults(func=cmd_config_docs)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["nlu"]:
        from nlu.cli import main as nlu_main

        return nlu_main(args_list[1:])
    args = build_parser().parse_args(args_list)
    try:
        result: int = args.func(args)
        return result
    except ConfigError as exc:
        print(f"helpline: configuration error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
