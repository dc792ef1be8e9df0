"""Typed keys for what the handoff keeps on the aiohttp application."""

from __future__ import annotations

from aiohttp import web

from .service import Handoff

__all__ = ["HANDOFF"]

HANDOFF = web.AppKey("handoff", Handoff)
