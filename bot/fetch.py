"""Fetching an article page by URL for moderators; off unless ALLOW_URL_FETCH is set.

Every hop (redirects are followed by hand) must resolve to public addresses only, and the connection goes to
exactly the addresses that were checked; the page is read up to a size limit within a time limit.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urljoin, urlparse

import aiohttp
from aiohttp.abc import AbstractResolver

MAX_REDIRECTS = 3


class FetchError(Exception):
    """A page that could not be fetched; the message is the reason."""


class _CheckedResolver(AbstractResolver):
    """Resolves only the host that was checked, to the addresses that were checked."""

    def __init__(self, host: str, addresses: list[dict]) -> None:
        self._host, self._addresses = host, addresses

    async def resolve(self, host: str, port: int = 0, family: int = socket.AF_INET) -> list[dict]:
        if host != self._host:
            raise OSError(f"{host} was not checked")
        return [{**a, "port": port} for a in self._addresses]

    async def close(self) -> None:
        return None


async def _public_addresses(url: str) -> tuple[str, list[dict]]:
    """The host of `url` and its addresses, all public; otherwise FetchError."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise FetchError("is not an http(s) link")
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(parsed.hostname, None, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError("names a host that does not exist") from exc
    addresses = []
    for family, _, proto, _, sockaddr in infos:
        ip = sockaddr[0].split("%")[0]
        if not ipaddress.ip_address(ip).is_global:
            raise FetchError("points to a private or local address")
        addresses.append(
            {"hostname": parsed.hostname, "host": ip, "port": 0, "family": family, "proto": proto, "flags": 0}
        )
    return parsed.hostname, addresses


async def _get(url: str, timeout: aiohttp.ClientTimeout, max_bytes: int) -> tuple[int, str, str, bytes]:
    """(status, redirect location, content type, body) of one request to a checked host."""
    host, addresses = await _public_addresses(url)
    connector = aiohttp.TCPConnector(resolver=_CheckedResolver(host, addresses))
    async with (
        aiohttp.ClientSession(connector=connector, timeout=timeout) as session,
        session.get(url, allow_redirects=False) as response,
    ):
        body = bytearray()
        if response.status == 200:
            async for chunk in response.content.iter_chunked(65536):
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise FetchError(f"is larger than {max_bytes // 1048576} MB")
        return (
            response.status,
            response.headers.get("Location", ""),
            response.headers.get("Content-Type", ""),
            bytes(body),
        )


async def fetch_page(url: str, timeout: float, max_bytes: int) -> bytes:
    """The HTML of the page at `url`, following at most three redirects, each to a public address."""
    limits = aiohttp.ClientTimeout(total=timeout)
    current = url.strip()
    try:
        for _ in range(MAX_REDIRECTS + 1):
            status, location, content_type, body = await _get(current, limits, max_bytes)
            if status in (301, 302, 303, 307, 308) and location:
                current = urljoin(current, location)
                continue
            if status != 200:
                raise FetchError(f"answered with HTTP status {status}")
            if content_type and "html" not in content_type:
                raise FetchError("is not a web page")
            return body
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise FetchError(f"could not be fetched ({exc.__class__.__name__})") from exc
    raise FetchError("redirects too many times")
