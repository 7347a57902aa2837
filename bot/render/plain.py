"""An embed as plain text, to show in a terminal what the bot would post."""

from __future__ import annotations

import discord


def embed_as_text(embed: discord.Embed) -> str:
    """Title, description, fields and footer of `embed`, one block after another."""
    parts = [embed.title or "", embed.description or ""]
    for field in embed.fields:
        parts.append(f"{field.name}\n{field.value}")
    parts.append(f"({embed.footer.text})" if embed.footer.text else "")
    return "\n\n".join(p for p in parts if p)
