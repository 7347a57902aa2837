"""The quality bars on the development sets of eval/, with the real models: a regression here is a worse bot.

`make test` scores the development sets written by stop 60 (quality_scores.IN_THE_SUITE); the later ones, the
rewordings and the held-out sets are scored against their guards by `make quality` (tests/test_quality_heldout.py),
which takes minutes more than the suite can spare. Each guard
(quality_scores.py) sits a little under the set's count at the last stop; how every count came about is in
docs/quality-history.md. The development sets are scored in a child process that conftest.py starts at collection
(background_scoring.py); these tests run last.
"""

from __future__ import annotations

import pytest
from conftest import DEVELOPMENT_SCORING
from quality_scores import (
    DEVELOPMENT,
    DEVELOPMENT_GUARDS,
    EVAL,
    HELD_OUT,
    HELD_OUT_GUARDS,
    IN_THE_SUITE,
    counts,
    in_scope,
    of_kind,
)

from index.evaluate import load_questions


@pytest.fixture(scope="module")
def development_scores(request) -> dict:
    """Every development set scored once with the real models and the reader, in the child process that conftest
    started at collection."""
    return request.config.stash[DEVELOPMENT_SCORING].scores()


def test_the_development_set_meets_the_bar(development_scores):
    dev = development_scores["dev_qa"]
    assert dev["seed"].first / dev["seed"].total >= 0.9
    assert dev["paraphrase"].top3 / dev["paraphrase"].total >= 0.8
    assert dev["oos"].declined == dev["oos"].total


def test_every_set_is_guarded():
    # A new set in eval/ needs its guard, here or in make quality's module, before its figure can slip.
    in_scope_only = {"dev_qa", "dev_days", "dev_ab", "dev_ac", "dev_ad", "dev_af", "extra_a", "extra_b"}
    assert set(DEVELOPMENT_GUARDS) | in_scope_only == set(DEVELOPMENT)
    assert set(HELD_OUT_GUARDS) == set(HELD_OUT)
    # The suite scores a fixed share, so that it keeps within five minutes: a new set goes to `make quality`.
    assert sum(len(load_questions(EVAL / f"{name}.jsonl")) for name in IN_THE_SUITE if name.startswith("dev_")) == 4777


@pytest.mark.parametrize("name", [name for name in DEVELOPMENT_GUARDS if name in IN_THE_SUITE])
def test_questions_about_venezuela_that_the_articles_do_not_answer_are_declined(development_scores, name):
    assert development_scores[name]["oos"].declined >= DEVELOPMENT_GUARDS[name]


def test_in_scope_questions_are_rarely_declined(development_scores):
    every = in_scope(development_scores, IN_THE_SUITE)
    assert sum(s.declined for s in every) <= 0.03 * sum(s.total for s in every)
    for name in ("dev_qa", "extra_a", "extra_b"):
        assert development_scores[name]["seed"].top3 == development_scores[name]["seed"].total, name


def test_questions_naming_a_day_keep_their_answer(development_scores):
    # dev_days: 40 answerable questions naming a day ("what did Maduro say on Tuesday night…"), written to guard the
    # check of the day asked about: 1 declined and 36 within three, before that check and after it.
    days = in_scope(development_scores, ["dev_days"])
    assert sum(s.declined for s in days) <= 1
    assert sum(s.top3 for s in days) >= 35


def test_answers_a_cautious_bot_might_refuse_are_kept(development_scores):
    # dev_ab (100 in-scope questions of the kinds the checks might wrongly refuse: why, whether, reactions, context
    # first), dev_ac (100 paraphrases in many chat styles) and dev_ad (100 yes/no, how-many, who-by-role and Spanish
    # questions), written at stop 55: 4 + 2 + 5 declined and 88 + 86 + 81 within three with stop 54's code, and with
    # stop 55's.
    answerable = in_scope(development_scores, ["dev_ab", "dev_ac", "dev_ad"])
    assert sum(s.declined for s in answerable) <= 11
    assert sum(s.top3 for s in answerable) >= 254
    # dev_af (70 paraphrases and 30 in Spanish, written at the start of stop 56 by a helper who read only the
    # articles): 4 declined and 86 within three with stop 55's code, 2 and 88 after stop 56's first checks.
    fresh = in_scope(development_scores, ["dev_af"])
    assert sum(s.declined for s in fresh) <= 3
    assert sum(s.top3 for s in fresh) >= 86


def test_spanish_questions_find_their_answer_within_three_quotes(development_scores):
    # The bar is 9 in 10 on every set; this guards the suite's share of the development sets: 603 of 653 at the
    # end of stop 77, with room for a question on an E5 knife edge. Every development set's total is guarded by
    # `make quality`. How the count grew: docs/quality-history.md, "How the guards' totals grew".
    within_three, total = counts(of_kind(development_scores, "es"), "top3")
    assert total == 653 and within_three >= 597


def test_close_wording_finds_its_answer_in_the_first_quote(development_scores):
    # 209 of 215 since stop 52; the bar, 95 in 100, is judged over every set (test_quality_heldout.py).
    # How the count grew: docs/quality-history.md, "How the guards' totals grew".
    first, total = counts(of_kind(development_scores, "seed"), "first")
    assert total == 215 and first >= 204


def test_paraphrases_find_their_answer_within_three_quotes(development_scores):
    # The bar is 9 in 10 on every set, still missed; this guards the suite's share of the development sets:
    # 1,366 of 1,495 at the end of stop 77. Every development set's total is guarded by `make quality`. How the count
    # grew: docs/quality-history.md, "How the guards' totals grew".
    within_three, total = counts(of_kind(development_scores, "paraphrase"), "top3")
    assert total == 1495 and within_three >= 1350
