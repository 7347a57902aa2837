"""The in-memory index (articles, passages, vectors, terms, timeline); `generation_files` writes and reads it."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from index.articles import Article, ArticleInfo, corpus_hash, newest_first
from index.bodies import BodyStore
from index.countries import country_counts, most_named
from index.lexical import LexicalIndex
from index.results import Timeline
from index.teams import Teams, read_teams
from index.text import lexical_terms
from index.timeline.entities import EntityIndex
from index.vectorstore import VectorStore
from index.words_in_use import WordsInUse

log = logging.getLogger(__name__)

# Passages and their lexical terms; a change rebuilds both (9: a live blog's short "Update:" or "Breaking news:" line
# stands alone).
CHUNKER_VERSION = 9


class _ArticleViews:
    """Views both a full state and a catalog give of their `articles` and `timeline` (computed once each)."""

    articles: list[ArticleInfo]
    timeline: Timeline

    @cached_property
    def newest_articles(self) -> list[ArticleInfo]:
        """The articles, newest first."""
        return newest_first(self.articles)

    @cached_property
    def articles_by_outlet(self) -> dict[str, frozenset[int]]:
        """The numbers of each outlet's articles, by the outlet's name as the articles give it."""
        by_outlet: dict[str, set[int]] = {}
        for number, info in enumerate(self.articles):
            if info.source:
                by_outlet.setdefault(info.source, set()).add(number)
        return {outlet: frozenset(numbers) for outlet, numbers in by_outlet.items()}

    @cached_property
    def entities(self) -> EntityIndex:
        """The people and places of the timeline, for topics and autocomplete."""
        return EntityIndex.from_dict(self.timeline.entities)


@dataclass
class IndexState(_ArticleViews):
    """Everything a question is answered from.

    Passages are deduplicated by content: row r holds one unique text (`keys[r]`, sorted, also its vector
    id), and `occurrences` lists every place (row, article, start, end) where that text appears. Article
    bodies stay on disk in `bodies` and are read when a passage is quoted.
    """

    articles: list[ArticleInfo]
    bodies: BodyStore
    keys: np.ndarray
    occurrences: np.ndarray
    stores: dict[str, VectorStore]
    lexical: LexicalIndex
    channels: dict[str, dict]
    background: dict[str, np.ndarray]
    timeline: Timeline = field(default_factory=Timeline)
    timeline_sources: dict | None = None
    folder: Path | None = None
    created: str = ""
    background_sha256: str = ""
    chunker_version: int = CHUNKER_VERSION
    _row_bounds: np.ndarray = field(init=False, repr=False)
    _countries: dict[int, dict[str, int]] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.keys = np.asarray(self.keys, dtype=np.int64)
        self.occurrences = np.asarray(self.occurrences).reshape(-1, 4).astype(np.int32)
        self.article_index = {article.id: number for number, article in enumerate(self.articles)}
        self._index_occurrences()

    def _index_occurrences(self) -> None:
        """Sort occurrences by row; within a row the primary one comes first: newest article, earliest place."""
        dates = np.array([(a.published or dt.date.min).toordinal() for a in self.articles] or [0])
        occ = self.occurrences
        order = np.lexsort((occ[:, 2], occ[:, 1], -dates[occ[:, 1]], occ[:, 0]))
        self.occurrences = occ[order]
        self._row_bounds = np.searchsorted(self.occurrences[:, 0], np.arange(len(self.keys) + 1))

    @cached_property
    def words_in_use(self) -> WordsInUse:
        """How the articles write the words a question types: names, words in lower case, models' designations."""
        return WordsInUse(self.entities, self.lexical, self.passage_text)

    def primary(self, row: int) -> np.ndarray:
        """The (row, article, start, end) a passage is quoted from: its place in the newest article."""
        return self.occurrences[self._row_bounds[row]]

    @cached_property
    def neighbours(self) -> tuple[np.ndarray, np.ndarray]:
        """For each row, the rows of the passages just before and just after its primary place in its article (-1 at
        an article's start or end): "He said corruption…" is about the man the passage before it names."""
        occurrences = self.occurrences
        by_place = np.lexsort((occurrences[:, 2], occurrences[:, 1]))
        rows, articles = occurrences[by_place, 0], occurrences[by_place, 1]
        same_article = articles[1:] == articles[:-1]
        before, after = np.full(len(rows), -1, dtype=np.int64), np.full(len(rows), -1, dtype=np.int64)
        before[1:][same_article] = rows[:-1][same_article]
        after[:-1][same_article] = rows[1:][same_article]
        place = np.empty(len(by_place), dtype=np.int64)
        place[by_place] = np.arange(len(by_place))
        primary = place[self._row_bounds[:-1]]
        return before[primary], after[primary]

    def warm(self) -> None:
        """Find now the views every question may need (the passages' neighbours, the teams), not on a first question:
        called when a state is served, or before it is swapped in."""
        self.neighbours  # noqa: B018 (0.1 s a million passages)
        self.teams  # noqa: B018 (0.13 s at 100,000 synthetic passages)

    @cached_property
    def teams(self) -> Teams:
        """Whose team the articles place each post holder in, and each country's presidents ("President Trump, Vice
        President Mike Pence…"), read from the passages naming a president or a premier."""
        rows = set()
        for term in lexical_terms("president premier"):
            rows.update(int(row) for row in self.lexical.rows_holding(term))
        return read_teams(self.passage_text(row) for row in sorted(rows))

    def occurrences_of(self, row: int) -> np.ndarray:
        """Every (row, article, start, end) where the passage of `row` appears, the primary one first."""
        return self.occurrences[self._row_bounds[row] : self._row_bounds[row + 1]]

    @property
    def passage_count(self) -> int:
        """Number of unique passages."""
        return len(self.keys)

    def rows_for_keys(self, keys: np.ndarray) -> np.ndarray:
        """Row of each key (-1 for keys not in the index)."""
        if not len(self.keys):
            return np.full(len(keys), -1, dtype=np.int64)
        positions = np.clip(np.searchsorted(self.keys, keys), 0, len(self.keys) - 1)
        return np.where(self.keys[positions] == keys, positions, -1)

    def passage_text(self, row: int) -> str:
        """The text of a row, from its primary occurrence."""
        _, article, start, end = self.primary(row)
        return self.bodies.body(int(article))[start:end]

    def article(self, number: int) -> Article:
        """Article `number` with its body."""
        return self.articles[number].with_body(self.bodies.body(number))

    def countries_of_article(self, number: int) -> frozenset[str]:
        """The countries article `number` names in its title or body."""
        return frozenset(self._country_counts(number))

    def country_of_article(self, number: int) -> str | None:
        """The country article `number` names most often in its title and body."""
        return most_named(self._country_counts(number))

    def prominent_countries(self, number: int) -> frozenset[str]:
        """The countries article `number` names at least half as often as the one it names most (a story about
        Gabon's coup names France more often than Gabon)."""
        counts = self._country_counts(number)
        most = max(counts.values(), default=0)
        return frozenset(country for country, count in counts.items() if 2 * count >= most)

    def _country_counts(self, number: int) -> dict[str, int]:
        """How often article `number` names each country (read once, when first asked)."""
        if number not in self._countries:
            article = self.article(number)
            self._countries[number] = country_counts(f"{article.title}\n{article.body}")
        return self._countries[number]

    def article_timelines(self) -> dict:
        """Each article's dated events and names, which the corpus timeline is merged from.

        Only changes need them, so a loaded index reads them from its folder when first asked.
        """
        if self.timeline_sources is None:
            path = self.folder / "timeline_sources.json" if self.folder else None
            self.timeline_sources = json.loads(path.read_text(encoding="utf-8")) if path and path.exists() else {}
        return self.timeline_sources

    def corpus_hash(self) -> str:
        """One hash over every article's content, to tell whether the index matches a corpus."""
        return corpus_hash(self.articles)


@dataclass
class Catalog(_ArticleViews):
    """What listing the articles and the timeline need from a generation: no vectors, postings or bodies."""

    articles: list[ArticleInfo]
    passage_count: int
    timeline: Timeline
