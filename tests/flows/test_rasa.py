"""With RASA_URL set, the intent comes from Rasa (a fake one here, over real HTTP); risk never does."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer

from .chat import Chat


async def test_rasa_intent_opens_a_flow_and_risk_stays_built_in(
    make_client: Any, aiohttp_server: Any
) -> None:
    asked: list[str] = []

    async def parse(request: web.Request) -> web.Response:
        asked.append((await request.json())["text"])
        return web.json_response({"intent": {"name": "rights", "confidence": 0.97}})

    rasa_app = web.Application()
    rasa_app.router.add_post("/model/parse", parse)
    rasa: TestServer = await aiohttp_server(rasa_app)
    client = await make_client(rasa_url=str(rasa.make_url("/")), rasa_timeout=2.0)

    chat = await Chat.open(client, "en")
    await chat.type("what can the law do for somebody like me")
    assert asked == ["what can the law do for somebody like me"]
    assert chat.node() == ("rights", "who")
    await chat.type("The boss took my passport and says I owe him money")
    assert chat.node() == ("concern", "high")  # a high risk wins over Rasa's intent
