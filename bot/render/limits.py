"""Discord's size limits, and cutting text to fit them at a word boundary."""

from __future__ import annotations

import discord

TITLE = 256
DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
TOTAL = 6000
FIELDS = 25
ELLIPSIS = "…"
MAX_LINK = 400  # longer links are left out, not cut (a cut link is a broken one)


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - len(ELLIPSIS), 0)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + ELLIPSIS


def fits(embed: discord.Embed) -> bool:
    """True when every part of the embed, and the whole, is within Discord's limits."""
    parts_ok = (
        len(embed.title or "") <= TITLE
        and len(embed.description or "") <= DESCRIPTION
        and len(embed.fields) <= FIELDS
        and all(len(f.name) <= FIELD_NAME and len(f.value) <= FIELD_VALUE for f in embed.fields)
        and len(embed.footer.text or "") <= FOOTER
    )
    return parts_ok and len(embed) <= TOTAL
