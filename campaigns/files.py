"""Everything a campaign prints, written to a folder: QR codes per link and the posters."""

from __future__ import annotations

from pathlib import Path

from bot.i18n import Catalogs

from .links import LinkBuilder
from .poster import PAGE_SIZES, poster_pdf
from .qr import qr_png, qr_svg
from .store import CampaignRecord

__all__ = ["write_campaign_files"]


def write_campaign_files(
    campaign: CampaignRecord, builder: LinkBuilder, catalogs: Catalogs, out: Path
) -> list[Path]:
    """<code>-<channel>.svg/.png for each link, <code>-poster-a4.pdf and -a5.pdf, and links.txt."""
    links = builder.all(campaign.code, catalogs, campaign.language)
    posters = {
        size: poster_pdf(
            campaign.code, links, catalogs, size=size, language=campaign.language, title=campaign.name
        )
        for size in PAGE_SIZES
    }
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    stem = campaign.code
    for link in links:
        for suffix, data in (("svg", qr_svg(link.url)), ("png", qr_png(link.url))):
            path = out / f"{stem}-{link.channel}.{suffix}"
            path.write_bytes(data)
            written.append(path)
    for size, pdf in posters.items():
        path = out / f"{stem}-poster-{size}.pdf"
        path.write_bytes(pdf)
        written.append(path)
    path = out / f"{stem}-links.txt"
    path.write_text("".join(f"{link.channel}\t{link.url}\n" for link in links), encoding="utf-8")
    written.append(path)
    return written
