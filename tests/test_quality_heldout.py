"""The issue's bars over every set in eval/, held-out sets included: `make quality` (ten to thirteen minutes).

`make test` leaves this module out (the `heldout` mark) to keep the suite within five minutes; run it before
changing how questions are answered. Each held-out set was scored first when it came, before anything was chosen
on it (README, Quality); its guard sits a little under its count at the last stop. The development sets that `make
test` leaves out (written after stop 60, the rewordings among them) are checked against their guards here, and the
totals over every development set.
"""

from __future__ import annotations

import pytest
from quality_scores import (
    DEVELOPMENT,
    DEVELOPMENT_GUARDS,
    HELD_OUT,
    HELD_OUT_GUARDS,
    LATER,
    counts,
    in_scope,
    of_kind,
    score_sets,
)

pytestmark = pytest.mark.heldout


@pytest.fixture(scope="module")
def results(real_engine) -> dict:
    """Every set in eval/ scored once with the real models and the reader."""
    return score_sets(real_engine, DEVELOPMENT + HELD_OUT)


@pytest.mark.parametrize("name", HELD_OUT_GUARDS)
def test_questions_about_venezuela_that_the_articles_do_not_answer_are_declined(results, name):
    assert results[name]["oos"].declined >= HELD_OUT_GUARDS[name]


@pytest.mark.parametrize("name", [name for name in DEVELOPMENT_GUARDS if name in LATER])
def test_the_later_development_sets_decline_what_the_articles_do_not_answer(results, name):
    assert results[name]["oos"].declined >= DEVELOPMENT_GUARDS[name]


def test_every_development_sets_paraphrases_and_spanish_find_their_answer_within_three_quotes(results):
    # The issue's bar is 9 in 10 on every set; these guard the development sets' totals: paraphrases 2,636 of 2,920 at
    # the end of stop 74, then two sets a stop (stop 74's code: 2,699 of 2,990; stop 75's: 2,761 of 3,060; stop 76's:
    # 2,836 of 3,130; stop 77's: 2,894 of 3,200; stop 78's: 2,947 of 3,270; stop 79's: 2,999 of 3,340; stop 80's: 3,058
    # of 3,410; stop 81's: 3,115 of 3,480; stop 82's: 3,180 of 3,550); Spanish 1,150 of 1,238, then 1,178 of 1,268,
    # 1,206 of 1,298, 1,238 of 1,328, 1,265 of 1,358, 1,291 of 1,388, 1,318 of 1,418, 1,345 of 1,448, 1,374 of 1,478
    # and 1,399 of 1,508. How the counts grew: docs/quality-history.md, "How the guards' totals grew".
    development = {name: results[name] for name in DEVELOPMENT}
    within_three, total = counts(of_kind(development, "paraphrase"), "top3")
    assert total == 3550 and within_three >= 3146
    within_three, total = counts(of_kind(development, "es"), "top3")
    assert total == 1508 and within_three >= 1387


def test_at_most_three_in_scope_questions_in_a_hundred_are_declined_over_every_set(results):
    # Missed from the sets of stop 82 (274 of 8,915; 284 of 9,105 with those of stop 83, stop 82's code) until the
    # reader's second look at a doubted passage in the passage's words (stop 83: 242 of 9,105; docs/quality-history.md).
    every = in_scope(results, list(results))
    assert sum(s.declined for s in every) <= 0.03 * sum(s.total for s in every)
    # heldout_d, heldout_e and heldout_f missed the bar on their own when they came: guarded at their level. heldout_f
    # declines 3 on the machine of stop 42 with stop 41's code as with its own (2 on stop 41's): a paraphrase on a
    # knife edge between machines, counted, not read.
    for name, most in (("heldout_d", 6), ("heldout_e", 2), ("heldout_f", 3)):
        assert sum(s.declined for s in in_scope(results, [name])) <= most, name


def test_spanish_questions_find_their_answer_within_three_quotes(results):
    # 1,814 of 1,962 at the end of stop 74; 1,860 of 2,012 with heldout_bt, heldout_bu, dev_cp and dev_cq (stop 74's
    # code); 1,909 of 2,062 with heldout_bv, heldout_bw, dev_cr and dev_cs (stop 75's code); 1,958 of 2,112 with
    # heldout_bx, heldout_by, dev_ct and dev_cu (stop 76's code); 2,004 of 2,162 with heldout_bz, heldout_ca, dev_cv
    # and dev_cw (stop 77's code); 2,049 of 2,212 with heldout_cb, heldout_cc, dev_cx and dev_cy (stop 78's code);
    # 2,093 of 2,262 with heldout_cd, heldout_ce, dev_cz and dev_da (stop 79's code); 2,140 of 2,312 with
    # heldout_cf, heldout_cg, dev_db and dev_dc (stop 80's code); 2,189 of 2,362 with heldout_ch, heldout_ci, dev_dd
    # and dev_de (stop 81's code); 2,233 of 2,412 with heldout_cj, heldout_ck, dev_df and dev_dg (stop 82's code); the
    # issue's bar is 9 in 10 on every set, still missed on some. How the count grew: docs/quality-history.md, "How
    # the guards' totals grew".
    within_three, total = counts(of_kind(results, "es"), "top3")
    assert total == 2412 and within_three >= 2216


def test_close_wording_finds_its_answer_in_the_first_quote(results):
    # The bar is 95 in 100: 1,009 of 1,035 at the end of stop 74, 1,028 of 1,055 with heldout_bt and
    # heldout_bu (stop 74's code, as first scored), 1,048 of 1,075 with heldout_bv and heldout_bw (stop 75's code),
    # 1,068 of 1,095 with heldout_bx and heldout_by (stop 76's code), 1,088 of 1,115 with heldout_bz and heldout_ca
    # (stop 77's code), 1,108 of 1,135 with heldout_cb and heldout_cc (stop 78's code), 1,128 of 1,155 with
    # heldout_cd and heldout_ce (stop 79's code), 1,147 of 1,175 with heldout_cf and heldout_cg (stop 80's code),
    # 1,167 of 1,195 with heldout_ch and heldout_ci (stop 81's code), 1,187 of 1,215 with heldout_cj and heldout_ck
    # (stop 82's code), guarded two under that count for questions on a knife edge, and never under the bar. How the
    # count grew: docs/quality-history.md, "How the guards' totals grew".
    first, total = counts(of_kind(results, "seed"), "first")
    assert total == 1215 and first >= 1185 and first >= 0.95 * total
