"""Fetching an article by URL: off by default, public addresses only, redirects checked, size capped."""

from __future__ import annotations

import socket

import pytest
from aiohttp import web
from conftest import SAMPLES
from discord_fakes import make_interaction, make_member

from bot import fetch
from bot.client import create_bot
from bot.fetch import FetchError, fetch_page

PAGE = (SAMPLES / "vecchio-envoy.html").read_bytes()


@pytest.fixture
async def site():
    """A tiny web server on the loopback interface."""
    app = web.Application()
    app.router.add_get("/article", lambda request: web.Response(body=PAGE, content_type="text/html"))
    app.router.add_get("/moved", lambda request: web.HTTPFound("/article"))
    app.router.add_get("/huge", lambda request: web.Response(body=b"<p>x</p>" * 100_000, content_type="text/html"))
    runner = web.AppRunner(app)
    await runner.setup()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = web.TCPSite(runner, "127.0.0.1", port)
    await server.start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def test_local_and_private_addresses_are_refused(site):
    with pytest.raises(FetchError, match="private or local address"):
        await fetch_page(f"{site}/article", timeout=5, max_bytes=1_000_000)
    with pytest.raises(FetchError, match="not an http"):
        await fetch_page("file:///etc/passwd", timeout=5, max_bytes=1_000_000)


@pytest.fixture
def loopback_allowed(monkeypatch):
    """Let the test server count as public, to exercise redirects and limits."""
    original = fetch._public_addresses

    async def allow(url):
        try:
            return await original(url)
        except FetchError:
            host = url.split("//")[1].split(":")[0]
            return host, [{"hostname": host, "host": host, "port": 0, "family": socket.AF_INET, "proto": 0, "flags": 0}]

    monkeypatch.setattr(fetch, "_public_addresses", allow)


async def test_a_redirect_is_followed_and_the_page_read_whole(site, loopback_allowed):
    assert await fetch_page(f"{site}/moved", timeout=5, max_bytes=1_000_000) == PAGE


async def test_a_page_over_the_size_limit_is_refused(site, loopback_allowed):
    with pytest.raises(FetchError, match="larger than"):
        await fetch_page(f"{site}/huge", timeout=5, max_bytes=100_000)


async def test_reindex_by_url_is_refused_while_fetching_is_off(bot_settings, service):
    bot = create_bot(bot_settings, service)
    await bot._async_setup_hook()
    await bot.setup_hook()
    cog = bot.get_cog("Moderation")
    interaction = make_interaction(user=make_member(manage_guild=True), client=bot)
    await cog.reindex_slash.callback(cog, interaction, url="https://example.org/article")
    sent = [  # at once, or after a defer
        interaction.response.send_message.await_args,
        interaction.followup.send.await_args,
        interaction.edit_original_response.await_args,
    ]
    report = next(call for call in sent if call is not None).kwargs["embed"]
    assert "fetching by URL is turned off" in {f.name: f.value for f in report.fields}["Refused (1)"]
