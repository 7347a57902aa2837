"""What the engine hands out, as plain data: answers with their quotes and citations, and change reports.

Nothing here imports the engine, so rendering and callers use these types without loading any machinery.
"""

from __future__ import annotations

from collections.abc import Iterable
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
