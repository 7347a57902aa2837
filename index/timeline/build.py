"""The corpus timeline: events merged across outlets, ranked, and selected by topic and date range."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace

from index.articles import Article
from index.ranking import overlap
from index.results import EventCitation, Telling, Timeline, TimelineEntry, TimelineEvent
from index.text import lexical_terms
from index.timeline.entities import EntityIndex, names_in
from index.timeline.extract import events_for_article
from index.timeline.main_events import mark_main_events

TIMELINE_VERSION = 4
SAME_EVENT_OVERLAP = 0.6
MIN_SHARED_TERMS = 4
COMMON_TERM_CLUSTERS = 200  # a word in more clusters than this says little about which one an event joins
PART_ORDER = {"early": 0, "morning": 1, "": 2, "afternoon": 3, "evening": 4, "late": 5, "night": 6}
PRECISION_ORDER = {"year": 0, "month": 1, "day": 2}


def article_timeline(article: Article) -> dict:
    """What the corpus timeline needs from one article, in its stored form (timeline_sources.json): its events,
    the names it mentions, its headline's words."""
    names = names_in(article.body)
    return {
        "events": [event.own_dict() for event in events_for_article(article)],
        "names": [[k, s, c] for (k, s), c in names.items()],
        "headline": sorted(set(lexical_terms(article.title))),
    }


def corpus_timeline(per_article: Mapping[str, dict], version: int | None = TIMELINE_VERSION) -> Timeline:
    """Merge the articles' events (in `article_timeline`'s stored form) into timeline entries and index the
    names, for storing with the index."""
    names: Counter[tuple[str, str]] = Counter()
    for data in per_article.values():
        names.update({(k, s): c for k, s, c in data["names"]})
    entities = EntityIndex.from_names(names)
    events = [TimelineEntry.from_dict(e) for data in per_article.values() for e in data["events"]]
    entries = [
        replace(entry, entities=tuple(sorted({c for n in entry.names if (c := entities.canonical(n))})))
        for entry in _merge(events)
    ]
    named = [{c for key, _, _ in data["names"] if (c := entities.canonical(key))} for data in per_article.values()]
    entries = mark_main_events(entries, [data.get("headline", []) for data in per_article.values()], named)
    return Timeline(version, tuple(entries), entities.as_dict())


def _merge(events: list[TimelineEntry]) -> list[TimelineEntry]:
    """One entry per moment: events on the same date, at a compatible time of day, saying nearly the same, in
    the same article or in several; the fullest sentence is kept and each other article is cited once."""
    by_date: dict[tuple[str, str], list[TimelineEntry]] = {}
    for event in sorted(events, key=lambda e: (e.date, -len(e.text), e.article_id, e.start)):
        by_date.setdefault((event.date, event.precision), []).append(event)
    entries = []
    for group in by_date.values():
        for cluster in _clusters(group):
            lead = cluster[0]
            cited = {lead.article_id}
            also = []
            for event in cluster[1:]:  # each article once: a near-repeat within an article adds nothing
                if event.article_id not in cited:
                    cited.add(event.article_id)
                    also.append(Telling(event.article_id, event.start, event.end, event.expression, event.text))
            part = lead.part_of_day or next((e.part_of_day for e in cluster if e.part_of_day), "")
            names = tuple(sorted({n for e in cluster for n in e.names}))
            entries.append(replace(lead, part_of_day=part, names=names, also_in=tuple(also)))
    return entries


def _clusters(group: list[TimelineEntry]) -> list[list[TimelineEntry]]:
    """Group one day's events: an event joins the first cluster whose lead shares most of its words.

    Candidate clusters are found through the words they share (an inverted index), so a busy day with
    thousands of events is not compared pair by pair.
    """
    clusters: list[list[TimelineEntry]] = []
    lead_terms: list[set[str]] = []
    by_term: dict[str, list[int]] = {}
    for event in group:
        # The date words are what every event of the day shares: only what the sentences say counts.
        terms = set(lexical_terms(event.text)) - set(lexical_terms(event.expression))
        shared = Counter(c for t in terms for c in by_term.get(t, ())[:COMMON_TERM_CLUSTERS])
        joined = False
        for number, _ in shared.most_common():
            lead = clusters[number][0]
            parts_agree = not lead.part_of_day or not event.part_of_day or (lead.part_of_day == event.part_of_day)
            if parts_agree and _same_words(lead_terms[number], terms):
                clusters[number].append(event)
                joined = True
                break
        if not joined:
            for term in terms:
                by_term.setdefault(term, []).append(len(clusters))
            clusters.append([event])
            lead_terms.append(terms)
    return clusters


def _same_words(first: set[str], second: set[str]) -> bool:
    """Whether two sentences tell the same thing: most words of the shorter, and several, in common."""
    return len(first & second) >= MIN_SHARED_TERMS and overlap(first, second) >= SAME_EVENT_OVERLAP


def select(
    timeline: Timeline,
    topic: str = "",
    date_from: str = "",
    date_to: str = "",
    entities: EntityIndex | None = None,
    main: bool = False,
) -> tuple[list[TimelineEntry], str]:
    """Entries for a topic and date range (only the main events if `main`), with a note on how the topic was read.

    Entries come in date order; within a day, by time of day when the text gives one, and the most
    important first (reported by more outlets, earlier in an article, about the main people).
    Without a topic, every event of the corpus (or its main events); with one, the events about the person or
    place it names, or else those whose sentence contains its words.
    """
    entities = entities or EntityIndex.from_dict(timeline.entities)
    entries = [
        e for e in timeline.entries if (not date_from or e.date >= date_from) and (not date_to or _end_of(e) <= date_to)
    ]
    note = "the main events" if main else "every event"
    if main:
        entries = [e for e in entries if e.main]
    if topic.strip():
        entity = entities.resolve_topic(topic)
        if entity:
            note = ("main " if main else "") + f"events about {entities.display.get(entity, entity.title())}"
            entries = [e for e in entries if entity in e.entities]
        else:
            terms = set(lexical_terms(topic))
            note = ("main " if main else "") + f"events whose sentence mentions {topic.strip()!r}"
            entries = [e for e in entries if terms and terms <= set(lexical_terms(_all_text(e)))]
    return sorted(entries, key=_chronological), note


def timeline_events(
    state, topic: str = "", date_from: str = "", date_to: str = "", main: bool = False
) -> tuple[list[TimelineEvent], str]:
    """The cited events of an index state (see `select` and `cited`), and how the topic was read."""
    entries, note = select(state.timeline, topic, date_from, date_to, state.entities, main)
    return cited(entries, {a.id: a for a in state.articles}), note


def iso_day(value: str | None) -> str:
    """A YYYY-MM-DD date option as text, "" when absent; ValueError for anything else."""
    return dt.date.fromisoformat(value.strip()).isoformat() if value and value.strip() else ""


def _chronological(entry: TimelineEntry) -> tuple:
    return (
        entry.date,
        PRECISION_ORDER[entry.precision],
        PART_ORDER.get(entry.part_of_day, 2),
        -entry.importance,
        entry.article_id,
        entry.start,
    )


def _end_of(entry: TimelineEntry) -> str:
    """Last day an entry may be about: a month or a year is only inside a date range if all of it is."""
    if entry.precision == "year":
        return entry.date[:4] + "-12-31"
    if entry.precision == "month":
        return entry.date[:7] + "-31"
    return entry.date


def _all_text(entry: TimelineEntry) -> str:
    return " ".join([entry.text, *(a.text for a in entry.also_in)])


def day_heading(event: TimelineEvent) -> str:
    """ "Tuesday 30 April 2019", "January 2019", or a year; background before the articles' time is marked."""
    date = dt.date.fromisoformat(event.date)
    if event.precision == "year":
        heading = str(date.year)
    elif event.precision == "month":
        heading = f"{date:%B %Y}"
    else:
        heading = f"{date:%A} {date.day} {date:%B %Y}"
    return f"{heading} (background)" if event.background else heading


def suggestions(timeline: Timeline, prefix: str, limit: int = 25) -> list[str]:
    """People and places for topic autocomplete."""
    return EntityIndex.from_dict(timeline.entities).suggestions(prefix, limit)


def cited(entries: Iterable[TimelineEntry], articles: Mapping[str, Article]) -> list[TimelineEvent]:
    """Entries as events for callers: each with its article's citation, and whether it is background (a year
    before the earliest article's)."""
    first_year = min((a.published.year for a in articles.values() if a.published), default=0)
    result = []
    for entry in entries:
        also = tuple(
            EventCitation(**{**articles[a.article_id].citation(), **vars(a)}) for a in entry.also_in
            if a.article_id in articles
        )  # fmt: skip
        result.append(
            TimelineEvent(
                **articles[entry.article_id].citation(),
                start=entry.start,
                end=entry.end,
                date=entry.date,
                precision=entry.precision,
                part_of_day=entry.part_of_day,
                expression=entry.expression,
                anchor=entry.anchor,
                planned=entry.planned,
                text=entry.text,
                also_in=also,
                entities=entry.entities,
                background=int(entry.date[:4]) < first_year,
                main=entry.main,
            )  # fmt: skip
        )
    return result
