"""The quality bars on the development sets of eval/, with the real models: a regression here is a worse bot.

The held-out sets are scored against their own guards by `make quality` (tests/test_quality_heldout.py), which
takes three minutes more than the suite can spare. Each guard (quality_scores.py) sits a little under the set's
count at the last stop; how every count came about is in docs/quality-history.md. The development sets are scored
in a child process that conftest.py starts at collection (background_scoring.py); these tests run last.
"""

from __future__ import annotations

import pytest
from conftest import DEVELOPMENT_SCORING
from quality_scores import (
    DEVELOPMENT,
    DEVELOPMENT_GUARDS,
    HELD_OUT,
    HELD_OUT_GUARDS,
    counts,
    in_scope,
    of_kind,
)


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


@pytest.mark.parametrize("name", DEVELOPMENT_GUARDS)
def test_questions_about_venezuela_that_the_articles_do_not_answer_are_declined(development_scores, name):
    assert development_scores[name]["oos"].declined >= DEVELOPMENT_GUARDS[name]


def test_in_scope_questions_are_rarely_declined(development_scores):
    every = in_scope(development_scores, DEVELOPMENT)
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
    # The issue's bar is 9 in 10 on every set; this guards the development sets' total, 152 of 163 at stop 42 (142 of
    # 153 before dev_s), 162 of 173 with dev_t, 181 of 193 with dev_u and dev_v (stop 51), 201 of 213 with dev_w and
    # dev_x (stop 52), 215 of 228 with dev_y (stop 53; 214 with stop 52's code), 228 of 243 with dev_z (stop 54, as when
    # first read; 230 at the end of stop 54), 290 of 313 with dev_aa, dev_ab and dev_ad (stop 55, as with stop 54's
    # code), 328 of 358 with dev_ae and dev_af (stop 56, as when first read), 355 of 388 with dev_ag and dev_ah, 418 of
    # 458 with dev_ai to dev_am (stop 57, as when first read), 446 of 488 with dev_an and dev_ao (stop 58, as when first
    # read), 473 of 518 with dev_ap and dev_aq, 499 of 548 with dev_ar and dev_as (stop 59, as when first read), 527 of
    # 578 with dev_at and dev_au, 557 of 608 with dev_av and dev_aw (stop 60, as when first read), 584 of 638 with
    # dev_ax and dev_ay (as with stop 59's code), 613 of 668 with dev_az and dev_ba (stop 61, as when first read), 699
    # of 758 with dev_bb to dev_bg (stop 62, as with stop 61's code), 728 of 788 with dev_bh and dev_bi (stop 63, as
    # when first read), 758 of 818 with dev_bl and dev_bm (stop 64, as when first read), 783 of 848 with dev_bn and
    # dev_bo (stop 65, as when first read), 840 of 908 with dev_bp to dev_bs (stop 66, as when first read), 869 of 938
    # with dev_bt and dev_bu (stop 67, as when first read), with room for a question on an E5 knife edge ("¿Quién es
    # Juan Guaidó?" finds its answer third or fourth by machine).
    within_three, total = counts(of_kind(development_scores, "es"), "top3")
    assert total == 938 and within_three >= 862


def test_close_wording_finds_its_answer_in_the_first_quote(development_scores):
    # 187 of 195 at stop 41 (175 of 187 at stops 39 and 40, before dev_r and the live-blog passages); the bar,
    # 95 in 100, is judged over every set (test_quality_heldout.py); 199 of 205 with dev_u and dev_v (stop 51); 209
    # of 215 with dev_w and dev_x (stop 52).
    first, total = counts(of_kind(development_scores, "seed"), "first")
    assert total == 215 and first >= 204


def test_paraphrases_find_their_answer_within_three_quotes(development_scores):
    # The issue's bar is 9 in 10 on every set, still missed; this guards the development sets' total: 224 of 260 at
    # stop 43, 226 at stop 44 (a TV host asked for by what they do, a hyphenated surname the question types); 261 of
    # 295 with dev_u and dev_v when first read (stop 50's code), 262 at the end of stop 51; 292 of 325 with dev_w and
    # dev_x at the end of stop 52 (290 when they were first read); 331 of 370 with dev_y (stop 53, as when first
    # read); 363 of 405 with dev_z (stop 54, as when first read), 366 at the end of stop 54; 608 of 685 with dev_aa
    # to dev_ad (stop 55; 609 with stop 54's code); 704 of 790 with dev_ae and dev_af (stop 56; 700 when first read),
    # 769 of 860 with dev_ag and dev_ah (as when first read), 924 of 1,040 with dev_ai to dev_am (stop 57, as when
    # first read), 988 of 1,110 with dev_an and dev_ao (as when first read), 997 after stop 58's first checks, 1,064
    # of 1,180 with dev_ap and dev_aq, 1,129 of 1,250 with dev_ar and dev_as (stop 59, when first read), 1,195 of
    # 1,320 with dev_at and dev_au (as when first read), 1,262 of 1,390 with dev_av and dev_aw (stop 60, when first
    # read), 1,324 of 1,460 with dev_ax and dev_ay (as with stop 59's code), 1,388 of 1,530 with dev_az and dev_ba
    # (stop 61, as when first read), 1,581 of 1,740 with dev_bb to dev_bg (stop 62, as with stop 61's code), 1,647 of
    # 1,810 with dev_bh and dev_bi (stop 63, as when first read), 1,707 of 1,880 with dev_bl and dev_bm (stop 64, as
    # when first read), 1,776 of 1,950 with dev_bn and dev_bo (stop 65, as when first read), 1,942 of 2,150 with dev_bp
    # to dev_bs (stop 66, as when first read), 2,004 of 2,220 with dev_bt and dev_bu (stop 67, as when first read).
    within_three, total = counts(of_kind(development_scores, "paraphrase"), "top3")
    assert total == 2220 and within_three >= 1997
