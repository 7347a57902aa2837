"""Lists as paged embeds: the indexed articles (/sources), the change history, a moderator's change report."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.render import limits
from bot.render.text import escape, human_date, masked_link
from index.articles import ArticleInfo
from index.results import ChangeReport

LIST_COLOUR = discord.Colour.dark_teal()
ARTICLES_PER_PAGE = 10
UNDATED_MARK = "⚠️ undated"
UNDATED_HINT = (
    "No publication date was found in these (no front matter or dateline), so they cannot be ordered by date. "
    "Upload the file again with `/reindex file: published:YYYY-MM-DD source:Outlet` (or "
    "`python -m index add FILE --published YYYY-MM-DD --source OUTLET`); the dated copy replaces the undated one."
)


def sources_pages(
    articles: Sequence[ArticleInfo], passages: int, not_indexed: Sequence[tuple[str, str]] = ()
) -> list[discord.Embed]:
    """The indexed articles, newest first, up to ten to a page (fewer when titles and links are long); the
    first page also names corpus files not (as written) in the live index, and why."""
    pages = _article_pages(articles, passages)
    if not_indexed:
        lines = [f"`{_code(name)}`: {escape(limits.shorten(why, 200))}" for name, why in not_indexed]
        pages[0].add_field(name=f"Not in the live index ({len(not_indexed)})", value=_joined(lines), inline=False)
    return pages


def _article_pages(articles: Sequence[ArticleInfo], passages: int) -> list[discord.Embed]:
    if not articles:
        return [discord.Embed(title="Sources", description="No articles are indexed yet.", colour=LIST_COLOUR)]
    groups: list[list[str]] = [[]]
    for article in articles:
        line = _source_line(article)
        page = groups[-1]
        if page and (len(page) >= ARTICLES_PER_PAGE or len("\n\n".join([*page, line])) > limits.DESCRIPTION):
            groups.append([])
        groups[-1].append(line)
    pages = []
    for number, lines in enumerate(groups, start=1):
        embed = discord.Embed(
            title=f"Sources: {len(articles)} articles, {passages} passages",
            description="\n\n".join(lines),
            colour=LIST_COLOUR,
        )
        embed.set_footer(text=f"Page {number} of {len(groups)} · every answer quotes these articles word for word")
        pages.append(embed)
    return pages


def _source_line(article: ArticleInfo) -> str:
    """Title (linked when the link is of sane length), outlet and date: at most about 700 characters."""
    shown = masked_link(limits.shorten(article.title, 200), article.url, unlinked="**{}**")
    outlet = escape(limits.shorten(article.source or "unknown outlet", 80))
    date = human_date(article.published_text) if article.published else UNDATED_MARK
    return f"{shown}\n{outlet} · {date}"


def report_embed(report: ChangeReport) -> discord.Embed:
    """What a moderator's change did: articles added, updated, unchanged, removed, refused, and the total."""
    s = report.summary
    embed = discord.Embed(
        title="Articles updated" if s.changed else "Nothing changed",
        description=f"The index now holds {s.articles} articles and {s.passages} passages.",
        colour=discord.Colour.green() if s.changed else LIST_COLOUR,
    )
    for label, ids in (("Added", s.added), ("Updated", s.updated), ("Removed", s.removed), ("Unchanged", s.unchanged)):
        if ids:
            embed.add_field(name=f"{label} ({len(ids)})", value=_id_list(ids), inline=False)
    if report.undated:
        embed.add_field(name=f"Undated ({len(report.undated)})", value=_id_list(report.undated), inline=False)
        embed.add_field(name="How to date them", value=UNDATED_HINT, inline=False)
    if report.refused:
        lines = [f"`{_code(name)}`: {escape(reason)}" for name, reason in report.refused]
        embed.add_field(name=f"Refused ({len(report.refused)})", value=_joined(lines), inline=False)
    return embed


def history_embed(entries: list[dict]) -> discord.Embed:
    """The latest changes to the index, newest first."""
    if not entries:
        return discord.Embed(title="History", description="No changes recorded yet.", colour=LIST_COLOUR)
    lines = []
    for entry in entries:
        counts = [
            f"{k} {len(entry[k])}" for k in ("added", "updated", "removed", "unchanged", "refused") if entry.get(k)
        ]
        when = entry["when"].replace("T", " ")[:16]
        lines.append(f"`{when}` {escape(entry.get('who', '?'))} · {entry['action']} · {', '.join(counts) or '—'}")
        if entry["action"] == "build refused":  # a corpus file a moderator must fix: name it and say why
            lines.extend(
                f"  `{_code(r['file'])}`: {escape(limits.shorten(r['reason'], 200))}" for r in entry["refused"][:3]
            )
    return discord.Embed(title="History of changes", description=_joined(lines, limits.DESCRIPTION), colour=LIST_COLOUR)


def _id_list(ids: list[str]) -> str:
    return _joined([f"`{_code(article_id)}`" for article_id in ids])


def _code(text: str) -> str:
    """Text for an inline code span: markdown is not interpreted there, but a backtick would end it."""
    return text.replace("`", "'")[:80]


def _joined(lines: list[str], limit: int = limits.FIELD_VALUE) -> str:
    """Lines joined within `limit`, ending with "and N more" when they do not all fit."""
    shown: list[str] = []
    for number, line in enumerate(lines):
        rest = len(lines) - number
        tail = f"\n… and {rest} more" if rest else ""
        if len("\n".join([*shown, line])) + len(tail) + 20 > limit:
            return "\n".join(shown) + f"\n… and {rest} more"
        shown.append(line)
    return "\n".join(shown)
