"""BM25 and term coverage, alone: rare words decide, and terms of removed passages do no harm."""

from __future__ import annotations

import numpy as np

from index.lexical import LexicalIndex, top_rows

TEXTS = [
    "Maduro spoke on national television on Tuesday night.",
    "Guaido rallied supporters near the La Carlota air base.",
    "SEBIN chief Manuel Cristopher Figuera broke with Maduro.",
    "Protesters gathered in Caracas on Wednesday.",
]


def _index(texts=TEXTS) -> LexicalIndex:
    return LexicalIndex.empty().with_rows(np.zeros(0, dtype=bool), texts)


def test_the_passage_with_the_rare_word_ranks_first():
    lexical = _index()
    best = top_rows(lexical.bm25(lexical.query_terms("who leads SEBIN")), 3)
    assert best.tolist() == [2]


def test_coverage_is_the_share_of_the_question_weight_a_passage_holds():
    lexical = _index()
    covered = lexical.coverage("SEBIN Maduro", np.arange(4))
    assert covered[2] > 0.99  # both words
    assert 0 < covered[0] < covered[2] and covered[1] == covered[3] == 0  # only the common word, or none


def test_words_only_removed_passages_had_are_harmless():
    lexical = _index().with_rows(np.array([True, True, False, True]), [])
    assert lexical.coverage("SEBIN", np.arange(3)).tolist() == [0, 0, 0]
    assert not len(top_rows(lexical.bm25(lexical.query_terms("SEBIN")), 3))


def test_an_american_spelling_finds_the_british_one_and_back():
    lexical = _index(
        [
            "Defence Minister Vladimir Padrino Lopez condemned the move.",
            "Armoured vehicles drove into the crowd.",
            "Four hours later the colour guard left.",
        ]
    )
    assert top_rows(lexical.bm25(lexical.query_terms("minister of defense")), 3).tolist() == [0]
    assert top_rows(lexical.bm25(lexical.query_terms("armored vehicles")), 3).tolist() == [1]
    assert top_rows(lexical.bm25(lexical.query_terms("color")), 3).tolist() == [2]


def test_words_that_only_look_british_keep_their_spelling():
    from index.spelling import american

    unchanged = ("four", "hour", "your", "rise", "promise", "terrorist")
    assert [american(word) for word in unchanged] == list(unchanged)
    british = ("organised", "mobilisation", "honours", "centre")
    assert [american(word) for word in british] == ["organized", "mobilization", "honors", "center"]
