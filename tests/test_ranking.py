"""Ranking as a reader sees it, with no models: same-point reports grouped newest first, fused scores."""

from __future__ import annotations

import datetime as dt

import numpy as np

from index.ranking import (
    Evidence,
    asks_about_now,
    fuse,
    group_by_point,
    newest_on_the_point,
    overlap,
    with_answer_shown,
    with_context,
)

TOLL = {"officials", "died", "clashes", "caracas", "tuesday", "people"}
OIL = {"oil", "output", "fell", "april", "ministry"}
MAY_2, APRIL_30, MAY_3 = dt.date(2019, 5, 2), dt.date(2019, 4, 30), dt.date(2019, 5, 3)


def test_two_close_reports_of_the_same_point_come_out_newest_first():
    # The older report scores a little higher; the newer one is still shown first, right before it.
    order = group_by_point([TOLL, TOLL | {"four"}], [APRIL_30, MAY_2], [2.0, 1.9], margin=0.35)
    assert order == [1, 0]


def test_a_report_of_another_point_in_between_does_not_split_the_group():
    order = group_by_point([TOLL, OIL, TOLL | {"four"}], [APRIL_30, MAY_3, MAY_2], [2.0, 1.95, 1.9], margin=0.35)
    assert order == [2, 0, 1]


def test_a_report_scoring_far_lower_is_not_grouped_with_the_best():
    order = group_by_point([TOLL, TOLL | {"four"}], [APRIL_30, MAY_2], [2.0, 1.0], margin=0.35)
    assert order == [0, 1]


def test_a_report_just_within_the_margin_is_grouped():
    order = group_by_point([TOLL, TOLL], [APRIL_30, MAY_2], [2.0, 1.75], margin=0.25)
    assert order == [1, 0]


def test_reports_sharing_few_words_are_not_grouped():
    # Half of the smaller set shared is the least that counts as the same point; less stays apart.
    half = {"officials", "died", "oil", "output"}
    assert group_by_point([TOLL, half], [APRIL_30, MAY_2], [2.0, 1.9], margin=0.35) == [1, 0]
    fewer = {"officials", "oil", "output", "ministry"}
    assert group_by_point([TOLL, fewer], [APRIL_30, MAY_2], [2.0, 1.9], margin=0.35) == [0, 1]


def test_an_undated_report_comes_after_a_dated_one_and_equal_dates_keep_the_better_first():
    assert group_by_point([TOLL, TOLL], [None, APRIL_30], [2.0, 1.9], margin=0.35) == [1, 0]
    assert group_by_point([TOLL, TOLL], [MAY_2, MAY_2], [1.9, 2.0], margin=0.35) == [1, 0]
    assert group_by_point([TOLL, TOLL], [MAY_2, MAY_2], [2.0, 1.9], margin=0.35) == [0, 1]


def test_groups_keep_the_order_of_their_best_result():
    terms = [OIL, TOLL, OIL | {"again"}, TOLL | {"four"}]
    dates = [MAY_3, APRIL_30, APRIL_30, MAY_2]
    assert group_by_point(terms, dates, [3.0, 2.9, 2.8, 2.7], margin=0.35) == [0, 2, 3, 1]


def test_overlap_is_the_share_of_the_smaller_set():
    assert overlap({"a", "b"}, {"a", "b", "c", "d"}) == 1.0
    assert overlap({"a", "b", "c", "d"}, {"a", "x"}) == 0.5
    assert overlap(set(), {"a"}) == 0.0 and overlap({"a"}, set()) == 0.0


def _evidence(e5, minilm, coverage) -> Evidence:
    arrays = {"e5": np.array(e5, np.float32), "minilm": np.array(minilm, np.float32)}
    return Evidence(arrays, np.array(coverage, np.float32), {})


def test_the_passage_closest_to_the_question_ranks_first():
    scores = fuse(_evidence([0.9, 0.5, 0.4], [0.8, 0.4, 0.3], [0.0, 0.0, 0.0]), "en")
    assert int(np.argmax(scores)) == 0


def test_a_passage_with_every_rare_word_of_an_english_question_moves_up():
    # Same dense scores except a small lead for passage 0; passage 1 has all the question's words.
    evidence = _evidence([0.80, 0.79, 0.2], [0.5, 0.5, 0.2], [0.1, 1.0, 0.0])
    assert int(np.argmax(fuse(evidence, "en"))) == 1


def test_word_coverage_below_the_gate_does_not_reorder():
    evidence = _evidence([0.80, 0.79, 0.2], [0.5, 0.5, 0.2], [0.1, 0.5, 0.0])
    assert int(np.argmax(fuse(evidence, "en"))) == 0


def test_all_equal_scores_fuse_to_a_tie_not_an_error():
    scores = fuse(_evidence([0.5, 0.5], [0.5, 0.5], [0.0, 0.0]), "en")
    assert np.all(np.isfinite(scores)) and scores[0] == scores[1]


def test_minilm_is_a_second_opinion_in_english_and_ignored_in_spanish():
    # E5 prefers passage 0 clearly, MiniLM prefers passage 1: E5 leads in English and alone decides in Spanish.
    evidence = _evidence([0.9, 0.6, 0.3], [0.3, 0.9, 0.3], [0.0, 0.0, 0.0])
    assert int(np.argmax(fuse(evidence, "en"))) == 0
    minilm_strong = _evidence([0.62, 0.6, 0.3], [0.1, 0.9, 0.3], [0.0, 0.0, 0.0])
    assert int(np.argmax(fuse(minilm_strong, "en"))) == 1
    assert int(np.argmax(fuse(minilm_strong, "es"))) == 0


def test_word_coverage_of_a_spanish_questions_gloss_counts_at_a_lower_weight():
    # Passage 1 has every word; in Spanish (coverage of the word-by-word gloss) that decides a near tie...
    near_tie = _evidence([0.80, 0.79, 0.2], [0.5, 0.5, 0.2], [0.1, 1.0, 0.0])
    assert int(np.argmax(fuse(near_tie, "es"))) == 1
    # ...but not a clear lead of the dense view, which it does decide in English.
    clear_lead = _evidence([0.9, 0.6, 0.2], [0.5, 0.5, 0.2], [0.1, 1.0, 0.0])
    assert int(np.argmax(fuse(clear_lead, "en"))) == 1
    assert int(np.argmax(fuse(clear_lead, "es"))) == 0


def test_only_models_without_a_weight_count_equally():
    evidence = Evidence({"other": np.array([0.2, 0.9], np.float32)}, np.zeros(2, np.float32), {})
    assert int(np.argmax(fuse(evidence, "en"))) == 1 and int(np.argmax(fuse(evidence, "es"))) == 1


def test_a_question_ending_in_now_asks_how_things_stand():
    assert asks_about_now("Is Maduro in power now?") and asks_about_now("¿Sigue Maduro en el poder hoy?")
    assert not asks_about_now("Did Maduro speak on Tuesday?")


def test_an_answer_made_only_of_the_question_words_is_still_on_the_point():
    # Both passages hold the very words the best one shares with the question: the newer comes first.
    terms = [{"sebin", "lead"}, {"sebin", "lead"}]
    assert newest_on_the_point(terms, [APRIL_30, MAY_2], {"who", "sebin", "lead"}) == [1, 0]


def test_a_result_that_cannot_answer_keeps_its_place_whatever_its_date():
    # The newer report at 1 lacks what the question asks for: it neither joins the best one's group nor moves.
    able = [True, False, True]
    assert group_by_point([TOLL, TOLL, TOLL], [APRIL_30, MAY_3, MAY_2], [2.0, 1.95, 1.9], 0.35, able) == [2, 1, 0]
    terms = [{"sebin", "lead"}] * 3
    assert newest_on_the_point(terms, [APRIL_30, MAY_3, MAY_2], {"sebin", "lead"}, able) == [2, 1, 0]
    assert newest_on_the_point(terms, [APRIL_30, MAY_3, MAY_2], {"sebin", "lead"}) == [1, 2, 0]


def test_when_the_best_result_shares_no_question_word_dates_do_not_reorder():
    # A paraphrase's best passage shares no word with the question: every passage would be "on its point".
    terms = [{"figuera", "sebin"}, {"caracas"}, {"protest"}]
    assert newest_on_the_point(terms, [APRIL_30, MAY_3, MAY_2], {"spy", "boss"}) == [0, 1, 2]


def test_the_readers_answer_is_always_among_the_quotes_shown():
    assert with_answer_shown([3, 1, 2, 0], 3, 0) == [3, 1, 0]
    assert with_answer_shown([3, 1, 2, 0], 3, 1) == [3, 1, 2]
    assert with_answer_shown([1, 0], 3, None) == [1, 0]


def test_a_passage_after_a_close_one_rises_towards_it_and_never_falls():
    own = np.array([0.2, 0.8, 0.6, 0.3], dtype=np.float32)
    before = np.array([0.0, 0.2, 0.2, 0.9], dtype=np.float32)
    has_before = np.array([False, True, True, True])
    # "He said corruption…" (0.3) after the sentence naming the spy chief (0.9) counts as 0.51; the others keep theirs.
    assert np.allclose(with_context(own, before, has_before), [0.2, 0.8, 0.6, 0.51])


def test_an_articles_first_passage_inherits_nothing():
    own = np.array([0.1], dtype=np.float32)
    assert with_context(own, np.array([0.9], dtype=np.float32), np.array([False]))[0] == np.float32(0.1)
