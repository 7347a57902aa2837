"""The quality bar on the question sets in eval/, with the real models: a regression here is a worse bot."""

from __future__ import annotations

from conftest import REPO

from index.evaluate import load_questions, score


def _score(real_engine, name: str):
    return score(load_questions(REPO / "eval" / f"{name}.jsonl"), lambda q: real_engine.ask(q, 3))


def test_the_development_set_meets_the_bar(real_engine):
    results = _score(real_engine, "dev_qa")
    assert results["seed"].first / results["seed"].total >= 0.9
    assert results["paraphrase"].top3 / results["paraphrase"].total >= 0.8
    assert results["es"].top3 / results["es"].total >= 0.8
    assert results["oos"].declined == results["oos"].total


def test_no_in_scope_question_of_any_set_is_declined(real_engine):
    for name in ("dev_qa", "extra_a", "extra_b"):
        results = _score(real_engine, name)
        for kind in ("seed", "paraphrase", "es"):
            assert results[kind].declined == 0, (name, kind)
        assert results["seed"].top3 == results["seed"].total, name
