"""The issue's bars over every set in eval/, held-out sets included: `make quality` (about three minutes).

`make test` leaves this module out (the `heldout` mark) to keep the suite within five minutes; run it before
changing how questions are answered. Each held-out set was scored first when it came, before anything was chosen
on it (README, Quality); its guard sits a little under its count at the last stop.
"""

from __future__ import annotations

import pytest
from quality_scores import DEVELOPMENT, HELD_OUT, HELD_OUT_GUARDS, counts, in_scope, of_kind, score_sets

pytestmark = pytest.mark.heldout


@pytest.fixture(scope="module")
def results(real_engine) -> dict:
    """Every set in eval/ scored once with the real models and the reader."""
    return score_sets(real_engine, DEVELOPMENT + HELD_OUT)


@pytest.mark.parametrize("name", HELD_OUT_GUARDS)
def test_questions_about_venezuela_that_the_articles_do_not_answer_are_declined(results, name):
    assert results[name]["oos"].declined >= HELD_OUT_GUARDS[name]


def test_at_most_three_in_scope_questions_in_a_hundred_are_declined_over_every_set(results):
    every = in_scope(results, list(results))
    assert sum(s.declined for s in every) <= 0.03 * sum(s.total for s in every)
    # heldout_d, heldout_e and heldout_f missed the bar on their own when they came: guarded at their level. heldout_f
    # declines 3 on the machine of stop 42 with stop 41's code as with its own (2 on stop 41's): a paraphrase on a
    # knife edge between machines, counted, not read.
    for name, most in (("heldout_d", 6), ("heldout_e", 2), ("heldout_f", 3)):
        assert sum(s.declined for s in in_scope(results, [name])) <= most, name


def test_spanish_questions_find_their_answer_within_three_quotes(results):
    # 381 of 417 at stop 42 (360 of 397 at stop 41, before heldout_y and dev_s); 401 of 437 with heldout_z and dev_t,
    # first scored with stop 42's code; 430 of 467 with heldout_aa, dev_u and dev_v (stop 51, before and after its
    # changes); 458 of 497 with heldout_ab, dev_w and dev_x (stop 52; 459 with stop 51's code); 499 of 542 with
    # heldout_ac, heldout_ad and dev_y (stop 53; 497 with stop 52's code); 521 of 567 with heldout_ae and dev_z (stop
    # 54, as first scored), 526 at the end of stop 54; 594 of 647 with heldout_af, dev_aa, dev_ab and dev_ad (stop
    # 55; 596 with stop 54's code); 678 of 742 with heldout_ag, heldout_ah and dev_ae to dev_ah (stop 56, as with stop
    # 55's code); 758 of 832 with heldout_ai, heldout_aj and dev_ai to dev_am (stop 57; 759 with stop 56's code); 844
    # of 922 with heldout_ak to heldout_am and dev_an to dev_aq (stop 58; 841 with stop 57's code); 918 of 1,002 with
    # heldout_an, heldout_ao and dev_ar to dev_au (stop 59; 914 with stop 58's code); 991 of 1,082 with heldout_ap,
    # heldout_aq and dev_av to dev_ay (stop 60, as with stop 59's code); 1,040 of 1,132 with heldout_ar, heldout_as,
    # dev_az and dev_ba (stop 61, as first scored); 1,144 of 1,242 with heldout_at, heldout_au and dev_bb to dev_bg
    # (stop 62, as with stop 61's code); 1,192 of 1,292 with heldout_av, heldout_aw, dev_bh and dev_bi (stop 63, as
    # first scored); 1,240 of 1,342 with heldout_ax, heldout_ay, dev_bl and dev_bm (stop 64, as first scored); 1,284
    # of 1,392 with heldout_az, heldout_ba, dev_bn and dev_bo (stop 65, as first scored); 1,358 of 1,472 with
    # heldout_bb, heldout_bc and dev_bp to dev_bs (stop 66, as first scored); 1,406 of 1,522 with heldout_bd,
    # heldout_be, dev_bt and dev_bu (stop 67, as first scored). The bar is 9 in 10 on every set,
    # still missed on some.
    within_three, total = counts(of_kind(results, "es"), "top3")
    assert total == 1522 and within_three >= 1398


def test_close_wording_finds_its_answer_in_the_first_quote(results):
    # The bar is 95 in 100: 472 of 497 at stop 40, a hair under it; 505 of 525 at stop 41 (96.2 in 100, with
    # heldout_x, dev_r and the live-blog passages, README, Quality); 524 of 545 at stop 42 (with heldout_y); 544 of 565
    # with heldout_z, first scored with stop 42's code; 576 of 595 with heldout_aa, dev_u and dev_v (stop 51); 596 of
    # 615 with heldout_ab, dev_w and dev_x (stop 52); 606 of 625 with heldout_ac (stop 53); 615 of 635 with heldout_ae
    # (stop 54); 625 of 645 with heldout_af (stop 55); 645 of 665 with heldout_ag and heldout_ah (stop 56); 665 of 685
    # with heldout_ai and heldout_aj (stop 57, as with stop 56's code); 695 of 715 with heldout_ak to heldout_am (stop
    # 58, as with stop 57's code); 715 of 735 with heldout_an and heldout_ao (stop 59, as with stop 58's code); 735 of
    # 755 with heldout_ap and heldout_aq (stop 60, as first scored); 755 of 775 with heldout_ar and heldout_as (stop 61,
    # as first scored); 774 of 795 with heldout_at and heldout_au (stop 62, as first scored); 794 of 815 with
    # heldout_av and heldout_aw (stop 63, as first scored); 813 of 835 with heldout_ax and heldout_ay (stop 64, as first
    # scored); 833 of 855 with heldout_az and heldout_ba (stop 65, as first scored); 852 of 875 with heldout_bb and
    # heldout_bc (stop 66, as first scored); 871 of 895 with heldout_bd and heldout_be (stop 67, as first scored).
    # Guarded two under that count, for questions on a knife edge, and never under the bar.
    first, total = counts(of_kind(results, "seed"), "first")
    assert total == 895 and first >= 869 and first >= 0.95 * total
