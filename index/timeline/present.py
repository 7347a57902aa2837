"""How a cited timeline event names its places and its planned day, shared by the command line and the bot."""

from __future__ import annotations

import datetime as dt

from index.results import TimelineEvent


def places(event: TimelineEvent, title_chars: int = 60) -> list[tuple[str, str]]:
    """(name, url) of each article citing an event, once each: the outlet, with the article's title when two
    cited articles share an outlet ("Daily Mail: Russia could install…")."""
    cited = [event, *event.also_in]
    outlets = [c.source or "unknown outlet" for c in cited]
    result = []
    for citation, outlet in zip(cited, outlets, strict=True):
        name = outlet
        if outlets.count(outlet) > 1 and citation.title:
            title = citation.title
            name += ": " + (title if len(title) <= title_chars else title[: title_chars - 1].rstrip() + "…")
        result.append((name, citation.url or ""))
    return result


def planned_note(event: TimelineEvent) -> str:
    """ "planned for 1 May" when the sentence names a later day for what was called for, else ""."""
    if not event.planned:
        return ""
    day = dt.date.fromisoformat(event.planned)
    return f"planned for {day.day} {day:%B}"


def dated_from(event: TimelineEvent) -> str:
    """What dated an event, for a person: the words of the sentence, or the article's day."""
    return f"dated from “{event.expression}”" if event.expression else "dated by the article's day"
