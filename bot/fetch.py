"""Fetching an article page by URL for moderators; off unless ALLOW_URL_FETCH is set, with a timeout and a size cap."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlparse

import aiohttp


class FetchError(Exception):
    """A page that could not be fetched; the message is the reason."""


def _public_http_url(url: str) -> str:
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise FetchError("is not an http(s) link")
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parsed.hostname, None)}
    except socket.gaierror as exc:
        raise FetchError("names a host that does not exist") from exc
    if any(not ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses):
        raise FetchError("points to a private or local address")
    return url.strip()


async def fetch_page(url: str, timeout: float, max_bytes: int) -> bytes:
    """The body of the page at `url`: public addresses only, at most `max_bytes`, within `timeout` seconds."""
    url = _public_http_url(url)
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session,
            session.get(url, allow_redirects=True, max_redirects=3) as response,
        ):
            if response.status != 200:
                raise FetchError(f"answered with HTTP status {response.status}")
            if "html" not in response.headers.get("Content-Type", "text/html"):
                raise FetchError("is not a web page")
            data = await response.content.read(max_bytes + 1)
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise FetchError(f"could not be fetched ({exc.__class__.__name__})") from exc
    if len(data) > max_bytes:
        raise FetchError(f"is larger than {max_bytes // 1048576} MB")
    return data
