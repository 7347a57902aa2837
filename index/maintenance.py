"""Changing the index safely: build, add, remove, roll back; one change at a time, each recorded."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from index.articles import Article, corpus_hash
from index.builder import Progress, apply_changes, channel_info
from index.corpus import corpus_path, load_corpus, remove_corpus_files, write_corpus_file
from index.embedding import Embedder
from index.errors import ArticleError, CorpusError, IndexDamagedError, IndexMismatchError, IndexMissingError
from index.formats import SUPPORTED_SUFFIXES, parse_article
from index.generations import FilesIndex
from index.journal import Journal, recover_if_idle
from index.results import ChangeReport
from index.rollback import corpus_plan, rollback_target
from index.state import CHUNKER_VERSION, IndexState
from index.timeline.build import TIMELINE_VERSION
from index.uploads import identify, undated_copy

log = logging.getLogger(__name__)


def _outdated(state: IndexState) -> bool:
    """Whether `state` was made by older chunking or timeline rules than this version's."""
    return state.chunker_version != CHUNKER_VERSION or state.timeline.version != TIMELINE_VERSION


class Maintainer:
    """Applies changes to one corpus folder and one index folder with the given embedders."""

    def __init__(
        self,
        corpus_dir: Path,
        index_dir: Path,
        embedders: Mapping[str, Embedder],
        generations: FilesIndex | None = None,
    ) -> None:
        """`generations` is where the index is kept (see index.generations); the files in `index_dir` by default."""
        self.corpus_dir = corpus_dir
        self.folder = generations if generations is not None else FilesIndex(index_dir)
        self.embedders = embedders
        self._loaded: tuple[str, IndexState] | None = None  # the live generation, kept while it stays live

    def current_state(self) -> IndexState | None:
        """The live state (read from disk only when another process changed it), or None without an index."""
        try:
            name = self.folder.live_name()
        except IndexMissingError:
            return None
        if self._loaded is None or self._loaded[0] != name:
            # Changed by another process: a shared index reads only what that change added.
            self._loaded = (name, self.folder.load(name, channel_info(self.embedders), self._loaded))
        return self._loaded[1]

    def build(self, who: str = "command line", progress: Progress | None = None) -> ChangeReport:
        """Bring the index in line with the corpus folder, re-embedding only passages with new text."""
        with self.folder.locked():
            self._recover()
            articles = self._readable_corpus(who)
            return self._build(articles, self._usable_state(), who, progress)

    def catch_up(self, who: str) -> ChangeReport | None:
        """Build only if the index is missing, unusable, made by older rules or behind the corpus folder (a
        change cut short after writing the corpus, or an edit by hand); None when it is already in line.

        A shared index (postgres) is not rebuilt from a corpus folder that merely differs: that folder may be
        another machine's stale copy, and would take back every article added elsewhere (`build` still does)."""
        with self.folder.locked():
            self._recover()
            articles = self._readable_corpus(who)
            old = self._usable_state()
            if old is not None and not _outdated(old):
                if old.corpus_hash() == corpus_hash(articles):
                    return None
                if self.folder.shared:
                    log.warning(
                        "the corpus folder %s differs from the shared index; run `python -m index build` "
                        "to make the index follow it",
                        self.corpus_dir,
                    )
                    return None
            log.info("bringing the index in %s in line with %s", self.folder.root, self.corpus_dir)
            return self._build(articles, old, who, None)

    def _usable_state(self) -> IndexState | None:
        """The live state; if it is damaged, the newest complete generation (so a rebuild embeds only what that
        one lacks, not the whole corpus); None when nothing usable is left."""
        try:
            return self.current_state()
        except IndexMismatchError as exc:
            log.warning("starting a fresh index: %s", exc)
            return None
        except IndexDamagedError as exc:
            damaged = self.folder.pointer_name()
            fallback = self.folder.newest_complete(exclude=damaged)
            if fallback is not None:
                try:
                    state = self.folder.load(fallback, channel_info(self.embedders))
                except (IndexMismatchError, IndexDamagedError):
                    fallback = None
            if fallback is None:
                log.warning("starting a fresh index: %s", exc)
                return None
            log.warning("%s; building on generation %s, the newest complete one, reusing its vectors", exc, fallback)
            self._loaded = (fallback, state)
            return state

    def _readable_corpus(self, who: str) -> list[Article]:
        """Every article of the corpus folder; a file that cannot be read stops the build (CorpusError), is
        logged and recorded in the history, rather than silently leaving its article out of the index."""
        articles, problems = load_corpus(self.corpus_dir)
        if problems:
            error = CorpusError(problems)
            log.error("%s", error)
            refused = [{"file": path.name, "reason": reason} for path, reason in problems]
            self.folder.record({"who": who, "action": "build refused", "refused": refused})
            raise error
        return articles

    def _build(
        self, articles: list[Article], old: IndexState | None, who: str, progress: Progress | None
    ) -> ChangeReport:
        present = {a.id for a in articles}
        removals = [a.id for a in old.articles if a.id not in present] if old else []
        rechunk = old is not None and old.chunker_version != CHUNKER_VERSION
        return self._commit(old, articles, removals, "build", who, [], progress, rechunk=rechunk)

    def add(
        self,
        files: Sequence[tuple[str, bytes] | tuple[str, bytes, dict[str, str]]],
        who: str = "command line",
        defaults: dict[str, str] | None = None,
        progress: Progress | None = None,
        refused: Sequence[tuple[str, str]] = (),
    ) -> ChangeReport:
        """Add or update articles from uploaded files; bad files are refused with a reason, the rest go in.

        A file may carry its own metadata defaults as a third item (a fetched page's URL); `refused` lists
        files already turned away by the caller, so the report and history name them too.
        """
        with self.folder.locked():
            self._recover()
            old = self._require_state()
            accepted: list[Article] = []
            refused = list(refused)
            for name, data, *own in files:
                fallback = {**(defaults or {}), **(own[0] if own else {})}
                try:
                    article = identify(parse_article(data, name, defaults=fallback), old, accepted)
                except ArticleError as exc:
                    refused.append((name, str(exc)))
                    continue
                accepted.append(article)
            dated_now = [i for i in (undated_copy(a, old) for a in accepted) if i]
            report = self._commit(old, accepted, dated_now, "add", who, refused, progress, write_corpus=True)
            changed = set(report.summary.added) | set(report.summary.updated)
            report.undated = [a.id for a in accepted if a.published is None and a.id in changed]
            return report

    def remove(self, article_ids: Sequence[str], who: str = "command line") -> ChangeReport:
        """Remove articles (and all their passages) from the index and the corpus folder."""
        with self.folder.locked():
            self._recover()
            old = self._require_state()
            known = {a.id for a in old.articles}
            refused = [(i, "no article has this id") for i in article_ids if i not in known]
            removals = [i for i in dict.fromkeys(article_ids) if i in known]
            return self._commit(old, [], removals, "remove", who, refused, None, write_corpus=True)

    def rollback(self, who: str = "command line", target: int | str = 1) -> str:
        """Make an earlier generation live again: `target` steps back through the generations the live one was
        made from, or names a kept generation. The corpus folder is brought back to the articles it holds (so
        the next build keeps the rollback). Returns its name."""
        with self.folder.locked():
            self._recover()
            previous = rollback_target(self.folder, target)
            state = self.folder.load(previous, channel_info(self.embedders), self._loaded)
            rewrite, delete = corpus_plan(self.corpus_dir, state)
            entry = {"who": who, "action": "rollback", "updated": [a.id for a in rewrite], "removed": delete}
            touched = [p for article_id in [*entry["updated"], *delete] for p in self._corpus_files(article_id)]
            journal = Journal(self.folder, self.corpus_dir)
            journal.begin(entry, previous, touched, new_generation=False)
            try:
                for article in rewrite:
                    remove_corpus_files(self.corpus_dir, article.id)
                    write_corpus_file(self.corpus_dir, article)
                for article_id in delete:
                    remove_corpus_files(self.corpus_dir, article_id)
                journal.corpus_written()
                self.folder.set_current(previous)
            except BaseException:
                journal.undo()
                raise
            self._loaded = (previous, state)
            journal.finish()
            log.info("rolled back to generation %s (%d articles)", previous, len(state.articles))
            return previous

    def recover(self) -> str | None:
        """Finish or undo a change that was cut short, if no change is running now; what was done, or None."""
        message = recover_if_idle(self.folder, self.corpus_dir)
        if message:
            self._loaded = None
        return message

    def _recover(self) -> str | None:
        message = Journal(self.folder, self.corpus_dir).recover()
        if message:
            self._loaded = None
        return message

    def adopt(self, generation: str, state: IndexState) -> None:
        """Use a state already loaded elsewhere (the bot's engine) instead of reading it again."""
        self._loaded = (generation, state)

    def _corpus_files(self, article_id: str) -> list[Path]:
        """Every corpus file that holds or will hold `article_id`."""
        return [corpus_path(self.corpus_dir, article_id)] + [
            self.corpus_dir / f"{article_id}{suffix}" for suffix in SUPPORTED_SUFFIXES
        ]

    def _require_state(self) -> IndexState:
        state = self.current_state()
        if state is None:
            raise IndexMissingError(f"no index in {self.folder.root} yet: run `python -m index build` first")
        return state

    def _commit(
        self,
        old: IndexState | None,
        upserts: Sequence[Article],
        removals: Sequence[str],
        action: str,
        who: str,
        refused: list[tuple[str, str]],
        progress: Progress | None,
        write_corpus: bool = False,
        rechunk: bool = False,
    ) -> ChangeReport:
        state, summary = apply_changes(old, upserts, removals, self.embedders, progress, rechunk)
        report = ChangeReport(summary, refused)
        if not summary.changed and old is not None:
            report.generation = self.folder.live_name()
            self._record(action, who, report)
            return report
        report.generation = self.folder.new_generation_name()
        base = self._loaded[0] if old is not None and self._loaded else ""
        entry = {"who": who, "action": action, **report.as_dict(), "base": base}
        changed = set(summary.added) | set(summary.updated) if write_corpus else set()
        removed = list(removals) if write_corpus else []
        touched = [p for article_id in [*sorted(changed), *removed] for p in self._corpus_files(article_id)]
        journal = Journal(self.folder, self.corpus_dir)
        journal.begin(entry, report.generation, touched)
        try:
            if write_corpus:
                self._write_corpus(upserts, changed, removed)
            journal.corpus_written()
            self.folder.write(state, report.generation)
        except BaseException:
            journal.undo()
            raise
        self._loaded = (report.generation, state)
        journal.finish()
        return report

    def _write_corpus(self, upserts: Sequence[Article], changed: set[str], removals: Sequence[str]) -> None:
        """Write added/updated articles to the corpus folder and delete removed ones."""
        for article in upserts:
            if article.id in changed:
                remove_corpus_files(self.corpus_dir, article.id)
                write_corpus_file(self.corpus_dir, article)
        for article_id in removals:
            remove_corpus_files(self.corpus_dir, article_id)

    def _record(self, action: str, who: str, report: ChangeReport) -> None:
        self.folder.record({"who": who, "action": action, **report.as_dict()})
