"""The campaigns console and its API over real HTTP: admin only, CSRF, charts, CSV, QR codes, posters."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from typing import Any

import pypdfium2 as pdfium
import zxingcpp
from aiohttp.test_utils import TestClient
from PIL import Image

from tests.emulators.server import wait_until

from .conftest import BASE, BOT, Staff

CODE = "KRK-FAIR-2026"
LogIn = Callable[[str], Awaitable[Staff]]


async def web_visit(client: TestClient, campaign: str | None = None, typed: str | None = None) -> None:
    resp = await client.post("/chat/api/conversations", json={"campaign": campaign} if campaign else {})
    data = await resp.json()
    if typed:
        headers = {"Authorization": f"Bearer {data['token']}"}
        sent = await client.post(
            f"/chat/api/conversations/{data['conversation_id']}/messages",
            json={"text": typed},
            headers=headers,
        )
        assert sent.status == 200


async def test_only_admins_reach_the_campaigns_api(console: TestClient, staff: LogIn) -> None:
    assert (await console.get("/api/campaigns")).status == 401
    assert (await console.get(f"/api/campaigns/{CODE}/stats.csv")).status == 401
    consultant = await staff("consultant")
    await consultant.json("/api/campaigns", status=403)
    await consultant.post("/api/campaigns", {"code": CODE, "name": "x"}, status=403)
    admin = await staff("admin")
    assert (await admin.json("/api/campaigns"))["campaigns"] == []
    # A write needs the CSRF token too.
    await admin.post("/api/campaigns", {"code": CODE, "name": "x"}, status=403, csrf=False)


async def test_create_list_edit_and_audit(console: TestClient, staff: LogIn) -> None:
    admin = await staff("admin")
    made = await admin.post(
        "/api/campaigns", {"code": CODE, "name": "Job fair", "language": "uk"}, status=201
    )
    assert made["campaign"]["code"] == CODE
    bad = await admin.post("/api/campaigns", {"code": "fair", "name": "no digit"}, status=400)
    assert "digit" in bad["error"]["message"]
    await admin.post("/api/campaigns", {"code": CODE.lower(), "name": "twice"}, status=400)
    await admin.post("/api/campaigns", {"code": "X-2026", "name": "y", "colour": "red"}, status=400)

    edited = await admin.post(f"/api/campaigns/{CODE.lower()}", {"name": "Job fair, May", "active": False})
    assert (edited["campaign"]["name"], edited["campaign"]["active"]) == ("Job fair, May", False)
    await admin.post("/api/campaigns/NOPE-1", {"name": "z"}, status=404)

    detail = await admin.json(f"/api/campaigns/{CODE}")
    links = {link["channel"]: link["url"] for link in detail["links"]}
    assert links["telegram"] == f"https://t.me/{BOT}?start={CODE}"
    assert links["web"] == f"{BASE}/?c={CODE}"
    listing = await admin.json("/api/campaigns")
    assert [(c["code"], c["conversations"]) for c in listing["campaigns"]] == [(CODE, 0)]
    assert listing["channels"] == {"telegram": True, "whatsapp": True, "web": True}

    audit = await admin.json("/api/audit")
    actions = [e["action"] for e in audit["entries"]]
    assert "campaign_create" in actions and "campaign_edit" in actions


async def test_statistics_charts_and_csv(console: TestClient, staff: LogIn) -> None:
    admin = await staff("admin")
    await admin.post("/api/campaigns", {"code": CODE, "name": "Job fair"}, status=201)
    await admin.post("/api/campaigns", {"code": "SCHOOL-7", "name": "School"}, status=201)
    for _ in range(5):
        await web_visit(console, campaign=CODE)
    await web_visit(console, typed="mój kod KRK-FAIR-2026")
    await web_visit(console, campaign="SCHOOL-7")
    await web_visit(console)

    report = await admin.json(f"/api/campaigns/{CODE}/stats")
    assert report["conversations"] == 6
    assert report["conversations_by_channel"] == [{"key": "web", "count": 6}]
    listing = await admin.json("/api/campaigns")
    assert {c["code"]: c["conversations"] for c in listing["campaigns"]} == {CODE: 6, "SCHOOL-7": 1}
    future = await admin.json(f"/api/campaigns/{CODE}/stats?since=2999-01-01")
    assert future["conversations"] == 0
    await admin.json(f"/api/campaigns/{CODE}/stats?since=yesterday", status=400)

    resp = await admin.get(f"/api/campaigns/{CODE}/charts/conversations_by_channel.svg")
    assert resp.content_type == "image/svg+xml"
    svg = ET.fromstring(await resp.text())
    bars = svg.findall(".//{http://www.w3.org/2000/svg}rect[@class='bar']")
    assert len(bars) == 1 and bars[0].find("{http://www.w3.org/2000/svg}title").text == "web: 6"  # type: ignore[union-attr]
    await admin.get(f"/api/campaigns/{CODE}/charts/passwords.svg", status=404)

    resp = await admin.get(f"/api/campaigns/{CODE}/stats.csv")
    assert resp.headers["Content-Disposition"] == f'attachment; filename="campaign-{CODE}.csv"'
    rows = list(csv.reader(io.StringIO(await resp.text())))
    assert [CODE, "conversations", "total", "6"] in rows
    assert [CODE, "conversations_by_channel", "web", "6"] in rows
    every = list(csv.reader(io.StringIO(await (await admin.get("/api/campaigns/stats.csv")).text())))
    assert ["SCHOOL-7", "conversations", "total", "<5"] in every


async def test_qr_codes_and_posters_download(console: TestClient, staff: LogIn) -> None:
    admin = await staff("admin")
    await admin.post("/api/campaigns", {"code": CODE, "name": "Job fair", "language": "es"}, status=201)
    links = {link["channel"]: link["url"] for link in (await admin.json(f"/api/campaigns/{CODE}"))["links"]}
    png = await (await admin.get(f"/api/campaigns/{CODE}/qr/whatsapp.png")).read()
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))] == [links["whatsapp"]]
    svg = await admin.get(f"/api/campaigns/{CODE}/qr/telegram.svg")
    assert svg.content_type == "image/svg+xml"
    pdf = await (await admin.get(f"/api/campaigns/{CODE}/poster-a5.pdf")).read()
    page = pdfium.PdfDocument(pdf)[0].render(scale=2).to_pil()
    assert {r.text for r in zxingcpp.read_barcodes(page)} == set(links.values())
    await admin.get(f"/api/campaigns/{CODE}/poster-a3.pdf", status=404)


async def test_the_console_page_draws_the_charts(console: TestClient, staff: LogIn, browser: Any) -> None:
    admin = await staff("admin")
    await admin.post("/api/campaigns", {"code": CODE, "name": "Job fair"}, status=201)
    await web_visit(console, campaign=CODE)
    context = await browser.new_context()
    cookies = [
        {"name": c.key, "value": c.value, "url": str(console.make_url("/"))} for c in admin.session.cookie_jar
    ]
    await context.add_cookies(cookies)
    page = await context.new_page()
    errors: list[str] = []
    charts: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on(  # the page keeps to the strict Content-Security-Policy: no inline script or style
        "console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None
    )

    def seen(response: Any) -> None:
        if response.status >= 400 and "favicon" not in response.url:
            errors.append(f"{response.status} {response.url}")
        if "/charts/" in response.url and response.headers.get("content-type", "").startswith("image/svg"):
            charts.append(response.url)

    page.on("response", seen)
    await page.goto(str(console.make_url("/console/campaigns")))
    await page.get_by_role("cell", name=CODE).click()
    await page.get_by_text("New conversations: 1").wait_for(timeout=10_000)
    await wait_until(lambda: len(charts) >= 7, what="seven charts")
    assert await page.locator("#charts img").count() == 7
    await page.get_by_role("img", name="conversations by channel").wait_for(timeout=10_000)
    assert errors == []
    await context.close()
