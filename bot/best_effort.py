"""Sends that must never raise (an apology, a progress edit, a refusal): a failure is logged once and swallowed."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def best_effort(send: Callable[[], Awaitable[object]], what: str, where: str) -> bool:
    """Await `send()`; if it fails, log one line naming `what` and `where` (e.g. "interaction 123") and return False.

    These sends happen while handling another failure or in the background, where an exception would only
    reach asyncio as "Task exception was never retrieved" and help nobody.
    """
    try:
        await send()
    except Exception as exc:  # any failure: the caller has nothing better to do than go on
        log.warning("could not %s for %s: %s: %s", what, where, type(exc).__name__, exc)
        return False
    return True
