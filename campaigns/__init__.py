"""Campaigns: posters, QR codes and deep links for job fairs, honest attribution, aggregate statistics."""

from __future__ import annotations

from .attribution import FIRST_MESSAGES, Attribution
from .codes import InvalidCampaign, candidates, check_code, code_key
from .events import EventLog
from .links import ChannelLink, LinkBuilder, prefilled_text
from .models import Campaign
from .poster import PosterError, poster_pdf
from .qr import qr_png, qr_svg
from .store import CampaignExists, CampaignRecord, CampaignStore, UnknownCampaign

__all__ = [
    "FIRST_MESSAGES",
    "Attribution",
    "Campaign",
    "CampaignExists",
    "CampaignRecord",
    "CampaignStore",
    "ChannelLink",
    "EventLog",
    "InvalidCampaign",
    "LinkBuilder",
    "PosterError",
    "UnknownCampaign",
    "candidates",
    "check_code",
    "code_key",
    "poster_pdf",
    "prefilled_text",
    "qr_png",
    "qr_svg",
]
