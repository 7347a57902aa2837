"""What the engine hands out, as plain data: answers with their quotes and citations, and change reports.

Nothing here imports the engine, so rendering and callers use these types without loading any machinery.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


class Question(str):
    """A question checked once (not empty, not too long, spaces collapsed) carrying its content terms, stemmed
    once: search and highlighting read them instead of stemming the text again. It is the text itself."""

    terms: tuple[str, ...]

    def __new__(cls, text: str, terms: Iterable[str]) -> Question:
        question = super().__new__(cls, text)
        question.terms = tuple(terms)
        return question


@dataclass(frozen=True)
class Source:
    """Where a quote stands: the article's citation and the exact character span in its body."""

    article_id: str
    title: str
    source: str
    published: str
    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One verbatim passage: `text` equals the article body from `start` to `end`."""

    text: str
    score: float
    cited: Source
    also_in: tuple[Source, ...] = ()

    def as_dict(self) -> dict:
        """The JSON form of the command-line contract."""
        c = self.cited
        return {
            "text": self.text,
            "article_id": c.article_id,
            "title": c.title,
            "source": c.source,
            "published": c.published,
            "url": c.url,
            "start": c.start,
            "end": c.end,
            "score": round(self.score, 4),
            "also_in": [{k: v for k, v in vars(s).items()} for s in self.also_in],
        }


@dataclass(frozen=True)
class Answer:
    """The reply to one question: quotes best first, or an abstention with its reason."""

    question: str
    quotes: tuple[Quote, ...] = ()
    abstained: bool = False
    reason: str = ""
    related: tuple[Quote, ...] = ()  # with an abstention: passages on the subject that do not answer it

    def as_dict(self) -> dict:
        """The JSON form of the command-line contract."""
        return {
            "question": self.question,
            "abstained": self.abstained,
            "reason": self.reason,
            "quotes": [q.as_dict() for q in self.quotes],
            "related": [q.as_dict() for q in self.related],
        }


@dataclass
class ChangeSummary:
    """What a change did, for people: article ids by outcome and passage counts."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rechunked: bool = False
    retimelined: bool = False
    embedded: int = 0
    reused: int = 0
    articles: int = 0
    passages: int = 0

    @property
    def changed(self) -> bool:
        """True when the index content differs from before."""
        return bool(self.added or self.updated or self.removed or self.rechunked or self.retimelined)

    def as_dict(self) -> dict:
        """Plain-data form for JSON output and the history log."""
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "passages_embedded": self.embedded,
            "passages_reused": self.reused,
            "articles": self.articles,
            "passages": self.passages,
        }


@dataclass
class ChangeReport:
    """The outcome of one change: the summary, refused files with reasons, and the generation now live."""

    summary: ChangeSummary
    refused: list[tuple[str, str]] = field(default_factory=list)
    generation: str = ""
    undated: list[str] = field(default_factory=list)  # added or updated articles without a publication date

    def as_dict(self) -> dict:
        """Plain-data form for JSON output."""
        return {
            **self.summary.as_dict(),
            "refused": [{"file": name, "reason": reason} for name, reason in self.refused],
            "generation": self.generation,
            "undated": self.undated,
        }


@dataclass(frozen=True)
class Telling:
    """Another article telling a timeline entry's moment: its sentence, where it stands and what dated it."""

    article_id: str
    start: int
    end: int
    expression: str
    text: str

    @classmethod
    def from_dict(cls, data: Mapping) -> Telling:
        """The stored form back (see `to_dict`)."""
        return cls(data["article_id"], data["start"], data["end"], data["expression"], data["text"])

    def to_dict(self) -> dict:
        """The stored form, as in timeline.json."""
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "expression": self.expression,
            "text": self.text,
        }


@dataclass(frozen=True)
class TimelineEntry:
    """One moment of the corpus timeline as stored: the fullest sentence telling it, its date and what dated it,
    the other articles telling it, the people and places it names, and how much it matters."""

    date: str  # ISO date; only its year or month count when `precision` says so
    precision: str  # "day", "month" or "year"
    part_of_day: str
    expression: str  # the words that dated it, "" when the article's day did
    anchor: str  # how the expression was read, for a person
    planned: str  # ISO day of what the sentence calls for, "" when none
    text: str
    start: int
    end: int
    article_id: str
    position: float  # where in its article, 0 (opening) to 1
    names: tuple[str, ...] = ()
    also_in: tuple[Telling, ...] = ()
    entities: tuple[str, ...] = ()
    importance: float = 0.0
    main: bool = False

    @classmethod
    def from_dict(cls, data: Mapping) -> TimelineEntry:
        """The stored form back; an article's own events (without the merged fields) read too."""
        return cls(
            data["date"], data["precision"], data["part_of_day"], data["expression"], data["anchor"],
            data.get("planned", ""), data["text"], data["start"], data["end"], data["article_id"],
            data.get("position", 0.0), tuple(data.get("names", ())),
            tuple(Telling.from_dict(a) for a in data.get("also_in", ())), tuple(data.get("entities", ())),
            data.get("importance", 0.0), bool(data.get("main", False)),
        )  # fmt: skip

    def to_dict(self) -> dict:
        """The stored form, as in timeline.json (the keys and their order unchanged since dict entries)."""
        return {
            "date": self.date, "precision": self.precision, "part_of_day": self.part_of_day,
            "expression": self.expression, "anchor": self.anchor, "planned": self.planned, "text": self.text,
            "start": self.start, "end": self.end, "article_id": self.article_id, "position": self.position,
            "names": list(self.names), "also_in": [a.to_dict() for a in self.also_in],
            "entities": list(self.entities), "importance": self.importance, "main": self.main,
        }  # fmt: skip

    def own_dict(self) -> dict:
        """The stored form of one article's event before merging (timeline_sources.json): no other articles,
        entities, importance or main mark yet."""
        stored = self.to_dict()
        for merged in ("also_in", "entities", "importance", "main"):
            del stored[merged]
        return stored


@dataclass(frozen=True)
class Timeline:
    """The corpus timeline as stored with an index: its rules' version, its entries and its people and places
    (the latter in `index.timeline.entities.EntityIndex`'s stored form)."""

    version: int | None = None
    entries: tuple[TimelineEntry, ...] = ()
    entities: Mapping = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping) -> Timeline:
        """The stored form back; anything but a mapping (an unreadable file) is an empty timeline."""
        if not isinstance(data, Mapping):
            return cls()
        entries = tuple(TimelineEntry.from_dict(e) for e in data.get("entries", ()))
        return cls(data.get("version"), entries, dict(data.get("entities", {})))

    def to_dict(self) -> dict:
        """The stored form, as in timeline.json."""
        return {"version": self.version, "entries": [e.to_dict() for e in self.entries], "entities": self.entities}


@dataclass(frozen=True)
class EventCitation(Source):
    """One article telling a timeline event: its citation, span and the sentence it tells it with."""

    expression: str
    text: str


@dataclass(frozen=True)
class TimelineEvent(Source):
    """A timeline event handed to callers: its article's citation and span (a Source), the sentence, its date
    and what dated it, the other articles telling it, and whether it is background (before the articles'
    time) or a main event."""

    date: str
    precision: str
    part_of_day: str
    expression: str
    anchor: str
    planned: str
    text: str
    also_in: tuple[EventCitation, ...] = ()
    entities: tuple[str, ...] = ()
    background: bool = False
    main: bool = False

    @classmethod
    def from_dict(cls, data: Mapping) -> TimelineEvent:
        """The JSON form back (see `as_dict`)."""
        values = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        values["also_in"] = tuple(EventCitation(**a) for a in data.get("also_in", ()))
        values["entities"] = tuple(data.get("entities", ()))
        return cls(**values)

    def as_dict(self) -> dict:
        """The JSON form of the command-line contract."""
        leading = ("date", "precision", "part_of_day", "expression", "anchor", "planned", "text")
        return {
            **{name: getattr(self, name) for name in leading},  # the contract's key order: the sentence first
            **{name: getattr(self, name) for name in self.__dataclass_fields__ if name not in leading},
            "also_in": [vars(a).copy() for a in self.also_in],
            "entities": list(self.entities),
        }

    to_dict = as_dict
