"""Serving an API's OpenAPI description (a YAML file beside the code) as JSON."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web

__all__ = ["openapi_handler"]


def openapi_handler(path: Path) -> Callable[[web.Request], Awaitable[web.Response]]:
    """A handler answering with the description in ``path``, read once, on first use."""

    @functools.cache
    def spec() -> dict[str, Any]:
        loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return loaded

    async def openapi(_request: web.Request) -> web.Response:
        return web.json_response(spec())

    return openapi
