"""QR codes of the campaign links, as SVG (print shops) and PNG (messengers, slides)."""

from __future__ import annotations

import io

import segno

__all__ = ["qr_matrix", "qr_png", "qr_svg"]

ERROR_LEVEL = "m"  # survives a crumpled or partly covered poster
BORDER = 4  # the quiet zone the standard asks for


def _make(url: str) -> segno.QRCode:
    return segno.make_qr(url, error=ERROR_LEVEL, boost_error=True)


def qr_svg(url: str, *, scale: int = 8) -> bytes:
    out = io.BytesIO()
    _make(url).save(out, kind="svg", scale=scale, border=BORDER, xmldecl=True, svgclass=None, lineclass=None)
    return out.getvalue()


def qr_png(url: str, *, scale: int = 10) -> bytes:
    out = io.BytesIO()
    _make(url).save(out, kind="png", scale=scale, border=BORDER)
    return out.getvalue()


def qr_matrix(url: str) -> list[list[bool]]:
    """Dark (True) and light modules, without the quiet zone: for drawing into a PDF."""
    return [[bool(cell) for cell in row] for row in _make(url).matrix]
