"""Scoring the sets in eval/ with the real engine: shared by the development and the held-out quality tests."""

from __future__ import annotations

from conftest import REPO

from index.evaluate import KindScore, load_questions, score

EVAL = REPO / "eval"
DEVELOPMENT = tuple(sorted(path.stem for path in EVAL.glob("dev_*.jsonl"))) + ("extra_a", "extra_b")
HELD_OUT = tuple(sorted(path.stem for path in EVAL.glob("heldout_*.jsonl")))


def score_sets(engine, names: tuple[str, ...]) -> dict[str, dict[str, KindScore]]:
    """Each named set of eval/ scored once, three quotes a question."""
    return {name: score(load_questions(EVAL / f"{name}.jsonl"), lambda q: engine.ask(q, 3)) for name in names}


def in_scope(results: dict, names) -> list[KindScore]:
    """The scores of every in-scope kind of question in the sets `names`."""
    return [tally for name in names for kind, tally in results[name].items() if kind != "oos"]


def of_kind(results: dict, kind: str) -> list[KindScore]:
    """The scores of one kind of question over every set that has it."""
    return [kinds[kind] for kinds in results.values() if kind in kinds]
