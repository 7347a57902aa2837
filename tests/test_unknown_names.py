"""Names no passage mentions: a question about them is answered by no passage."""

from __future__ import annotations

import pytest

from index.text import lexical_terms
from index.unknown_names import unknown_names

ARTICLES = "Juan Guaido, Nicolas Maduro, Mario Diaz-Balart and a Republican congressman spoke in Caracas."
VOCABULARY = set(lexical_terms(ARTICLES))


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("Which country disputes the Essequibo region with Venezuela?", ["Essequibo"]),
        ("Was Guaido's deputy Edgar Zambrano arrested after the uprising?", ["Edgar Zambrano"]),
        # A name with one word the articles use is theirs ("Moros" of "Nicolás Maduro Moros").
        ("How old is Nicolás Maduro Moros?", []),
        ("What did Mario Diaz-Balart say?", []),
        # Not a country, nor a word in capitals ("GOP" for "Republican"), nor a Spanish question's words.
        ("What did Brazil say?", []),
        ("what did that GOP lawmaker say", []),
        ("¿Qué dijo la Guardia Nacional?", []),
        ("Which American official wished Guaido's backers God's blessing?", []),
    ],
)
def test_a_name_no_passage_mentions_is_unknown(question, unknown):
    assert unknown_names(question, VOCABULARY.__contains__) == unknown


def test_a_question_about_a_name_no_passage_mentions_has_every_passage_set_aside(tmp_path, fake_embedders):
    from index.fit import lacking_rows
    from index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    front = "---\ntitle: Venezuela story\nsource: Wire\npublished: 2019-05-01\n---\n"
    body = "Guaido's deputy was arrested after the uprising in Caracas.\n\nMaduro said the coup had failed."
    (corpus / "story.md").write_text(f"{front}{body}\n")
    library = Library(corpus, tmp_path / "index", fake_embedders)
    library.build(who="test")
    state = library.engine.state
    passages = [(row, state.passage_text(row)) for row in range(len(state.keys))]
    everything = {row for row, _ in passages}
    assert lacking_rows("Was Edgar Zambrano arrested after the uprising?", passages, state) == everything
    assert lacking_rows("Was Guaido's deputy arrested after the uprising?", passages, state) != everything
