"""The campaigns console page and its staff API (admin role, through handoff/'s session and CSRF).

GET  /console/campaigns                               the page (it logs in through /console)
GET  /api/campaigns                                   {campaigns: [campaign + conversations], channels}
POST /api/campaigns                  {code, name, language?, active?}   201 {campaign}
GET  /api/campaigns/{code}                            {campaign, links: [{channel, url}]}
POST /api/campaigns/{code}           {name?, language?, active?}        {campaign}
GET  /api/campaigns/{code}/stats?since=&until=        the report (exact aggregates, for the charts)
GET  /api/campaigns/{code}/stats.csv?since=&until=    CSV, counts under 5 as "<5"
GET  /api/campaigns/stats.csv?since=&until=           the same for every campaign
GET  /api/campaigns/{code}/charts/{section}.svg       one chart
GET  /api/campaigns/{code}/qr/{channel}.{svg|png}     a QR code
GET  /api/campaigns/{code}/poster-{a4|a5}.pdf         a poster
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.appkeys import ENGINE, HELPLINE, SETTINGS
from bot.errors import BadRequest, NotFound
from bot.i18n import Catalogs
from bot.jsonbody import json_object
from handoff.auth import requires
from handoff.keys import HANDOFF
from handoff.staff import StaffRecord

from .charts import bar_chart, day_chart
from .codes import InvalidCampaign
from .links import LinkBuilder
from .poster import PAGE_SIZES, PosterError, poster_pdf
from .qr import qr_png, qr_svg
from .stats import SECTIONS, CampaignReport, CampaignStats, Period, report_csv
from .store import CampaignRecord, CampaignStore, UnknownCampaign

__all__ = ["ADMIN", "add_routes"]

ADMIN = "admin"  # campaign staff: the console's admin role
STATIC = Path(__file__).resolve().parent / "static"
LINKS = web.AppKey("campaign_links", LinkBuilder)
SECTION_TITLES = {
    "conversations_by_day": "New conversations by day (UTC)",
    "conversations_by_language": "New conversations by language",
    "conversations_by_channel": "New conversations by channel",
    "flows_used": "Flows used (conversations)",
    "offers_checked": "Job offers checked, by result",
    "handoffs_by_level": "Handoffs to a consultant, by level",
    "handoff_outcomes": "Closed handoffs, by outcome",
}
_FILE_SAFE = re.compile(r"[^A-Za-z0-9_-]")


def _store(request: web.Request) -> CampaignStore:
    return CampaignStore(request.app[ENGINE])


def _catalogs(request: web.Request) -> Catalogs:
    return request.app[HELPLINE].dialogue.catalogs


async def _campaign(request: web.Request) -> CampaignRecord:
    found = await _store(request).get(request.match_info["code"])
    if found is None:
        raise NotFound("no campaign has this code")
    return found


def _links(request: web.Request, campaign: CampaignRecord) -> list[dict[str, str]]:
    built = request.app[LINKS].all(campaign.code, _catalogs(request), campaign.language)
    return [{"channel": link.channel, "url": link.url} for link in built]


def _period(request: web.Request) -> Period:
    values: dict[str, date | None] = {}
    for name in ("since", "until"):
        raw = request.query.get(name, "")
        try:
            values[name] = date.fromisoformat(raw) if raw else None
        except ValueError:
            raise BadRequest(f"'{name}' must be a date like 2026-05-31") from None
    period = Period(values["since"], values["until"])
    if period.since and period.until and period.since > period.until:
        raise BadRequest("'since' is after 'until'")
    return period


def _fields(body: dict[str, Any], allowed: set[str]) -> dict[str, Any]:
    unknown = set(body) - allowed
    if unknown:
        raise BadRequest(f"unknown field(s): {', '.join(sorted(unknown))}")
    for name in ("code", "name"):
        if name in body and not isinstance(body[name], str):
            raise BadRequest(f"'{name}' must be a string")
    if body.get("language") is not None and not isinstance(body["language"], str):
        raise BadRequest("'language' must be a language code or null")
    if "active" in body and not isinstance(body["active"], bool):
        raise BadRequest("'active' must be true or false")
    return body


async def _report(request: web.Request, campaign: CampaignRecord) -> CampaignReport:
    report = await CampaignStats(request.app[ENGINE]).report(campaign.code, _period(request))
    if report is None:  # deleted between the two reads
        raise NotFound("no campaign has this code")
    return report


def _download(body: bytes, content_type: str, filename: str) -> web.Response:
    return web.Response(
        body=body,
        content_type=content_type,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@requires(ADMIN)
async def list_campaigns(request: web.Request, _user: StaffRecord) -> web.Response:
    overview = {code: n for code, _name, _active, n in await CampaignStats(request.app[ENGINE]).overview()}
    campaigns = [
        {**c.to_dict(), "conversations": overview.get(c.code, 0)} for c in await _store(request).list()
    ]
    builder = request.app[LINKS]
    channels = {
        "telegram": bool(builder.telegram_bot_username),
        "whatsapp": bool(builder.whatsapp_number),
        "web": bool(builder.public_base_url),
    }
    return web.json_response({"campaigns": campaigns, "channels": channels})


@requires(ADMIN)
async def create_campaign(request: web.Request, user: StaffRecord) -> web.Response:
    body = _fields(await json_object(request, empty_ok=True), {"code", "name", "language", "active"})
    if "code" not in body or "name" not in body:
        raise BadRequest("'code' and 'name' are required")
    try:
        campaign = await _store(request).create(
            body["code"], body["name"], language=body.get("language"), active=body.get("active", True)
        )
    except InvalidCampaign as exc:
        raise BadRequest(str(exc)) from None
    await request.app[HANDOFF].cases.audit(user.id, "campaign_create", code=campaign.code)
    return web.json_response({"campaign": campaign.to_dict()}, status=201)


@requires(ADMIN)
async def get_campaign(request: web.Request, _user: StaffRecord) -> web.Response:
    campaign = await _campaign(request)
    return web.json_response({"campaign": campaign.to_dict(), "links": _links(request, campaign)})


@requires(ADMIN)
async def edit_campaign(request: web.Request, user: StaffRecord) -> web.Response:
    body = _fields(await json_object(request, empty_ok=True), {"name", "language", "active"})
    try:
        campaign = await _store(request).edit(request.match_info["code"], **body)
    except UnknownCampaign:
        raise NotFound("no campaign has this code") from None
    except InvalidCampaign as exc:
        raise BadRequest(str(exc)) from None
    await request.app[HANDOFF].cases.audit(user.id, "campaign_edit", code=campaign.code, fields=sorted(body))
    return web.json_response({"campaign": campaign.to_dict()})


@requires(ADMIN)
async def campaign_stats(request: web.Request, _user: StaffRecord) -> web.Response:
    return web.json_response((await _report(request, await _campaign(request))).to_dict())


@requires(ADMIN)
async def campaign_csv(request: web.Request, user: StaffRecord) -> web.Response:
    campaign = await _campaign(request)
    report = await _report(request, campaign)
    await request.app[HANDOFF].cases.audit(user.id, "campaign_export", code=campaign.code)
    name = _FILE_SAFE.sub("_", campaign.code)
    return _download(report_csv([report]).encode(), "text/csv", f"campaign-{name}.csv")


@requires(ADMIN)
async def all_csv(request: web.Request, user: StaffRecord) -> web.Response:
    stats, period = CampaignStats(request.app[ENGINE]), _period(request)
    reports = [r for c in await _store(request).list() if (r := await stats.report(c.code, period))]
    await request.app[HANDOFF].cases.audit(user.id, "campaign_export", code="*")
    return _download(report_csv(reports).encode(), "text/csv", "campaigns.csv")


@requires(ADMIN)
async def chart(request: web.Request, _user: StaffRecord) -> web.Response:
    section = request.match_info["section"]
    if section not in SECTIONS:
        raise NotFound("no such chart")
    report = await _report(request, await _campaign(request))
    draw = day_chart if section == "conversations_by_day" else bar_chart
    svg = draw(f"{report.code}: {SECTION_TITLES[section]}", report.sections[section])
    return web.Response(text=svg, content_type="image/svg+xml", headers={"Cache-Control": "no-store"})


@requires(ADMIN)
async def qr(request: web.Request, _user: StaffRecord) -> web.Response:
    campaign = await _campaign(request)
    channel, kind = request.match_info["channel"], request.match_info["kind"]
    url = next((link["url"] for link in _links(request, campaign) if link["channel"] == channel), None)
    if url is None:
        raise NotFound(f"no {channel} link: its setting is empty")
    name = f"{_FILE_SAFE.sub('_', campaign.code)}-{channel}.{kind}"
    if kind == "svg":
        return _download(qr_svg(url), "image/svg+xml", name)
    return _download(qr_png(url), "image/png", name)


@requires(ADMIN)
async def poster(request: web.Request, _user: StaffRecord) -> web.Response:
    campaign = await _campaign(request)
    size = request.match_info["size"]
    links = request.app[LINKS].all(campaign.code, _catalogs(request), campaign.language)
    try:
        pdf = poster_pdf(
            campaign.code,
            links,
            _catalogs(request),
            size=size,
            language=campaign.language,
            title=campaign.name,
        )
    except PosterError as exc:
        raise NotFound(str(exc)) from None
    return _download(pdf, "application/pdf", f"{_FILE_SAFE.sub('_', campaign.code)}-poster-{size}.pdf")


async def page(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "campaigns.html", headers={"Cache-Control": "no-cache"})


def add_routes(app: web.Application) -> None:
    """Mount the page and the API. The links are built from the settings now: a bad one stops start-up."""
    app[LINKS] = LinkBuilder.from_settings(app[SETTINGS])
    sizes = "|".join(PAGE_SIZES)
    sections = "|".join(SECTIONS)
    app.router.add_get("/console/campaigns", page)
    app.router.add_static("/console/campaigns/static/", STATIC, append_version=True)
    app.router.add_get("/api/campaigns", list_campaigns)
    app.router.add_post("/api/campaigns", create_campaign)
    app.router.add_get("/api/campaigns/stats.csv", all_csv)
    app.router.add_get("/api/campaigns/{code}", get_campaign)
    app.router.add_post("/api/campaigns/{code}", edit_campaign)
    app.router.add_get("/api/campaigns/{code}/stats", campaign_stats)
    app.router.add_get("/api/campaigns/{code}/stats.csv", campaign_csv)
    app.router.add_get("/api/campaigns/{code}/charts/{section:(" + sections + r")}.svg", chart)
    app.router.add_get("/api/campaigns/{code}/qr/{channel:(telegram|whatsapp|web)}.{kind:(svg|png)}", qr)
    app.router.add_get("/api/campaigns/{code}/poster-{size:(" + sizes + ")}.pdf", poster)
