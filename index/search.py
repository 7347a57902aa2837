"""From a question to verbatim, cited quotes, or an honest "nothing in the articles answers this"."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index import ranking
from index.answerability import (
    NOTHING_RELATED,
    RELATED_NOT_ANSWERING,
    Reading,
    Rewording,
    answer_threshold,
    judge,
    read_in_turn,
)
from index.articles import ArticleInfo
from index.background import background_hash, embed_background
from index.builder import channel_info
from index.candidates import Candidate
from index.embedding import Embedder
from index.fit import checked_question, set_aside, stated_ages
from index.generation_files import load_state
from index.in_passage_words import WordMeanings, in_passage_words
from index.lexical import top_rows
from index.outlets import of_the_named_outlet
from index.question import read_question, with_chat_spelt_out
from index.reader.gloss import reader_text
from index.reader.reader import PassageReader
from index.results import Answer, Question, Quote, Source
from index.roles import role_word_families
from index.state import IndexState
from index.storage import IndexFolder
from index.text import guess_language, lexical_terms
from index.timings import Timings
from index.typos import load_dictionary

log = logging.getLogger(__name__)

CANDIDATES_PER_CHANNEL = 40
SAME_POINT_MARGIN = 0.35
READ_AT_LEAST = 5  # passages the reader may check per question (more when more quotes are asked for)
READ_AT_MOST = 6  # a reply never shows more passages than the reader could have checked
RELATED_SHOWN = 3


@dataclass
class Engine:
    """Answers questions from one loaded index state; swap `state` to serve a newer index."""

    state: IndexState
    embedders: Mapping[str, Embedder]
    index_dir: Path | None = None
    generation: str = ""
    reader: PassageReader | None = None
    _swap: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _meanings: WordMeanings | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.reader is not None:  # the checks read a question only for the reader
            load_dictionary()  # the checks' dictionary (17 ms) read now, not on the first user's question
            encode_words = getattr(self.embedders.get("minilm"), "embed_words", None)
            self._meanings = WordMeanings(encode_words) if encode_words is not None else None
        self.state.warm()

    def rewording(self, language: str) -> Rewording | None:
        """How the reader rewords a question in a doubted passage's words: English only (a Spanish question reaches
        the reader as a gloss), and only with a word encoder (MiniLM's)."""
        meanings = self._meanings
        if language == "es" or meanings is None:
            return None
        return lambda question, passage: in_passage_words(question, passage, meanings)

    @classmethod
    def open(cls, index_dir: Path, embedders: Mapping[str, Embedder], reader: PassageReader | None = None) -> Engine:
        """Load the live generation of `index_dir`, checking it was built with these embedders."""
        folder = IndexFolder(index_dir).current()
        return cls(_load(folder, embedders), embedders, index_dir, folder.name, reader)

    def use(self, state: IndexState, generation: str, replacing: str | None = None) -> bool:
        """Serve another state from now on; questions already running finish on the old one. With `replacing`,
        only if the engine still serves that generation (a slow reload never undoes a newer swap); True if done."""
        state.warm()  # before the swap, not on the new state's first question
        with self._swap:
            if replacing is not None and self.generation != replacing:
                return False
            self.state, self.generation = state, generation
        return True

    def ask(
        self,
        question: str,
        k: int = 3,
        timings: Timings | None = None,
        observe: Callable[[Reading], None] | None = None,
    ) -> Answer:
        """The `k` best quotes for `question`, or an abstention when no passage answers it.

        A `Question` from `read_question` is taken as checked; other text is checked here. `timings`, when
        given, collects the seconds spent embedding, in the vector store and in lexical search; `observe`, when
        given, is shown what the reader is given (a development tool's view, `index/replay.py`).
        """
        question = question if isinstance(question, Question) else read_question(question)
        state = self.state  # one consistent snapshot even if a newer index is swapped in meanwhile
        if state.passage_count == 0:
            return Answer(question, abstained=True, reason="the index holds no articles yet")
        timings = timings if timings is not None else Timings()
        language = guess_language(question)
        with timings.measure("embedding"):
            vectors = self._embed(question, ranking.channel_weights(language, state.stores))
        words = _lexical_view(question, language)
        rows, evidence = self._gather(state, question, words, vectors, timings)
        if not len(rows):
            return Answer(question, abstained=True, reason="no passage shares any meaning with the question")
        verdict = judge(evidence, language)
        if not verdict.answerable:
            return Answer(question, abstained=True, reason=verdict.reason)
        outlet = of_the_named_outlet(str(question), rows, state)  # "per the daily mail": that outlet's report first
        scores = ranking.fuse(evidence, language) + ranking.OUTLET_BONUS * outlet
        order = np.argsort(-scores, kind="stable")
        found = self._distinct(state, rows[order], scores[order], max(k * 3, 10))
        if self.reader is None:
            return Answer(question, tuple(self._ordered(state, found, k, question)))
        read = found[: min(max(k, READ_AT_LEAST), READ_AT_MOST)]
        with timings.measure("reading"):
            checked = checked_question(str(question), state)
            passages = [(c.row, c.text) for c in read]
            lacking, elsewhere = set_aside(checked, passages, state)
            unread = lacking | elsewhere
            threshold = answer_threshold(language, best_set_aside=bool(read) and read[0].row in unread)
            read_as = with_chat_spelt_out(str(question))  # "how many ppl…" read as "how many people…"
            if observe is not None:
                observe(Reading(language, tuple(passages), frozenset(unread), read_as))
            outright = stated_ages(checked, [(row, text) for row, text in passages if row not in unread], state)
            reword = self.rewording(language)
            decision = read_in_turn(self.reader, read_as, passages, unread, threshold, outright, reword)
        if not decision.answers:
            # A Spanish question's words and its English gloss's: "Líbano" is "Lebanon" in the articles. A report
            # from another country is not about the question's subject, whatever words it shares.
            subject = set(question.terms) | set(words.terms)
            on_subject = [c for c in read if c.on_subject(subject) and c.row not in elsewhere]
            related = tuple(self._quote(state, c) for c in on_subject)[:RELATED_SHOWN]
            reason = RELATED_NOT_ANSWERING if related else NOTHING_RELATED
            return Answer(question, abstained=True, reason=reason, related=related)
        # The reader decides whether anything answers; the quotes keep retrieval's order. Measured: quoting only
        # the passages it accepts, or letting its confidence reorder them, cost paraphrases their answer in the
        # first three ("who leads SEBIN" is not read as "the head of SEBIN"), see README, Quality. The passage it
        # accepted is always shown, even when retrieval ranked it below the first k. Only a passage that lacks
        # what the question asks for (the coarse checks, not the reader's doubts) or a report from elsewhere goes
        # after the others, and a read passage that does not lack it takes its place among the k.
        first = decision.answers[0]
        return Answer(question, tuple(self._ordered(state, read, k, question, lacking | elsewhere, read[first].row)))

    def _embed(self, question: str, channels: Iterable[str]) -> dict[str, np.ndarray]:
        # Only the models that count for the question's language (MiniLM reads no Spanish), one after the
        # other: on two cores the models gain nothing from running side by side.
        return {name: self.embedders[name].embed_query(str(question)) for name in channels}

    def _gather(
        self, state: IndexState, question: str, words: Question, vectors: dict[str, np.ndarray], timings: Timings
    ) -> tuple[np.ndarray, ranking.Evidence]:
        """Candidate rows from every channel and from lexical search for `words`, with all their evidence."""
        found: dict[str, dict[int, float]] = {}
        candidates: set[int] = set()
        before, after = state.neighbours
        stores = {name: store for name, store in state.stores.items() if name in vectors}
        for name, store in stores.items():
            with timings.measure("vectors"):
                scores, keys = store.search(vectors[name], CANDIDATES_PER_CHANNEL)
            rows = state.rows_for_keys(keys)
            found[name] = {int(r): float(s) for r, s in zip(rows, scores, strict=True) if r >= 0}
            candidates.update(found[name])
            candidates.update(int(r) for r in after[list(found[name])] if r >= 0)  # may be about what they name
        with timings.measure("lexical"):
            terms = state.lexical.query_terms(words)
            candidates.update(int(r) for r in top_rows(state.lexical.bm25(terms), CANDIDATES_PER_CHANNEL))
        rows = np.array(sorted(candidates), dtype=np.int64)
        previous = before[rows]
        dense, own = {}, {}
        for name, store in stores.items():
            known = found[name]
            missing = sorted({int(r) for r in np.concatenate([rows, previous]) if r >= 0} - set(known))
            if missing:
                with timings.measure("vectors"):
                    extra = store.score(vectors[name], state.keys[missing])
                known = {**known, **{int(r): float(s) for r, s in zip(missing, extra, strict=True)}}
            own[name] = np.array([known[int(r)] for r in rows], dtype=np.float32)
            prior = np.array([known[int(p)] if p >= 0 else 0.0 for p in previous], dtype=np.float32)
            dense[name] = ranking.with_context(own[name], prior, previous >= 0)
        contrast = {
            name: float(own[name].max() - (state.background[name] @ vectors[name]).max())
            for name in own
            if name in state.background
        }
        with timings.measure("lexical"):
            coverage = state.lexical.coverage(words, rows)
        return rows, ranking.Evidence(dense, coverage, contrast)

    def _distinct(self, state: IndexState, rows: np.ndarray, scores: np.ndarray, limit: int) -> list[Candidate]:
        """The best `limit` passages, skipping any that overlaps a better one or nearly repeats it.

        A passage that repeats a better one's words and adds some takes its place: an article may give the same
        sentence twice, once with the name ("the head of Venezuela's secret police – Manuel Ricardo Cristopher
        Figuera – wrote a letter") and once without, and the reader can only accept the one that names him."""
        chosen: list[Candidate] = []
        given_up: list[Candidate] = []  # replaced by a fuller repeat; what repeats them is still a repeat
        for row, score in zip(rows.tolist(), scores.tolist(), strict=True):
            candidate = Candidate(row, score, state.passage_text(row), state.occurrences_of(row))
            if any(candidate.repeats(other, state) for other in given_up):
                continue
            repeated = [i for i, other in enumerate(chosen) if candidate.repeats(other, state)]
            if not repeated:
                chosen.append(candidate)
                if len(chosen) >= limit:
                    break
            elif len(repeated) == 1 and candidate.says_more_than(chosen[repeated[0]], state):
                better = chosen[repeated[0]]
                given_up.append(better)
                chosen[repeated[0]] = Candidate(row, better.score, candidate.text, candidate.places)
        return chosen

    def _ordered(
        self,
        state: IndexState,
        found: list[Candidate],
        k: int,
        question: Question,
        lacking: AbstractSet[int] = frozenset(),
        accepted: int | None = None,
    ) -> list[Quote]:
        """Quotes best first, with reports on the same point kept together, newest first; for a question about
        how things stand, every answer on the best one's point comes newest first. Passages `lacking` what the
        question asks for (a date, a number, a name) or reports from elsewhere come after the others, and their
        dates never move them; the `accepted` row (the reader's answer) is always among the `k` shown."""
        found = sorted(found, key=lambda c: (c.row in lacking, -c.score))
        dates = [state.articles[int(state.primary(c.row)[1])].published for c in found]
        terms = [c.terms for c in found]
        able = [c.row not in lacking for c in found]
        if ranking.asks_about_now(question):
            # "the current SEBIN director" and "the new head of SEBIN" are on one point: a role is one word
            roles = role_word_families()
            terms = [{roles.get(t, t) for t in found_terms} for found_terms in terms]
            order = ranking.newest_on_the_point(terms, dates, {roles.get(t, t) for t in question.terms}, able)
        else:
            order = ranking.group_by_point(terms, dates, [c.score for c in found], SAME_POINT_MARGIN, able)
        answer = next((i for i, c in enumerate(found) if c.row == accepted), None)
        return [self._quote(state, found[i]) for i in ranking.with_answer_shown(order, k, answer)]

    @staticmethod
    def _quote(state: IndexState, candidate: Candidate) -> Quote:
        sources = []
        seen_articles: set[int] = set()
        for _, article, start, end in candidate.places:
            if int(article) in seen_articles:
                continue
            seen_articles.add(int(article))
            sources.append(_source(state.articles[int(article)], int(start), int(end)))
        return Quote(text=candidate.text, score=candidate.score, cited=sources[0], also_in=tuple(sources[1:]))

    def list_articles(self) -> list[ArticleInfo]:
        """The indexed articles, newest first."""
        return self.state.newest_articles


def _load(folder: Path, embedders: Mapping[str, Embedder]) -> IndexState:
    state = load_state(folder, channel_info(embedders))
    if state.background_sha256 != background_hash():
        log.info("the packaged background questions changed since the index was built; embedding them")
        state.background, state.background_sha256 = embed_background(embedders), background_hash()
    return state


def _lexical_view(question: Question, language: str) -> Question:
    """The words lexical search looks for: a Spanish question's English gloss (the articles are English; names
    stay as typed), else the question itself."""
    if language != "es":
        return question
    gloss = reader_text(str(question))
    return Question(gloss, lexical_terms(gloss))


def _source(article: ArticleInfo, start: int, end: int) -> Source:
    return Source(article.id, article.title, article.source, article.published_text, article.url, start, end)
