"""Scoring the sets in eval/ with the real engine: shared by the development and the held-out quality tests."""

from __future__ import annotations

from collections.abc import Iterable

from conftest import REPO

from index.evaluate import KindScore, load_questions, score

EVAL = REPO / "eval"
# `make test` scores the development sets written by stop 60 (dev_b … dev_az, with dev_qa, dev_near, dev_days and
# the extras: 4,937 questions), a fixed share, so that the suite's time does not grow by two sets a stop (every set,
# at 9,600 questions, took it to 367 s at stop 77). `make quality` scores the later ones with the held-out sets: every
# set written since, and the two sets of rewordings (dev_bj, dev_bk: 324 near-domain look-alikes asked again in
# another shape).
_WRITTEN_FIRST = ("dev_qa", "dev_near", "dev_days", "extra_a", "extra_b")
_LAST_IN_THE_SUITE = "dev_az"


def _in_the_suite(name: str) -> bool:
    """Whether `make test` scores the development set `name`: the named first ones and dev_b … dev_az."""
    suffix = name.removeprefix("dev_")
    return name in _WRITTEN_FIRST or (len(suffix), suffix) <= (2, _LAST_IN_THE_SUITE.removeprefix("dev_"))


DEVELOPMENT = tuple(sorted(path.stem for path in EVAL.glob("dev_*.jsonl"))) + ("extra_a", "extra_b")
IN_THE_SUITE = tuple(name for name in DEVELOPMENT if _in_the_suite(name))
LATER = tuple(name for name in DEVELOPMENT if not _in_the_suite(name))
HELD_OUT = tuple(sorted(path.stem for path in EVAL.glob("heldout_*.jsonl")))

# Near-domain questions declined, of 60 each (dev_near: of 10; dev_s and dev_t: of 40; dev_v: of 55), a little under
# each set's count at stop 39, 40, 41, 42, 43, 51, 52 or 53.
DEVELOPMENT_GUARDS = {
    "dev_near": 9,
    "dev_b": 42,
    "dev_c": 46,
    "dev_d": 45,
    "dev_e": 41,
    "dev_f": 47,
    "dev_g": 44,
    "dev_h": 46,
    "dev_i": 46,
    "dev_j": 50,
    "dev_k": 46,
    "dev_l": 41,
    "dev_m": 44,
    "dev_n": 47,
    "dev_o": 49,
    "dev_p": 49,
    "dev_q": 46,  # 49 when first scored, with stop 39's code
    "dev_r": 41,  # 41 when first read, with stop 41's code before its last checks (and with stop 40's)
    "dev_s": 32,  # 31 of 40 when first read, with stop 41's code
    "dev_t": 26,  # 27 of 40 when first read, with stop 42's code
    "dev_u": 46,  # 42 when first read, with stop 50's code; 48 at the end of stop 51
    "dev_v": 48,  # 48 of 55 when first read, with stop 50's code; 50 at the end of stop 51
    "dev_w": 46,  # 44 when first read, with stop 51's code; 50 at the end of stop 52
    "dev_x": 47,  # 45 when first read, with stop 51's code; 51 at the end of stop 52
    "dev_y": 35,  # 35 of 40 when first read, with stop 52's code; 37 at the end of stop 53
    "dev_z": 43,  # 41 of 50 when first read, with stop 53's code; 46 at the end of stop 54
    "dev_aa": 43,  # 42 of 50 when first read, with stop 54's code; 45 at the end of stop 55
    "dev_ae": 41,  # 35 of 50 when first read, with stop 55's code; 43 after stop 56's first checks
    "dev_ag": 34,  # 33 of 50 when first read, after stop 56's first checks; 36 after its second
    "dev_ah": 38,  # 38 of 50 when first read, after stop 56's first checks; 40 after its second
    "dev_ai": 40,  # 33 of 50 when first read, with stop 56's code; 42 at the end of stop 57
    "dev_aj": 37,  # 34 of 50 when first read, with stop 56's code; 39 at the end of stop 57
    "dev_ak": 35,  # 32 of 50 when first read, after stop 57's first checks (and with stop 56's code); 37 at its end
    "dev_al": 41,  # 43 of 50 when first read, after stop 57's first checks (and with stop 56's code)
    "dev_am": 35,  # 33 of 50 when first read, midway through stop 57 (and with stop 56's code); 37 at its end
    "dev_an": 40,  # 39 of 50 when first read, with stop 57's code; 42 after stop 58's first checks
    "dev_ao": 42,  # 42 of 50 when first read, with stop 57's code; 44 after stop 58's first checks
    "dev_ap": 38,  # 38 of 50 when first read, after stop 58's first checks (37 with stop 57's); 44 after its third
    "dev_aq": 39,  # 41 of 50 when first read, after stop 58's first checks (and after its second)
    "dev_ar": 44,  # 46 of 50 when first read, with stop 58's code; 48 after stop 59's first checks and at its end
    "dev_as": 44,  # 46 of 50 when first read, with stop 58's code; 47 after stop 59's first checks, 47 at its end
    "dev_at": 37,  # 39 of 50 when first read, after stop 59's first checks (38 with stop 58's code); 40 at its end
    "dev_au": 45,  # 47 of 50 when first read, after stop 59's first checks (and with stop 58's code); 48 at its end
    "dev_av": 43,  # 45 of 50 when first read, with stop 59's code; 48 at the end of stop 60
    "dev_aw": 43,  # 45 of 50 when first read, with stop 59's code; 48 at the end of stop 60
    "dev_ax": 44,  # 46 of 50 when first read, after stop 60's first checks (45 with stop 59's code); 48 at its end
    "dev_ay": 45,  # 47 of 50 when first read, after stop 60's first checks (and with stop 59's code); 48 at its end
    "dev_az": 41,  # 43 of 50 when first read, with stop 60's code; 48 at the end of stop 61
    "dev_ba": 40,  # 42 of 50 when first read, with stop 60's code; 45 at the end of stop 61
    "dev_bb": 45,  # 47 of 50 when first read, with stop 61's code; 49 at the end of stop 62
    "dev_bc": 43,  # 45 of 50 when first read, with stop 61's code; 50 at the end of stop 62
    "dev_bd": 44,  # 46 of 50 with stop 61's code (and when first read, after stop 62's first checks); 49 at its end
    "dev_be": 42,  # 44 of 50 with stop 61's code (and when first read, after stop 62's first checks); 49 at its end
    "dev_bf": 47,  # 49 of 50 with stop 61's code (and when first read, midway through stop 62); 50 at its end
    "dev_bg": 46,  # 48 of 50 with stop 61's code (and when first read, midway through stop 62); 49 at its end
    "dev_bh": 46,  # 48 of 50 when first read, with stop 62's code; 49 at the end of stop 63
    "dev_bi": 43,  # 45 of 50 when first read, with stop 62's code; 48 at the end of stop 63
    "dev_bl": 45,  # 47 of 50 when first read, with stop 63's code; 50 at the end of stop 64
    "dev_bm": 45,  # 47 of 50 when first read, with stop 63's code; 49 at the end of stop 64
    "dev_bn": 42,  # 44 of 50 when first read, with stop 64's code
    "dev_bo": 44,  # 46 of 50 when first read, with stop 64's code
    "dev_bp": 45,  # 47 of 50 when first read, with stop 65's code
    "dev_bq": 43,  # 45 of 50 when first read, with stop 65's code
    "dev_bt": 45,  # 47 of 50 when first read, with stop 66's code
    "dev_bu": 43,  # 45 of 50 when first read, with stop 66's code
    "dev_bv": 40,  # 42 of 50 when first read, with stop 67's code
    "dev_bw": 44,  # 46 of 50 when first read, with stop 67's code
    "dev_bx": 46,  # 48 of 50 with stop 67's code, when first read midway through stop 68
    "dev_by": 39,  # 41 of 50 with stop 67's code, when first read midway through stop 68
    "dev_bz": 44,  # 46 of 50 when first read, with stop 68's code
    "dev_ca": 47,  # 49 of 50 when first read, with stop 68's code
    "dev_cb": 46,  # 48 of 50 when first read, with stop 69's code
    "dev_cc": 46,  # 48 of 50 when first read, with stop 69's code
    "dev_cd": 46,  # 48 of 50 with stop 69's code, when first read early in stop 70
    "dev_ce": 44,  # 46 of 50 with stop 69's code, when first read early in stop 70
    "dev_cf": 43,  # 45 of 50 when first read, with stop 70's code
    "dev_cg": 39,  # 41 of 50 when first read, with stop 70's code
    "dev_ch": 44,  # 46 of 50 with stop 70's code, when first read midway through stop 71
    "dev_ci": 45,  # 47 of 50 with stop 70's code, when first read midway through stop 71
    "dev_cj": 45,  # 47 of 50 when first read, with stop 71's code
    "dev_ck": 44,  # 46 of 50 when first read, with stop 71's code
    "dev_cl": 45,  # 47 of 50 when first read, with stop 72's code
    "dev_cm": 46,  # 48 of 50 when first read, with stop 72's code
    "dev_cn": 43,  # 45 of 50 when first read, with stop 73's code
    "dev_co": 42,  # 44 of 50 when first read, with stop 73's code
    "dev_cp": 47,  # 49 of 50 when first read, with stop 74's code
    "dev_cq": 45,  # 47 of 50 when first read, with stop 74's code
    "dev_cr": 42,  # 44 of 50 when first read, with stop 75's code
    "dev_cs": 45,  # 47 of 50 when first read, with stop 75's code
    "dev_ct": 47,  # 49 of 50 when first read, with stop 76's code
    "dev_cu": 47,  # 49 of 50 when first read, with stop 76's code
    "dev_cv": 40,  # 42 of 50 when first read, with stop 77's code
    "dev_cw": 45,  # 47 of 50 when first read, with stop 77's code
    "dev_cx": 45,  # 47 of 50 when first read, with stop 78's code
    "dev_cy": 46,  # 48 of 50 when first read, with stop 78's code
    "dev_cz": 44,  # 46 of 50 when first read, with stop 79's code
    "dev_da": 46,  # 48 of 50 when first read, with stop 79's code
    "dev_db": 42,  # 44 of 50 when first read, with stop 80's code
    "dev_dc": 45,  # 47 of 50 when first read, with stop 80's code
    "dev_dd": 46,  # 48 of 50 when first read, with stop 81's code
    "dev_de": 45,  # 47 of 50 when first read, with stop 81's code
    "dev_df": 47,  # 49 of 50 when first read, with stop 82's code
    "dev_dg": 45,  # 47 of 50 when first read, with stop 82's code
    # Of 20: sets written mostly of paraphrases (65 each, eval/README.md).
    "dev_br": 17,  # 19 of 20 when first read, with stop 65's code
    "dev_bs": 17,  # 19 of 20 when first read, with stop 65's code
    # Of 162: rewordings of the look-alikes most writers ask (eval/README.md).
    "dev_bj": 97,  # 99 of 162 when first read, with stop 62's code; 122 at the end of stop 63
    "dev_bk": 104,  # 106 of 162 with stop 62's code, 112 when first scored midway through stop 63; 131 at its end
}

# The same for the held-out sets (heldout_near: of 55), each first scored before anything was chosen on it.
HELD_OUT_GUARDS = {
    "heldout_near": 40,
    "heldout_c": 48,
    "heldout_d": 47,
    "heldout_e": 46,
    "heldout_f": 45,
    "heldout_g": 45,
    "heldout_h": 46,
    "heldout_i": 45,
    "heldout_j": 48,
    "heldout_k": 37,
    "heldout_l": 42,
    "heldout_m": 41,
    "heldout_n": 42,
    "heldout_o": 39,
    "heldout_p": 41,
    "heldout_q": 42,
    "heldout_r": 45,
    "heldout_s": 43,
    "heldout_t": 46,
    "heldout_u": 45,
    "heldout_v": 43,
    "heldout_w": 49,  # 52 when first scored, with stop 39's code
    "heldout_x": 48,  # 51 when first scored, with stop 40's code
    "heldout_y": 46,  # 48 when first scored, with stop 41's code
    "heldout_z": 47,  # 49 when first scored, with stop 42's code
    "heldout_aa": 50,  # 51 when first scored, with stop 50's code; 53 at the end of stop 51
    "heldout_ab": 47,  # 49 when first scored, with stop 51's code
    "heldout_ac": 42,  # 44 when first scored, with stop 52's code; 46 at the end of stop 53
    "heldout_ad": 35,  # 37 of 40 when first scored, with stop 52's code
    "heldout_ae": 41,  # 42 of 55 when first scored, with stop 53's code; 43 at the end of stop 54
    "heldout_af": 41,  # 41 of 55 when first scored, with stop 54's code; 43 at the end of stop 55
    "heldout_ag": 41,  # 41 of 55 when first scored, with stop 55's code (and at the end of stop 56)
    "heldout_ah": 46,  # 46 of 55 when first scored, with stop 55's code, at the end of stop 56; 48 with stop 56's
    "heldout_ai": 42,  # 44 of 55 when first scored, with stop 56's code; 45 with stop 57's
    "heldout_aj": 43,  # 45 of 55 when first scored, with stop 56's code, midway through stop 57; 46 with stop 57's
    "heldout_ak": 49,  # 52 of 55 when first scored, with stop 57's code
    "heldout_al": 45,  # 48 of 55 when first scored, with stop 57's code
    "heldout_am": 45,  # 48 of 55 when first scored, with stop 57's code, midway through stop 58
    "heldout_an": 43,  # 45 of 55 when first scored, with stop 58's code; 47 with stop 59's
    "heldout_ao": 45,  # 47 of 55 when first scored, with stop 58's code; 49 with stop 59's
    "heldout_ap": 46,  # 48 of 55 when first scored, with stop 59's code; 50 with stop 60's
    "heldout_aq": 49,  # 51 of 55 when first scored, with stop 59's code (and with stop 60's)
    "heldout_ar": 48,  # 50 of 55 when first scored, with stop 60's code; 51 with stop 61's
    "heldout_as": 49,  # 51 of 55 when first scored, with stop 60's code; 52 with stop 61's
    "heldout_at": 49,  # 51 of 55 when first scored, with stop 61's code (and with stop 62's)
    "heldout_au": 51,  # 53 of 55 when first scored, with stop 61's code; 54 with stop 62's
    "heldout_av": 48,  # 50 of 55 when first scored, with stop 62's code; 51 with stop 63's
    "heldout_aw": 48,  # 50 of 55 when first scored, with stop 62's code (and with stop 63's)
    "heldout_ax": 49,  # 51 of 55 when first scored, with stop 63's code; 51 with stop 64's
    "heldout_ay": 48,  # 50 of 55 when first scored, with stop 63's code; 50 with stop 64's
    "heldout_az": 49,  # 51 of 55 when first scored, with stop 64's code
    "heldout_ba": 51,  # 53 of 55 when first scored, with stop 64's code
    "heldout_bb": 45,  # 47 of 55 when first scored, with stop 65's code
    "heldout_bc": 49,  # 51 of 55 when first scored, with stop 65's code
    "heldout_bd": 47,  # 49 of 55 when first scored, with stop 66's code
    "heldout_be": 47,  # 49 of 55 when first scored, with stop 66's code
    "heldout_bf": 47,  # 49 of 55 when first scored, with stop 67's code
    "heldout_bg": 50,  # 52 of 55 when first scored, with stop 67's code
    "heldout_bh": 47,  # 49 of 55 when first scored, with stop 68's code
    "heldout_bi": 47,  # 49 of 55 when first scored, with stop 68's code
    "heldout_bj": 47,  # 49 of 55 when first scored, with stop 69's code
    "heldout_bk": 49,  # 51 of 55 when first scored, with stop 69's code
    "heldout_bl": 49,  # 51 of 55 when first scored, with stop 70's code
    "heldout_bm": 48,  # 50 of 55 when first scored, with stop 70's code
    "heldout_bn": 45,  # 47 of 55 when first scored, with stop 71's code
    "heldout_bo": 50,  # 52 of 55 when first scored, with stop 71's code
    "heldout_bp": 50,  # 52 of 55 when first scored, with stop 72's code
    "heldout_bq": 46,  # 48 of 55 when first scored, with stop 72's code
    "heldout_br": 49,  # 51 of 55 when first scored, with stop 73's code
    "heldout_bs": 48,  # 50 of 55 when first scored, with stop 73's code
    "heldout_bt": 50,  # 52 of 55 when first scored, with stop 74's code
    "heldout_bu": 48,  # 50 of 55 when first scored, with stop 74's code
    "heldout_bv": 50,  # 52 of 55 when first scored, with stop 75's code
    "heldout_bw": 48,  # 50 of 55 when first scored, with stop 75's code
    "heldout_bx": 50,  # 52 of 55 when first scored, with stop 76's code
    "heldout_by": 49,  # 51 of 55 when first scored, with stop 76's code
    "heldout_bz": 50,  # 52 of 55 when first scored, with stop 77's code
    "heldout_ca": 49,  # 51 of 55 when first scored, with stop 77's code
    "heldout_cb": 51,  # 53 of 55 when first scored, with stop 78's code
    "heldout_cc": 48,  # 50 of 55 when first scored, with stop 78's code
    "heldout_cd": 48,  # 50 of 55 when first scored, with stop 79's code
    "heldout_ce": 47,  # 49 of 55 when first scored, with stop 79's code
    "heldout_cf": 51,  # 53 of 55 when first scored, with stop 80's code
    "heldout_cg": 52,  # 54 of 55 when first scored, with stop 80's code
    "heldout_ch": 47,  # 49 of 55 when first scored, with stop 81's code
    "heldout_ci": 50,  # 52 of 55 when first scored, with stop 81's code
    "heldout_cj": 51,  # 53 of 55 when first scored, with stop 82's code
    "heldout_ck": 49,  # 51 of 55 when first scored, with stop 82's code
}


def score_sets(engine, names: Iterable[str]) -> dict[str, dict[str, KindScore]]:
    """Each named set of eval/ scored once, three quotes a question."""
    return {name: score(load_questions(EVAL / f"{name}.jsonl"), lambda q: engine.ask(q, 3)) for name in names}


def in_scope(results: dict, names: Iterable[str]) -> list[KindScore]:
    """The scores of every in-scope kind of question in the sets `names`."""
    return [tally for name in names for kind, tally in results[name].items() if kind != "oos"]


def of_kind(results: dict, kind: str) -> list[KindScore]:
    """The scores of one kind of question over every set that has it."""
    return [kinds[kind] for kinds in results.values() if kind in kinds]


def counts(scores: list[KindScore], field: str) -> tuple[int, int]:
    """How many questions of `scores` count for `field` ("first", "top3", "declined"), and how many there are."""
    return sum(getattr(score, field) for score in scores), sum(score.total for score in scores)
